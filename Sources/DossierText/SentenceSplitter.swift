import DossierModel
/// Splits prose into sentences, keeping abbreviations (`Mr.`, `U.S.`, `Jan.`), initials and decimals intact.
public enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "rep", "sen",
        "st", "sr", "jr", "messrs", "mmes", "rev", "hon", "pres", "supt", "vs", "etc", "inc", "corp", "co", "ltd",
        "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
        "approx", "dept", "est", "fig", "gov't", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u",
    ]

    /// The sentences of `text`, each trimmed.
    public static func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// The longest sentence analysed whole, in UTF-8 bytes. News sentences stay well under it; a longer
    /// run (a list of hundreds of dates, a page of numbers without a full stop) is cut into pieces of at
    /// most this length at a clause or word boundary, so that the work and output per sentence are bounded.
    public static let maximumLength = 600

    /// Ranges of the sentences of `text`, trimmed of surrounding spaces; none longer than `maximumLength`.
    public static func sentenceRanges(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        return byteRanges(in: text).map { range in
            utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        }
    }

    /// The sentences as UTF-8 byte offsets into `text`: trimmed, none longer than `maximumLength`, each
    /// starting and ending on a scalar boundary. Works on the bytes, one pass.
    public static func byteRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            for range in naturalRanges(in: bytes) {
                guard range.count > maximumLength else {
                    ranges.append(range)
                    continue
                }
                var start = range.lowerBound
                while range.upperBound - start > maximumLength {
                    let cut = pieceEnd(in: bytes, from: start)
                    append(start..<cut, to: &ranges, in: bytes)
                    start = cut
                }
                append(start..<range.upperBound, to: &ranges, in: bytes)
            }
            return ranges
        }
    }

    /// Where a piece of an over-long sentence starting at `start` ends: after the last "; " or ", " in
    /// its second half, else after the last space, else at the length limit (on a scalar boundary).
    private static func pieceEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let hardEnd = start + maximumLength
        let softStart = start + maximumLength / 2
        var space: Int?
        var cursor = hardEnd
        while cursor > softStart {
            let previous = cursor - 1
            if bytes[previous] == UInt8(ascii: " ") {
                let before = bytes[previous - 1]
                if before == UInt8(ascii: ";") || before == UInt8(ascii: ",") { return cursor }
                if space == nil { space = cursor }
            }
            cursor = previous
        }
        if let space { return space }
        var boundary = hardEnd
        while boundary > start, bytes[boundary] & 0xC0 == 0x80 { boundary -= 1 }
        return boundary > start ? boundary : start + 1
    }

    /// Closing marks that stay with the sentence they end: " ” ’ ' ) ].
    @inline(__always)
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201D}", "\u{2019}", "'", ")", "]": true
        default: false
        }
    }

    /// Ranges of the sentences as punctuation delimits them.
    private static func naturalRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < count {
                    let (scalar, length) = UTF8Scan.scalar(in: bytes, at: end)
                    guard isCloser(scalar) || scalar == "." else { break }
                    end += length
                }
                if isBoundary(in: bytes, punctuation: index, end: end) {
                    append(start..<end, to: &ranges, in: bytes)
                    start = end
                }
                index = end
                continue
            }
            index += 1
        }
        append(start..<count, to: &ranges, in: bytes)
        return ranges
    }

    private static func append(_ range: Range<Int>, to ranges: inout [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = UTF8Scan.scalar(in: bytes, at: lower)
            guard UTF8Scan.isWhitespace(scalar) else { break }
            lower += length
        }
        while upper > lower {
            let previous = UTF8Scan.start(before: upper, in: bytes)
            guard UTF8Scan.isWhitespace(UTF8Scan.scalar(in: bytes, at: previous).0) else { break }
            upper = previous
        }
        if lower < upper { ranges.append(lower..<upper) }
    }

    private static func isBoundary(in bytes: UnsafeBufferPointer<UInt8>, punctuation: Int, end: Int) -> Bool {
        // Must be followed by white space and then something that can start a sentence.
        let count = bytes.count
        guard end < count else { return true }
        var next = end
        var sawSpace = false
        while next < count {
            let (scalar, length) = UTF8Scan.scalar(in: bytes, at: next)
            guard UTF8Scan.isWhitespace(scalar) else { break }
            sawSpace = true
            next += length
        }
        guard sawSpace else { return false }
        guard next < count else { return true }
        let following = UTF8Scan.scalar(in: bytes, at: next).0
        let opensSentence: Bool = switch following {
        case "\"", "\u{201C}", "\u{2018}", "'", "(", "\u{2014}": true
        default: UTF8Scan.isUppercase(following) || UTF8Scan.isDigit(following) || following.properties.numericType != nil
        }
        guard opensSentence else { return false }
        guard bytes[punctuation] == UInt8(ascii: ".") else { return true }
        // The word before the period: an abbreviation or an initial does not end a sentence.
        var wordStart = punctuation
        while wordStart > 0 {
            let before = UTF8Scan.start(before: wordStart, in: bytes)
            let scalar = UTF8Scan.scalar(in: bytes, at: before).0
            if UTF8Scan.isWhitespace(scalar) || scalar == "\"" || scalar == "\u{201C}" || scalar == "(" || scalar == "\u{2018}" { break }
            wordStart = before
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<punctuation]), as: UTF8.self).lowercased()
        if word.unicodeScalars.count == 1, let only = word.unicodeScalars.first, UTF8Scan.isLetter(only) { return false }
        if abbreviations.contains(word) { return false }
        // "U.S." and "U.N." style: letters separated by periods.
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) {
            return UTF8Scan.isUppercase(following) && isLikelySentenceStart(bytes, at: next)
        }
        return true
    }

    /// After `U.S.` a capitalised function word ("The", "But") starts a new sentence; a name does not.
    private static func isLikelySentenceStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count {
            let (scalar, length) = UTF8Scan.scalar(in: bytes, at: end)
            guard UTF8Scan.isLetter(scalar) else { break }
            end += length
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).lowercased()
        let starters: Set<String> = [
            "the", "a", "an", "but", "and", "it", "he", "she", "they", "we", "i", "in", "on", "this", "that",
            "there", "its", "his", "her", "their", "after", "before", "while", "when", "some", "since", "under",
        ]
        return starters.contains(word)
    }
}
