import DossierModel
import DossierText
import DossierNames
import Foundation

/// A paragraph cut into word tokens, with each token's sentence and whether it sits inside a quotation.
package struct ParagraphText {
    package struct Token {
        /// The word as written, without a sentence-final period (abbreviations and initials keep theirs).
        var text: String
        /// The word without a possessive `'s` / `’s`.
        let base: String
        var range: Range<String.Index>
        let isWord: Bool
        var isPossessive: Bool
        var sentence: Int
        var insideQuote: Bool
        /// `base` in lowercase, made once: every rule compares lowercase words.
        let lower: String

        init(text: String, base: String, range: Range<String.Index>, isWord: Bool, isPossessive: Bool, sentence: Int, insideQuote: Bool) {
            self.text = text
            self.base = base
            self.range = range
            self.isWord = isWord
            self.isPossessive = isPossessive
            self.sentence = sentence
            self.insideQuote = insideQuote
            lower = base.lowercased()
            let first = base.first
            startsUppercase = first?.isUppercase == true
            startsLowercase = first?.isLowercase == true
            isProperCase = isWord && startsUppercase && Self.isProperCase(base)
        }

        /// Whether `base` starts with a capital, or with a lowercase letter: asked of every word by many rules.
        let startsUppercase: Bool
        let startsLowercase: Bool

        /// Starts with a capital and has a lowercase letter, or is an initial ("E."): can be part of a name.
        /// Made once, with the token: the name rules ask it of every word several times.
        let isProperCase: Bool

        /// (For a base that starts with a capital.)
        private static func isProperCase(_ base: String) -> Bool {
            if base.count == 2, base.last == "." { return true }
            return base.contains(where: \.isLowercase)
        }

        var isInitial: Bool { base.count == 2 && base.last == "." && base.first?.isUppercase == true }

        /// "H.R.", "J.R.R.": two or more initials written together (not a place's or body's
        /// abbreviation such as "U.S." or "U.N.").
        var isInitials: Bool {
            // Two initials only: three run together are mostly a body's acronym ("F.B.I.", "N.F.L.").
            guard base.count == 4, base.last == "." else { return false }
            let letters = base.split(separator: ".", omittingEmptySubsequences: false).dropLast()
            return letters.allSatisfy { $0.count == 1 && $0.first?.isUppercase == true } && !Lexicon.abbreviations.contains(lower)
        }

        /// "al-Assad", "el-Sisi", "bin-Zayed": a name particle joined by a hyphen to a capitalised surname.
        var isParticleJoined: Bool {
            guard let hyphen = base.firstIndex(of: "-") else { return false }
            let after = base[base.index(after: hyphen)...]
            return Lexicon.nameParticles.contains(String(base[..<hyphen])) && after.first?.isUppercase == true
                && after.contains(where: \.isLowercase)
        }
    }

    package let text: String
    /// The paragraph's number in its article (1-based, as cited `#pN`); 0 when not known.
    package let paragraph: Int
    package let tokens: [Token]
    package let sentences: [Range<String.Index>]
    /// The tokens of each sentence (`sentenceTokens[s]`), so that no scan of one sentence walks the
    /// whole paragraph.
    package let sentenceTokens: [Range<Int>]
    package let quotes: [QuoteSpan]

    /// One pass over the paragraph's UTF-8 bytes: sentences, quotations, then word, number and
    /// punctuation tokens, each knowing its sentence and whether it is quoted. The one tokenisation
    /// that names, quotations, events and figures all read.
    package init(_ text: String, paragraph: Int = 0) {
        self.text = text
        self.paragraph = paragraph
        let utf8 = text.utf8
        let sentenceBytes = SentenceSplitter.byteRanges(in: text)
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        sentences = sentenceBytes.map { index($0.lowerBound)..<index($0.upperBound) }
        var copy = text
        let (quoteBytes, raw) = copy.withUTF8 { bytes in (QuoteSpan.byteSpans(in: bytes), Self.scan(bytes)) }
        quotes = quoteBytes.map { span in
            QuoteSpan(
                outer: index(span.outer.lowerBound)..<index(span.outer.upperBound),
                content: index(span.content.lowerBound)..<index(span.content.upperBound), isOpenAtEnd: span.isOpenAtEnd)
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count + raw.count / 8)
        var sentenceIndex = 0
        for item in raw {
            while sentenceIndex < sentenceBytes.count - 1, item.range.lowerBound >= sentenceBytes[sentenceIndex].upperBound {
                sentenceIndex += 1
            }
            let inside = quoteBytes.contains { $0.content.contains(item.range.lowerBound) }
            var word = String(text[index(item.range.lowerBound)..<index(item.range.upperBound)])
            var end = item.range.upperBound
            var splitPeriod = false
            if item.isWord, word.hasSuffix("."), !Self.keepsPeriod(word) {
                word.removeLast()
                end -= 1
                splitPeriod = true
            }
            var base = word
            var possessive = false
            for suffix in ["'s", "’s", "s'", "s’"] where item.isWord && word.count > 3 && word.hasSuffix(suffix) {
                base = suffix.hasPrefix("s") ? String(word.dropLast()) : String(word.dropLast(2))
                possessive = true
                break
            }
            // "Abbas’'": a run of apostrophes after the word (a typo doubles one) goes with the first.
            if item.isWord {
                var trailing = 0
                while base.hasSuffix("’") || base.hasSuffix("'") {
                    base.removeLast()
                    trailing += 1
                }
                if trailing > 1, base.hasSuffix("s"), base.count > 2 { possessive = true }
            }
            tokens.append(
                Token(
                    text: word, base: base, range: index(item.range.lowerBound)..<index(end), isWord: item.isWord,
                    isPossessive: possessive, sentence: sentenceIndex, insideQuote: inside))
            if splitPeriod {
                tokens.append(
                    Token(
                        text: ".", base: ".", range: index(end)..<index(end + 1), isWord: false, isPossessive: false,
                        sentence: sentenceIndex, insideQuote: inside))
            }
        }
        self.tokens = tokens
        var ranges = Array(repeating: 0..<0, count: sentenceBytes.count)
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            if ranges.indices.contains(tokens[start].sentence) { ranges[tokens[start].sentence] = start..<end }
            start = end
        }
        sentenceTokens = ranges
    }

    /// The token range of sentence `index` (empty when it has none).
    package func tokenRange(ofSentence index: Int) -> Range<Int> {
        sentenceTokens.indices.contains(index) ? sentenceTokens[index] : 0..<0
    }

    /// Tokens as byte ranges: an acronym with periods ("U.S."), a word (letters, marks, inner
    /// apostrophes and hyphens, and a period right after it), a number (digits with inner commas and
    /// periods), or any other single non-space scalar.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, isWord: Bool)] {
        var result: [(range: Range<Int>, isWord: Bool)] = []
        result.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        var index = 0
        while index < count {
            let (scalar, length) = UTF8Scan.scalar(in: bytes, at: index)
            if UTF8Scan.isWhitespace(scalar) {
                index += length
                continue
            }
            let start = index
            if UTF8Scan.isLetter(scalar) {
                // "U.S.", "U.K.": two or more capital-and-period pairs.
                var probe = index
                var pairs = 0
                while probe + 1 < count {
                    let (letter, letterLength) = UTF8Scan.scalar(in: bytes, at: probe)
                    guard UTF8Scan.isUppercase(letter), UTF8Scan.isLetter(letter), probe + letterLength < count,
                        bytes[probe + letterLength] == UInt8(ascii: ".")
                    else { break }
                    probe += letterLength + 1
                    pairs += 1
                }
                if pairs >= 2 {
                    result.append((start..<probe, true))
                    index = probe
                    continue
                }
                index += length
                // "CollinsLawmakers", "McConnellGOP": two words a scraper ran together; a capital after four
                // lowercase letters starts the next ("McConnell", "DeSantis" and "YouTube" stay whole), or after
                // three when the word before it is printed alone elsewhere ("McCainCindy" beside "McCain").
                var lowercaseRun = 0
                while index < count {
                    let (next, nextLength) = UTF8Scan.scalar(in: bytes, at: index)
                    guard UTF8Scan.isLetter(next) || UTF8Scan.isMark(next) || next == "'" || next == "\u{2019}" || next == "-"
                    else { break }
                    if UTF8Scan.isUppercase(next) {
                        // "McCainCindy": after three, when the word before the capital also stands alone in the text.
                        if lowercaseRun >= 4, Self.startsRunOnWord(bytes, at: index) || Self.standsAlone(bytes, start..<index) { break }
                        if lowercaseRun == 3, index - start >= 5, Self.standsAlone(bytes, start..<index) { break }
                        lowercaseRun = 0
                    } else if UTF8Scan.isLowercase(next) {
                        lowercaseRun += 1
                    } else {
                        lowercaseRun = 0
                    }
                    index += nextLength
                }
                if index < count, bytes[index] == UInt8(ascii: ".") { index += 1 }
                result.append((start..<index, true))
            } else if UTF8Scan.isDigit(scalar) {
                index += length
                var lastDigitEnd = index
                while index < count {
                    let (next, nextLength) = UTF8Scan.scalar(in: bytes, at: index)
                    if UTF8Scan.isDigit(next) {
                        index += nextLength
                        lastDigitEnd = index
                    } else if next == "," || next == "." {
                        index += nextLength
                    } else {
                        break
                    }
                }
                index = lastDigitEnd
                result.append((start..<index, false))
            } else {
                index += length
                result.append((start..<index, false))
            }
        }
        return result
    }

    /// Whether the capital at `index` starts a word run on to the one before ("Lawmakers" in
    /// "CollinsLawmakers", "GOP" in "TrumpGOP"): an acronym, or an everyday English word; not the second
    /// half of a firm's name ("Zeneca" in "AstraZeneca").
    private static func startsRunOnWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var end = start + 1
        var allCapitals = true
        while end < bytes.count, end - start < 24 {
            let byte = bytes[end]
            guard (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) else { break }
            if byte >= 97 {
                allCapitals = false
            } else if !allCapitals {
                break
            }
            end += 1
        }
        let length = end - start
        if allCapitals { return length >= 2 }
        guard length >= 4, let word = String(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), encoding: .ascii) else { return false }
        return NameLexicon.shared.commonRank(word.lowercased()) != nil
    }

    /// Whether the letters in `range` also stand as a word of their own elsewhere in the paragraph
    /// ("Murkowski" before "MurkowskiHillicon"): then the capital after them starts a run-on word.
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let length = range.count
        guard length >= 3 else { return false }
        func isLetter(_ at: Int) -> Bool {
            guard at >= 0, at < bytes.count else { return false }
            let byte = bytes[at]
            return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 128
        }
        var at = 0
        while at + length <= bytes.count {
            if at != range.lowerBound, bytes[at] == bytes[range.lowerBound], !isLetter(at - 1), !isLetter(at + length) {
                var same = true
                for offset in 1..<length where bytes[at + offset] != bytes[range.lowerBound + offset] {
                    same = false
                    break
                }
                if same { return true }
            }
            at += 1
        }
        return false
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

    /// The quotations of a text, as UTF-8 byte ranges.
    package struct ByteSpan {
        var outer: Range<Int>
        var content: Range<Int>
        var isOpenAtEnd: Bool
    }

    package static func find(in text: String) -> [QuoteSpan] {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var copy = text
        return copy.withUTF8(byteSpans).map { span in
            QuoteSpan(
                outer: index(span.outer.lowerBound)..<index(span.outer.upperBound),
                content: index(span.content.lowerBound)..<index(span.content.upperBound), isOpenAtEnd: span.isOpenAtEnd)
        }
    }

    /// Curly quotation marks pair up; a straight one opens after a space or an opening bracket and
    /// closes the open one; a closing mark with none open closes a quotation that began the text.
    package static func byteSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        var spans: [ByteSpan] = []
        var open: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Only '"' (0x22) and the three-byte curly marks (E2 80 9C / 9D) matter.
            if byte == 0x22 {
                if let start = open {
                    spans.append(ByteSpan(outer: start..<(index + 1), content: (start + 1)..<index, isOpenAtEnd: false))
                    open = nil
                } else if isOpening(bytes, at: index) {
                    open = index
                } else if spans.isEmpty {
                    spans.append(ByteSpan(outer: 0..<(index + 1), content: 0..<index, isOpenAtEnd: false))
                }
                index += 1
            } else if byte == 0x27, index + 1 < bytes.count, bytes[index + 1] == 0x27, let start = open, bytes[start] == 0x22 {
                // A typewriter close: "…,'' said X.
                spans.append(ByteSpan(outer: start..<(index + 2), content: (start + 1)..<index, isOpenAtEnd: false))
                open = nil
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                if bytes[index + 2] == 0x9C {
                    open = index
                } else {
                    let start = open.map { $0 + (bytes[$0] == 0x22 ? 1 : 3) } ?? (spans.isEmpty ? 0 : nil)
                    if let start {
                        spans.append(ByteSpan(outer: (open ?? 0)..<(index + 3), content: start..<index, isOpenAtEnd: false))
                    }
                    open = nil
                }
                index += 3
            } else {
                index += 1
            }
        }
        if let start = open {
            let width = bytes[start] == 0x22 ? 1 : 3
            spans.append(ByteSpan(outer: start..<bytes.count, content: (start + width)..<bytes.count, isOpenAtEnd: true))
        }
        return spans
    }

    /// A straight quote opens when it starts the text or follows a space or an opening bracket.
    private static func isOpening(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = UTF8Scan.start(before: index, in: bytes)
        let before = UTF8Scan.scalar(in: bytes, at: previous).0
        return UTF8Scan.isWhitespace(before) || before == "(" || before == "[" || before == "\u{2014}" || before == "\u{2013}" || before == "-"
    }

    package func wordCount(in text: String) -> Int {
        text[content].split(whereSeparator: \.isWhitespace).count
    }
}
