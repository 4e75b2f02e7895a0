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
        var ranges: [Range<String.Index>] = []
        for range in naturalRanges(in: text) {
            guard text.utf8.distance(from: range.lowerBound, to: range.upperBound) > maximumLength else {
                ranges.append(range)
                continue
            }
            var start = range.lowerBound
            while text.utf8.distance(from: start, to: range.upperBound) > maximumLength {
                let cut = pieceEnd(in: text, from: start, limit: range.upperBound)
                append(start..<cut, to: &ranges, in: text)
                start = cut
            }
            append(start..<range.upperBound, to: &ranges, in: text)
        }
        return ranges
    }

    /// Where a piece of an over-long sentence starting at `start` ends: after the last "; " or ", " in
    /// its second half, else after the last space, else at the length limit (on a character boundary).
    private static func pieceEnd(in text: String, from start: String.Index, limit: String.Index) -> String.Index {
        let utf8 = text.utf8
        let hardEnd = utf8.index(start, offsetBy: maximumLength)
        let softStart = utf8.index(start, offsetBy: maximumLength / 2)
        var space: String.Index?
        var cursor = hardEnd
        while cursor > softStart {
            let previous = utf8.index(before: cursor)
            let byte = utf8[previous]
            if byte == UInt8(ascii: " ") {
                let before = utf8.index(before: previous)
                if utf8[before] == UInt8(ascii: ";") || utf8[before] == UInt8(ascii: ",") { return cursor }
                if space == nil { space = cursor }
            }
            cursor = previous
        }
        if let space { return space }
        // No space at all: cut at the last character boundary before the limit.
        var boundary = hardEnd
        while boundary > start, String.Index(boundary, within: text) == nil { boundary = utf8.index(before: boundary) }
        return boundary > start ? boundary : text.index(after: start)
    }

    /// Ranges of the sentences as punctuation delimits them.
    private static func naturalRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]"]
        while index < text.endIndex {
            let character = text[index]
            if character == "." || character == "!" || character == "?" {
                var end = text.index(after: index)
                while end < text.endIndex, closers.contains(text[end]) || text[end] == "." {
                    end = text.index(after: end)
                }
                if isBoundary(in: text, punctuation: index, end: end) {
                    append(start..<end, to: &ranges, in: text)
                    start = end
                    index = end
                    continue
                }
                index = end
                continue
            }
            index = text.index(after: index)
        }
        append(start..<text.endIndex, to: &ranges, in: text)
        return ranges
    }

    private static func append(_ range: Range<String.Index>, to ranges: inout [Range<String.Index>], in text: String) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        if lower < upper { ranges.append(lower..<upper) }
    }

    private static func isBoundary(in text: String, punctuation: String.Index, end: String.Index) -> Bool {
        // Must be followed by white space and then something that can start a sentence.
        guard end < text.endIndex else { return true }
        guard text[end].isWhitespace else { return false }
        var next = end
        while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
        guard next < text.endIndex else { return true }
        let following = text[next]
        guard following.isUppercase || following.isNumber || "\"“‘'(—".contains(following) else { return false }
        guard text[punctuation] == "." else { return true }
        // The word before the period: an abbreviation or an initial does not end a sentence.
        var wordStart = punctuation
        while wordStart > text.startIndex {
            let before = text.index(before: wordStart)
            if text[before].isWhitespace || "\"“(‘".contains(text[before]) { break }
            wordStart = before
        }
        let word = text[wordStart..<punctuation].lowercased()
        if word.count == 1, word.first?.isLetter == true { return false }
        if abbreviations.contains(word) { return false }
        // "U.S." and "U.N." style: letters separated by periods.
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) {
            return following.isUppercase && isLikelySentenceStart(text, at: next)
        }
        return true
    }

    /// After `U.S.` a capitalised function word ("The", "But") starts a new sentence; a name does not.
    private static func isLikelySentenceStart(_ text: String, at index: String.Index) -> Bool {
        let word = text[index...].prefix(while: { $0.isLetter }).lowercased()
        let starters: Set<String> = [
            "the", "a", "an", "but", "and", "it", "he", "she", "they", "we", "i", "in", "on", "this", "that",
            "there", "its", "his", "her", "their", "after", "before", "while", "when", "some", "since", "under",
        ]
        return starters.contains(word)
    }
}
