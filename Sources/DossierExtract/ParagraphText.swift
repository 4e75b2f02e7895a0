import DossierModel
import DossierText
import Foundation

/// A paragraph cut into word tokens, with each token's sentence and whether it sits inside a quotation.
package struct ParagraphText {
    package struct Token {
        /// The word as written, without a sentence-final period (abbreviations and initials keep theirs).
        var text: String
        /// The word without a possessive `'s` / `’s`.
        var base: String
        var range: Range<String.Index>
        var isWord: Bool
        var isPossessive: Bool
        var sentence: Int
        var insideQuote: Bool

        var lower: String { base.lowercased() }

        /// Starts with a capital and has a lowercase letter, or is an initial ("E."): can be part of a name.
        var isProperCase: Bool {
            guard isWord, let first = base.first, first.isUppercase else { return false }
            if base.count == 2, base.last == "." { return true }
            return base.contains(where: \.isLowercase)
        }

        var isInitial: Bool { base.count == 2 && base.last == "." && base.first?.isUppercase == true }
    }

    package let text: String
    package let tokens: [Token]
    package let sentences: [Range<String.Index>]
    package let quotes: [QuoteSpan]

    private static let tokenPattern = TextPattern(
        "(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}'’\\-]*\\.?|\\d[\\d,.]*\\d|\\d|[^\\s\\p{L}\\d]")

    package init(_ text: String) {
        self.text = text
        sentences = SentenceSplitter.sentenceRanges(in: text)
        quotes = QuoteSpan.find(in: text)
        var tokens: [Token] = []
        var sentenceIndex = 0
        for match in Self.tokenPattern.matches(in: text) {
            var range = match.range
            var word = String(match.text)
            while sentenceIndex < sentences.count - 1, range.lowerBound >= sentences[sentenceIndex].upperBound {
                sentenceIndex += 1
            }
            let isWord = word.first?.isLetter == true
            if isWord, word.hasSuffix("."), !Self.keepsPeriod(word) {
                word.removeLast()
                range = range.lowerBound..<text.index(before: range.upperBound)
            }
            var base = word
            var possessive = false
            for suffix in ["'s", "’s", "s'", "s’"] where isWord && word.count > 3 && word.hasSuffix(suffix) {
                base = suffix.hasPrefix("s") ? String(word.dropLast()) : String(word.dropLast(2))
                possessive = true
                break
            }
            if isWord, base.hasSuffix("’") || base.hasSuffix("'") { base.removeLast() }
            let inside = quotes.contains { $0.content.contains(range.lowerBound) }
            tokens.append(
                Token(
                    text: word, base: base, range: range, isWord: isWord, isPossessive: possessive,
                    sentence: sentenceIndex, insideQuote: inside))
            if isWord, match.text.hasSuffix("."), word.count < match.text.count {
                let periodStart = text.index(before: match.range.upperBound)
                tokens.append(
                    Token(
                        text: ".", base: ".", range: periodStart..<match.range.upperBound, isWord: false,
                        isPossessive: false, sentence: sentenceIndex, insideQuote: inside))
            }
        }
        self.tokens = tokens
    }

    /// Honorifics, initials and letter-dot abbreviations keep their period.
    private static func keepsPeriod(_ word: String) -> Bool {
        let bare = String(word.dropLast())
        if bare.count == 1, bare.first?.isUppercase == true { return true }
        if Lexicon.isHonorific(bare) { return true }
        return bare.contains(".")
    }

    package func sentence(_ index: Int) -> String {
        guard sentences.indices.contains(index) else { return text }
        return String(text[sentences[index]])
    }

    package func sentenceIndex(containing position: String.Index) -> Int {
        sentences.firstIndex { $0.contains(position) } ?? max(0, sentences.firstIndex { $0.lowerBound > position }.map { $0 - 1 } ?? sentences.count - 1)
    }
}

/// A quotation inside a paragraph: the quoted words and the marks around them.
package struct QuoteSpan: Hashable {
    /// The whole span including the quotation marks (or the paragraph start when the opening mark is missing).
    package var outer: Range<String.Index>
    /// The quoted words.
    package var content: Range<String.Index>
    /// True when the paragraph ends inside the quotation (it continues in the next paragraph).
    package var isOpenAtEnd: Bool

    package static func find(in text: String) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openIndex: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch character {
            case "“":
                openIndex = index
            case "”":
                let start = openIndex.map { text.index(after: $0) } ?? (spans.isEmpty ? text.startIndex : nil)
                if let start {
                    spans.append(QuoteSpan(outer: (openIndex ?? text.startIndex)..<next, content: start..<index, isOpenAtEnd: false))
                }
                openIndex = nil
            case "\"":
                if let open = openIndex {
                    spans.append(QuoteSpan(outer: open..<next, content: text.index(after: open)..<index, isOpenAtEnd: false))
                    openIndex = nil
                } else if isOpening(text, at: index) {
                    openIndex = index
                } else if spans.isEmpty {
                    spans.append(QuoteSpan(outer: text.startIndex..<next, content: text.startIndex..<index, isOpenAtEnd: false))
                }
            default:
                break
            }
            index = next
        }
        if let open = openIndex {
            spans.append(QuoteSpan(outer: open..<text.endIndex, content: text.index(after: open)..<text.endIndex, isOpenAtEnd: true))
        }
        return spans
    }

    /// A straight quote opens when it starts the text or follows a space or an opening bracket.
    private static func isOpening(_ text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        let before = text[text.index(before: index)]
        return before.isWhitespace || "([—–-".contains(before)
    }

    package func wordCount(in text: String) -> Int {
        text[content].split(whereSeparator: \.isWhitespace).count
    }
}
