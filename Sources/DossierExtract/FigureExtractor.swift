import DossierModel
import DossierText
import Foundation

/// Finds the numbers that matter in each sentence (money, percentages and shares, counts of things,
/// measures, multipliers, vague amounts), with their qualifier, subject and time, and groups the figures
/// that measure the same thing across articles. Years, dates, times, ordinals and page numbers are not figures.
public enum FigureExtractor {
    public static func figures(in articles: [Article]) -> [Figure] {
        Extraction.run(articles).figures
    }
}

/// The figures of one sentence.
package enum FigureFinder {
    private static let number = TextPattern(
        "(?<![\\w.,/:\\-])((?:US\\s?)?\\$\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]*\\d)(?![\\w\\-/:])(?!,\\d)")
    private static let scale = TextPattern("^\\s?(million|billion|trillion|thousand|bn|mn)\\b", caseInsensitive: true)
    private static let percent = TextPattern("^\\s?(%|percent\\b|per cent\\b|percentage points?\\b)", caseInsensitive: true)
    private static let currencyWord = TextPattern(
        "^\\s(dollars|euros|pounds sterling|pounds|rubles|roubles|yuan|yen|won|rupees)\\b", caseInsensitive: true)
    private static let measure = TextPattern(
        "^[\\s-]?(square kilometers?|square kilometres?|square miles?|kilometers?|kilometres?|km|miles?|meters?|metres?|tons?|tonnes?|barrels?|acres?|hectares?|kilograms?|kg|pounds|feet|foot|megawatts?|gigawatts?|liters?|litres?|gallons?)\\b",
        caseInsensitive: true)
    private static let alternative = TextPattern("^\\s?\\((\\d[\\d,.]*)[\\s-]?([a-z]+)\\)", caseInsensitive: true)
    private static let ordinal = TextPattern("^(st|nd|rd|th)\\b")
    private static let monthBefore = TextPattern(
        "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s$")
    private static let monthAfter = TextPattern(
        "^\\s(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b")
    private static let listContext = TextPattern(
        "(?i:page|pages|no\\.|number|chapter|section|step|part|vol\\.|volume|item|paragraph|article|rule|room|flight|route|highway)\\s$")
    private static let ofTotal = TextPattern("^\\s+of\\s+\\d")
    private static let shares = TextPattern(
        "\\b(two-thirds|one-third|a third|three-quarters|one-quarter|a quarter|half)\\s+of\\b", caseInsensitive: true)
    private static let multiplier = TextPattern(
        "\\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\\d+)[- ]?fold\\b", caseInsensitive: true)
    private static let vagueAmount = TextPattern(
        "\\b(dozens|hundreds|thousands|tens|millions|billions)\\s+of\\s+(?:(thousands|millions|billions)\\s+of\\s+)?([a-z]+)",
        caseInsensitive: true)
    private static let qualifierPattern = TextPattern(
        "(?i:(more than|less than|fewer than|as many as|as much as|at least|at most|up to|nearly|almost|about|around|roughly|approximately|some|over|under|just over|just under|close to|an estimated|estimated|only|just))\\s+$")
    private static let rateAfter = TextPattern("^\\s?(?:a|per|each|every)\\s(year|month|week|day)\\b|^\\s(annually|monthly|a year)\\b", caseInsensitive: true)
    private static let yearPattern = TextPattern("\\b(?:(end of|start of|beginning of|early|late|mid-)\\s*)?((?:19|20)\\d{2})(?!\\d)(?!,\\d)(?!s\\b)")
    private static let relativeYear = TextPattern("\\b(last year|this year|next year|the end of (?:this|the) year|currently|now)\\b", caseInsensitive: true)

    package static func figures(in sentence: String, citation: Citation, published: PublicationDate?) -> [Figure] {
        var figures: [Figure] = []
        var consumed: [Range<String.Index>] = []
        for match in number.matches(in: sentence) {
            // Past 15 digits a number is an identifier, not an amount (and no longer exact as a Double).
            guard let digits = match.group(2), digits.utf8.count <= 20,
                var value = Double(digits.replacingOccurrences(of: ",", with: "")), value < 1e15
            else {
                continue
            }
            if consumed.contains(where: { $0.overlaps(match.range) }) { continue }
            let isMoney = match.group(1) != nil
            let before = String(sentence[..<match.range.lowerBound])
            var after = Substring(sentence[match.range.upperBound...])
            var end = match.range.upperBound
            if ordinal.matches(String(after)) || after.hasPrefix(":") { continue }
            if monthBefore.matches(before) || monthAfter.matches(String(after)) { continue }
            if listContext.matches(before) || ofTotal.matches(String(after)) { continue }
            var unit: String
            var kind: FigureKind
            if let scaled = scale.firstMatch(in: String(after)), let word = scaled.group(1) {
                value *= multiplier(for: word)
                end = sentence.index(end, offsetBy: scaled.text.count)
                after = sentence[end...]
            }
            if isMoney {
                unit = "USD"
                kind = .money
            } else if let found = percent.firstMatch(in: String(after)) {
                unit = "%"
                kind = .share
                end = sentence.index(end, offsetBy: found.text.count)
            } else if let found = currencyWord.firstMatch(in: String(after)), let word = found.group(1) {
                unit = currencyCode(word)
                kind = .money
                end = sentence.index(end, offsetBy: found.text.count)
            } else if let found = measure.firstMatch(in: String(after)), let word = found.group(1) {
                unit = measureUnit(word)
                kind = .measure
                end = sentence.index(end, offsetBy: found.text.count)
                if let alt = alternative.firstMatch(in: String(sentence[end...])) {
                    // "17 kilometer (11 mile)": the conversion belongs to the same figure.
                    let altEnd = sentence.index(end, offsetBy: alt.text.count)
                    consumed.append(end..<altEnd)
                    end = altEnd
                }
            } else {
                // A year is not a figure; neither is a bare small number with nothing counted.
                if !digits.contains(","), !digits.contains("."), (1000...2100).contains(value) { continue }
                let noun = NounPhrase.after(String(after))
                if let noun, NounPhrase.isTimeUnit(noun.head) { continue }
                if noun == nil && value < 100 { continue }
                unit = noun?.head ?? ""
                kind = .count
            }
            let qualifierMatch = qualifierPattern.firstMatch(in: before)
            let qualifier = qualifierMatch?.group(1)?.lowercased()
            let start = qualifierMatch.map { sentence.index(match.range.lowerBound, offsetBy: -$0.text.count) } ?? match.range.lowerBound
            var rate: String?
            if let found = rateAfter.firstMatch(in: String(sentence[end...])) {
                rate = (found.group(1) ?? found.group(2)).map { $0.lowercased() == "annually" ? "year" : $0.lowercased().replacingOccurrences(of: "a ", with: "") }
                end = sentence.index(end, offsetBy: found.text.count)
            }
            consumed.append(match.range.lowerBound..<end)
            let counted = kind == .count ? NounPhrase.after(String(sentence[match.range.upperBound...]))?.text
                : kind == .measure ? NounPhrase.after(String(sentence[end...]))?.text : nil
            let subject = SubjectFinder.subject(
                in: sentence, figure: match.range.lowerBound..<end, kind: kind, countedNoun: counted, previous: figures.last)
            if kind == .count, unit.isEmpty { unit = subject.head }
            figures.append(
                Figure(
                    value: value, unit: rate.map { "\(unit) per \($0)" } ?? unit,
                    display: String(sentence[start..<end]).trimming(.whitespaces),
                    qualifier: qualifier, subject: subject.text, when: rate.map { "a \($0)" } ?? when(in: sentence, near: match.range, published: published),
                    vague: false, range: nil, group: kind.rawValue + ":" + subject.key, citation: citation))
        }
        figures += wordFigures(in: sentence, citation: citation, published: published, consumed: consumed)
        return figures
    }

    /// Shares ("two-thirds of") and multipliers ("tenfold"): the word figures the token scanner leaves.
    package static func sharesAndMultipliers(in sentence: String, citation: Citation, published: PublicationDate?) -> [Figure] {
        let lower = sentence.lowercased()
        guard ["fold", "third", "quarter", "half"].contains(where: { lower.containsText($0) }) else { return [] }
        return wordFigures(in: sentence, citation: citation, published: published, consumed: [], vagueAmounts: false)
    }

    /// Shares ("two-thirds of"), multipliers ("tenfold") and vague amounts ("hundreds of millions of dollars").
    private static func wordFigures(
        in sentence: String, citation: Citation, published: PublicationDate?, consumed: [Range<String.Index>], vagueAmounts: Bool = true
    ) -> [Figure] {
        var figures: [Figure] = []
        for match in shares.matches(in: sentence) {
            guard let word = match.group(1)?.lowercased() else { continue }
            let fractions: [String: Double] = [
                "two-thirds": 200.0 / 3, "one-third": 100.0 / 3, "a third": 100.0 / 3, "three-quarters": 75,
                "one-quarter": 25, "a quarter": 25, "half": 50,
            ]
            let before = String(sentence[..<match.range.lowerBound])
            let qualifier = qualifierPattern.firstMatch(in: before)?.group(1)?.lowercased()
            let wordEnd = sentence.index(match.range.lowerBound, offsetBy: word.count)
            let subject = SubjectFinder.subject(in: sentence, figure: match.range.lowerBound..<wordEnd, kind: .share, countedNoun: nil, previous: nil)
            figures.append(
                Figure(
                    value: fractions[word] ?? 0, unit: "%", display: (qualifier.map { $0 + " " } ?? "") + word,
                    qualifier: qualifier, subject: subject.text, when: when(in: sentence, near: match.range, published: published),
                    vague: false, range: nil, group: "share:" + subject.key, citation: citation))
        }
        for match in multiplier.matches(in: sentence) {
            guard let word = match.group(1)?.lowercased() else { continue }
            let words: [String: Double] = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000]
            let subject = SubjectFinder.subject(in: sentence, figure: match.range, kind: .multiplier, countedNoun: nil, previous: nil)
            figures.append(
                Figure(
                    value: words[word] ?? Double(word) ?? 0, unit: "×", display: String(match.text), qualifier: nil,
                    subject: subject.text, when: when(in: sentence, near: match.range, published: published), vague: false,
                    range: nil, group: "multiplier:" + subject.key, citation: citation))
        }
        for match in vagueAmount.matches(in: sentence) where vagueAmounts && !consumed.contains(where: { $0.overlaps(match.range) }) {
            guard let first = match.group(1)?.lowercased(), let noun = match.group(3)?.lowercased() else { continue }
            let magnitudes: [String: Double] = ["dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9]
            guard var low = magnitudes[first] else { continue }
            if let second = match.group(2)?.lowercased(), let scale = magnitudes[second] { low *= scale }
            if first == "tens" && match.group(2) == nil { continue }
            let isMoney = ["dollars", "euros", "pounds", "rubles", "yuan", "yen"].contains(noun)
            let subject = SubjectFinder.subject(in: sentence, figure: match.range, kind: isMoney ? .money : .count, countedNoun: isMoney ? nil : noun, previous: nil)
            figures.append(
                Figure(
                    value: low, unit: isMoney ? currencyCode(noun) : noun, display: String(match.text), qualifier: nil,
                    subject: subject.text, when: when(in: sentence, near: match.range, published: published), vague: true,
                    range: [low, low * 10], group: (isMoney ? "money:" : "count:") + subject.key, citation: citation))
        }
        return figures
    }

    /// The year or period a figure refers to: the nearest year in its sentence, or "last year" resolved
    /// against the article's date.
    package static func when(in fullSentence: String, near fullFigure: Range<String.Index>, published: PublicationDate?) -> String? {
        // Looked for within a window around the figure, so that a number costs the same in any sentence.
        let start = SubjectFinder.window(in: fullSentence, from: fullFigure.lowerBound, by: -2 * SubjectFinder.reach)
        let end = SubjectFinder.window(in: fullSentence, from: fullFigure.upperBound, by: 2 * SubjectFinder.reach)
        let sentence = String(fullSentence[start..<end])
        let offset = fullSentence.utf8.distance(from: start, to: fullFigure.lowerBound)
        let lowerBound = sentence.utf8.index(sentence.utf8.startIndex, offsetBy: offset)
        let figure = lowerBound..<lowerBound
        // No year in digits and no "year", "currently" or "now": no time to find.
        let lower = sentence.lowercased()
        guard lower.containsText("19") || lower.containsText("20") || lower.containsText("year") || lower.containsText("currently")
            || lower.containsText("now")
        else { return nil }
        var best: (distance: Int, text: String)?
        for match in yearPattern.matches(in: sentence) {
            guard let year = match.group(2) else { continue }
            let text = match.group(1).map { "\($0.lowercased().trimming(.whitespaces)) \(year)" } ?? year
            let distance = abs(sentence.distance(from: figure.lowerBound, to: match.range.lowerBound))
            if best == nil || distance < best?.distance ?? .max { best = (distance, text) }
        }
        for match in relativeYear.matches(in: sentence) {
            guard let phrase = match.group(1)?.lowercased(), let published else { continue }
            let year = phrase.contains("last") ? published.year - 1 : phrase.contains("next") ? published.year + 1 : published.year
            let text = phrase.contains("end") ? "end of \(year)"
                : phrase == "currently" || phrase == "now" ? "\(CivilCalendar.monthNames[published.month - 1]) \(year)" : "\(year)"
            let distance = abs(sentence.distance(from: figure.lowerBound, to: match.range.lowerBound))
            if best == nil || distance < best?.distance ?? .max { best = (distance, text) }
        }
        return best?.text
    }

    private static func multiplier(for word: String) -> Double {
        switch word.lowercased() {
        case "thousand": 1e3
        case "million", "mn": 1e6
        case "billion", "bn": 1e9
        case "trillion": 1e12
        default: 1
        }
    }

    private static func currencyCode(_ word: String) -> String {
        switch word.lowercased() {
        case "dollars": "USD"
        case "euros": "EUR"
        case "pounds", "pounds sterling": "GBP"
        case "rubles", "roubles": "RUB"
        case "yuan": "CNY"
        case "yen": "JPY"
        case "won": "KRW"
        case "rupees": "INR"
        default: word
        }
    }

    private static func measureUnit(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasPrefix("square") { return lower.contains("mile") ? "sq mi" : "sq km" }
        if lower.hasPrefix("kilomet") || lower == "km" { return "km" }
        if lower.hasPrefix("mile") { return "mi" }
        if lower.hasPrefix("met") { return "m" }
        if lower.hasPrefix("ton") { return "tons" }
        if lower.hasPrefix("kilogram") || lower == "kg" { return "kg" }
        if lower.hasPrefix("lit") { return "L" }
        return lower.hasSuffix("s") ? lower : lower + "s"
    }
}

package enum FigureKind: String {
    case money, share, count, measure, multiplier
}

/// The noun phrase a number counts: "10,000 North Korean laborers still employed" → "North Korean laborers".
package struct NounPhrase {
    package var text: String
    package var head: String

    private static let stops: Set<String> = [
        "still", "left", "now", "already", "currently", "each", "a", "an", "the", "and", "or", "but", "in", "of",
        "to", "from", "with", "by", "for", "at", "on", "as", "than", "that", "which", "who", "is", "are", "was",
        "were", "be", "been", "have", "has", "had", "will", "would", "could", "may", "might", "can", "do", "does",
        "did", "more", "less", "fewer", "per", "last", "this", "next", "ago", "earlier", "later", "abroad",
        "working", "employed", "there", "here", "over", "under", "while", "including", "across", "into", "through",
        "what", "whom", "where", "when", "why", "how", "whose", "fought", "fled", "died", "lost", "won", "took", "made",
        "said", "told", "gave", "came", "went", "ran", "found", "held", "saw", "got", "began", "became", "kept",
        "brought", "sent", "spent", "built", "met", "paid", "led", "fell", "rose", "stood", "struck", "hit", "sank",
        "flew", "drove", "wrote", "remain", "remained", "remains", "live", "lived", "work", "worked", "say", "says",
        "face", "faced", "wait", "waited", "need", "needed", "die", "fight", "flee", "return", "returned", "join",
        "joined", "arrive", "arrived", "leave", "stay", "stayed", "got", "get", "go", "come", "you", "they", "we", "he", "she", "it", "i", "you'll",
        "you’ll", "they're", "they’re", "we're", "we’re", "you're", "you’re", "about", "around", "nearly", "almost",
        "roughly", "approximately", "some", "only", "just", "also", "too", "even", "so", "then", "after", "before",
        "among", "against", "within", "without", "near", "during", "amid", "despite", "toward", "towards", "if",
        "because", "since", "until", "not", "no", "younger", "older", "overnight", "today", "yesterday", "tonight",
    ]
    private static let quantityWords: Set<String> = ["multiple", "several", "many", "numerous", "twice", "again", "both", "all"]
    private static let timeUnits: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "times", "time", "am", "pm", "a.m", "p.m",
    ]

    package static func isTimeUnit(_ word: String) -> Bool { timeUnits.contains(word.lowercased()) }

    /// The start of `text` that `after` can read: its first few words, however long the text runs.
    package static func words(in text: Substring) -> String {
        var spaces = 0
        var end = text.endIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: " ") {
            spaces += 1
            if spaces == 12 {
                end = index
                break
            }
        }
        return String(text[..<end])
    }

    package static func after(_ text: String) -> NounPhrase? {
        var words: [String] = []
        for raw in text.split(separator: " ", maxSplits: 5).prefix(5) {
            let word = raw.trimming(ScalarSet(charactersIn: ",.;:—–\"“”’'()"))
            let lower = word.lowercased()
            // Past-tense verbs end the noun phrase: "1,200 firefighters battled", "3,000 labourers worked".
            // So does a participle after a plural: "72 Republicans voting", "3,000 workers building".
            let afterPlural = words.last.map {
                $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss")
                    || ["people", "children", "men", "women", "police", "staff", "personnel", "crew"].contains($0.lowercased())
            } ?? false
            let isVerb = lower.count > 4 && !words.isEmpty && (lower.hasSuffix("ed") || afterPlural && lower.hasSuffix("ing"))
                || afterPlural && Lexicon.pastForms.contains(lower)
            // "shot three police officers multiple times": a quantity word after a plural starts another phrase.
            let nextPhrase = afterPlural && quantityWords.contains(lower)
            guard !word.isEmpty, word.first?.isLetter == true, !stops.contains(lower), !isVerb, !nextPhrase else { break }
            words.append(word)
            if raw.last.map({ ",.;:)".contains($0) }) == true { break }
        }
        // Adjectives and nouns up to the last lowercase plural-looking word.
        guard let head = words.last else { return nil }
        return NounPhrase(text: words.joined(separator: " "), head: head.lowercased())
    }
}

/// What a figure measures.
package enum SubjectFinder {
    package struct Subject {
        var text: String
        var head: String
        var key: String
    }

    private static let phraseBody = "((?:[\\w’'\\- ]|,(?=\\d)){3,70}?)"
    private static let of = TextPattern(
        "^\\s*(?:of|in)\\s+" + phraseBody + "(?=[,.;:](?!\\d)|\\s(?:while|and|which|that|according|to|from|by|last|this|annually|a year|without|for|toward|towards|since|after|before)\\b|\\s—|$)",
        caseInsensitive: true)
    private static let numberOf = TextPattern(
        "the number of ([\\w’'\\- ]{3,60}?)(?=\\s(?:fell|rose|dropped|grew|increased|decreased|reached|stood|was|is|has|had)\\b)",
        caseInsensitive: true)
    private static let linkingVerb = TextPattern(
        "([A-Za-z’'\\-]+(?:\\s[A-Za-z’'\\-]+){0,4}?)(?:,\\s(?:which|who)[^,]*?)?\\s(?:last year\\s|this year\\s|previously\\s)?(?:amounted to|totaled|totalled|reached|stood at|numbered|was|were|fell to|rose to|dropped to|grew to|down|up|worth)\\s[^,]*$")
    private static let changeVerb = TextPattern(
        "\\b(?:boost|boosting|increase|increasing|raise|raising|expand|expanding|double|cut|cutting|reduce|reducing)\\s+([a-z][\\w’'\\- ]{2,40}?)\\s+(?:with\\s[\\w ]+?\\s)?(?:tenfold|twofold|threefold|by|to|from|—)", caseInsensitive: true)
    private static let earning = TextPattern(
        "\\b(?:earn|earns|earned|earning|revenue|income|earnings|pulls? in|pulled in|generat(?:e|es|ed|ing))\\b", caseInsensitive: true)
    private static let leadingNumber = TextPattern("^(?:some|about|nearly|around|more than|as many as|its|the|their)?\\s*[\\d,.]+\\s*", caseInsensitive: true)
    private static let prepositions: Set<String> = ["with", "in", "of", "from", "at", "for", "on", "between", "to", "working", "employed"]
    private static let workWords: Set<String> = ["work", "working", "worker", "workers", "employed", "employment", "job", "jobs", "permits"]

    private static let changeStems = ["boost", "increas", "rais", "expand", "doubl", "cut", "reduc"]
    /// The first words of `linkingVerb`'s verbs, which it needs as whole words after the last comma.
    private static let linkingWords: Set<Substring> = [
        "amounted", "totaled", "totalled", "reached", "stood", "numbered", "was", "were", "fell", "rose", "dropped",
        "grew", "down", "up", "worth",
    ]

    /// True when a verb of `linkingVerb` stands, as a word, after the text's last comma.
    private static func mayLink(_ text: String) -> Bool {
        let tail = text.lastIndex(of: ",").map { text[$0...] } ?? text[...]
        return tail.split(whereSeparator: \.isWhitespace).contains { linkingWords.contains($0) }
    }

    /// How far from the number, in characters, its subject is looked for: every pattern here spans a few
    /// words, and a window keeps the cost per number constant however long the sentence runs.
    package static let reach = 240

    package static func subject(in fullSentence: String, figure: Range<String.Index>, kind: FigureKind, countedNoun: String?, previous: Figure?) -> Subject {
        let previousInSentence = previous.flatMap { $0.citation.sentence == fullSentence ? $0 : nil }
        let start = window(in: fullSentence, from: figure.lowerBound, by: -reach)
        let end = window(in: fullSentence, from: figure.upperBound, by: reach)
        let sentence = String(fullSentence[start..<end])
        let after = String(fullSentence[figure.upperBound..<end])
        let before = String(fullSentence[start..<figure.lowerBound])
        var text: String?
        var topic: String?
        let recentWords = before.split(separator: " ").suffix(10).joined(separator: " ")
        if kind == .money, earning.matches(recentWords) {
            topic = "revenue"
            text = "revenue"
        }
        if text == nil, let countedNoun, !countedNoun.isEmpty {
            text = countedNoun
        }
        if text == nil, kind == .count, let previousInSentence {
            // "…from nearly 100,000 workers abroad, including 30,000 in Russia": the same thing, counted again.
            text = previousInSentence.subject
        }
        if text == nil, kind != .count || after.hasPrefix(" of"), let match = of.firstMatch(in: after), let phrase = match.group(1) {
            let stripped = leadingNumber.replacing(in: phrase, with: "")
            text = NounPhrase.after(stripped)?.text ?? stripped
        }
        // Each pattern below runs only where its fixed words occur: most sentences have none of them.
        let lowerSentence = text == nil ? sentence.lowercased() : ""
        if text == nil, lowerSentence.containsText("number of"),
            let match = numberOf.firstMatch(in: before) ?? numberOf.matches(in: sentence).first, let phrase = match.group(1)
        {
            text = phrase
        }
        if text == nil, changeStems.contains(where: { lowerSentence.containsText($0) }), let match = changeVerb.firstMatch(in: sentence), let phrase = match.group(1) {
            text = phrase
        }
        if text == nil, mayLink(before), let match = linkingVerb.firstMatch(in: before), let phrase = match.group(1) {
            text = trimmedLead(phrase)
        }
        if text == nil, let previousInSentence { text = previousInSentence.subject }
        var words = (text ?? "").trimming(ScalarSet(charactersIn: " ,.")).split(separator: " ").map(String.init)
        // "the workers" → "workers"; "trade in 2018" → "trade"; "Wind gusts of" → "Wind gusts".
        if let first = words.first?.lowercased(), ["the", "its", "their", "with", "when"].contains(first), words.count > 1 {
            words.removeFirst(first == "when" && words.count > 2 && words[1].lowercased() == "the" ? 2 : 1)
        }
        if words.count >= 3 {
            let lower = words.map { $0.lowercased() }
            let yearWords = lower.last.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } == true ? 1
                : ["last year", "this year"].contains(lower.suffix(2).joined(separator: " ")) ? 2 : 0
            if yearWords > 0 {
                let before = lower.dropLast(yearWords)
                if let preposition = before.last, ["in", "during", "by", "since"].contains(preposition), before.count >= 2 {
                    words.removeLast(yearWords + 1)
                } else if before.suffix(4).joined(separator: " ") == "at the end of", before.count >= 5 {
                    words.removeLast(yearWords + 4)
                }
            }
        }
        let dangling: Set<String> = ["of", "the", "a", "an", "to", "in", "on", "at", "for", "from", "with", "by", "and", "or", "as"]
        while let last = words.last, words.count > 1, dangling.contains(last.lowercased()) { words.removeLast() }
        let cleaned = words.joined(separator: " ")
        let headIndex = words.firstIndex { prepositions.contains($0.lowercased()) } ?? words.count
        let head = headIndex > 0 ? words[headIndex - 1].lowercased() : ""
        let following = after.split(separator: " ", maxSplits: 4).prefix(4).map { $0.lowercased() }
        if topic == nil, words.contains(where: { workWords.contains($0.lowercased()) }) || following.contains(where: { workWords.contains($0) }) {
            topic = "worker"
        }
        return Subject(text: cleaned, head: head, key: topic ?? (head.isEmpty ? "other" : FigureGrouper.lemma(head)))
    }

    /// The index `distance` characters from `index` (either way), moved to the nearest word boundary
    /// inside that span; the sentence's own bounds when it is shorter.
    package static func window(in text: String, from index: String.Index, by distance: Int) -> String.Index {
        guard let limit = text.index(index, offsetBy: distance, limitedBy: distance < 0 ? text.startIndex : text.endIndex),
            limit != text.startIndex, limit != text.endIndex
        else { return distance < 0 ? text.startIndex : text.endIndex }
        if distance < 0 {
            return text[limit..<index].firstIndex(of: " ").map { text.index(after: $0) } ?? limit
        }
        return text[index..<limit].lastIndex(of: " ") ?? limit
    }

    /// "a dent in Russia-North Korean trade" → "Russia-North Korean trade"; "With trade between them" → "trade between them".
    private static func trimmedLead(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        if let first = words.first, Lexicon.functionWords.contains(first.lowercased()) { words.removeFirst() }
        if words.count >= 3, ["in", "of", "on"].contains(words[1].lowercased()) { words.removeFirst(2) }
        if words.count >= 4, ["a", "an", "the"].contains(words[0].lowercased()), ["in", "of", "on"].contains(words[2].lowercased()) {
            words.removeFirst(3)
        }
        return words.joined(separator: " ")
    }
}
