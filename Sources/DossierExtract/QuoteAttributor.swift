import DossierModel
import DossierText
/// Attributes direct quotations to the person who said them: `"…," said X`, `"…," X said`,
/// `X said: "…"`, `he said` (the person last named), and quotes that continue in the same or the next
/// paragraph. A quotation with no such attribution stays unattributed: nothing is guessed.
package enum QuoteAttributor {
    package struct AttributedQuote: Hashable {
        var person: Int
        var paragraph: Int
        var sentence: String
        var text: String
    }

    /// Quotations of fewer words are scare quotes or titles ("cheating", "Belt and Road").
    package static let minimumWords = 4
    private static let pronouns: Set<String> = ["he", "she", "they"]

    package static func quotes(in paragraphs: [ParagraphText], mentions: [PersonExtractor.ResolvedMention]) -> [AttributedQuote] {
        var byParagraph: [Int: [PersonExtractor.ResolvedMention]] = [:]
        for mention in mentions { byParagraph[mention.candidate.paragraph, default: []].append(mention) }
        var results: [AttributedQuote] = []
        var lastNamed: Int?
        var openSpeaker: Int?
        for (offset, text) in paragraphs.enumerated() {
            let number = offset + 1
            let here = (byParagraph[number] ?? []).sorted { $0.candidate.tokenRange.lowerBound < $1.candidate.tokenRange.lowerBound }
            let spans = text.quotes.filter { $0.wordCount(in: text.text) >= minimumWords }
            var speakers: [Int?] = []
            for span in spans {
                let before = here.filter { !$0.candidate.insideQuote && text.tokens[$0.candidate.tokenRange.lowerBound].range.lowerBound < span.outer.lowerBound }
                let antecedent = before.last?.person ?? lastNamed
                speakers.append(speakerAfter(span, in: text, mentions: here, antecedent: antecedent)
                    ?? speakerBefore(span, in: text, mentions: here, antecedent: antecedent))
            }
            // Quotes the attribution does not touch directly continue the speaker's words.
            for index in speakers.indices where speakers[index] == nil {
                let previous = speakers[..<index].last { $0 != nil } ?? nil
                let following = speakers[(index + 1)...].first { $0 != nil } ?? nil
                if let previous {
                    speakers[index] = previous
                } else if index == 0, spans[index].outer.lowerBound == text.text.startIndex, let openSpeaker {
                    speakers[index] = openSpeaker
                } else if let following {
                    speakers[index] = following
                }
            }
            for (span, speaker) in zip(spans, speakers) {
                guard let speaker else { continue }
                let quoted = text.text[span.content].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                results.append(
                    AttributedQuote(
                        person: speaker, paragraph: number,
                        sentence: text.sentence(text.sentenceIndex(containing: span.content.lowerBound)), text: quoted))
            }
            // A paragraph of attributed quotation lets the next paragraph's opening quote continue it.
            openSpeaker = speakers.last ?? nil
            if let last = here.last(where: { !$0.candidate.insideQuote }) { lastNamed = last.person }
        }
        return results
    }

    /// `"…," said X`, `"…," X said`, `"…," he said`, `"…," Russian Foreign Minister, Sergei Lavrov, said`.
    private static func speakerAfter(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [PersonExtractor.ResolvedMention], antecedent: Int?
    ) -> Int? {
        let tokens = text.tokens
        guard var index = tokens.firstIndex(where: { $0.range.lowerBound >= span.outer.upperBound }) else { return nil }
        while index < tokens.count, tokens[index].text == "," { index += 1 }
        guard index < tokens.count else { return nil }
        let window = index..<min(tokens.count, index + 9)
        if Lexicon.speechVerbs.contains(tokens[index].lower) {
            // said X: the first person named right after the verb, before any full stop.
            for mention in mentions where window.contains(mention.candidate.tokenRange.lowerBound) && mention.candidate.tokenRange.lowerBound > index {
                let gap = tokens[(index + 1)..<mention.candidate.tokenRange.lowerBound]
                if !gap.contains(where: { [".", "“", "\"", ";"].contains($0.text) }) { return mention.person }
            }
            return nil
        }
        if pronouns.contains(tokens[index].lower), index + 1 < tokens.count, Lexicon.speechVerbs.contains(tokens[index + 1].lower) {
            return antecedent
        }
        // X said: a person named first, then the verb (an appositive in commas may sit between).
        for mention in mentions where window.contains(mention.candidate.tokenRange.lowerBound) {
            let gap = tokens[index..<mention.candidate.tokenRange.lowerBound]
            guard !gap.contains(where: { [".", "“", "\"", ";"].contains($0.text) || Lexicon.speechVerbs.contains($0.lower) }) else { break }
            var after = mention.candidate.tokenRange.upperBound
            if after + 1 < tokens.count, tokens[after].text == ",", Lexicon.speechVerbs.contains(tokens[after + 1].lower) {
                after += 1
            } else if after < tokens.count, tokens[after].text == "," {
                // Skip an appositive: ", Sergei Lavrov, said" or ", a professor at X, said".
                var probe = after + 1
                while probe < tokens.count, probe - after < 16, ![".", ",", "“", "\""].contains(tokens[probe].text) { probe += 1 }
                if probe < tokens.count, tokens[probe].text == "," { after = probe + 1 } else { after += 1 }
            }
            if after < tokens.count, Lexicon.speechVerbs.contains(tokens[after].lower) { return mention.person }
            break
        }
        return nil
    }

    /// `X said: "…"`, `X told reporters, "…"`, `he called "…"`: a speech verb just before the quotation,
    /// with the person (or a pronoun for the person last named) before the verb in the same sentence.
    private static func speakerBefore(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [PersonExtractor.ResolvedMention], antecedent: Int?
    ) -> Int? {
        let tokens = text.tokens
        guard let quoteStart = tokens.lastIndex(where: { $0.range.upperBound <= span.outer.lowerBound }) else { return nil }
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
        guard let verb else { return nil }
        let speaker = mentions.last {
            !$0.candidate.insideQuote && $0.candidate.tokenRange.upperBound <= verb && $0.candidate.sentence == sentence
        }
        if let speaker { return speaker.person }
        if verb > 0, pronouns.contains(tokens[verb - 1].lower) { return antecedent }
        return nil
    }
}

import Foundation
