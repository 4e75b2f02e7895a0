import DossierModel
import DossierText
import Foundation

/// `Article → ArticleFacts`: everything one article says on its own. Pure and deterministic; the
/// article's id is not used, so the facts can be cached by the seed's content.
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> ArticleFacts {
        let texts = article.paragraphs.map(ParagraphText.init)
        let sentences = texts.map { text in text.sentences.map { String(text.text[$0]) } }
        let (mentions, candidates) = MentionAnalysis.mentions(in: texts)
        let quotes = QuoteAnalysis.quotes(in: texts, candidates: candidates)
        var events: [EventFact] = []
        var figures: [FigureFact] = []
        for (offset, paragraph) in sentences.enumerated() {
            for (index, sentence) in paragraph.enumerated() {
                let at = SentenceReference(paragraph: offset + 1, sentence: index)
                events += EventExtractor.facts(in: sentence, at: at, published: article.published)
                let citation = Citation(article: "", paragraph: offset + 1, sentence: sentence)
                figures += FigureFinder.figures(in: sentence, citation: citation, published: article.published)
                    .filter { $0.value.isFinite }.map { FigureFact(at: at, figure: $0) }
            }
        }
        return ArticleFacts(sentences: sentences, mentions: mentions, quotes: quotes, events: events, figures: figures)
    }
}

/// The name candidates of an article, as facts and (for the quote rules) with their tokens.
enum MentionAnalysis {
    static func mentions(in texts: [ParagraphText]) -> ([MentionFact], [NameCandidate]) {
        // Phrases this article names on their own, to tell "North Korea" from the name that follows it.
        var known = Set<String>()
        for (offset, text) in texts.enumerated() {
            for candidate in NameFinder.candidates(in: text, article: 0, paragraph: offset + 1, knownPhrases: [])
            where candidate.words.count >= 2 {
                known.insert(candidate.key)
            }
        }
        var candidates: [NameCandidate] = []
        for (offset, text) in texts.enumerated() {
            candidates += NameFinder.candidates(in: text, article: 0, paragraph: offset + 1, knownPhrases: known)
        }
        let mentions = candidates.map { candidate -> MentionFact in
            let text = texts[candidate.paragraph - 1]
            let range = candidate.tokenRange
            let start = text.tokens[range.lowerBound].range.lowerBound
            let last = text.tokens[range.upperBound - 1]
            // "Kim Jong-un’s": the link covers the name, not the possessive ending.
            let end = text.text.index(last.range.lowerBound, offsetBy: last.base.count)
            return MentionFact(
                at: SentenceReference(paragraph: candidate.paragraph, sentence: candidate.sentence), words: candidate.words,
                offset: text.text.distance(from: text.text.startIndex, to: start),
                length: text.text.distance(from: start, to: end), insideQuote: candidate.insideQuote,
                hasHonorific: candidate.hasHonorific, roles: candidate.roles, personCues: candidate.personCues,
                otherCues: candidate.otherCues, hasNonPersonWord: candidate.hasNonPersonWord)
        }
        return (mentions, candidates)
    }
}

/// Direct quotations and the rules that find their speakers: `"…," said X`, `"…," X said`,
/// `X said: "…"`, `he said` (the person last named). Which names are people is not known yet, so each
/// rule lists the mentions that could be the speaker; the merge picks the first that is a person.
enum QuoteAnalysis {
    /// Quotations of fewer words are scare quotes or titles ("cheating", "Belt and Road").
    static let minimumWords = 4
    private static let pronouns: Set<String> = ["he", "she", "they"]
    private static let stops: Set<String> = [".", "“", "\"", ";"]

    static func quotes(in texts: [ParagraphText], candidates: [NameCandidate]) -> [QuoteFact] {
        // Mentions by paragraph, with their index in the article's mention list.
        var byParagraph: [Int: [(index: Int, candidate: NameCandidate)]] = [:]
        for (index, candidate) in candidates.enumerated() { byParagraph[candidate.paragraph, default: []].append((index, candidate)) }
        var quotes: [QuoteFact] = []
        for (offset, text) in texts.enumerated() {
            let number = offset + 1
            let here = byParagraph[number] ?? []
            for span in text.quotes where span.wordCount(in: text.text) >= minimumWords {
                // Mentions before the quotation, in article order: the antecedent of "he said".
                let firstAfter = here.first { text.tokens[$0.candidate.tokenRange.lowerBound].range.lowerBound >= span.outer.lowerBound }?.index
                    ?? (here.last.map { $0.index + 1 } ?? mentionsBefore(paragraph: number, in: candidates))
                let rules = speakerAfter(span, in: text, mentions: here, antecedent: firstAfter)
                    + speakerBefore(span, in: text, mentions: here, antecedent: firstAfter)
                let quoted = text.text[span.content].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                quotes.append(
                    QuoteFact(
                        at: SentenceReference(paragraph: number, sentence: text.sentenceIndex(containing: span.content.lowerBound)),
                        text: quoted, speaker: rules, opensParagraph: span.outer.lowerBound == text.text.startIndex))
            }
        }
        return quotes
    }

    private static func mentionsBefore(paragraph: Int, in candidates: [NameCandidate]) -> Int {
        candidates.firstIndex { $0.paragraph >= paragraph } ?? candidates.count
    }

    /// `"…," said X`, `"…," X said`, `"…," he said`, `"…," Russian Foreign Minister, Sergei Lavrov, said`.
    private static func speakerAfter(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [(index: Int, candidate: NameCandidate)], antecedent: Int
    ) -> [SpeakerRule] {
        let tokens = text.tokens
        guard var index = tokens.firstIndex(where: { $0.range.lowerBound >= span.outer.upperBound }) else { return [] }
        while index < tokens.count, tokens[index].text == "," { index += 1 }
        guard index < tokens.count else { return [] }
        let window = index..<min(tokens.count, index + 9)
        if Lexicon.speechVerbs.contains(tokens[index].lower) {
            // said X: the first person named right after the verb, before any full stop.
            let after = mentions.filter { window.contains($0.candidate.tokenRange.lowerBound) && $0.candidate.tokenRange.lowerBound > index }
            let accepted = after.map { mention in
                !tokens[(index + 1)..<mention.candidate.tokenRange.lowerBound].contains { stops.contains($0.text) }
            }
            return [.firstPerson(mentions: after.map(\.index), accepted: accepted, stopAtRejected: false)]
        }
        if pronouns.contains(tokens[index].lower), index + 1 < tokens.count, Lexicon.speechVerbs.contains(tokens[index + 1].lower) {
            return [.antecedent(before: antecedent)]
        }
        // X said: the first person named, then the verb (an appositive in commas may sit between).
        var listed: [Int] = []
        var accepted: [Bool] = []
        for mention in mentions where window.contains(mention.candidate.tokenRange.lowerBound) {
            let gap = tokens[index..<mention.candidate.tokenRange.lowerBound]
            if gap.contains(where: { stops.contains($0.text) || Lexicon.speechVerbs.contains($0.lower) }) {
                listed.append(mention.index)
                accepted.append(false)
                continue
            }
            var after = mention.candidate.tokenRange.upperBound
            if after + 1 < tokens.count, tokens[after].text == ",", Lexicon.speechVerbs.contains(tokens[after + 1].lower) {
                after += 1
            } else if after < tokens.count, tokens[after].text == "," {
                // Skip an appositive: ", Sergei Lavrov, said" or ", a professor at X, said".
                var probe = after + 1
                while probe < tokens.count, probe - after < 16, ![".", ",", "“", "\""].contains(tokens[probe].text) { probe += 1 }
                if probe < tokens.count, tokens[probe].text == "," { after = probe + 1 } else { after += 1 }
            }
            listed.append(mention.index)
            accepted.append(after < tokens.count && Lexicon.speechVerbs.contains(tokens[after].lower))
        }
        return listed.isEmpty ? [] : [.firstPerson(mentions: listed, accepted: accepted, stopAtRejected: true)]
    }

    /// `X said: "…"`, `X told reporters, "…"`, `he called "…"`: a speech verb just before the quotation,
    /// with the person (or a pronoun for the person last named) before the verb in the same sentence.
    private static func speakerBefore(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [(index: Int, candidate: NameCandidate)], antecedent: Int
    ) -> [SpeakerRule] {
        let tokens = text.tokens
        guard let quoteStart = tokens.lastIndex(where: { $0.range.upperBound <= span.outer.lowerBound }) else { return [] }
        let sentence = tokens[quoteStart].sentence
        var verb: Int?
        var probe = quoteStart
        while probe >= 0, quoteStart - probe < 4, tokens[probe].sentence == sentence {
            if Lexicon.speechVerbs.contains(tokens[probe].lower) {
                verb = probe
                break
            }
            probe -= 1
        }
        guard let verb else { return [] }
        let before = mentions.filter {
            !$0.candidate.insideQuote && $0.candidate.tokenRange.upperBound <= verb && $0.candidate.sentence == sentence
        }
        var rules: [SpeakerRule] = []
        if !before.isEmpty {
            rules.append(.firstPerson(mentions: before.reversed().map(\.index), accepted: before.map { _ in true }, stopAtRejected: false))
        }
        if verb > 0, pronouns.contains(tokens[verb - 1].lower) { rules.append(.antecedent(before: antecedent)) }
        return rules
    }
}
