import DossierModel
import DossierText
import Foundation

/// `Article → ArticleFacts`: everything one article says on its own. Pure and deterministic; the
/// article's id is not used, so the facts can be cached by the seed's content.
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> ArticleFacts {
        let texts = article.paragraphs.enumerated().map { ParagraphText($0.element, paragraph: $0.offset + 1) }
        var sentences = texts.map { text in text.sentences.map { String(text.text[$0]) } }
        let (mentions, candidates) = MentionAnalysis.mentions(in: texts)
        let quotes = QuoteAnalysis.quotes(in: texts, candidates: candidates)
        var events: [EventFact] = []
        var figures: [FigureFact] = []
        let inferred = article.publishedProvenance == .inferredFromText
        // The events and figures of one paragraph (or caption) numbered `number`, sentence by sentence.
        func read(_ text: ParagraphText, number: Int, sentences paragraph: [String], toldDay: PublicationDate?, telling: inout PublicationDate?) {
            for (index, sentence) in paragraph.enumerated() {
                let at = SentenceReference(paragraph: number, sentence: index)
                events += EventExtractor.facts(
                    in: text, sentence: index, at: at, published: article.published, publishedIsLowerBound: inferred,
                    toldDay: toldDay, telling: &telling)
                let citation = Citation(article: "", paragraph: number, sentence: sentence)
                let found = FigureScanner(text, sentence: index, citation: citation, published: article.published).figures()
                    + FigureFinder.sharesAndMultipliers(in: sentence, citation: citation, published: article.published)
                figures += found.filter { $0.value.isFinite }.map { FigureFact(at: at, figure: $0) }
            }
        }
        // The day the article last told, for "that day" and "the next day" in the paragraphs after.
        var toldDay: PublicationDate?
        for (offset, paragraph) in sentences.enumerated() {
            read(texts[offset], number: offset + 1, sentences: paragraph, toldDay: toldDay, telling: &toldDay)
        }
        // Photo captions date and count what the pictures show ("Supporters celebrate in Paris on Sunday
        // night"): their events and figures, cited after the paragraphs; they tell no day the story goes on from.
        for (offset, caption) in article.captions.enumerated() {
            let number = article.citationNumber(ofCaption: offset + 1)
            let text = ParagraphText(caption, paragraph: number)
            let captionSentences = text.sentences.map { String(text.text[$0]) }
            sentences.append(captionSentences)
            var ownDay: PublicationDate?
            read(text, number: number, sentences: captionSentences, toldDay: nil, telling: &ownDay)
        }
        events = EventExtractor.yearsCarried(events, published: article.published)
        return ArticleFacts(
            sentences: sentences, mentions: mentions, quotes: quotes, events: events, figures: figures,
            aliases: MentionAnalysis.aliases(in: texts, candidates: candidates))
    }
}

/// The name candidates of an article, as facts and (for the quote rules) with their tokens.
enum MentionAnalysis {
    /// "Kim Sang-duk (also known as Tony Kim)", "Ali, known as Abu Omar", "X, aka Y": two names the text
    /// gives one person, as pairs of candidate indices.
    static func aliases(in texts: [ParagraphText], candidates: [NameCandidate]) -> [[Int]] {
        var pairs: [[Int]] = []
        for index in candidates.indices.dropLast() {
            let first = candidates[index]
            let second = candidates[index + 1]
            guard first.paragraph == second.paragraph, first.words.count >= 2 || second.words.count >= 2 else { continue }
            let tokens = texts[first.paragraph - 1].tokens
            guard first.tokenRange.upperBound < second.tokenRange.lowerBound else { continue }
            let gap = tokens[first.tokenRange.upperBound..<second.tokenRange.lowerBound].map(\.lower).filter { $0 != "(" && $0 != "," }
            if [["also", "known", "as"], ["known", "as"], ["better", "known", "as"], ["aka"], ["a.k.a"], ["a.k.a."]].contains(gap) {
                pairs.append([index, index + 1])
            }
        }
        return pairs
    }

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
                otherCues: candidate.otherCues, hasNonPersonWord: candidate.hasNonPersonWord, namedAlone: candidate.namedAlone,
                isPossessive: text.tokens[range.upperBound - 1].isPossessive,
                isSpeaker: QuoteAnalysis.isSpeaker(range, in: text), honorificTitle: candidate.honorificTitle,
                opensSentence: opensSentence(range, in: text))
        }
        return (mentions, candidates)
    }

    private static let sentenceOpeners: Set<String> = ["of", "the", "former", ".", ",", "but", "and", "yet", "so", "still", "meanwhile", "however", "also"]

    /// Only titles and honorifics ("Secretary of State", "Sen.", "former"), or a conjunction opening the
    /// sentence ("But"), stand before the name in its sentence.
    private static func opensSentence(_ range: Range<Int>, in text: ParagraphText) -> Bool {
        let tokens = text.tokens
        guard !tokens[range.lowerBound].insideQuote else { return false }
        let sentence = tokens[range.lowerBound].sentence
        var index = range.lowerBound - 1
        while index >= 0, tokens[index].sentence == sentence {
            let token = tokens[index]
            // "But Bernard Cironneau, 66, …": a conjunction or a linking adverb may open the sentence.
            guard Lexicon.isTitle(token.base) || Lexicon.isHonorific(token.base) || sentenceOpeners.contains(token.lower) else { return false }
            index -= 1
        }
        return true
    }
}

/// Direct quotations and the rules that find their speakers: `"…," said X`, `"…," X said`,
/// `"…," according to X`, `X said: "…"`, `X told reporters: "…"`, `X wrote on Twitter: "…"`,
/// `X, who …, said "…"`, `he said` (the person last speaking or named). Which names are people is not
/// known yet, so each rule lists the mentions that could be the speaker; the merge picks the first that
/// is a person.
enum QuoteAnalysis {
    /// Quotations of fewer words are scare quotes or titles ("cheating", "Belt and Road").
    static let minimumWords = 4
    private static let pronouns: Set<String> = ["he", "she", "they"]
    private static let stops: Set<String> = [".", "“", "\"", ";"]
    /// Words after which a verb of saying is a noun ("his remarks", "the tweets").
    private static let determiners: Set<String> = ["his", "her", "their", "its", "the", "a", "an", "my", "our"]

    /// True when the name is the subject or object of a verb of saying right next to it.
    static func isSpeaker(_ range: Range<Int>, in text: ParagraphText) -> Bool {
        let tokens = text.tokens
        if range.upperBound < tokens.count, Lexicon.speechVerbs.contains(tokens[range.upperBound].lower) { return true }
        if range.lowerBound >= 1, Lexicon.speechVerbs.contains(tokens[range.lowerBound - 1].lower) { return true }
        // "Bentz, 21, said", "Rubio, a critic of …, said": an appositive between.
        if range.upperBound < tokens.count, tokens[range.upperBound].text == "," {
            var probe = range.upperBound + 1
            while probe < tokens.count, probe - range.upperBound < 30, tokens[probe].text != ",", tokens[probe].text != "." || isAbbreviationStop(probe, in: tokens) {
                probe += 1
            }
            if probe + 1 < tokens.count, tokens[probe].text == ",", Lexicon.speechVerbs.contains(tokens[probe + 1].lower) { return true }
        }
        return false
    }

    /// A full stop right before a comma ends an abbreviation ("Sen. John McCain, R-Ariz., said"), not a sentence.
    private static func isAbbreviationStop(_ index: Int, in tokens: [ParagraphText.Token]) -> Bool {
        tokens[index].text == "." && index + 1 < tokens.count && tokens[index + 1].text == ","
    }

    static func quotes(in texts: [ParagraphText], candidates: [NameCandidate]) -> [QuoteFact] {
        // Mentions by paragraph, with their index in the article's mention list.
        var byParagraph: [Int: [(index: Int, candidate: NameCandidate)]] = [:]
        for (index, candidate) in candidates.enumerated() { byParagraph[candidate.paragraph, default: []].append((index, candidate)) }
        var quotes: [QuoteFact] = []
        for (offset, text) in texts.enumerated() {
            let number = offset + 1
            let here = byParagraph[number] ?? []
            for span in text.quotes where span.wordCount(in: text.text) >= minimumWords && !isTitle(text.text[span.content]) {
                // Mentions before the quotation, in article order: the antecedent of "he said".
                let firstAfter = here.first { text.tokens[$0.candidate.tokenRange.lowerBound].range.lowerBound >= span.outer.lowerBound }?.index
                    ?? (here.last.map { $0.index + 1 } ?? mentionsBefore(paragraph: number, in: candidates))
                let after = speakerAfter(span, in: text, mentions: here, antecedent: firstAfter)
                var rules = after + speakerBefore(span, in: text, mentions: here, antecedent: firstAfter)
                rules += speakerClosing(span, in: text, mentions: here, antecedent: firstAfter)
                // A paragraph that is the quotation, after one ending "… said in a statement:".
                if rules.isEmpty, span.outer.lowerBound == text.text.startIndex, offset > 0,
                    texts[offset - 1].text.hasSuffix(":")
                {
                    rules = introducedBefore(texts[offset - 1], mentions: byParagraph[number - 1] ?? [])
                }
                let quoted = text.text[span.content].trimming(ScalarSet(charactersIn: " ,"))
                quotes.append(
                    QuoteFact(
                        at: SentenceReference(paragraph: number, sentence: text.sentenceIndex(containing: span.content.lowerBound)),
                        text: quoted, speaker: rules, opensParagraph: span.outer.lowerBound == text.text.startIndex))
            }
        }
        return quotes
    }

    /// "“State of the Union”", "“Fox News Sunday”": a short quotation in title case names a programme or
    /// a work; nobody says it.
    static func isTitle(_ content: Substring) -> Bool {
        // Eight short words at most: a long quotation is no title, and costs nothing to rule out.
        guard content.utf8.count <= 90 else { return false }
        let words = content.split { $0 == " " || $0 == "\n" }.map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        // ("“On this Bastille Day …”" opens with a preposition: a remark, not a title.)
        guard words.count <= 8, let first = words.first, first.first?.isUppercase == true,
            !Lexicon.functionWords.contains(first.lowercased()) || ["the", "a", "an"].contains(first.lowercased())
        else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || word.first?.isNumber == true || Lexicon.functionWords.contains(word.lowercased()) && word.count <= 4
        } && words.contains { $0.count >= 4 && $0.first?.isUppercase == true && !Lexicon.functionWords.contains($0.lowercased()) }
            && words.filter({ $0.first?.isUppercase == true }).count >= 2
    }

    private static func mentionsBefore(paragraph: Int, in candidates: [NameCandidate]) -> Int {
        candidates.firstIndex { $0.paragraph >= paragraph } ?? candidates.count
    }

    /// `"…," said X`, `"…," X said`, `"…," he said`, `"…," according to X`,
    /// `"…," Russian Foreign Minister, Sergei Lavrov, said`.
    private static func speakerAfter(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [(index: Int, candidate: NameCandidate)], antecedent: Int
    ) -> [SpeakerRule] {
        let tokens = text.tokens
        guard var index = tokens.firstIndex(where: { $0.range.lowerBound >= span.outer.upperBound }) else { return [] }
        let dashed = index < tokens.count && ["—", "–"].contains(tokens[index].text)
        while index < tokens.count, tokens[index].text == "," || tokens[index].text == "—" || tokens[index].text == "–" { index += 1 }
        guard index < tokens.count else { return [] }
        // "“…” — Ellen Hartwig, the mayor": a name right after a dash signs the quotation.
        if dashed, let signed = mentions.first(where: { $0.candidate.tokenRange.lowerBound == index }) {
            return [.firstPerson(mentions: [signed.index], accepted: [true], stopAtRejected: false)]
        }
        let window = index..<min(tokens.count, index + 9)
        // "…," according to X / according to a statement from X.
        if tokens[index].lower == "according", index + 1 < tokens.count, tokens[index + 1].lower == "to" {
            let after = mentions.filter { window.contains($0.candidate.tokenRange.lowerBound) && $0.candidate.tokenRange.lowerBound > index + 1 }
            let accepted = after.map { mention in
                !tokens[(index + 2)..<mention.candidate.tokenRange.lowerBound].contains { stops.contains($0.text) }
            }
            return after.isEmpty ? [] : [.firstPerson(mentions: after.map(\.index), accepted: accepted, stopAtRejected: false)]
        }
        if Lexicon.speechVerbs.contains(tokens[index].lower) {
            // said X: the first person named right after the verb, before any full stop; a possessive
            // belongs to the role ("said Obrador’s campaign manager, Tatiana Clouthier").
            // "said Macron ally Francois Bayrou", "said Trump adviser Kellyanne Conway": a name then a lowercase
            // role noun then a name; the first names whose ally or adviser the speaker is.
            func modifiesNext(_ mention: (index: Int, candidate: NameCandidate)) -> Bool {
                var probe = mention.candidate.tokenRange.upperBound
                var nouns = 0
                while probe < tokens.count, nouns < 3, tokens[probe].isWord, tokens[probe].startsLowercase,
                    !Lexicon.functionWords.contains(tokens[probe].lower), !Lexicon.speechVerbs.contains(tokens[probe].lower)
                {
                    nouns += 1
                    probe += 1
                }
                return nouns > 0 && mentions.contains { $0.candidate.tokenRange.lowerBound == probe }
            }
            let after = mentions.filter {
                window.contains($0.candidate.tokenRange.lowerBound) && $0.candidate.tokenRange.lowerBound > index
                    && !tokens[$0.candidate.tokenRange.upperBound - 1].isPossessive && !modifiesNext($0)
            }
            let accepted = after.map { mention in
                !tokens[(index + 1)..<mention.candidate.tokenRange.lowerBound].contains { stops.contains($0.text) }
            }
            var rules: [SpeakerRule] = [.firstPerson(mentions: after.map(\.index), accepted: accepted, stopAtRejected: false)]
            // "…," said he; "…," said the governor (the person last named with that title).
            if index + 1 < tokens.count, pronouns.contains(tokens[index + 1].lower) {
                rules = [.antecedent(before: antecedent, pronoun: tokens[index + 1].lower)]
            } else if after.isEmpty, index + 2 < tokens.count, tokens[index + 1].lower == "the",
                Lexicon.isTitle(tokens[index + 2].base),
                index + 3 >= tokens.count || !tokens[index + 3].isWord || tokens[index + 3].lower == "of" || tokens[index + 3].lower == "in"
            {
                rules = [.titled(before: antecedent, title: tokens[index + 2].lower)]
            } else if index + 2 < tokens.count, tokens[index + 1].lower == "the", let end = partyEpithet(from: index + 2, in: tokens),
                end >= tokens.count || !tokens[end].isWord,
                after.allSatisfy({ ((index + 2)..<end).contains($0.candidate.tokenRange.lowerBound) })
            {
                // "…,” said the Arkansas Republican": an epithet for someone the story has named, as "he".
                rules = [.antecedent(before: antecedent, pronoun: "they")]
            }
            return rules
        }
        if pronouns.contains(tokens[index].lower), index + 1 < tokens.count, Lexicon.speechVerbs.contains(tokens[index + 1].lower) {
            return [.antecedent(before: antecedent, pronoun: tokens[index].lower)]
        }
        // "…," the governor said: the person last named with that title.
        if tokens[index].lower == "the", let title = titleThenVerb(from: index + 1, in: tokens) {
            return [.titled(before: antecedent, title: title), .unnamed]
        }
        // "…," the Arkansas Republican said: an epithet for someone the story has named.
        if tokens[index].lower == "the", let end = partyEpithet(from: index + 1, in: tokens), end < tokens.count,
            Lexicon.speechVerbs.contains(tokens[end].lower)
        {
            return [.antecedent(before: antecedent, pronoun: "they")]
        }
        // "…," the former prisoners said; "…," a neighbour said: a speaker described, not named.
        if describedSpeaker(from: index, in: tokens, mentions: mentions) != nil { return [.unnamed] }
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
                // "R-Ariz.," ends in an abbreviation's full stop, not the sentence's.
                while probe < tokens.count, probe - after < 30, ![".", ",", "“", "\""].contains(tokens[probe].text) || isAbbreviationStop(probe, in: tokens) {
                    probe += 1
                }
                if probe < tokens.count, tokens[probe].text == "," { after = probe + 1 } else { after += 1 }
            }
            listed.append(mention.index)
            // "…, Thomas Modly, said Hoffman": the verb has its own subject after it.
            let saidOther = mentions.contains { $0.candidate.tokenRange.lowerBound == after + 1 }
            accepted.append(after < tokens.count && Lexicon.speechVerbs.contains(tokens[after].lower) && !saidOther)
        }
        return listed.isEmpty ? [] : [.firstPerson(mentions: listed, accepted: accepted, stopAtRejected: true)]
    }

    /// `Esper “has directed …,” the insignia that marks him, Hoffman said.`, `“…” as a SEAL, said Timothy
    /// Parlatore, his lawyer.`: a quotation inside a sentence that closes on `, X said` or `, said X` (or
    /// `, he said`), with no other quotation after it, is X's.
    private static func speakerClosing(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [(index: Int, candidate: NameCandidate)], antecedent: Int
    ) -> [SpeakerRule] {
        let tokens = text.tokens
        guard let start = tokens.firstIndex(where: { $0.range.lowerBound >= span.outer.upperBound }) else { return [] }
        let sentence = tokens[start].sentence
        var end = start
        while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
        let tail = start..<end
        guard tail.count <= 36, !tokens[tail].contains(where: { $0.insideQuote || ["“", "”", "\""].contains($0.text) }) else { return [] }
        // The last verb of saying of the sentence, after a comma.
        guard let verb = tail.last(where: { Lexicon.speechVerbs.contains(tokens[$0].lower) }) else { return [] }
        let mentionAfter = mentions.first { $0.candidate.tokenRange.lowerBound == verb + 1 && !tokens[$0.candidate.tokenRange.upperBound - 1].isPossessive }
        if verb > tail.lowerBound, tokens[verb - 1].text == ",", let mentionAfter {
            // ", said X." or ", said X, his lawyer."
            let rest = mentionAfter.candidate.tokenRange.upperBound
            guard rest >= end || tokens[rest].text == "." || tokens[rest].text == "," else { return [] }
            return [.firstPerson(mentions: [mentionAfter.index], accepted: [true], stopAtRejected: false)]
        }
        // ", X said." / ", he said." closing the sentence (a few words such as "in a statement" may follow).
        guard end - verb <= 6 else { return [] }
        let subjectEnd = subjectEnd(before: verb, in: tokens)
        guard subjectEnd > tail.lowerBound else { return [] }
        if pronouns.contains(tokens[subjectEnd - 1].lower), subjectEnd >= 2, tokens[subjectEnd - 2].text == "," {
            return [.antecedent(before: antecedent, pronoun: tokens[subjectEnd - 1].lower)]
        }
        guard let named = mentions.last(where: { $0.candidate.tokenRange.upperBound == subjectEnd }),
            named.candidate.tokenRange.lowerBound > tail.lowerBound,
            tokens[named.candidate.tokenRange.lowerBound - 1].text == ","
                || Lexicon.isTitle(tokens[named.candidate.tokenRange.lowerBound - 1].base) || Lexicon.isHonorific(tokens[named.candidate.tokenRange.lowerBound - 1].base)
        else { return [] }
        return [.firstPerson(mentions: [named.index], accepted: [true], stopAtRejected: false)]
    }

    /// The speaker a paragraph ending in a colon introduces: the subject of its last sentence
    /// ("Obama said in a statement:", "Secretary Vilsack released the following statement:").
    private static func introducedBefore(_ text: ParagraphText, mentions: [(index: Int, candidate: NameCandidate)]) -> [SpeakerRule] {
        guard let last = text.tokens.last?.sentence else { return [] }
        let words = text.tokens[text.tokenRange(ofSentence: last)].map(\.lower)
        guard words.contains(where: { Lexicon.speechVerbs.contains($0) || $0 == "statement" || $0 == "following" }) else { return [] }
        let candidates = mentions.filter {
            $0.candidate.sentence == last && !$0.candidate.insideQuote
                && !text.tokens[$0.candidate.tokenRange.upperBound - 1].isPossessive
        }
        return candidates.isEmpty ? [] : [.firstPerson(mentions: candidates.map(\.index), accepted: candidates.map { _ in true }, stopAtRejected: false)]
    }

    /// Where the subject of the verb at `verb` ends: before up to three adverbs or auxiliaries of its
    /// sentence ("he also said", "Lopez has repeatedly said").
    private static func subjectEnd(before verb: Int, in tokens: [ParagraphText.Token]) -> Int {
        var end = verb
        while end > 0, verb - end < 3, tokens[end - 1].sentence == tokens[verb].sentence,
            Lexicon.verbModifiers.contains(tokens[end - 1].lower)
        {
            end -= 1
        }
        return end
    }

    /// "the former prisoners said", "a neighbour told reporters": lowercase words (a description, no name or
    /// pronoun) from `start`, then a verb of saying; the index of the verb.
    private static func describedSpeaker(
        from start: Int, in tokens: [ParagraphText.Token], mentions: [(index: Int, candidate: NameCandidate)]
    ) -> Int? {
        guard start < tokens.count, ["the", "a", "an", "one", "two", "three", "several", "many", "some", "other"].contains(tokens[start].lower)
        else { return nil }
        // The description is the subject: it opens its sentence or follows a comma or a quotation, not a verb
        // ("issued a statement saying").
        if start > 0, tokens[start - 1].sentence == tokens[start].sentence, tokens[start - 1].isWord, !["and", "but"].contains(tokens[start - 1].lower) {
            return nil
        }
        var index = start + 1
        while index < tokens.count, index - start <= 5, tokens[index].isWord, tokens[index].startsLowercase {
            if Lexicon.speechVerbs.contains(tokens[index].lower) {
                // "the statement said", "the report says": a document speaks for whoever issued it.
                guard !Self.documents.contains(tokens[index - 1].lower) else { return nil }
                return index > start + 1 && !mentions.contains { (start..<index).contains($0.candidate.tokenRange.lowerBound) } ? index : nil
            }
            if pronouns.contains(tokens[index].lower) { return nil }
            index += 1
        }
        return nil
    }

    /// Verbs that name what something is, before "a “…”": "called the officer a “sweet, gentle public servant”".
    private static let namingVerbs: Set<String> = ["called", "calls", "calling", "described", "describes"]

    /// Things that "say" on behalf of whoever issued them.
    private static let documents: Set<String> = [
        "statement", "statements", "report", "letter", "document", "post", "tweet", "release", "ruling", "order", "memo",
        "complaint", "indictment", "filing", "lawsuit", "email", "message", "notice", "affidavit", "transcript", "video",
    ]

    /// "Arkansas Republican", "Connecticut Democrat": capitalised words (a state, a place) then a party word;
    /// the index after it.
    private static func partyEpithet(from start: Int, in tokens: [ParagraphText.Token]) -> Int? {
        var index = start
        while index < tokens.count, index - start < 3, tokens[index].isWord, tokens[index].startsUppercase {
            if ["republican", "democrat"].contains(tokens[index].lower) { return index > start ? index + 1 : nil }
            index += 1
        }
        return nil
    }

    /// "governor said", "police chief said": a title (with modifiers) then a verb of saying; the title.
    private static func titleThenVerb(from start: Int, in tokens: [ParagraphText.Token]) -> String? {
        var index = start
        var title: String?
        while index < tokens.count, index - start < 4, tokens[index].isWord, !Lexicon.speechVerbs.contains(tokens[index].lower) {
            if Lexicon.isTitle(tokens[index].base) { title = tokens[index].lower }
            index += 1
        }
        guard let title, index < tokens.count, Lexicon.speechVerbs.contains(tokens[index].lower) else { return nil }
        return title
    }

    /// `X said: "…"`, `X told reporters on Monday: "…"`, `X wrote on Twitter: "…"`, `X, who …, said "…"`,
    /// `he called "…"`: a verb of saying shortly before the quotation, in its sentence, with the person
    /// (or a pronoun for the person last named) as its subject.
    private static func speakerBefore(
        _ span: QuoteSpan, in text: ParagraphText, mentions: [(index: Int, candidate: NameCandidate)], antecedent: Int
    ) -> [SpeakerRule] {
        let tokens = text.tokens
        guard let quoteStart = tokens.lastIndex(where: { $0.range.upperBound <= span.outer.lowerBound }) else { return [] }
        let sentence = tokens[quoteStart].sentence
        // "Dr. Thomas Frieden: “…”": a name and a colon, as transcripts print speakers.
        if tokens[quoteStart].text == ":", let named = mentions.last(where: { $0.candidate.tokenRange.upperBound == quoteStart }),
            tokens[..<named.candidate.tokenRange.lowerBound].allSatisfy({ token in
                token.sentence != sentence || Lexicon.isHonorific(token.base) || Lexicon.isTitle(token.base)
            })
        {
            return [.firstPerson(mentions: [named.index], accepted: [true], stopAtRejected: false)]
        }
        var verb: Int?
        var probe = quoteStart
        // The verb close to the quotation: within six words ("added of the fire,"), within thirty when a
        // colon introduces it; or earlier in the sentence when the quotation finishes reported speech
        // ("Rubio said the world … risked “…”") and no other name stands between.
        let introducedByColon = tokens[quoteStart].text == ":"
        var distant = false
        // "condemned the expulsions as “…”": a verb that characterises, when "as" brings in the quotation.
        let characterised = tokens[quoteStart].lower == "as"
            // "Acevedo called Sgt. Steve Perez … a “sweet, gentle public servant”": a verb of naming, then "a".
            || (["a", "an"].contains(tokens[quoteStart].lower)
                && (max(0, quoteStart - 14)..<quoteStart).contains { Self.namingVerbs.contains(tokens[$0].lower) })
        while probe >= 0, tokens[probe].sentence == sentence, quoteStart - probe < 40 {
            // "Aghdam alleged that YouTube tries to “…”": "alleged" reports speech only as a verb before a
            // quotation (elsewhere it is an adjective: "the alleged gunman").
            // "Trump’s tweets", "his remarks": after a possessive or a determiner the word is a noun.
            let isNoun = probe > 0 && (tokens[probe - 1].isPossessive || determiners.contains(tokens[probe - 1].lower))
            if Lexicon.speechVerbs.contains(tokens[probe].lower) && !isNoun
                || (characterised && (Lexicon.characterisingVerbs.contains(tokens[probe].lower)
                    || Self.namingVerbs.contains(tokens[probe].lower)))
                || (["alleged", "alleges"].contains(tokens[probe].lower) && probe > 0 && mentions.contains { $0.candidate.tokenRange.upperBound == probe })
            {
                verb = probe
                distant = quoteStart - probe >= (introducedByColon ? 30 : 6)
                break
            }
            probe -= 1
        }
        guard let verb else { return [] }
        if distant {
            let between = mentions.contains { mention in
                (verb..<quoteStart).contains(mention.candidate.tokenRange.lowerBound) && !mention.candidate.hasNonPersonWord
                    && !tokens[mention.candidate.tokenRange.upperBound - 1].isPossessive
                    && mention.candidate.personCues >= mention.candidate.otherCues && mention.candidate.otherCues == 0
            }
            guard !between else { return [] }
        }
        var rules: [SpeakerRule] = []
        // "…,” he told the Sun, adding, “…”": a participle of saying after a comma continues the
        // sentence's speaker, the subject of its first verb of saying.
        if verb > 0, tokens[verb - 1].text == ",", ["adding", "saying", "noting", "explaining", "writing", "telling", "insisting", "warning"].contains(tokens[verb].lower) {
            var probe = verb - 2
            while probe > 0, tokens[probe].sentence == sentence {
                if Lexicon.speechVerbs.contains(tokens[probe].lower), !tokens[probe].insideQuote {
                    // "McMaster, publicly called for …, saying": modifiers and a comma before the verb.
                    let end = subjectEnd(before: probe, in: tokens)
                    if end > 0, pronouns.contains(tokens[end - 1].lower) {
                        return [.antecedent(before: antecedent, pronoun: tokens[end - 1].lower)]
                    }
                    if let named = mentions.last(where: {
                        ($0.candidate.tokenRange.upperBound == end || ($0.candidate.tokenRange.upperBound == end - 1 && tokens[end - 1].text == ","))
                            && !$0.candidate.insideQuote
                    }) {
                        return [.firstPerson(mentions: [named.index], accepted: [true], stopAtRejected: false)]
                    }
                }
                probe -= 1
            }
        }
        // "he also said", "Lopez has repeatedly said": adverbs and auxiliaries between subject and verb.
        let subjectEnd = subjectEnd(before: verb, in: tokens)
        if subjectEnd > 0, pronouns.contains(tokens[subjectEnd - 1].lower) {
            // "He said of Trump’s tweets, “…”": the pronoun's antecedent comes before the pronoun, not after it.
            let pronounStart = subjectEnd - 1
            let before = mentions.first { $0.candidate.tokenRange.lowerBound >= pronounStart }.map { min($0.index, antecedent) } ?? antecedent
            return [.antecedent(before: before, pronoun: tokens[subjectEnd - 1].lower)]
        }
        let before = mentions.filter {
            !$0.candidate.insideQuote && $0.candidate.tokenRange.upperBound <= verb && $0.candidate.sentence == sentence
        }
        // The subject: the name that ends right before the verb, or before a clause in commas before it
        // ("Rubio, a critic of Beijing, said"); else the nearest name that is not a possessive.
        var subject: Int?
        if subjectEnd > 0 {
            var end = subjectEnd
            if tokens[end - 1].text == "," {
                var start = end - 2
                // (As long as the appositive `speakerAfter` skips: thirty tokens.)
                while start > 0, tokens[start].text != ",", end - start < 30, tokens[start].sentence == sentence { start -= 1 }
                if start >= 0, tokens[start].text == "," { end = start }
            }
            subject = before.last { $0.candidate.tokenRange.upperBound == end }?.index
        }
        if let subject {
            rules.append(.firstPerson(mentions: [subject], accepted: [true], stopAtRejected: false))
        } else if subjectEnd > 0, tokens[subjectEnd - 1].sentence == sentence, tokens[subjectEnd - 1].isWord,
            tokens[subjectEnd - 1].startsLowercase, !pronouns.contains(tokens[subjectEnd - 1].lower),
            let described = (max(0, subjectEnd - 5)..<subjectEnd).last(where: { ["the", "a", "an"].contains(tokens[$0].lower) }),
            describedSpeaker(from: described, in: tokens, mentions: mentions) == verb
        {
            // "The man said the prisoners “were treated …”": a described speaker; the title's holder when it is one.
            if Lexicon.isTitle(tokens[subjectEnd - 1].base) { return [.titled(before: antecedent, title: tokens[subjectEnd - 1].lower), .unnamed] }
            return [.unnamed]
        }
        let others = before.reversed().filter { $0.index != subject && !tokens[$0.candidate.tokenRange.upperBound - 1].isPossessive }
        if !others.isEmpty {
            rules.append(.firstPerson(mentions: others.map(\.index), accepted: others.map { _ in true }, stopAtRejected: false))
        }
        return rules
    }
}
