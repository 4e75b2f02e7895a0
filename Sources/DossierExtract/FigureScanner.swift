import DossierModel
import DossierText
import Foundation

/// The figures of one sentence, read on the paragraph's tokens: every number that measures something,
/// in digits or words ("19 firefighters", "four more hotshot crews", "Two hundred firefighters",
/// "dozens of homes"), with its unit: money in any currency ("$34 million", "€2bn", "billion euros"),
/// percentages and percentage points, ages ("a 37-year-old", "aged 94", "Ashcraft, 29,"), durations
/// ("nine hours"), measures ("135 kilometers", "800 hectares"), counts made with a hyphen ("a 20-person
/// crew"), ranges ("40, 50 pounds", "between 10 and 20") and rates ("a year"). Years, clock times, dates,
/// ordinals, page and gallery numbers, phone numbers and numbers in names ("COVID-19", "G7") are not.
package struct FigureScanner {
    let text: ParagraphText
    let sentence: Int
    let citation: Citation
    let published: PublicationDate?

    private var tokens: [ParagraphText.Token] { text.tokens }

    package init(_ text: ParagraphText, sentence: Int, citation: Citation, published: PublicationDate?) {
        self.text = text
        self.sentence = sentence
        self.citation = citation
        self.published = published
    }

    // MARK: Vocabulary

    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
        "m": 1e6, "k": 1e3,
    ]
    /// "dozens" is two dozen at least, "hundreds" two hundred: the low end a reader can be sure of.
    private static let vague: [String: Double] = [
        "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9, "tens": 20,
    ]
    private static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"]
    private static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "yuan": "CNY",
        "renminbi": "CNY", "yen": "JPY", "won": "KRW", "rupees": "INR", "rupee": "INR", "pesos": "MXN", "reais": "BRL",
        "real": "BRL", "rubles": "RUB", "roubles": "RUB", "francs": "CHF", "lira": "TRY", "liras": "TRY", "naira": "NGN",
        "rand": "ZAR", "shekels": "ILS", "riyals": "SAR", "dirhams": "AED",
    ]
    private static let measures: [String: String] = [
        "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "miles": "mi",
        "mile": "mi", "meters": "m", "metres": "m", "meter": "m", "metre": "m", "feet": "ft", "foot": "ft",
        "inches": "in", "inch": "in", "cm": "cm", "centimeters": "cm", "centimetres": "cm", "mm": "mm",
        "millimeters": "mm", "millimetres": "mm", "acres": "acres", "acre": "acres", "hectares": "hectares",
        "hectare": "hectares", "tons": "tons", "ton": "tons", "tonnes": "tons", "tonne": "tons", "kg": "kg",
        "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "grams": "g", "pounds": "pounds", "lbs": "pounds",
        "ounces": "oz", "gallons": "gallons", "liters": "L", "litres": "L", "barrels": "barrels", "mph": "mph",
        "kph": "km/h", "knots": "knots", "degrees": "degrees", "megawatts": "MW", "gigawatts": "GW", "mw": "MW",
        "square": "", "sq": "",
    ]
    /// Temperatures glued to their number: "44C", "111F", "-5°C".
    private static let degrees: [String: String] = ["C": "°C", "F": "°F", "°C": "°C", "°F": "°F", "ºC": "°C"]
    private static let durations: [String: String] = [
        "seconds": "seconds", "second": "seconds", "minutes": "minutes", "minute": "minutes", "hours": "hours",
        "hour": "hours", "days": "days", "day": "days", "weeks": "weeks", "week": "weeks", "months": "months",
        "month": "months", "years": "years", "year": "years", "decades": "decades", "decade": "decades",
        "centuries": "centuries", "nights": "nights",
    ]
    private static let qualifiers: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["as", "many", "as"], ["as", "much", "as"], ["at", "least"],
        ["at", "most"], ["up", "to"], ["close", "to"], ["just", "over"], ["just", "under"], ["an", "estimated"],
        ["nearly"], ["almost"], ["about"], ["around"], ["roughly"], ["approximately"], ["some"], ["over"], ["under"],
        ["estimated"], ["only"], ["just"], ["around"], ["nearly"], ["upwards", "of"],
    ]
    private static let listWords: Set<String> = [
        "page", "pages", "no", "number", "chapter", "section", "step", "part", "vol", "volume", "item", "paragraph",
        "article", "rule", "room", "flight", "route", "highway", "interstate", "apollo", "channel", "episode", "season",
        "gate", "platform", "line", "unit", "ward", "district", "precinct", "pier", "terminal", "row", "seat",
    ]
    private static let zones: Set<String> = ["gmt", "utc", "bst", "cet", "et", "est", "edt", "pst", "pdt", "cst", "cdt", "local", "hrs", "am", "pm", "a.m", "p.m"]

    // MARK: Scanning

    package func figures() -> [Figure] {
        let span = text.tokenRange(ofSentence: sentence)
        guard !span.isEmpty else { return [] }
        let first = span.lowerBound
        let end = span.upperBound
        let sentenceRange = text.sentences.indices.contains(sentence) ? text.sentences[sentence] : text.text.startIndex..<text.text.endIndex
        let sentenceText = String(text.text[sentenceRange])
        var figures: [Figure] = []
        var index = first
        while index < end {
            if let (figure, next) = figure(at: index, end: end, first: first, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: figures.last) {
                figures.append(figure)
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return figures
    }

    /// Words before a number that make no name of it: "About 400", "Aged 94", "Nearly 60%", "USD 5".
    private static let openers: Set<String> = Set(qualifiers.compactMap { $0.count == 1 ? $0[0] : nil }).union([
        "aged", "age", "ages", "exactly", "precisely", "barely", "merely", "totalling", "totaling", "usd", "eur", "gbp",
        "jpy", "cny", "inr", "rs", "aud", "cad", "chf", "hkd", "sgd", "brl", "mxn", "rub", "zar", "ngn", "krw", "us",
    ])

    /// A capitalised word (or the capital after "&", as in "S&P") that can carry a number in a name.
    private func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].sentence == sentence,
            tokens[index].startsUppercase, !tokens[index].isPossessive
        else { return false }
        let lower = lower(index)
        return !Lexicon.functionWords.contains(lower) && !Self.openers.contains(lower) && CalendarWords.month(lower) == nil
            && CalendarWords.weekday(lower) == nil && Self.currencyWords[lower] == nil
    }

    private static let tallyBefore: Set<String> = ["voted", "vote", "votes", "margin", "tally", "split", "by"]
    private static let tallyAfter: Set<String> = ["margin", "vote", "votes", "split", "majority", "ruling", "decision", "tally", "verdict"]

    /// A number in a tally ("72 to 25", "60-40"): the sum of both sides, and
    /// whether the word after names a margin or split (a share when the sides make 100).
    private func tally(at index: Int) -> (total: Double, shareWord: Bool)? {
        func side(_ at: Int) -> Double? {
            guard isDigits(at), let value = Double(word(at).replacingOccurrences(of: ",", with: "")), value < 1000 else { return nil }
            return value
        }
        let joiners: Set<String> = ["to", "-", "–"]
        var left = index
        if joiners.contains(lower(index + 1)), side(index + 2) != nil {
            left = index
        } else if index >= 2, joiners.contains(lower(index - 1)), side(index - 2) != nil {
            left = index - 2
        } else {
            return nil
        }
        guard let a = side(left), let b = side(left + 2), !(lower(left + 1) == "to" && b > a && lower(left - 1) != "voted") else { return nil }
        if lower(left + 1) != "to", !(touches(left, left + 1) && touches(left + 1, left + 2)) { return nil }
        let before = lower(left - 1) == "a" || lower(left - 1) == "the" ? lower(left - 2) : lower(left - 1)
        let after = lower(left + 3)
        guard Self.tallyBefore.contains(before) || Self.tallyAfter.contains(after) else { return nil }
        return (a + b, ["margin", "split"].contains(after) || before == "margin")
    }

    /// Whether what follows a number can be what it counts or measures: a unit, a scale, a percent sign, a
    /// plural noun; not a verb, an adverb, a capitalised word or the end of the sentence.
    private func countsSomething(after index: Int) -> Bool {
        guard index < tokens.count, tokens[index].sentence == sentence else { return false }
        let next = lower(index)
        if ["%", "percent", "per", "-", "–"].contains(next) { return true }
        guard tokens[index].isWord, tokens[index].startsLowercase else { return false }
        return Self.isPluralNoun(next) || Self.scales[next] != nil || Self.measures[next] != nil || Self.durations[next] != nil
            || Self.currencyWords[next] != nil
    }

    /// After "of": a determiner or a possessive, then a noun phrase whose head is plural.
    private func partitive(after index: Int) -> NounPhrase? {
        var cursor = index
        guard cursor < tokens.count, tokens[cursor].sentence == sentence else { return nil }
        if ["the", "these", "those", "his", "her", "their", "its", "our", "my", "your"].contains(lower(cursor)) || tokens[cursor].isPossessive {
            cursor += 1
        } else {
            return nil
        }
        guard cursor < tokens.count, tokens[cursor].sentence == sentence, tokens[cursor].range.lowerBound < text.text.endIndex else { return nil }
        let rest = NounPhrase.words(in: text.text[tokens[cursor].range.lowerBound...])
        guard let phrase = NounPhrase.after(rest), Self.isPluralNoun(phrase.head) else { return nil }
        return phrase
    }

    /// "were killed", "have been arrested": an auxiliary and a participle of what befell those counted.
    private func passiveState(after index: Int) -> (state: String, end: Int)? {
        var cursor = index
        guard cursor < tokens.count, tokens[cursor].sentence == sentence, ["were", "are", "was", "have", "had"].contains(lower(cursor)) else { return nil }
        cursor += 1
        if lower(cursor) == "been" { cursor += 1 }
        guard Self.passiveStates.contains(lower(cursor)) else { return nil }
        return (lower(cursor), cursor + 1)
    }

    private static let passiveStates: Set<String> = [
        "killed", "injured", "wounded", "hurt", "dead", "missing", "arrested", "detained", "rescued", "evacuated",
        "hospitalized", "hospitalised", "displaced", "charged", "convicted", "freed", "released",
    ]

    /// Verbs whose object is the people hurt: the participle names what the number counts.
    private static let casualtyVerbs: [String: String] = [
        "kill": "killed", "kills": "killed", "killed": "killed", "killing": "killed", "injure": "injured",
        "injures": "injured", "injured": "injured", "injuring": "injured", "wound": "wounded", "wounds": "wounded",
        "wounded": "wounded", "wounding": "wounded",
    ]

    /// A word that reads as one thing, not many: no plural ending, no plural without one ("people",
    /// "police", "Chinese"), no word for the state people are counted in ("dead", "missing").
    private static func isSingularNoun(_ word: String) -> Bool {
        !isPluralNoun(word) && !word.hasSuffix("s") && !word.hasSuffix("ese") && !word.hasSuffix("ed")
            && !["dead", "missing", "hurt", "homeless", "wounded", "injured", "others", "more", "other", "remaining",
                 "aircraft", "cattle", "livestock", "sheep", "deer", "fish", "offspring", "infantry", "militia"].contains(word)
            && scales[word] == nil && measures[word] == nil && durations[word] == nil && currencyWords[word] == nil
    }

    /// "people", "homes", "firefighters": a counted noun can follow a number even after a name ("told CNN 19 people").
    private static func isPluralNoun(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !Lexicon.functionWords.contains(word)
            || ["people", "children", "men", "women", "police", "staff", "personnel", "crew", "troops"].contains(word)
    }

    private func lower(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }
    private func word(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].text : "" }
    private func touches(_ left: Int, _ right: Int) -> Bool {
        left >= 0 && right < tokens.count && tokens[left].range.upperBound == tokens[right].range.lowerBound
    }
    private func isDigits(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].isWord && tokens[index].text.first?.isNumber == true
    }

    private static let parents: Set<String> = ["father", "mother", "parent", "parents", "grandfather", "grandmother", "dad", "mom", "mum"]

    /// Words that make "231-187" a vote's tally rather than a score, a range or a telephone number.
    private static let tallyWords: Set<String> = [
        "vote", "votes", "voted", "voting", "vote,", "ballot", "ballots", "passed", "approved", "rejected", "confirmed",
        "defeated", "margin", "favor", "favour", "senate", "house", "chamber",
    ]

    /// The token after a tally written `N-M` (or `N–M`) at `index`, when the words around it (within six tokens of
    /// its sentence) speak of a vote, and the first side is the larger.
    private func voteTally(at index: Int, next: Int, first: Int) -> Int? {
        guard ["-", "–"].contains(word(next)), touches(index, next), isDigits(next + 1), touches(next, next + 1),
            !touches(next + 1, next + 2) || [",", ".", ";", ")"].contains(word(next + 2)),
            !touches(index - 1, index),
            let left = Double(word(index)), let right = Double(word(next + 1)), left >= right, left < 1000, !word(index).hasPrefix("0")
        else { return nil }
        // "a 60-40 margin": sides that make a hundred with a margin or split are a share (see `tally`).
        if left + right == 100, tally(at: index)?.shareWord == true { return nil }
        let sentence = tokens[index].sentence
        let around = max(first, index - 6)..<min(tokens.count, next + 8)
        guard around.contains(where: { tokens[$0].sentence == sentence && Self.tallyWords.contains(lower($0)) }) else { return nil }
        return next + 2
    }

    /// A number in digits or words at `index`: its value and the token after it.
    private func number(at index: Int) -> (value: Double, next: Int, digits: Bool, text: String)? {
        if isDigits(index) {
            let raw = word(index)
            // Past 15 digits a number is an identifier, not an amount.
            guard raw.utf8.count <= 20, let value = Double(raw.replacingOccurrences(of: ",", with: "")), value < 1e15 else { return nil }
            // "3,500.50" is fine; "1.2.3" is not a number.
            guard raw.filter({ $0 == "." }).count <= 1 else { return nil }
            return (value, index + 1, true, raw)
        }
        // Words: "nineteen", "twenty-five", "two hundred", "a dozen".
        var total = 0.0
        var current = 0.0
        var cursor = index
        var used = false
        while cursor < tokens.count {
            let lower = self.lower(cursor)
            if let value = Self.units[lower] {
                current += Double(value)
            } else if lower.utf8.contains(UInt8(ascii: "-")), let parts = Optional(lower.split(separator: "-")), parts.count == 2,
                let tens = Self.units[String(parts[0])], let ones = Self.units[String(parts[1])], tens >= 20, ones < 10
            {
                current += Double(tens + ones)
            } else if lower == "hundred", used {
                current = max(current, 1) * 100
            } else if ["thousand", "million", "billion"].contains(lower), used, let scale = Self.scales[lower] {
                total += max(current, 1) * scale
                current = 0
            } else if lower == "dozen", !used || current > 0 {
                current = max(current, 1) * 12
            } else if lower == "a", !used, self.lower(cursor + 1) == "dozen" {
                cursor += 1
                continue
            } else if lower == "and", used, Self.units[self.lower(cursor + 1)] != nil, current >= 100 {
                cursor += 1
                continue
            } else {
                break
            }
            used = true
            cursor += 1
        }
        guard used else { return nil }
        let value = total + current
        let spelled = (index..<cursor).map { word($0) }.joined(separator: " ")
        // "one" says little ("one of the boys"); it counts only with a unit.
        return (value, cursor, false, spelled)
    }

    private func figure(
        at index: Int, end: Int, first: Int, sentenceRange: Range<String.Index>, sentenceText: String, previous: Figure?
    ) -> (Figure, Int)? {
        // Vague amounts: "dozens of homes", "tens of thousands of people", "hundreds of millions of dollars".
        if let low = Self.vague[lower(index)], lower(index + 1) == "of" {
            var value = low
            var cursor = index + 2
            if let scale = Self.vague[lower(cursor)], lower(cursor + 1) == "of" {
                value = (low == 20 ? 10 : low / 2) * scale
                cursor += 2
            }
            guard cursor < end, tokens[cursor].isWord else { return nil }
            let noun = lower(cursor)
            let unit = Self.currencyWords[noun] ?? noun
            let money = Self.currencyWords[noun] != nil
            return make(
                value: value, unit: unit, kind: money ? .money : .count, start: index, end: cursor + 1, qualifierStart: index,
                qualifier: nil, vague: true, range: [value, value * 10], counted: money ? nil : (cursor..<max(cursor, end)),
                sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous)
        }
        // "sent hundreds fleeing", "thousands marched", "dozens were hurt": people, in a crowd no noun counts.
        if let low = Self.vague[lower(index)], lower(index + 1) != "of", low >= 24, index + 1 < end, tokens[index].isWord,
            tokens[index].startsLowercase || index == first, Self.actsAsCrowd(lower(index + 1))
        {
            return make(
                value: low, unit: "people", kind: .count, start: index, end: index + 1, qualifierStart: index, qualifier: nil,
                vague: true, range: [low, low * 10], counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText,
                previous: previous, digits: false)
        }
        // "three-year premiership", "a four-block radius", "two-time runner-up", "twice a day"
        if let compound = spelledCompound(at: index) {
            return make(
                value: compound.value, unit: compound.unit, kind: .measure, start: index, end: index + 1, qualifierStart: index,
                qualifier: nil, vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText,
                previous: previous, digits: false)
        }
        // "One in five adults", "1 in 4 voters": a share.
        if let ratio = oneIn(at: index, first: first) {
            return make(
                value: 100 / ratio.of, unit: "%", kind: .share, start: index, end: ratio.next, qualifierStart: index, qualifier: nil,
                vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous,
                digits: true)
        }
        // "for about a minute", "within an hour", "more than a decade", "about a mile": one unit.
        // "a couple of hours": two; "half a mile", "a half a mile": a half.
        if lower(index) == "couple", lower(index - 1) == "a", lower(index + 1) == "of", let unit = Self.durations[lower(index + 2)] ?? Self.measures[lower(index + 2)],
            !unit.isEmpty
        {
            return make(
                value: 2, unit: unit, kind: .measure, start: index - 1, end: index + 3, qualifierStart: index - 1, qualifier: nil,
                vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous,
                digits: false)
        }
        if lower(index) == "half", lower(index + 1) == "a", let unit = Self.durations[lower(index + 2)] ?? Self.measures[lower(index + 2)],
            !unit.isEmpty, !Self.shiftWords.contains(lower(index + 3))
        {
            let start = lower(index - 1) == "a" ? index - 1 : index
            return make(
                value: 0.5, unit: unit, kind: .measure, start: start, end: index + 3, qualifierStart: start, qualifier: nil,
                vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous,
                digits: false)
        }
        if ["a", "an"].contains(lower(index)),
            index > first && ["about", "around", "nearly", "almost", "roughly", "within", "for", "over", "under", "just", "than", "only"].contains(lower(index - 1))
                // "up to a year in prison"
                || (index > first + 1 && lower(index - 1) == "to" && lower(index - 2) == "up")
                || (lower(index + 2) == "and" && lower(index + 3) == "a" && lower(index + 4) == "half")
                // "A year ago he founded the party": how long ago, a year or a decade (a week or a day ago is
                // only when).
                || (lower(index + 2) == "ago" && ["year", "decade"].contains(lower(index + 1))),
            let unitWord = Optional(lower(index + 1)), Self.durations[unitWord] != nil || !(Self.measures[unitWord] ?? "").isEmpty,
            // "just a week later": a shift in time, told by the timeline.
            !Self.shiftWords.contains(lower(index + 2)),
            !unitWord.hasSuffix("s") || unitWord == "inches"
        {
            let decade = unitWord == "decade"
            let qualifier = qualifierBefore(index, first: first)
            // "a year and a half"
            let half = lower(index + 2) == "and" && lower(index + 3) == "a" && lower(index + 4) == "half"
            return make(
                value: (decade ? 10 : 1) * (half ? 1.5 : 1), unit: decade ? "years" : Self.durations[unitWord] ?? Self.measures[unitWord] ?? unitWord,
                kind: .measure, start: index, end: index + (half ? 5 : 2), qualifierStart: qualifier?.start ?? index, qualifier: qualifier?.text,
                vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous,
                digits: false)
        }
        guard let parsed = number(at: index) else { return nil }
        // "three o'clock": a time.
        if ["o’clock", "o'clock"].contains(lower(parsed.next)) { return nil }
        // "Seven Meadows", "the Final Five", "the Big Ten": a number word capitalised inside a sentence, beside
        // another capitalised word, is part of a name.
        if !parsed.digits, index > first, tokens[index].startsUppercase,
            tokens[index - 1].isProperCase || (parsed.next < tokens.count && tokens[parsed.next].isProperCase)
        {
            return nil
        }
        var value = parsed.value
        var cursor = parsed.next
        var start = index
        // ".15 percentage points": a decimal written without its leading zero (a period that follows a space).
        if parsed.digits, index > first, word(index - 1) == ".", touches(index - 1, index), !touches(index - 2, index - 1),
            !parsed.text.utf8.contains(UInt8(ascii: ".")), !parsed.text.utf8.contains(UInt8(ascii: ",")),
            let decimal = Double("0." + parsed.text)
        {
            value = decimal
            start = index - 1
        }
        // "a father of 12", "mother of three": the children counted, when no noun follows.
        if start == index, index >= 2, lower(index - 1) == "of", Self.parents.contains(lower(index - 2)),
            !(cursor < tokens.count && tokens[cursor].isWord && tokens[cursor].sentence == sentence && Self.isPluralNoun(lower(cursor)))
        {
            return make(
                value: value, unit: "children", kind: .count, start: index, end: cursor, qualifierStart: index, qualifier: nil,
                vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous,
                digits: parsed.digits)
        }
        // "voted 231-187", "a 68-32 vote": a tally, the votes of the side that carried it.
        if parsed.digits, start == index, let tally = voteTally(at: index, next: cursor, first: first) {
            return make(
                value: value, unit: "votes", kind: .count, start: index, end: tally, qualifierStart: index, qualifier: nil,
                vague: false, range: nil, counted: nil, sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous)
        }
        // Not a figure: part of a name, a date, a clock time, an ordinal, a list or page number.
        if parsed.digits {
            if isInsideAddress(index) { return nil }
            if index > 0, touches(index - 1, index), tokens[index - 1].isWord { return nil }
            if index > 1, word(index - 1) == "-", touches(index - 2, index - 1), touches(index - 1, index), tokens[index - 2].isWord,
                tokens[index - 2].startsUppercase
            {
                return nil
            }
            // "18th", "1990s", "4x200", "5G", "0293.HK": glued to letters that are not a unit ("44C" is a temperature).
            if cursor < tokens.count, touches(index, cursor), tokens[cursor].isWord,
                Self.measures[lower(cursor)] == nil, Self.scales[lower(cursor)] == nil, Self.degrees[word(cursor)] == nil
            {
                return nil
            }
            if word(cursor) == ".", touches(index, cursor), cursor + 1 < tokens.count, touches(cursor, cursor + 1), tokens[cursor + 1].isWord {
                return nil
            }
            // "10 Downing St": a house number.
            if cursor + 1 < tokens.count, tokens[cursor].isProperCase,
                Lexicon.placeTails.contains(lower(cursor + 1)) || ["street", "road", "avenue", "square", "place", "way"].contains(lower(cursor + 1))
            {
                return nil
            }
            if word(cursor) == ":" && touches(index, cursor) { return nil }
            if index > 0, word(index - 1) == ":" && touches(index - 1, index) { return nil }
            if Self.zones.contains(lower(cursor).replacingOccurrences(of: ".", with: "")) { return nil }
            if CalendarWords.month(lower(cursor)) != nil && tokens[cursor].startsUppercase { return nil }
            if index > 0, CalendarWords.month(lower(index - 1)) != nil && tokens[index - 1].startsUppercase { return nil }
            if index > 1, word(index - 1) == ".", CalendarWords.month(lower(index - 2)) != nil { return nil }
            if index > 0, (Self.listWords.contains(lower(index - 1)) && !tokens[index - 1].isPossessive) || word(index - 1) == "#" { return nil }
            // "9/11", "(800) 877-8339": parts of other numbers.
            if index > 1, ["/", "-"].contains(word(index - 1)), touches(index - 1, index), isDigits(index - 2), touches(index - 2, index - 1) {
                return nil
            }
            if word(index - 1) == "(", word(cursor) == ")", isDigits(cursor + 1) { return nil }
            // "Attribution 3.0 United States", "KGUN 10 News": a number between capitalised words is a name's.
            if index > 0, tokens[index - 1].isProperCase, cursor < tokens.count, tokens[cursor].isProperCase,
                CalendarWords.month(lower(cursor)) == nil, !Lexicon.functionWords.contains(lower(index - 1))
            {
                return nil
            }
            // "S&P 500 fell", "Route 89,", "BBC Radio 4", "Camp 6.": a number right after a capitalised word, with
            // nothing counted after it, is the name's own (a model, an index, a channel, a road).
            if index > 0, isNameWord(index - 1), !countsSomething(after: cursor), !isStatedAge(at: index, next: cursor) { return nil }
            if index > 1, word(index - 1) == ".", lower(index - 2) == "no" { return nil }
            if lower(cursor) == "of", isDigits(cursor + 1), value <= 100 { return nil }  // "1 of 6"
            if lower(index - 1) == "of", index > 1, isDigits(index - 2) || ["st", "nd", "rd", "th"].contains(lower(index - 2)) {
                return nil  // the 6 of "1 of 6", "2nd of 6"
            }
            if word(cursor) == "/" && touches(index, cursor) { return nil }  // "24/7", "9/11"
            if word(cursor) == "-", touches(index, cursor), isDigits(cursor + 1), touches(cursor, cursor + 1), word(cursor + 1).count >= 3,
                parsed.text.count >= 3
            {
                return nil  // "555-1234"
            }
        }
        var qualifier: String?
        // "17,000+ people": at least that many.
        if parsed.digits, word(cursor) == "+", touches(index, cursor) {
            qualifier = "more than"
            cursor += 1
        }
        var qualifierStart = start
        for phrase in Self.qualifiers where qualifier == nil {
            let from = index - phrase.count
            guard from >= first else { continue }
            if (0..<phrase.count).allSatisfy({ lower(from + $0) == phrase[$0] }) {
                qualifier = phrase.joined(separator: " ")
                qualifierStart = from
                break
            }
        }
        // Money before: "$34 million", "US$5", "€2bn".
        var currency: String?
        var symbolStart = start
        if index > 0, let code = Self.currencySymbols[word(index - 1)] {
            currency = code
            symbolStart = index - 1
            if index > 1, ["us", "a", "c", "hk", "nz"].contains(lower(index - 2)), touches(index - 2, index - 1) {
                currency = lower(index - 2) == "us" ? "USD" : code
                symbolStart = index - 2
            }
            if qualifierStart == start { qualifierStart = symbolStart }
            if let found = qualifierBefore(symbolStart, first: first) {
                qualifier = found.text
                qualifierStart = found.start
            }
        }
        // A tally: "voted 72 to 25", "a 60-40 margin", "the 5-4 ruling": each side a count of votes, or a
        // share when the two make a hundred.
        if parsed.digits, currency == nil, let tally = tally(at: index) {
            let isShare = tally.total == 100 && tally.shareWord
            return make(
                value: value, unit: isShare ? "%" : "votes", kind: isShare ? .share : .count, start: start, end: index + 1,
                qualifierStart: qualifierStart, qualifier: qualifier, vague: false, range: nil, counted: nil,
                sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous, digits: true)
        }
        // Range: "40, 50 pounds", "between 10 and 20 people", "10 to 20", "10-20".
        var rangeHigh: Double?
        if [",", "-", "–", "to", "and", "or"].contains(lower(cursor)), let second = number(at: cursor + 1), second.value > value,
            (parsed.digits == second.digits), lower(cursor) != "," || isDigits(cursor + 1) && !touches(cursor, cursor + 1)
        {
            let opener = lower(qualifierStart - 1)
            if lower(cursor) != "and" || opener == "between" {
                rangeHigh = second.value
                cursor = second.next
                if opener == "between" { qualifierStart -= 1 }
            }
        }
        // "$6-billion": the scale joined by a hyphen, as some papers print it.
        if rangeHigh == nil, word(cursor) == "-", touches(cursor - 1, cursor), touches(cursor, cursor + 1),
            ["million", "billion", "trillion"].contains(lower(cursor + 1))
        {
            cursor += 1
        }
        // Scale after: "34 million", "2bn", "5m".
        if let scale = Self.scales[lower(cursor)], lower(cursor) != "hundred" || !parsed.digits || value < 100 {
            if ["m", "k", "bn", "mn"].contains(lower(cursor)) ? (touches(cursor - 1, cursor) || currency != nil) : true {
                value *= scale
                rangeHigh = rangeHigh.map { $0 * scale }
                cursor += 1
            }
        }
        // A range of sums: "$1.5 billion to $2 billion", "between $10 million and $20 million", "€5m-€8m".
        if rangeHigh == nil, currency != nil, index > 0, Self.currencySymbols[word(index - 1)] != nil,
            ["to", "-", "–"].contains(lower(cursor)) || (lower(cursor) == "and" && lower(qualifierStart - 1) == "between"),
            word(cursor + 1) == word(index - 1), let second = number(at: cursor + 2), second.digits
        {
            var high = second.value
            var next = second.next
            if let scale = Self.scales[lower(next)], ["m", "k", "bn", "mn"].contains(lower(next)) ? touches(next - 1, next) : true {
                high *= scale
                next += 1
            }
            if high > value {
                rangeHigh = high
                if lower(cursor) == "and" { qualifierStart -= 1 }
                cursor = next
            }
        }
        var unit = currency ?? ""
        var kind: FigureKind = currency == nil ? .count : .money
        var countedFrom: Int?
        var hasUnit = currency != nil
        if currency == nil {
            let next = lower(cursor)
            if next == "%" || next == "percent" || (next == "per" && lower(cursor + 1) == "cent") {
                unit = "%"
                kind = .share
                cursor += next == "per" ? 2 : 1
            } else if next == "percentage", ["point", "points"].contains(lower(cursor + 1)) {
                unit = "percentage points"
                kind = .share
                cursor += 2
            } else if next == "of", lower(cursor + 1) == "a", lower(cursor + 2) == "percentage", lower(cursor + 3) == "point", value < 1 {
                // "0.25 of a percentage point"
                unit = "percentage points"
                kind = .share
                cursor += 4
            } else if let code = Self.currencyWords[next] {
                unit = code
                kind = .money
                cursor += 1
            } else if next == "-", touches(cursor - 1, cursor), cursor + 1 < tokens.count, tokens[cursor + 1].isWord {
                // "37-year-old", "20-person crew", "9,000-acre fire"
                let compound = lower(cursor + 1)
                if compound.hasPrefix("basis-point") || compound == "basis" && lower(cursor + 2) == "-" {
                    // "a 25-basis-point cut"
                    unit = "basis points"
                    kind = .measure
                    hasUnit = true
                    cursor += 2
                    while cursor < tokens.count, ["-", "point", "points"].contains(lower(cursor)) { cursor += 1 }
                } else if compound.hasPrefix("year-old") || compound == "year" && lower(cursor + 2) == "-" {
                    unit = "years old"
                    kind = .measure
                    cursor += compound.hasPrefix("year-old") ? 2 : 2
                    while cursor < tokens.count, ["-", "old"].contains(lower(cursor)) { cursor += 1 }
                } else {
                    let head = compound.split(separator: "-").first.map(String.init) ?? compound
                    unit = Self.measures[head].flatMap { $0.isEmpty ? nil : $0 } ?? Self.durations[head] ?? Self.plural(head)
                    kind = Self.measures[head] != nil ? .measure : .count
                    hasUnit = true
                    cursor += 2
                }
            } else if let degrees = Self.degrees[word(cursor)], touches(cursor - 1, cursor) {
                // "44C (111F)", "1.2C": a temperature written the short way.
                unit = degrees
                kind = .measure
                cursor += 1
                if word(cursor) == "(", isDigits(cursor + 1), Self.degrees[word(cursor + 2)] != nil, word(cursor + 3) == ")" { cursor += 4 }
            } else if let measure = Self.measures[next] {
                if measure.isEmpty, let area = Self.measures[lower(cursor + 1)] {
                    unit = "sq " + area
                    cursor += 2
                } else {
                    unit = measure
                    cursor += 1
                }
                kind = .measure
                // "17 kilometer (11 mile)": the conversion belongs to the same figure.
                if word(cursor) == "(", isDigits(cursor + 1), Self.measures[lower(cursor + 2)] != nil {
                    // "(11 mile)", "(113km/h)": up to the closing parenthesis, a few tokens on.
                    if let close = (cursor + 3..<min(tokens.count, cursor + 7)).first(where: { word($0) == ")" }),
                        (cursor + 3..<close).allSatisfy({ ["/", "h", "hr", "sq", "per", "hour", "s"].contains(lower($0)) })
                    {
                        cursor = close + 1
                    }
                }
            } else if next == "times", !parsed.digits || value < 1000 {
                // "failed three times": how often.
                unit = "times"
                kind = .measure
                cursor += 1
            } else if let duration = Self.durations[next] {
                unit = duration
                kind = .measure
                cursor += 1
                // "14 hours and 50 minutes", "two years and three months": one length.
                if lower(cursor) == "and", let (part, per) = Self.smallerUnits[duration], let extra = number(at: cursor + 1),
                    Self.durations[lower(extra.next)] == part, extra.value < per
                {
                    value += extra.value / per
                    cursor = extra.next + 1
                }
                // "three months ago" names a time (an event) and measures it too.
            } else if ["old"].contains(next), lower(index - 1) == "years" {
                return nil
            } else if lower(index - 1) == "aged" || (lower(index - 1) == "age" && parsed.digits) || (parsed.digits && isAgeAfterPeople(at: index))
                || (parsed.digits && lower(index - 1) == "as" && lower(index - 2) == "age" && (1...120).contains(value))
            {
                // "her age as 38"
                unit = "years old"
                kind = .measure
            } else if isAge(at: index, next: cursor) || isStatedAge(at: index, next: cursor) {
                unit = "years old"
                kind = .measure
            } else if lower(cursor) == "-fold" || next.hasSuffix("fold") {
                return nil  // multipliers are read from the sentence text
            } else {
                // A year is not a figure; nor a bare small number with nothing counted.
                if parsed.digits, !parsed.text.utf8.contains(UInt8(ascii: ",")), !parsed.text.utf8.contains(UInt8(ascii: ".")), (1000...2100).contains(value), rangeHigh == nil {
                    return nil
                }
                countedFrom = cursor
                // "the death toll stood at 18", "a death toll of 50": deaths, though no noun follows.
                if !countsSomething(after: cursor), isTollBefore(index, first: first) {
                    unit = "deaths"
                    hasUnit = true
                    countedFrom = nil
                } else if !countsSomething(after: cursor), let counted = subjectReached(before: index, first: first) {
                    // "Confirmed cases surpassed 10,000": the subject that reached the number is what it counts.
                    unit = counted
                    hasUnit = true
                    countedFrom = nil
                }
                // "52 were in critical condition", "25 remain in a coma": people, in the state they are in.
                if ["were", "are", "remain", "remained"].contains(next), lower(cursor + 1) == "in", parsed.digits || value > 1 {
                    unit = "people"
                    hasUnit = true
                    countedFrom = nil
                }
                // "four more hotshot crews"
                if ["more", "additional", "other", "new", "further"].contains(next) { countedFrom = cursor + 1 }
                // "75,000 911 calls": a number that names the calls sits between the count and its noun.
                if isDigits(cursor), !word(cursor).contains(","), word(cursor).count <= 4, cursor + 1 < end, tokens[cursor + 1].isWord,
                    Self.isPluralNoun(lower(cursor + 1))
                {
                    cursor += 1
                    countedFrom = cursor
                }
                // "140,000 or so party members"
                if next == "or", lower(cursor + 1) == "so" { countedFrom = cursor + 2 }
                // "19 of some of the finest people", "eight of the boys", "three of his teammates"
                if next == "of", !isDigits(cursor + 1) {
                    var probe = cursor + 1
                    while probe < end, ["some", "of", "the", "his", "her", "their", "its", "our", "those", "these", "all"].contains(lower(probe)) {
                        probe += 1
                    }
                    guard probe > cursor + 1, probe < end, tokens[probe].isWord, !["them", "us", "you", "which", "whom"].contains(lower(probe)) else {
                        return nil
                    }
                    countedFrom = probe
                }
            }
        }
        // ("one or two votes" is a range: it counts.)
        if !parsed.digits, value <= 1, rangeHigh == nil, unit.isEmpty || kind == .count, !countsOne(at: index, qualifier: qualifier, counted: countedFrom) {
            return nil
        }
        if kind == .count, countedFrom == nil, !hasUnit { return nil }
        if kind != .count { hasUnit = true }
        return make(
            value: value, unit: unit, kind: kind, start: symbolStart, end: cursor, qualifierStart: qualifierStart,
            qualifier: qualifier, vague: false, range: rangeHigh.map { [value, $0] }, counted: countedFrom.map { $0..<max($0, min(end, $0 + 6)) },
            sentenceRange: sentenceRange, sentenceText: sentenceText, previous: previous, digits: parsed.digits)
    }

    /// "just one arrest", "by one vote", "one police officer who", "One patient": "one" counts when a word
    /// before stresses the number or what it counts is a person; otherwise it says little ("one of the
    /// boys", "one way or another", "one day").
    private func countsOne(at index: Int, qualifier: String?, counted: Int?) -> Bool {
        guard lower(index) == "one", let counted, counted < tokens.count, tokens[counted].sentence == sentence,
            tokens[counted].isWord
        else { return false }
        let rest = NounPhrase.words(in: text.text[tokens[counted].range.lowerBound...])
        // "one British national": a capitalised word only before a lowercase head.
        guard let phrase = NounPhrase.after(rest), phrase.head.first?.isLowercase == true,
            tokens[counted].startsLowercase || phrase.text.contains(" "),
            Self.durations[phrase.head] == nil, !phrase.head.hasSuffix("ing"), !Self.figuresOfSpeech.contains(phrase.head),
            Self.isSingularNoun(phrase.head) || Self.personNouns.contains(phrase.head),
            // "a relative of one member", "one more example", "one person wrote": a description, not a count.
            lower(index - 1) != "of" || ["death", "deaths", "killing", "murder", "loss", "arrest", "rescue", "release"].contains(lower(index - 2)),
            lower(counted) != "more"
        else { return false }
        let words = phrase.text.split(separator: " ").count
        // "one man, 36,": the age describes one person; it counts nothing.
        if word(counted + words) == ",", isDigits(counted + words + 1) { return false }
        if let after = (counted + words..<max(counted + words, min(tokens.count, counted + 12))).first(where: { tokens[$0].isWord }),
            Lexicon.speechVerbs.contains(lower(after))
        {
            return false
        }
        if ["only", "just", "exactly", "at least", "at most"].contains(qualifier ?? "") || ["by", "than", "kills", "killing", "killed"].contains(lower(index - 1)) {
            return true
        }
        return Self.personNouns.contains(phrase.head) || Self.countedPersons.contains(phrase.head)
    }

    /// Nouns "one" goes with in a figure of speech ("just one point of contention", "one way or another").
    private static let figuresOfSpeech: Set<String> = [
        "another", "point", "example", "thing", "way", "reason", "factor", "part", "issue", "question", "problem", "aspect",
        "sign", "step", "side", "hand", "instance", "case", "option", "piece", "kind", "sort", "type", "of",
    ]

    /// Nouns for one person counted in the news besides `personNouns`.
    private static let countedPersons: Set<String> = [
        "patient", "national", "citizen", "soldier", "firefighter", "journalist", "civilian", "member", "survivor",
        "hostage", "migrant", "refugee", "protester", "demonstrator", "attacker", "assailant", "casualty", "fatality",
    ]

    /// A number inside a web address or a file name ("…/images/1155968404_49446.jpg?pubId=…").
    private func isInsideAddress(_ index: Int) -> Bool {
        let whole = text.text
        var start = tokens[index].range.lowerBound
        var end = tokens[index].range.upperBound
        var steps = 0
        while start > whole.startIndex, steps < 200 {
            let previous = whole.index(before: start)
            if whole[previous].isWhitespace || whole[previous] == "\"" { break }
            start = previous
            steps += 1
        }
        steps = 0
        while end < whole.endIndex, steps < 200, !whole[end].isWhitespace, whole[end] != "\"" {
            end = whole.index(after: end)
            steps += 1
        }
        let word = whole[start..<end]
        return word.contains("://") || word.hasPrefix("www.") || word.contains(".jpg") || word.contains(".png") || word.contains("?")
            && word.contains("=")
    }

    /// Verbs by which a count reaches a number: "surpassed 10,000", "rose to 250", "stood at 18".
    private static let reachingVerbs: Set<String> = [
        "surpassed", "passed", "topped", "exceeded", "reached", "hit", "neared", "approached", "totaled", "totalled",
        "numbered", "rose", "climbed", "jumped", "grew", "increased", "fell", "dropped", "stood", "stands",
    ]

    /// "Confirmed cases in the state surpassed": the plural noun the verb before `index` has as its subject,
    /// within the few words before the verb.
    private func subjectReached(before index: Int, first: Int) -> String? {
        var verb = index - 1
        if verb > first, ["to", "at", "nearly", "almost", "about", "around", "some", "more", "than", "over"].contains(lower(verb)) { verb -= 1 }
        if verb > first, ["to", "at", "more"].contains(lower(verb)) { verb -= 1 }
        guard verb > first, Self.reachingVerbs.contains(lower(verb)) else { return nil }
        // The subject runs back to the sentence's start, a comma, a number or a verb of saying; its head is its
        // first plural noun ("the number of North Koreans with work permits", "confirmed cases in the state").
        var start = verb
        while start - 1 >= first, verb - start < 10, tokens[start - 1].isWord, !Lexicon.speechVerbs.contains(lower(start - 1)),
            !Lexicon.functionWords.contains(lower(start - 1)) || ["in", "of", "the", "for", "with", "a", "an", "number"].contains(lower(start - 1))
        {
            start -= 1
        }
        for cursor in start..<verb {
            let word = lower(cursor)
            if word != "number", Self.isPluralNoun(word), !word.hasSuffix("ss"), !Lexicon.functionWords.contains(word) { return word }
        }
        return nil
    }

    /// Words after a length that make it a shift in time ("just a week later"), which the timeline tells.
    private static let shiftWords: Set<String> = ["later", "after", "before", "earlier"]

    /// The unit a length in this unit continues with ("14 hours and 50 minutes"), and how many make one.
    private static let smallerUnits: [String: (String, Double)] = ["hours": ("minutes", 60), "years": ("months", 12), "minutes": ("seconds", 60)]

    /// Words between "toll" and its number.
    private static let tollLinks: Set<String> = [
            "stood", "stands", "rose", "risen", "climbed", "jumped", "reached", "hit", "is", "was", "has", "had", "at", "to",
            "of", "now", "increased", "grew", "grown", "a", "about", "nearly", "almost", "some", "more", "than", "least",
        ]

    /// "the death toll stood at", "a toll of", "the toll has risen to": a number of deaths follows.
    private func isTollBefore(_ index: Int, first: Int) -> Bool {
        var cursor = index - 1
        while cursor >= first, index - cursor <= 5 {
            if lower(cursor) == "toll" { return cursor < index - 1 }
            guard Self.tollLinks.contains(lower(cursor)) else { return false }
            cursor -= 1
        }
        return false
    }

    /// A number word joined to its unit: "three-year" (3 years), "four-block" (4 blocks), "two-time" (2
    /// times), "twice" (2 times).
    private func spelledCompound(at index: Int) -> (value: Double, unit: String)? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        let lower = self.lower(index)
        if lower == "twice" { return (2, "times") }
        let parts = lower.split(separator: "-").map(String.init)
        guard parts.count >= 2, let value = Self.units[parts[0]], value >= 1 else { return nil }
        let head = parts[1]
        // "two-thirds", "three-quarters": shares, read elsewhere.
        guard head.count >= 3, Self.units[head] == nil, !["third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths"].contains(head) else {
            return nil
        }
        if head == "year", parts.count >= 3, parts[2] == "old" { return (Double(value), "years old") }
        // "one-off", "one-party", "one-sided": "one-" makes an adjective unless it measures ("one-hour").
        if value == 1, Self.measures[head] == nil, Self.durations[head] == nil { return nil }
        // "six-pointed star", "two-pronged", "three-tiered": an adjective of shape, nothing counted.
        if head.hasSuffix("ed"), Self.measures[head] == nil, Self.durations[head] == nil { return nil }
        let unit = Self.measures[head].flatMap { $0.isEmpty ? nil : $0 } ?? Self.durations[head] ?? Self.plural(head)
        return (Double(value), unit)
    }

    /// "Ashcraft, 29," "Turbyfill, 27, and …": a number in commas right after a name is an age.
    /// A word after "hundreds", "thousands" that makes them people doing something: a verb in the past
    /// or in -ing, or an auxiliary ("were", "have").
    private static func actsAsCrowd(_ word: String) -> Bool {
        let auxiliaries: Set<String> = ["were", "are", "have", "had", "remain", "remained", "took", "fled", "gathered", "died", "lost", "more"]
        if auxiliaries.contains(word) { return true }
        return word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing"))
    }

    /// "one in five", "1 in 4": one of every so many, when "in" joins two numbers and nothing before
    /// makes it a count ("won 3 in 5 games" aside, the first is one).
    private func oneIn(at index: Int, first: Int) -> (of: Double, next: Int)? {
        guard ["one", "1"].contains(lower(index)), lower(index + 1) == "in", let second = number(at: index + 2), second.value >= 2,
            second.value <= 1000, second.next < tokens.count || second.next == tokens.count
        else { return nil }
        // "1 in 2024" is a year, not a ratio.
        if second.digits, (1000...2100).contains(second.value) { return nil }
        return (second.value, second.next)
    }

    /// "adults over 65", "people aged 80 and over", "children under 5": an age after a noun for people.
    private func isAgeAfterPeople(at index: Int) -> Bool {
        let people: Set<String> = [
            "adults", "people", "children", "women", "men", "those", "patients", "residents", "voters", "workers", "girls",
            "boys", "drivers", "pensioners", "anyone", "everyone", "persons", "individuals", "americans", "britons",
        ]
        guard index >= 2, ["over", "under", "above", "below", "aged"].contains(lower(index - 1)) else { return false }
        return people.contains(lower(index - 2))
    }

    /// Nouns for one person that an age in commas can follow: "a woman, 32,", "one man, 36,".
    private static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "person", "mother", "father", "son", "daughter", "wife", "husband", "driver",
        "victim", "suspect", "teenager", "passenger", "resident", "worker", "officer", "nurse", "student", "child",
        "brother", "sister", "friend", "neighbor", "neighbour", "gunman", "shooter", "employee", "owner", "pilot",
    ]

    private func isAge(at index: Int, next: Int) -> Bool {
        guard index >= 2, word(index - 1) == ",", tokens[index - 2].isProperCase || Self.personNouns.contains(lower(index - 2)),
            let value = number(at: index)?.value, (1...120).contains(value), isDigits(index)
        else { return false }
        let after = word(next)
        return [",", ".", ";", ")", "and"].contains(after.lowercased()) || next >= tokens.count
    }

    /// "She's 64.", "He's 39 and …": a person's age stated with "is".
    private func isStatedAge(at index: Int, next: Int) -> Bool {
        guard index >= 1, isDigits(index), let value = number(at: index)?.value, (1...120).contains(value) else { return false }
        guard ["she", "he"].contains(lower(index - 1)), tokens[index - 1].isPossessive else { return false }
        return next >= tokens.count || [",", ".", ";", "and"].contains(lower(next)) || tokens[next].sentence != sentence
    }

    private func qualifierBefore(_ position: Int, first: Int) -> (text: String, start: Int)? {
        for phrase in Self.qualifiers {
            let from = position - phrase.count
            guard from >= first else { continue }
            if (0..<phrase.count).allSatisfy({ lower(from + $0) == phrase[$0] }) { return (phrase.joined(separator: " "), from) }
        }
        return nil
    }

    private static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") { return noun }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if noun == "person" { return "persons" }
        return noun + "s"
    }

    // MARK: The figure

    private func make(
        value: Double, unit: String, kind originalKind: FigureKind, start: Int, end: Int, qualifierStart: Int, qualifier: String?,
        vague: Bool, range: [Double]?, counted: Range<Int>?, sentenceRange: Range<String.Index>, sentenceText: String,
        previous: Figure?, digits: Bool = true
    ) -> (Figure, Int)? {
        guard value.isFinite, start < tokens.count else { return nil }
        let last = min(max(end, start + 1), tokens.count) - 1
        var lowerIndex = tokens[min(qualifierStart, start)].range.lowerBound
        var upperIndex = tokens[last].range.upperBound
        var unit = unit
        var kind = originalKind
        var after = end
        // The counted noun: "19 firefighters", "four more hotshot crews", "200 homes destroyed".
        var countedNoun: String?
        // "kills five", "killed 12 and injured at least 30": the people a casualty verb counts.
        let casualty = kind == .count ? Self.casualtyVerbs[lower(min(qualifierStart, start) - 1)] : nil
        if let casualty, counted == nil || counted.map({ $0.lowerBound >= tokens.count || tokens[$0.lowerBound].sentence != sentence }) == true {
            unit = casualty
        }
        // The noun must be in the figure's own sentence (a long sentence is cut into pieces).
        if let counted, counted.lowerBound < tokens.count, tokens[counted.lowerBound].sentence == sentence,
            tokens[counted.lowerBound].range.lowerBound < sentenceRange.upperBound
        {
            let rest = NounPhrase.words(in: text.text[tokens[counted.lowerBound].range.lowerBound..<sentenceRange.upperBound])
            var phrase = NounPhrase.after(rest)
            // "three of the victims", "two of America’s most intractable problems": a part of a plural group.
            if phrase == nil, kind == .count, lower(counted.lowerBound) == "of", let part = partitive(after: counted.lowerBound + 1) {
                phrase = part
            }
            // "six were killed", "40 have been arrested": the state the counted people are in.
            let passive = phrase == nil && kind == .count ? passiveState(after: counted.lowerBound) : nil
            if let casualty, phrase.map({ !Self.isPluralNoun($0.head) }) ?? true {
                unit = casualty
            } else if let passive {
                unit = passive.state
                after = passive.end
                upperIndex = tokens[passive.end - 1].range.upperBound
            } else if let phrase {
                if NounPhrase.isTimeUnit(phrase.head) {
                    // "206 trading days", "two more weeks": a duration, with a word between number and unit.
                    guard digits || value > 1, phrase.text.split(separator: " ").count <= 2, let duration = Self.durations[phrase.head]
                    else { return nil }
                    kind = .measure
                    unit = duration
                }
                // "a 911 call", "the 737 jet": a number between a determiner and a singular noun names the
                // thing; it counts nothing.
                if kind == .count, value != 1, ["a", "an", "the"].contains(lower(start - 1)), !phrase.text.contains(" "),
                    counted.lowerBound == start + 1,
                    Self.isSingularNoun(phrase.head)
                {
                    return nil
                }
                countedNoun = phrase.text
                if kind != .measure { unit = phrase.head }
            } else if !digits {
                // "three" with nothing counted after it.
                return nil
            } else if let previous, previous.citation.sentence == citation.sentence, previous.group.hasPrefix("count:") {
                // "nearly 100,000 workers abroad, including 30,000 in Russia": the same thing, counted again.
                unit = previous.unit
            } else if value < 100, qualifier == nil {
                // A small bare number with nothing counted says too little.
                return nil
            }
        }
        if let counted, let phrase = countedNoun.map({ NounPhrase(text: $0, head: unit) }), counted.lowerBound < tokens.count {
            // The display runs through the noun.
            let words = phrase.text.split(separator: " ").count
            var taken = 0
            var cursor = counted.lowerBound
            while cursor < tokens.count, taken < words, tokens[cursor].sentence == sentence {
                if tokens[cursor].isWord { taken += 1 }
                cursor += 1
            }
            if cursor > counted.lowerBound {
                upperIndex = tokens[cursor - 1].range.upperBound
                after = cursor
            }
        }
        // "kills five": the display keeps the verb that says what was counted.
        if let casualty, unit == casualty, countedNoun == nil {
            lowerIndex = tokens[min(qualifierStart, start) - 1].range.lowerBound
        }
        // What a measure measures: "a 40 km highway", "5,000 acres of forest".
        if kind == .measure, countedNoun == nil, after < tokens.count, tokens[after].sentence == sentence, tokens[after].isWord,
            tokens[after].range.lowerBound < sentenceRange.upperBound
        {
            let rest = NounPhrase.words(in: text.text[tokens[after].range.lowerBound..<sentenceRange.upperBound])
            countedNoun = NounPhrase.after(rest).map(\.text)
        }
        // A rate: "a year", "per day", "annually".
        var rate: String?
        if ["a", "per", "each", "every"].contains(lower(after)), ["year", "month", "week", "day", "hour"].contains(lower(after + 1)) {
            rate = lower(after + 1)
            upperIndex = tokens[after + 1].range.upperBound
        } else if ["annually", "yearly"].contains(lower(after)) {
            rate = "year"
            upperIndex = tokens[after].range.upperBound
        }
        let display = String(text.text[lowerIndex..<upperIndex]).trimming(.whitespaces)
        // The string-based helpers work on the sentence text.
        func local(_ index: String.Index) -> String.Index {
            let offset = text.text.utf8.distance(from: sentenceRange.lowerBound, to: max(index, sentenceRange.lowerBound))
            return sentenceText.utf8.index(sentenceText.utf8.startIndex, offsetBy: min(offset, sentenceText.utf8.count))
        }
        let figureRange = local(tokens[start].range.lowerBound)..<local(upperIndex)
        let subject = SubjectFinder.subject(in: sentenceText, figure: figureRange, kind: kind, countedNoun: countedNoun, previous: previous)
        if kind == .count, unit.isEmpty { unit = subject.head }
        if unit.isEmpty { return nil }
        let when = rate.map { "a \($0)" } ?? FigureFinder.when(in: sentenceText, near: figureRange, published: published)
        let figure = Figure(
            value: value, unit: rate.map { "\(unit) per \($0)" } ?? unit, display: display, qualifier: qualifier,
            subject: subject.text, when: when, vague: vague, range: range, group: kind.rawValue + ":" + subject.key,
            citation: citation)
        return (figure, after)
    }
}
