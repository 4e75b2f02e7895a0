#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sets of Unicode scalars the pipeline trims by, tested on scalars without Foundation's
/// `CharacterSet` (which, on Linux, bridges every call through `NSString`). Same members as the
/// `CharacterSet` of the same name.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var whitespace = false
    private var newlines = false
    private var punctuation = false
    private var scalars: Set<Unicode.Scalar> = []

    public init(arrayLiteral elements: Unicode.Scalar...) { scalars = Set(elements) }

    public init(charactersIn text: String) { scalars = Set(text.unicodeScalars) }

    /// Space separators (Zs) and the tab.
    public static var whitespaces: ScalarSet { var set = ScalarSet(); set.whitespace = true; return set }
    /// Whitespace, line and paragraph separators, U+000A–U+000D and U+0085.
    public static var whitespacesAndNewlines: ScalarSet { var set = whitespaces; set.newlines = true; return set }
    /// Every punctuation category (P*).
    public static var punctuationCharacters: ScalarSet { var set = ScalarSet(); set.punctuation = true; return set }

    public func union(_ other: ScalarSet) -> ScalarSet {
        var set = self
        set.whitespace = whitespace || other.whitespace
        set.newlines = newlines || other.newlines
        set.punctuation = punctuation || other.punctuation
        set.scalars.formUnion(other.scalars)
        return set
    }

    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            if whitespace, value == 0x20 || value == 0x09 { return true }
            if newlines, value >= 0x0A && value <= 0x0D { return true }
            if punctuation, Self.asciiPunctuation(value) { return true }
            return !scalars.isEmpty && scalars.contains(scalar)
        }
        if !scalars.isEmpty, scalars.contains(scalar) { return true }
        let category = scalar.properties.generalCategory
        if whitespace, category == .spaceSeparator { return true }
        if newlines, value == 0x85 || category == .lineSeparator || category == .paragraphSeparator { return true }
        if punctuation {
            switch category {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation:
                return true
            default:
                break
            }
        }
        return false
    }

    /// ASCII punctuation as Unicode classes it: !"#%&'()*,-./:;?@[\]_{} (not $+<=>^`|~, which are symbols).
    @inline(__always)
    private static func asciiPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x40,
            0x5B, 0x5C, 0x5D, 0x5F, 0x7B, 0x7D:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text without the leading and trailing scalars of `set` (as Foundation's `trimmingCharacters`).
    public func trimming(_ set: ScalarSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let previous = scalars.index(before: end)
            guard set.contains(scalars[previous]) else { break }
            end = previous
        }
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        // One copy of the bytes between the two scalar boundaries (a `Character` subscript would round them).
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// True when `needle` occurs in the text, byte for byte (no Foundation `range(of:)`).
    public func containsText(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        return Self.firstByteOffset(of: needle, in: String(self), from: 0) != nil
    }

    /// True when one of `needles` occurs in the text (the text's bytes are taken once for all of them).
    public func containsAnyText(_ needles: [String]) -> Bool {
        var haystack = String(self)
        return haystack.withUTF8 { hay in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { Self.firstByteOffset(of: $0, in: hay, from: 0) } != nil
            }
        }
    }

    /// The byte offset of the first occurrence of `needle` in `haystack` at or after byte `start`.
    static func firstByteOffset(of needle: String, in haystack: String, from start: Int) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in needle.withUTF8 { firstByteOffset(of: $0, in: hay, from: start) } }
    }

    /// memchr for the needle's first byte, then memcmp: the search behind the text tests above.
    static func firstByteOffset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !pin.isEmpty, start >= 0, pin.count <= hay.count, let hayBase = hay.baseAddress, let pinBase = pin.baseAddress
        else { return nil }
        let first = Int32(pin[0])
        var offset = start
        let last = hay.count - pin.count
        while offset <= last {
            guard let found = memchr(hayBase + offset, first, last - offset + 1) else { return nil }
            let position = hayBase.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(hayBase + position, pinBase, pin.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }
}

extension String {
    /// The first occurrence of `needle` at or after `start`, byte for byte (no Foundation `range(of:)`, no
    /// generic collection search). `needle` must start a scalar (any non-empty valid text does).
    public func firstTextRange(of needle: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let startOffset = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        guard let offset = Self.firstByteOffset(of: needle, in: self, from: startOffset) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}
