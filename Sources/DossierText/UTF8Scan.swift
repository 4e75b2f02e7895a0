/// Reading Unicode scalars straight from UTF-8 bytes, for the scanners that work on bytes instead of
/// `Character`s (grapheme breaking is the slow part of walking a `String`). The bytes come from a
/// `String`, so they are valid UTF-8.
public enum UTF8Scan {
    /// The scalar starting at `offset` and its length in bytes.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        var length: Int
        if lead & 0xE0 == 0xC0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead & 0xF0 == 0xE0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `offset`.
    @inline(__always)
    public static func start(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}

/// Word splitting on scalars, the fast equal of `text.split { !$0.isLetter && !$0.isNumber }`: a
/// combining mark stays with the letter before it, as it does in a `Character`.
public enum WordScan {
    public static func words(_ text: some StringProtocol, digits: Bool) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isWordScalar = scalar.value < 0x80
                ? (UTF8Scan.isLetter(scalar) || (digits && scalar.value >= 0x30 && scalar.value <= 0x39))
                : (properties.isAlphabetic || (digits && properties.numericType != nil) || (!current.isEmpty && UTF8Scan.isMark(scalar)))
            if isWordScalar {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
