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

    /// Ranges of the sentences of `text`, trimmed of surrounding spaces.
    public static func sentenceRanges(in text: String) -> [Range<String.Index>] {
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
