import DossierModel
import DossierNames
import DossierText
import Foundation

/// Finds the temporal expressions of one sentence on its tokens and resolves them to the calendar,
/// relative ones against the article's date (none when the article has no date: never guessed).
/// Dates in every common form ("April 24, 2019", "Thursday 13 June", "June 3-5", "2019-04-24"), years
/// and ranges, decades and named periods; relative days, weeks, months, years and seasons with their
/// real precision ("last week" is that week, Monday to Sunday); weekdays by tense; "N weeks ago",
/// "over the past 12 years". Clock times ("1700 GMT", "7:50 pm", "shortly before midnight") are times,
/// never years, and give the date beside them its time of day.
package struct TemporalTagger {
    package struct Found {
        /// Token range of the expression in the paragraph.
        var tokens: Range<Int>
        var point: TimePoint?
        /// A clock time: attached to the date of its sentence, never an event by itself.
        var isTime = false
        /// A relative expression ("today", "this week"): inside a quotation it is the speaker's, not the
        /// article's, and gives no event.
        var isRelative = false
        /// "three days later", "the month after": a shift that another date of the sentence anchors.
        var shift: (amount: Int, unit: String)?
        /// "two days after X", "a week before X": the shift names another happening, X, in its phrase; a date
        /// earlier in the sentence is the main clause's, and X lies that far from it the other way.
        var namesOther = false
        /// "the following week", "the previous month": the unit after or before another date of the sentence.
        var following: (unit: String, direction: Int)?
        /// "that day", "later in the day", "the next day": days after (or before) the day the story last told.
        var anaphora: Int?
        /// "until Friday": the weekday of a deadline, after the day the sentence names before it.
        var deadlineWeekday: Int?
    }

    let text: ParagraphText
    let published: PublicationDate?
    /// True when the article's date was inferred from its text: it is the earliest the article can be, so
    /// a weekday resolves to the nearest one, either way.
    let publishedIsLowerBound: Bool

    private var tokens: [ParagraphText.Token] { text.tokens }

    /// The day the article told last before this paragraph (its last dated day), which "that day" and
    /// "the next day" count from.
    let toldDay: PublicationDate?

    package init(_ text: ParagraphText, published: PublicationDate?, publishedIsLowerBound: Bool = false, toldDay: PublicationDate? = nil) {
        self.text = text
        self.published = published
        self.publishedIsLowerBound = publishedIsLowerBound
        self.toldDay = toldDay
    }

    // MARK: Vocabulary

    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    private static let weekdayAbbreviations: [String: Int] = [
        "sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
    ]
    /// Words that make a weekday the name of a day in history or the calendar ("Black Monday", "Super Tuesday").
    private static let namedDayModifiers: Set<String> = ["black", "bloody", "super", "cyber", "ash", "holy", "giving", "blue", "manic", "maundy", "palm", "shrove"]
    /// Nouns a weekday describes rather than dates ("Sunday columnist", "Saturday edition").
    private static let dayAttributiveNouns: Set<String> = [
        "columnist", "columnists", "column", "edition", "editions", "paper", "papers", "newspaper", "newspapers",
        "supplement", "magazine", "school", "schools", "league", "programme", "program", "slot",
    ]
    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "several": 3,
        "few": 3, "couple": 2,
    ]
    private static let zones: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt",
        "pt", "pst", "pdt", "jst", "kst", "ist", "aest", "aedt", "msk", "local", "hrs", "hours", "z",
    ]
    private static let futureWords: Set<String> = [
        "will", "would", "expected", "expect", "expects", "scheduled", "slated", "set", "plans", "plan", "planned",
        "upcoming", "next", "due", "shall", "going", "'ll", "’ll", "effect", "must", "preparing", "prepares", "prepare",
    ]

    /// Past forms: what marks a clause as past (shared with the noun phrases of figures).
    private static let pastWords = Lexicon.pastForms

    /// Nouns that make "the 1922 Committee" a name rather than a year.
    private static let nameHeads: Set<String> = [
        "committee", "act", "agreement", "accord", "accords", "treaty", "convention", "olympics", "games", "cup",
        "plan", "protocol", "group", "class", "club", "index", "law", "declaration", "charter", "budget", "report",
    ]
    /// Words for a moment of the day that may stand between the two ends of a range ("to sunset Wednesday").
    private static let dayMarks: Set<String> = ["sunrise", "sunset", "dawn", "dusk", "noon", "midnight", "morning", "evening", "night", "the", "end", "of"]
    private static let partsOfDay: [String: String] = [
        "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night", "overnight": "night",
    ]

    // MARK: Scanning

    /// Every expression of sentence `sentence` of the paragraph, in order.
    package func expressions(inSentence sentence: Int) -> [Found] {
        let span = text.tokenRange(ofSentence: sentence)
        guard !span.isEmpty else { return [] }
        let first = span.lowerBound
        let end = span.upperBound
        var found = scan(span)
        found = joinRanges(found, end: end)
        found = chainWeekdays(found)
        // "A year earlier, …", "Three days later, …" opening a sentence count from the last date the
        // sentence before gave.
        let opensWithShift = found.contains { $0.shift != nil && !$0.namesOther && $0.tokens.lowerBound - first <= 2 }
        let carried = opensWithShift && sentence > 0 ? lastExplicitDate(inSentence: sentence - 1) : nil
        found = anchorShifts(found, carried: carried, sentenceStart: first)
        found = resolveFromToldDays(found, sentence: sentence)
        return attachTimes(found)
    }

    /// Expressions that count from a day the story told: "that day", "later in the day", "the next day"
    /// (the day told last in this sentence before the expression, else in the sentences before: this
    /// paragraph's, then the article's; none when the story has told no day yet) and "until Friday" (the
    /// first such weekday on or after the day the sentence names before it, else after the article's date).
    private func resolveFromToldDays(_ found: [Found], sentence: Int) -> [Found] {
        guard found.contains(where: { $0.anaphora != nil || $0.deadlineWeekday != nil }) else { return found }
        // The day told before this sentence, looked up once and only when an anaphora needs it.
        var toldBefore: PublicationDate??
        func told() -> PublicationDate? {
            if let toldBefore { return toldBefore }
            var day: PublicationDate?
            for earlier in stride(from: sentence - 1, through: 0, by: -1) {
                day = lastDay(in: scan(text.tokenRange(ofSentence: earlier)))
                if day != nil { break }
            }
            toldBefore = .some(day ?? toldDay)
            return day ?? toldDay
        }
        var result: [Found] = []
        for item in found {
            var copy = item
            if let offset = item.anaphora {
                copy.point = (lastDay(in: result) ?? told()).map { Self.dayPoint(fromDayNumber: $0.dayNumber + offset) }
            } else if let target = item.deadlineWeekday, let anchor = lastDay(in: result) {
                let day = anchor.dayNumber
                copy.point = Self.dayPoint(fromDayNumber: day + (target - CivilCalendar.weekday(ofDayNumber: day) + 7) % 7)
            }
            result.append(copy)
        }
        return result
    }

    /// The last single day a list of expressions resolves to that a story can go on from: not a time, a
    /// range, a shift ("a day earlier"), an anaphora, or the day a source spoke ("Brown said late Monday").
    package func lastDay(in found: [Found]) -> PublicationDate? {
        found.last { item in
            guard !item.isTime, item.anaphora == nil, item.shift == nil, item.following == nil, item.point?.precision == .day,
                item.point?.end == nil, !(item.isRelative && tokens[item.tokens.lowerBound].insideQuote)
            else { return false }
            var before = item.tokens.lowerBound - 1
            while before >= 0, Self.dayModifiers.contains(lower(before)) { before -= 1 }
            return !Lexicon.speechVerbs.contains(lower(before))
        }?.point.flatMap(Self.publicationDate)
    }

    /// "that day/morning/evening", "the same day", "later/earlier in the day", "by the end of the day",
    /// "the next day/morning", "the following day", "the day after/before" standing alone.
    private func anaphoricDay(at index: Int, end: Int) -> Found? {
        let first = lower(index)
        guard Self.anaphoraOpeners.contains(first) else { return nil }
        let dayWords = Self.anaphoraDays
        func found(_ length: Int, _ offset: Int) -> Found {
            var item = Found(tokens: index..<(index + length), point: nil, isRelative: true)
            item.anaphora = offset
            return item
        }
        // "that day" — but not "said that day care", "that night's game".
        if first == "that", dayWords.contains(lower(index + 1)), !tokens[min(index + 1, tokens.count - 1)].isPossessive,
            index + 2 >= end || !tokens[index + 2].isWord || !Self.dayCompoundHeads.contains(lower(index + 2))
        {
            return found(2, 0)
        }
        if first == "the", lower(index + 1) == "same", lower(index + 2) == "day", !["as", "that"].contains(lower(index + 3)) { return found(3, 0) }
        // "later in the day", "earlier in the day"
        if ["later", "earlier"].contains(first), lower(index + 1) == "in", lower(index + 2) == "the", lower(index + 3) == "day" { return found(4, 0) }
        // "by the end of the day"
        if first == "by", lower(index + 1) == "the", lower(index + 2) == "end", lower(index + 3) == "of", lower(index + 4) == "the",
            lower(index + 5) == "day"
        {
            return found(6, 0)
        }
        // "By the evening, residents were setting up cots", "by nightfall": later on the day told.
        if first == "by", lower(index + 1) == "the", ["morning", "afternoon", "evening"].contains(lower(index + 2)),
            index + 3 >= end || !tokens[index + 3].isWord
        {
            return found(3, 0)
        }
        if first == "by", lower(index + 1) == "nightfall" { return found(2, 0) }
        // "the next day", "the following morning"
        if first == "the", ["next", "following"].contains(lower(index + 1)), dayWords.contains(lower(index + 2)), lower(index + 2) != "night" {
            return found(3, 1)
        }
        // "the day after", "the day before" with nothing after them ("returned home the day after.")
        if first == "the", lower(index + 1) == "day", ["after", "before"].contains(lower(index + 2)),
            index + 3 >= end || !tokens[index + 3].isWord
        {
            return found(3, lower(index + 2) == "after" ? 1 : -1)
        }
        return nil
    }

    private static let dayModifiers: Set<String> = ["on", "late", "early", "earlier", "later"]
    private static let anaphoraOpeners: Set<String> = ["that", "the", "later", "earlier", "by"]
    private static let anaphoraDays: Set<String> = ["day", "morning", "afternoon", "evening", "night"]
    private static let negations: Set<String> = ["not", "n't", "never", "didn't", "wasn't", "weren't"]

    /// Nouns "day" or "night" makes a compound with ("day care", "night shift"): no date.
    private static let dayCompoundHeads: Set<String> = ["care", "shift", "shifts", "job", "jobs", "trip", "trips", "school", "time", "light", "club", "clubs", "sky", "life"]

    /// The last explicit calendar date (not relative, not a range) of a sentence of this paragraph.
    private func lastExplicitDate(inSentence sentence: Int) -> PublicationDate? {
        scan(text.tokenRange(ofSentence: sentence)).filter { !$0.isRelative && !$0.isTime && $0.point?.end == nil }
            .compactMap { $0.point.flatMap(Self.publicationDate) }.last
    }

    /// The longest expression at each token of a span, left to right.
    private func scan(_ span: Range<Int>) -> [Found] {
        var found: [Found] = []
        var index = span.lowerBound
        while index < span.upperBound {
            if let match = match(at: index, end: span.upperBound) {
                found.append(match)
                index = max(match.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    /// The longest expression starting at `index`.
    private func match(at index: Int, end: Int) -> Found? {
        clockTime(at: index, end: end) ?? explicitDate(at: index, end: end) ?? anaphoricDay(at: index, end: end) ?? relative(at: index, end: end)
            ?? holiday(at: index, end: end) ?? weekday(at: index, end: end) ?? period(at: index, end: end) ?? year(at: index, end: end)
    }

    private func lower(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }
    private func word(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].text : "" }

    /// True when the two tokens touch (no space between them): "1990" and "s", "3" and "-5".
    private func touches(_ left: Int, _ right: Int) -> Bool {
        guard left >= 0, right < tokens.count else { return false }
        return tokens[left].range.upperBound == tokens[right].range.lowerBound
    }

    private func integer(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, !tokens[index].isWord else { return nil }
        let text = tokens[index].text
        guard text.utf8.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private func month(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
        let token = tokens[index]
        // "mid-March" is one word.
        if token.lower.hasPrefix("mid-"), token.base.dropFirst(4).first?.isUppercase == true {
            return CalendarWords.month(token.lower.dropFirst(4))
        }
        // "may" and "march" lowercase are verbs; abbreviations need their capital.
        guard token.startsUppercase else { return nil }
        return CalendarWords.month(token.lower)
    }

    private func weekdayNumber(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].startsUppercase else { return nil }
        let word = tokens[index].lower
        if let full = Self.weekdays.firstIndex(of: word) { return full }
        return Self.weekdayAbbreviations[word]
    }

    private func day(_ index: Int) -> Int? {
        guard let value = integer(index), (1...31).contains(value), word(index).count <= 2 else { return nil }
        return value
    }

    private func yearValue(_ index: Int) -> Int? {
        guard let value = integer(index), word(index).count == 4, (1500...2100).contains(value) else { return nil }
        return value
    }

    /// Skips "st", "nd", "rd", "th" glued to a day number.
    private func afterOrdinal(_ index: Int) -> Int {
        if index < tokens.count, ["st", "nd", "rd", "th"].contains(lower(index)), touches(index - 1, index) { return index + 1 }
        return index
    }

    /// Skips the period of an abbreviation ("Wed.", "Sept.") but not a full stop after a whole word.
    private func skipPeriod(_ index: Int) -> Int {
        word(index) == "." && touches(index - 1, index) && word(index - 1).count <= 4 ? index + 1 : index
    }

    // MARK: Clock times

    /// "7:50 pm", "10:08 p.m. ET", "9 a.m.", "1700 GMT", "(1750 GMT)", "0900 local", "noon", "midnight".
    private func clockTime(at index: Int, end: Int) -> Found? {
        var cursor = index
        var label: String?
        if ["noon", "midnight", "midday"].contains(lower(cursor)) {
            label = lower(cursor)
            cursor += 1
        } else if let hour = integer(cursor) {
            var minute: Int?
            var next = cursor + 1
            if word(next) == ":", touches(cursor, next), let value = integer(next + 1), word(next + 1).count == 2 {
                minute = value
                next += 2
            }
            let meridiem = lower(next).replacingOccurrences(of: ".", with: "")
            if meridiem == "am" || meridiem == "pm" || (lower(next) == "a" || lower(next) == "p") && lower(next + 2) == "m" {
                let isPM = meridiem == "pm" || lower(next) == "p"
                guard (1...12).contains(hour) else { return nil }
                next += (meridiem == "am" || meridiem == "pm") ? 1 : 3
                next = skipPeriod(next)
                label = String(format: "%d:%02d %@", hour, minute ?? 0, isPM ? "pm" : "am")
            } else if let minute {
                guard hour < 24 else { return nil }
                label = String(format: "%02d:%02d", hour, minute)
            } else if word(cursor).count == 4, Self.zones.contains(lower(next)), hour / 100 < 24, hour % 100 < 60 {
                // "1700 GMT", "0900 local": a time, not a year.
                label = String(format: "%02d:%02d", hour / 100, hour % 100)
            } else {
                return nil
            }
            cursor = next
            if Self.zones.contains(lower(cursor)), lower(cursor) != "hours" || label?.count == 5 {
                label = (label ?? "") + " " + word(cursor).uppercased().replacingOccurrences(of: "LOCAL", with: "local")
                cursor += 1
            }
        } else {
            return nil
        }
        return Found(tokens: index..<min(cursor, end), point: nil, isTime: true).withLabel(label)
    }

    // MARK: Explicit dates

    /// "April 24, 2019", "Wed, 24 Apr 2019", "Thursday 13 June", "June 3-5", "24th of April",
    /// "April 2019", "2019-04-24", with an optional weekday first.
    private func explicitDate(at index: Int, end: Int) -> Found? {
        var cursor = index
        if weekdayNumber(cursor) != nil {
            cursor = skipPeriod(cursor + 1)
            if word(cursor) == "," { cursor += 1 }
        }
        if let month = month(cursor) {
            var next = skipPeriod(cursor + 1)
            if let first = day(next), !(word(next + 1) == ":" && touches(next, next + 1)) {
                next = afterOrdinal(next + 1)
                var lastDay: Int?
                // "June 3-5", "June 3 to 5"
                if ["-", "–"].contains(word(next)), let second = day(next + 1) {
                    lastDay = second
                    next += 2
                }
                var comma = next
                if word(comma) == "," { comma += 1 }
                if let year = yearValue(comma) {
                    return dateFound(index..<(comma + 1), year: year, month: month, day: first, lastDay: lastDay)
                }
                return yearless(index..<next, month: month, day: first, lastDay: lastDay)
            }
            var comma = next
            if word(comma) == "," { comma += 1 }
            if let year = yearValue(comma) {
                return Found(tokens: index..<(comma + 1), point: TimePoint(date: Self.monthText(year, month), precision: .month))
            }
            // "November of 2007"
            if lower(next) == "of", let year = yearValue(next + 1) {
                return Found(tokens: index..<(next + 2), point: TimePoint(date: Self.monthText(year, month), precision: .month))
            }
            // A month alone, where a month is meant ("in February", "since June", "mid-March").
            if cursor == index, isMonthContext(index) { return bareMonth(index..<next, month: month) }
            return nil
        }
        if let first = day(cursor) {
            var next = afterOrdinal(cursor + 1)
            if lower(next) == "of" { next += 1 }
            guard let month = month(next) else { return nil }
            next = skipPeriod(next + 1)
            var comma = next
            if word(comma) == "," { comma += 1 }
            if let year = yearValue(comma) {
                return dateFound(index..<(comma + 1), year: year, month: month, day: first, lastDay: nil)
            }
            return yearless(index..<next, month: month, day: first, lastDay: nil)
        }
        // 2019-04-24
        if cursor == index, let year = yearValue(cursor), word(cursor + 1) == "-", touches(cursor, cursor + 1),
            let month = integer(cursor + 2), word(cursor + 3) == "-", let dayValue = integer(cursor + 4),
            touches(cursor + 1, cursor + 2), touches(cursor + 3, cursor + 4)
        {
            return dateFound(index..<(cursor + 5), year: year, month: month, day: dayValue, lastDay: nil)
        }
        return nil
    }

    private func dateFound(_ range: Range<Int>, year: Int, month: Int, day: Int, lastDay: Int?) -> Found? {
        guard var point = Self.dayPoint(year, month, day) else { return nil }
        if let lastDay, lastDay > day, let end = Self.dayPoint(year, month, lastDay) { point.end = end.date }
        return Found(tokens: range, point: point)
    }

    /// "April 24", "13 June": the year that puts it nearest the article, within half a year before it.
    private func yearless(_ range: Range<Int>, month: Int, day: Int, lastDay: Int?) -> Found? {
        guard let published else { return Found(tokens: range, point: nil) }
        let offset = CivilCalendar.dayNumber(year: published.year, month: month, day: min(day, 28)) - published.dayNumber
        var year = offset > 182 ? published.year - 1 : published.year
        // "will meet again on Jan. 6" in April: the next one.
        if offset < 0, year == published.year, isFuture(before: range.lowerBound), !isPast(before: range.lowerBound) { year += 1 }
        return dateFound(range, year: year, month: month, day: day, lastDay: lastDay)
    }

    private func isMonthContext(_ index: Int) -> Bool {
        if lower(index).hasPrefix("mid-") { return true }
        let previous = lower(index - 1)
        let contexts: Set<String> = [
            "in", "since", "until", "by", "from", "during", "early", "late", "mid", "last", "this", "next", "the",
            "his", "her", "their", "its", "through", "before", "after", "of", "mid-", "between", "and", "to",
        ]
        // "April and May", "from March to May": "and" and "to" join a month to another; alone they do not
        // make one ("And May departed", "respect to May").
        if ["and", "to"].contains(previous) {
            return month(index - 2) != nil || day(index - 2) != nil || yearValue(index - 2) != nil
        }
        if contexts.contains(previous) { return true }
        // "scheduled for September", "set for March" (not "respect for May").
        if previous == "for", ["scheduled", "rescheduled", "slated", "planned", "set", "due", "expected", "delayed", "postponed", "booked", "pencilled", "penciled", "targeted"].contains(lower(index - 2)) {
            return true
        }
        if previous == "-", lower(index - 2) == "mid" { return true }
        return false
    }

    /// A month without a day or year: this year's or last year's by tense.
    private func bareMonth(_ range: Range<Int>, month: Int) -> Found? {
        guard let published else { return Found(tokens: range, point: nil, isRelative: true) }
        let previous = lower(range.lowerBound - 1)
        // "by September", "until March", "funded through the end of September": a deadline ahead.
        // ("voted down by the Senate in December": "by" names who did it.)
        let first = range.lowerBound
        let deadline = Self.deadlineWords.contains(lower(first - 1))
            || (Self.deadlineWords.contains(lower(first - 2)) && ["early", "late", "mid", "mid-", "the"].contains(lower(first - 1)))
            || (Self.deadlineWords.contains(lower(first - 4)) && lower(first - 3) == "the" && ["end", "start", "beginning", "middle"].contains(lower(first - 2)))
            || (lower(first - 4) == "through" && lower(first - 2) == "end" && !isPast(before: first - 4))
        var future = previous == "next" || deadline || (isFuture(before: range.lowerBound) && !isPast(before: range.lowerBound))
        var past = isPast(before: range.lowerBound)
        // "Mattis' resignation as Defense secretary in December", "expected to take control of the
        // committee in January": the tense of the clause, further back.
        if !future, !past, previous != "last", let tense = clauseTense(before: range.lowerBound) {
            if tense > 0 { future = true } else { past = true }
        }
        var year = published.year
        if previous == "last" {
            if month >= published.month { year -= 1 }
        } else if future {
            if month < published.month { year += 1 }
        } else if past {
            if month > published.month { year -= 1 }
        } else if month - published.month > 6 {
            // No tense either way: the nearest such month.
            year -= 1
        } else if published.month - month > 6 {
            year += 1
        }
        let start = isMonthContext(range.lowerBound) && !["the", "of", "and", "to"].contains(previous) ? range.lowerBound - 1 : range.lowerBound
        return Found(tokens: start..<range.upperBound, point: TimePoint(date: Self.monthText(year, month), precision: .month), isRelative: true)
    }

    // MARK: Relative expressions

    private func relative(at index: Int, end: Int) -> Found? {
        let first = lower(index)
        // "told USA TODAY", "on Good Morning America Today": a capitalised "Today" after a capitalised word
        // is part of a name.
        if first == "today", word(index).first?.isUppercase == true, index > 0, tokens[index - 1].isWord,
            tokens[index - 1].sentence == tokens[index].sentence, word(index - 1).first?.isUppercase == true,
            !Lexicon.functionWords.contains(lower(index - 1))
        {
            return nil
        }
        guard let published else {
            // Recognised (so a year inside is not taken alone) but not resolved.
            if let length = relativeLength(at: index) { return Found(tokens: index..<(index + length), point: nil, isRelative: true) }
            return nil
        }
        let today = published.dayNumber
        switch first {
        case "today", "tonight":
            // "Please do your part today", "Today, he claims not to own a car": the present of habits and
            // requests, no happening; one needs a verb that tells what happened or will.
            guard tellsHappening(aroundSentenceOf: index) else { return Found(tokens: index..<(index + 1), point: nil, isRelative: true) }
            return Found(tokens: index..<(index + 1), point: Self.dayPoint(fromDayNumber: today), isRelative: true)
        case "yesterday":
            return Found(tokens: index..<(index + 1), point: Self.dayPoint(fromDayNumber: today - 1), isRelative: true)
        case "tomorrow":
            return Found(tokens: index..<(index + 1), point: Self.dayPoint(fromDayNumber: today + 1), isRelative: true)
        default:
            break
        }
        // "this morning", "last night"
        if first == "this", Self.partsOfDay[lower(index + 1)] != nil {
            return Found(tokens: index..<(index + 2), point: Self.dayPoint(fromDayNumber: today), isRelative: true)
        }
        if first == "last", lower(index + 1) == "night" {
            return Found(tokens: index..<(index + 2), point: Self.dayPoint(fromDayNumber: today - 1), isRelative: true)
        }
        // "over the weekend", "at the weekend": the last one, or the next when the story says will.
        if Self.weekendOpeners.contains(first), lower(index + 1) == "the", lower(index + 2) == "weekend" {
            let weekday = CivilCalendar.weekday(ofDayNumber: today)
            let future = isFuture(before: index) && !isPast(before: index)
            let saturday = future ? today + (6 - weekday + 7) % 7 : today - (weekday + 1) % 7 - (weekday == 6 ? 7 : 0)
            return Found(tokens: index..<(index + 3), point: Self.dayRange(saturday, saturday + 1), isRelative: true)
        }
        // "over the summer", "during the spring": the last such season, or the next when the story says will.
        if Self.seasonOpeners.contains(first), lower(index + 1) == "the", lower(index + 2) != "winter",
            let months = Self.seasonMonths[lower(index + 2)],
            !(index + 3 < tokens.count && tokens[index + 3].isWord && tokens[index + 3].startsUppercase),
            !(lower(index + 3) == "of" && yearValue(index + 4) != nil)
        {
            let future = isFuture(before: index) && !isPast(before: index)
            let direction = future ? (published.month > months.1 ? 1 : 0) : (published.month < months.0 ? -1 : 0)
            return Found(tokens: index..<(index + 3), point: Self.season(lower(index + 2), direction: direction, published: published), isRelative: true)
        }
        // "earlier this week", "later this month", "early next year", "late last year"
        var cursor = index
        var modifier: String?
        if Self.relativeModifiers.contains(first), Self.deictics.contains(lower(index + 1)) {
            modifier = first
            cursor += 1
        }
        let which = lower(cursor)
        if Self.relativeWhich.contains(which) || (which == "the" && ["following", "previous"].contains(lower(cursor + 1))) {
            var unitIndex = cursor + 1
            // "this entire week", "the whole month": the unit itself.
            if which != "the", ["entire", "whole"].contains(lower(unitIndex)) { unitIndex += 1 }
            var direction = which == "last" || which == "past" ? -1 : which == "next" ? 1 : 0
            if which == "the" {
                direction = lower(cursor + 1) == "following" ? 1 : -1
                unitIndex = cursor + 2
            }
            let unit = lower(unitIndex)
            let range = index..<(unitIndex + 1)
            if which == "the", ["week", "month", "year"].contains(unit) {
                // "the following week": after another date of the sentence, else after now.
                var found = Found(tokens: range, point: nil, isRelative: true)
                found.following = (unit, direction)
                found.point = Self.following(unit, direction: direction, from: published)
                return found
            }
            switch unit {
            case "week" where which == "past" && lower(cursor - 1) == "this":
                // "this past week": the week now ending.
                let monday = today - (CivilCalendar.weekday(ofDayNumber: today) + 6) % 7
                return Found(tokens: (cursor - 1)..<(unitIndex + 1), point: Self.dayRange(monday, monday + 6), isRelative: true)
            case "week":
                let monday = today - (CivilCalendar.weekday(ofDayNumber: today) + 6) % 7 + 7 * direction
                if modifier == "earlier", direction == 0 {
                    guard today - 1 >= monday else { return nil }
                    // On a Tuesday, "earlier this week" is Monday.
                    if today - 1 == monday { return Found(tokens: range, point: Self.dayPoint(fromDayNumber: monday), isRelative: true) }
                    return Found(tokens: range, point: Self.dayRange(monday, today - 1), isRelative: true)
                }
                return Found(tokens: range, point: Self.dayRange(monday, monday + 6), isRelative: true)
            case "weekend":
                let weekday = CivilCalendar.weekday(ofDayNumber: today)
                let saturday = direction < 0 ? today - (weekday + 1) % 7 - (weekday == 6 ? 7 : 0) : today + (6 - weekday + 7) % 7 + (direction > 0 ? 7 : 0)
                return Found(tokens: range, point: Self.dayRange(saturday, saturday + 1), isRelative: true)
            case "month":
                var total = published.year * 12 + published.month - 1 + direction
                if total < 0 { total = 0 }
                return Found(tokens: range, point: TimePoint(date: Self.monthText(total / 12, total % 12 + 1), precision: .month), isRelative: true)
            case "year":
                // "over the past year": the last twelve months, no calendar year.
                if which == "past" { return Found(tokens: range, point: nil, isRelative: true) }
                let year = published.year + direction
                let label = modifier == "late" || modifier == "later" ? "late \(year)" : modifier == "early" ? "early \(year)" : nil
                return Found(tokens: range, point: TimePoint(date: String(year), precision: .year, approximate: label != nil, label: label), isRelative: true)
            case "spring", "summer", "autumn", "fall", "winter":
                return Found(tokens: range, point: Self.season(unit, direction: direction, published: published), isRelative: true)
            default:
                break
            }
            // "over the past 12 years", "in the past nine months", "the past two weeks"
            if which == "past" || which == "last" && lower(index - 1) == "the", let count = count(at: cursor + 1), let span = lower(cursor + 2).nilIfEmpty,
                let point = pastSpan(count, unit: span, published: published)
            {
                let start = ["over", "in", "during", "for"].contains(lower(index - 2)) && lower(index - 1) == "the" ? index - 2 : index
                // "has lived there for the past 15 years", "in the last few weeks": how long a state has
                // lasted, or a vague while, dates no happening ("rain fell for the last two weeks" does).
                let lasting = (lower(start) == "for" && ["years", "decades", "months"].contains(span))
                    || ["few", "several", "couple", "many"].contains(lower(cursor + 1))
                return Found(tokens: start..<(cursor + 3), point: lasting ? nil : point, isRelative: true)
            }
            // "for the next three days", "over the next two weeks": from tomorrow on.
            if which == "next", lower(index - 1) == "the", let count = count(at: cursor + 1), ["days", "weeks"].contains(lower(cursor + 2)) {
                let days = lower(cursor + 2) == "weeks" ? 7 * count : count
                let start = ["over", "in", "during", "for"].contains(lower(index - 2)) ? index - 2 : index - 1
                let point = Self.dayRange(published.dayNumber + 1, published.dayNumber + days)
                return Found(tokens: start..<(cursor + 3), point: point, isRelative: true)
            }
        }
        // "the end of this year", "by the end of 2019", "the start of next year"
        if first == "the" || Self.endOfOpeners.contains(first), let found = endOf(at: first == "the" ? index : index + 1, origin: index) {
            return found
        }
        // "N days ago", "two weeks after", "a day earlier", "the day before"
        if let found = shift(at: index) { return found }
        return nil
    }

    /// Length of a relative expression for an undated article (recognised, unresolved).
    private func relativeLength(at index: Int) -> Int? {
        let first = lower(index)
        if ["today", "tonight", "yesterday", "tomorrow"].contains(first) { return 1 }
        if ["this", "last", "next"].contains(first), ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "spring", "summer", "autumn", "fall", "winter"].contains(lower(index + 1)) {
            return 2
        }
        if ["earlier", "later", "early", "late"].contains(first), ["this", "last", "next"].contains(lower(index + 1)),
            ["week", "month", "year"].contains(lower(index + 2))
        {
            return 3
        }
        if count(at: index) != nil, ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(lower(index + 1)),
            ["ago", "after", "later", "earlier", "before"].contains(lower(index + 2))
        {
            return 3
        }
        return nil
    }

    private func count(at index: Int) -> Int? {
        if let value = integer(index), word(index).count <= 4 { return value }
        let text = lower(index)
        if let value = Self.numberWords[text] { return value }
        // "twenty-five"
        guard text.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = text.split(separator: "-")
        if parts.count == 2, let tens = Self.numberWords[String(parts[0])], let ones = Self.numberWords[String(parts[1])], tens >= 20, ones < 10 {
            return tens + ones
        }
        return nil
    }

    private func endOf(at index: Int, origin: Int) -> Found? {
        guard lower(index) == "the", let published else { return nil }
        let part = lower(index + 1)
        guard ["end", "start", "beginning", "middle"].contains(part), lower(index + 2) == "of" else { return nil }
        var year: Int?
        var last = index + 3
        if let explicit = yearValue(index + 3) {
            year = explicit
        } else if ["this", "last", "next"].contains(lower(index + 3)), lower(index + 4) == "year" {
            year = published.year + (lower(index + 3) == "last" ? -1 : lower(index + 3) == "next" ? 1 : 0)
            last = index + 4
        } else if lower(index + 3) == "the", lower(index + 4) == "year" {
            year = published.year
            last = index + 4
        }
        guard let year else { return nil }
        let month = part == "end" ? 12 : part == "middle" ? 6 : 1
        let dayValue = part == "end" ? 31 : 1
        return Found(
            tokens: origin..<(last + 1),
            point: TimePoint(date: Self.dayText(year, month, dayValue), precision: .month, approximate: true, label: "\(part) of \(year)"),
            isRelative: true)
    }

    /// "two months ago", "eight weeks after", "a day earlier", "the day before", "three days later".
    // Words the relative rules test at every token, as sets made once.
    private static let weekendOpeners: Set<String> = ["over", "at", "during", "by", "on"]
    private static let seasonOpeners: Set<String> = ["over", "during", "in", "through"]
    private static let relativeModifiers: Set<String> = ["earlier", "later", "early", "late"]
    private static let deictics: Set<String> = ["this", "last", "next"]
    private static let relativeWhich: Set<String> = ["this", "last", "next", "past"]
    private static let endOfOpeners: Set<String> = ["by", "at", "before", "until"]
    private static let shiftQualifiers: Set<String> = ["nearly", "almost", "about", "some", "over", "around", "roughly", "just"]
    private static let shiftUnits: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    ]
    private static let shiftDirections: Set<String> = ["ago", "after", "later", "earlier", "before"]

    private func shift(at index: Int) -> Found? {
        guard let published else { return nil }
        var cursor = index
        var qualifier = false
        if Self.shiftQualifiers.contains(lower(cursor)) {
            qualifier = true
            cursor += 1
        }
        if lower(cursor) == "more", lower(cursor + 1) == "than" {
            qualifier = true
            cursor += 2
        }
        var amount: Int
        if lower(cursor) == "the", ["day", "week", "month", "year"].contains(lower(cursor + 1)), ["before", "after"].contains(lower(cursor + 2)) {
            amount = 1
        } else if let value = count(at: cursor) {
            amount = value
            cursor += 1
        } else {
            return nil
        }
        // "three and a half years": half a unit more, counted in the next smaller unit.
        var half = false
        if lower(cursor) == "and", lower(cursor + 1) == "a", lower(cursor + 2) == "half" {
            half = true
            cursor += 3
        }
        if lower(cursor) == "the" { cursor += 1 }
        var unit = lower(cursor)
        let direction = lower(cursor + 1)
        guard Self.shiftUnits.contains(unit), Self.shiftDirections.contains(direction), amount <= 5000 else { return nil }
        // "for at least 50 years after …": how long, not when.
        if direction != "ago", (max(0, index - 3)..<index).contains(where: { lower($0) == "for" }) { return nil }
        // "after" and "before" name another happening: from the article's date only when it is the
        // article's own present ("the summit comes eight weeks after the last one").
        let sign = direction == "later" || direction == "after" ? 1 : -1
        if half, unit.hasPrefix("year") {
            amount = amount * 12 + 6
            unit = "months"
        } else if half, unit.hasPrefix("week") {
            amount = amount * 7 + 3
            unit = "days"
        }
        let singular = String(unit.hasSuffix("s") ? unit.dropLast() : Substring(unit))
        // From the article's present: "two months ago"; "eight weeks after the last one" (the last one
        // being that long before now). Anchored on a date in the sentence when there is one.
        let fromNow = direction == "ago" ? -amount : direction == "after" || direction == "before" ? -amount : sign * amount
        let point = Self.shifted(published, by: fromNow, unit: singular, approximate: qualifier || !["day", "days"].contains(unit) || direction != "ago")
        // "three days later" counts from another happening, never from now: dated only by an anchor.
        // "a few weeks ago", "several days later": a vague while dates nothing.
        let vague = (index..<cursor).contains { ["few", "several", "couple"].contains(lower($0)) }
        var found = Found(tokens: index..<(cursor + 2), point: direction == "later" || vague ? nil : point, isRelative: true)
        if direction != "ago" { found.shift = (sign * amount, singular) }
        found.namesOther = direction == "after" || direction == "before"
        return found
    }

    private func pastSpan(_ count: Int, unit: String, published: PublicationDate) -> TimePoint? {
        switch unit {
        case "years", "year":
            return TimePoint(date: String(published.year - count), end: String(published.year), precision: .year)
        case "months", "month":
            var total = published.year * 12 + published.month - 1 - count
            if total < 0 { total = 0 }
            return TimePoint(date: Self.monthText(total / 12, total % 12 + 1), end: Self.monthText(published.year, published.month), precision: .month)
        case "days", "day", "weeks", "week":
            let days = unit.hasPrefix("week") ? 7 * count : count
            return Self.dayRange(published.dayNumber - days, published.dayNumber)
        case "decades", "decade":
            return TimePoint(date: String(published.year - 10 * count), end: String(published.year), precision: .year)
        default:
            return nil
        }
    }

    // MARK: Holidays

    /// Words before a holiday's name that make it a date ("before Christmas", "on Thanksgiving", "last
    /// Christmas"), not a kind of thing ("Christmas shopping", "a Thanksgiving turkey").
    private static let holidayOpeners: Set<String> = [
        "on", "at", "by", "before", "after", "since", "until", "till", "over", "for", "during", "through", "around",
        "near", "from", "ahead", "this", "last", "next", "of", "past",
    ]

    /// "before Christmas", "on Thanksgiving", "New Year's Eve", "the Fourth of July", "Valentine's Day": holidays
    /// whose day the calendar fixes (Thanksgiving: the fourth Thursday of November), in the year that puts
    /// them nearest the article, or the last or next one as the words say.
    private func holiday(at index: Int, end: Int) -> Found? {
        guard index < end, tokens[index].isWord, tokens[index].startsUppercase, let published else { return nil }
        var month = 0
        var day = 0
        var length = 1
        var named = false  // "Christmas Eve", "New Year's Day": a date by its full name.
        var easterOffset: Int?  // days from Easter Sunday, for the feasts that move with it
        var weekend = false
        switch lower(index) {
        case "easter":
            easterOffset = 0
            switch lower(index + 1) {
            case "sunday": (length, named) = (2, true)
            case "monday": (easterOffset, length, named) = (1, 2, true)
            case "weekend": (easterOffset, length, named, weekend) = (-1, 2, true, true)
            default: break
            }
        case "good":
            guard lower(index + 1) == "friday", word(index + 1) == "Friday" else { return nil }
            (easterOffset, length, named) = (-2, 2, true)
        case "christmas":
            (month, day) = (12, 25)
            if lower(index + 1) == "eve" { (day, length, named) = (24, 2, true) } else if lower(index + 1) == "day" { (length, named) = (2, true) }
        case "thanksgiving":
            (month, day) = (11, 0)
            if lower(index + 1) == "day" { (length, named) = (2, true) }
        case "halloween":
            (month, day) = (10, 31)
        case "new":
            guard lower(index + 1) == "year", tokens.indices.contains(index + 1), tokens[index + 1].isPossessive,
                ["eve", "day"].contains(lower(index + 2)), word(index + 2).first?.isUppercase == true
            else { return nil }
            (month, day, length, named) = lower(index + 2) == "eve" ? (12, 31, 3, true) : (1, 1, 3, true)
        case "valentine":
            guard tokens[index].isPossessive, lower(index + 1) == "day" else { return nil }
            (month, day, length, named) = (2, 14, 2, true)
        case "fourth":
            guard lower(index + 1) == "of", lower(index + 2) == "july", word(index + 2) == "July" else { return nil }
            (month, day, length, named) = (7, 4, 3, true)
        default:
            return nil
        }
        let previous = lower(index - 1)
        guard named || Self.holidayOpeners.contains(previous) || (previous == "the" && lower(index - 2) == "over") else { return nil }
        // "Christmas tree", "Thanksgiving dinner" after an opener still date the thing; a capitalised word
        // after ("Christmas Island") makes a name.
        if index + length < tokens.count, tokens[index + length].isWord, tokens[index + length].startsUppercase { return nil }
        func date(in year: Int) -> Int {
            if let easterOffset { return Self.easterSunday(year) + easterOffset }
            guard day == 0 else { return CivilCalendar.dayNumber(year: year, month: month, day: day) }
            let first = CivilCalendar.dayNumber(year: year, month: 11, day: 1)
            return first + (4 - CivilCalendar.weekday(ofDayNumber: first) + 7) % 7 + 21
        }
        let today = published.dayNumber
        let candidates = [date(in: published.year - 1), date(in: published.year), date(in: published.year + 1)]
        let chosen: Int
        switch previous {
        case "last", "past": chosen = candidates.last { $0 < today } ?? candidates[0]
        case "next": chosen = candidates.first { $0 > today } ?? candidates[2]
        case "this": chosen = candidates.first { $0 >= today - 3 } ?? candidates[1]
        default:
            // "the first time since just before Christmas": "since" looks back whatever the main verb says.
            let since = (max(0, index - 3)..<index).contains { lower($0) == "since" }
            let future = !since && isFuture(before: index) && !isPast(before: index)
            let past = since || isPast(before: index) || previous == "after"
            if future { chosen = candidates.first { $0 >= today } ?? candidates[2] }
            else if past { chosen = candidates.last { $0 <= today } ?? candidates[0] }
            else { chosen = candidates.min { abs($0 - today) < abs($1 - today) } ?? candidates[1] }
        }
        let start = ["last", "next", "this", "past"].contains(previous) ? index - 1 : index
        // "just before Christmas", "since after Thanksgiving": a time near the day, in its month.
        if ["before", "after", "since"].contains(previous) {
            let near = CivilCalendar.date(fromDayNumber: previous == "before" ? chosen - 1 : chosen + 1)
            let point = TimePoint(date: Self.monthText(near.year, near.month), precision: .month, approximate: true)
            return Found(tokens: start..<(index + length), point: point, isRelative: true)
        }
        if weekend { return Found(tokens: start..<(index + length), point: Self.dayRange(chosen, chosen + 1), isRelative: true) }
        return Found(tokens: start..<(index + length), point: Self.dayPoint(fromDayNumber: chosen), isRelative: true)
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus), as a day number.
    static func easterSunday(_ year: Int) -> Int {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    // MARK: Weekdays

    /// "Thursday", "on Friday", "early Sunday", "Monday evening", "last Friday", "next Monday".
    private func weekday(at index: Int, end: Int) -> Found? {
        var cursor = index
        var which: String?
        if ["last", "next", "this", "early", "late", "on"].contains(lower(cursor)), weekdayNumber(cursor + 1) != nil {
            which = lower(cursor)
            cursor += 1
        }
        guard let target = weekdayNumber(cursor) else { return nil }
        // "The Sun", "Sun Yat-sen": a short form is a weekday only as dates print it ("Wed.", "Sun, 5 Mar").
        if !Self.weekdays.contains(lower(cursor)) {
            let next = word(cursor + 1)
            let dated = { (at: Int) in self.day(at) != nil || self.month(at) != nil }
            let named = cursor > 0 && tokens[cursor - 1].isWord && (lower(cursor - 1) == "the" || word(cursor - 1).first?.isUppercase == true)
            guard !named, next == "." || dated(cursor + 1) || (next == "," && dated(cursor + 2)) else { return nil }
        }
        // "Black Monday", "Super Tuesday", "Cyber Monday": a day's name, no date near the article's.
        if which == nil, cursor > 0, tokens[cursor - 1].isProperCase, Self.namedDayModifiers.contains(lower(cursor - 1)) { return nil }
        // "Sunday columnist", "the Saturday edition": the day describes a thing, it dates nothing.
        if which == nil || which == "this" || which == "next" || which == "last",
            Self.dayAttributiveNouns.contains(lower(cursor + 1)) {
            return nil
        }
        // "Thursday 13 June": the date says which Thursday.
        if explicitDate(at: cursor, end: end) != nil { return nil }
        var last = skipPeriod(cursor + 1)
        if Self.partsOfDay[lower(last)] != nil { last += 1 }
        let start = which == "on" ? cursor : index
        guard let published else { return Found(tokens: start..<last, point: nil, isRelative: true) }
        let today = published.dayNumber
        let weekday = CivilCalendar.weekday(ofDayNumber: today)
        let forward = (target - weekday + 7) % 7
        let backward = forward == 0 ? 0 : forward - 7
        var offset: Int
        switch which {
        case "last": offset = backward == 0 ? -7 : backward
        case "next": offset = forward == 0 ? 7 : forward
        default:
            var future = isFuture(before: cursor)
            var past = isPast(before: cursor) || lower(last) == "reported" || lower(last) == "said"
            // "was likely to dump 6 to 12 inches of rain through Friday": the tense of the clause, further back.
            // ("Thursday's elections" names its day's happening: the clause's tense is about something else.)
            if !future, !past, !tokens[cursor].isPossessive, let tense = clauseTense(before: cursor) {
                if tense > 0 { future = true } else { past = true }
            }
            if publishedIsLowerBound {
                // The article is no earlier than its inferred date: the nearest such day.
                offset = abs(backward) < forward ? backward : forward
            } else if future && !past {
                offset = forward
            } else {
                // News reports what happened: the most recent such day. Six days back would be written
                // "last Friday"; a story dated Thursday that says "said Friday" was updated the next day.
                offset = backward < -5 ? forward : backward
            }
        }
        var found = Found(tokens: start..<last, point: Self.dayPoint(fromDayNumber: today + offset), isRelative: true)
        // "gave him until Friday to respond": a deadline lies ahead of the day it was set.
        // ("did not speak to police until Wednesday" tells when they finally did: no deadline.)
        if which == nil, lower(cursor - 1) == "until" || lower(cursor - 1) == "till",
            !(max(0, cursor - 10)..<cursor).contains(where: { tokens[$0].sentence == tokens[cursor].sentence && Self.negations.contains(lower($0)) })
        {
            found.point = Self.dayPoint(fromDayNumber: today + forward)
            found.deadlineWeekday = target
        }
        return found
    }

    /// Future words before `index` in the same clause ("will meet", "is expected to"), or a clause of
    /// time in the present ("when results come in late Sunday", "once polls close Friday").
    private func isFuture(before index: Int) -> Bool {
        var cursor = index - 1
        let sentence = index < tokens.count ? tokens[index].sentence : -1
        var sawPast = false
        while cursor >= 0, index - cursor <= 8, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            if Self.futureWords.contains(word), !isAttributive(cursor) { return true }
            if isPastForm(cursor) { sawPast = true }
            if ["when", "once", "until"].contains(word), !sawPast, index - cursor >= 3 { return true }
            if [",", ";", "“", "\""].contains(tokens[cursor].text) { break }
            cursor -= 1
        }
        return false
    }

    /// "the scheduled date", "its planned vote": a word of the future used as an adjective says no tense.
    private func isAttributive(_ index: Int) -> Bool {
        index > 0 && ["the", "a", "an", "its", "their", "his", "her", "our"].contains(tokens[index - 1].lower)
    }

    /// Whether the sentence of `index` has a past form, a word of the future or a progressive ("is holding"):
    /// what "today" needs to date a happening.
    private func tellsHappening(aroundSentenceOf index: Int) -> Bool {
        let range = text.tokenRange(ofSentence: tokens[index].sentence)
        for cursor in range where tokens[cursor].isWord && !tokens[cursor].insideQuote {
            if isPastForm(cursor) || (Self.futureWords.contains(tokens[cursor].lower) && !isAttributive(cursor)) { return true }
            if tokens[cursor].lower.hasSuffix("ing"), cursor > range.lowerBound,
                ["is", "are", "was", "were", "be", "been", "'s", "’s"].contains(tokens[cursor - 1].lower)
            {
                return true
            }
            if Self.newsVerbs.contains(tokens[cursor].lower) { return true }
        }
        return false
    }

    /// A past form at `index`: a known one, or a lowercase word in "-ed" ("Armed Services" is a name).
    private func isPastForm(_ index: Int) -> Bool {
        let word = tokens[index].lower
        if Self.pastWords.contains(word) { return true }
        // "expected", "scheduled", "planned" look ahead.
        // "would be submitted", "to be held": a passive after "be" says no past.
        return word.count > 4 && word.hasSuffix("ed") && tokens[index].startsLowercase && !Self.futureWords.contains(word)
            && !(index > 0 && tokens[index - 1].lower == "be")
    }

    private func isPast(before index: Int) -> Bool {
        var cursor = index - 1
        let sentence = index < tokens.count ? tokens[index].sentence : -1
        while cursor >= 0, index - cursor <= 4, tokens[cursor].sentence == sentence {
            if isPastForm(cursor) { return true }
            if [",", ";"].contains(tokens[cursor].text) { break }
            cursor -= 1
        }
        return false
    }

    // MARK: Periods and years

    /// Decades ("the 1990s", "the 1990s and 2000s"), named periods ("World War II", "the Cold War").
    private func period(at index: Int, end: Int) -> Found? {
        var cursor = index
        if lower(cursor) == "the" { cursor += 1 }
        if let decade = yearValue(cursor), decade % 10 == 0, lower(cursor + 1) == "s", touches(cursor, cursor + 1) {
            if lower(cursor + 2) == "and", let second = yearValue(cursor + 3), second % 10 == 0, lower(cursor + 4) == "s" {
                return Found(tokens: index..<(cursor + 5), point: TimePoint(date: String(decade), end: String(second + 9), precision: .decade, label: "\(decade)s–\(second)s"))
            }
            return Found(tokens: index..<(cursor + 2), point: TimePoint(date: String(decade), end: String(decade + 9), precision: .decade, label: "\(decade)s"))
        }
        if word(cursor) == "World", lower(cursor + 1) == "war" {
            let number = word(cursor + 2)
            let second = ["II", "Two", "2"].contains(number)
            let first = ["I", "One", "1"].contains(number)
            guard second || first else { return nil }
            return Found(tokens: cursor..<(cursor + 3), point: second
                ? TimePoint(date: "1939", end: "1945", precision: .year, label: "World War II")
                : TimePoint(date: "1914", end: "1918", precision: .year, label: "World War I"))
        }
        if word(cursor) == "Cold", word(cursor + 1) == "War" {
            return Found(tokens: index..<(cursor + 2), point: TimePoint(date: "1947", end: "1991", precision: .year, approximate: true, label: "Cold War"))
        }
        return nil
    }

    /// A year ("in 2011"), a span ("1950-53", "2014–2016"), never an amount, a clock time or part of a name.
    private func year(at index: Int, end: Int) -> Found? {
        guard let year = yearValue(index) else { return nil }
        let previous = word(index - 1)
        // "$2015", "No. 2019", "COVID-2019": not a year.
        if ["$", "€", "£", "¥", "#"].contains(previous) || (index > 0 && touches(index - 1, index) && tokens[index - 1].isWord) { return nil }
        // "a 1930 model hot rod": the year names a kind of thing, not a happening.
        if ["a", "an"].contains(lower(index - 1)), ["model", "vintage", "edition", "version", "film", "movie", "album"].contains(lower(index + 1)) {
            return nil
        }
        let next = lower(index + 1)
        let amounts: Set<String> = [
            "%", "percent", "per", "million", "billion", "thousand", "people", "workers", "kilometers", "kilometres", "km",
            "miles", "tons", "tonnes", "acres", "hectares", "troops", "soldiers", "dollars", "euros", "pounds",
            "residents", "homes", "houses", "students", "members", "votes", "deaths", "cases", "jobs",
        ]
        if amounts.contains(next) { return nil }
        // "the 1922 Committee", "Tory 1922 Committee": part of a name.
        if lower(index - 1) == "the" || (index > 0 && tokens[index - 1].isProperCase),
            index + 1 < tokens.count, tokens[index + 1].isProperCase, Self.nameHeads.contains(lower(index + 1))
        {
            return nil
        }
        // "Euro 2016", "London 2012", "Vision 2030": a year after a name is the name's.
        if index > 0, tokens[index - 1].isWord, tokens[index - 1].isProperCase, !tokens[index - 1].isPossessive,
            tokens[index - 1].sentence == tokens[index].sentence, !word(index - 1).contains("."),
            !Lexicon.functionWords.contains(lower(index - 1)), month(index - 1) == nil, CalendarWords.weekday(lower(index - 1)) == nil,
            index - 1 > text.tokenRange(ofSentence: tokens[index].sentence).lowerBound
        {
            return Found(tokens: (index - 1)..<(index + 1), point: nil)
        }
        // A span: "1950-53", "2014–2016"
        if ["-", "–"].contains(word(index + 1)), touches(index, index + 1), let tail = integer(index + 2), touches(index + 1, index + 2) {
            let tailText = word(index + 2)
            let endYear = tailText.count == 2 ? (year / 100) * 100 + tail : tail
            if endYear > year, endYear - year < 100 {
                return Found(tokens: index..<(index + 3), point: TimePoint(date: String(year), end: String(endYear), precision: .year))
            }
        }
        return Found(tokens: index..<(index + 1), point: TimePoint(date: String(year), precision: .year))
    }

    // MARK: Combining

    /// "between X and Y", "from X to Y", "X to Y", "from sunrise Monday to sunset Wednesday": two dates
    /// of the same precision become one range.
    private func joinRanges(_ found: [Found], end: Int) -> [Found] {
        var result: [Found] = []
        var index = 0
        while index < found.count {
            let current = found[index]
            if index + 1 < found.count, let left = current.point, var right = found[index + 1].point, !current.isTime,
                !found[index + 1].isTime, left.precision == right.precision, left.end == nil
            {
                // "from Monday to Wednesday": the second weekday comes after the first, whatever the tense said.
                if current.isRelative, found[index + 1].isRelative, left.precision == .day,
                    let leftDay = Self.publicationDate(left)?.dayNumber, let rightDay = Self.publicationDate(right)?.dayNumber,
                    rightDay < leftDay, leftDay - rightDay < 7
                {
                    right = Self.dayPoint(fromDayNumber: rightDay + 7)
                }
                guard left.date < right.date else {
                    result.append(current)
                    index += 1
                    continue
                }
                let gap = current.tokens.upperBound..<found[index + 1].tokens.lowerBound
                var words = gap.map { lower($0) }
                let opener = lower(current.tokens.lowerBound - 1)
                let connectors: Set<String> = ["to", "until", "through", "till", "into", "-", "–"]
                // "from July through September": the second month took its preposition with it.
                let rightLead = lower(found[index + 1].tokens.lowerBound)
                if connectors.contains(rightLead) { words.append(rightLead) }
                // "in July and August": two months in a row are one span.
                let consecutiveMonths = words == ["and"] && left.precision == .month && current.isRelative && found[index + 1].isRelative
                    && Self.publicationDate(left).map { $0.month % 12 + 1 } == Self.publicationDate(right)?.month
                let joined = (words == ["and"] && opener == "between") || consecutiveMonths
                    || (words.count <= 3 && words.contains(where: connectors.contains)
                        && words.allSatisfy { connectors.contains($0) || Self.dayMarks.contains($0) || $0 == "and" || $0 == "well" || $0 == "," })
                if joined {
                    var point = left
                    point.end = right.date
                    let start = opener == "between" || opener == "from" ? current.tokens.lowerBound - 1 : current.tokens.lowerBound
                    result.append(Found(tokens: start..<found[index + 1].tokens.upperBound, point: point, isRelative: current.isRelative || found[index + 1].isRelative))
                    index += 2
                    continue
                }
            }
            // "between October 2017 and May 2018" where the two are months.
            result.append(current)
            index += 1
        }
        return result
    }

    /// "on Monday night and Tuesday", "Reuters reports on Friday and Monday": weekdays joined by "and"/"or"
    /// are days in order, all ahead of the article when their clause speaks of what will or may happen
    /// (each the first such day after the one before), all behind it when the clause is in the past (each
    /// the last such day before the one after, the last one the most recent). A clause that says neither
    /// leaves each weekday as it resolved alone.
    private func chainWeekdays(_ found: [Found]) -> [Found] {
        guard found.count >= 2, let published else { return found }
        func plainWeekday(_ item: Found) -> (day: Int, weekday: Int)? {
            guard item.isRelative, let point = item.point, point.precision == .day, point.end == nil,
                let day = Self.publicationDate(point)?.dayNumber, let weekday = weekdayIn(item.tokens),
                !["last", "next", "this"].contains(lower(item.tokens.lowerBound))
            else { return nil }
            return (day, weekday)
        }
        var result = found
        var index = 0
        while index < result.count {
            guard plainWeekday(result[index]) != nil else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < result.count, let left = plainWeekday(result[last]), let right = plainWeekday(result[last + 1]),
                left.weekday != right.weekday
            {
                let gap = result[last].tokens.upperBound..<result[last + 1].tokens.lowerBound
                guard !gap.isEmpty, gap.count <= 4, gap.allSatisfy({ Self.weekdayJoiners.contains(lower($0)) }),
                    gap.contains(where: { ["and", "or", "into"].contains(lower($0)) })
                else { break }
                last += 1
            }
            defer { index = last + 1 }
            // "can wait until Sunday or Monday": a deadline lies ahead, and the days joined to it after it.
            let tense = result[index].deadlineWeekday != nil ? 1 : clauseTense(before: result[index].tokens.lowerBound)
            guard last > index, let tense else { continue }
            let today = published.dayNumber
            if tense > 0 {
                guard var day = plainWeekday(result[index])?.day else { continue }
                for item in (index + 1)...last {
                    guard let weekday = plainWeekday(result[item])?.weekday else { break }
                    day += (weekday - CivilCalendar.weekday(ofDayNumber: day) + 7) % 7
                    result[item].point = Self.dayPoint(fromDayNumber: day, keeping: result[item].point)
                }
            } else {
                guard var weekday = plainWeekday(result[last])?.weekday else { continue }
                var day = today - (CivilCalendar.weekday(ofDayNumber: today) - weekday + 7) % 7
                result[last].point = Self.dayPoint(fromDayNumber: day, keeping: result[last].point)
                for item in stride(from: last - 1, through: index, by: -1) {
                    guard let previous = plainWeekday(result[item])?.weekday else { break }
                    day -= (weekday - previous + 7) % 7
                    weekday = previous
                    result[item].point = Self.dayPoint(fromDayNumber: day, keeping: result[item].point)
                }
            }
        }
        return result
    }

    /// The tense of the clause before `index`, from the nearest word that marks one: 1 for what will or may
    /// happen ("will", "expected", "may", "possible", "until"), -1 for the past ("came", "said"), nil when
    /// no word says (the clause ends at a quotation mark, a semicolon or its sentence).
    private func clauseTense(before index: Int) -> Int? {
        var cursor = index - 1
        let sentence = index < tokens.count ? tokens[index].sentence : -1
        while cursor >= 0, index - cursor <= 15, tokens[cursor].sentence == sentence {
            let word = tokens[cursor].lower
            if [";", "“", "”", "\""].contains(tokens[cursor].text) { return nil }
            if (Self.futureWords.contains(word) && !isAttributive(cursor)) || Self.modalWords.contains(word) { return 1 }
            if isPastForm(cursor) { return -1 }
            // "…, he said, referring to the Parliament, which holds elections in June": a relative clause in commas
            // has its own tense; the verbs of the clause it hangs on say nothing of it.
            if ["which", "who"].contains(word), cursor > 0, tokens[cursor - 1].text == "," { return nil }
            cursor -= 1
        }
        return nil
    }

    /// Words before a month that make it a deadline ahead: "by September", "until March".
    private static let deadlineWords: Set<String> = ["by", "until", "before"]
    /// The months of each season (winter runs from December into the next year).
    private static let seasonMonths: [String: (Int, Int)] = ["spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)]
    /// Present-tense verbs of news that make "today" a happening ("the council meets today").
    private static let newsVerbs: Set<String> = [
        "says", "say", "said", "announces", "announced", "meets", "votes", "opens", "begins", "starts", "ends", "holds",
        "marks", "takes", "released", "launches", "signs",
    ]

    /// What may stand between two joined weekdays: "Monday night and Tuesday", "Sunday night, well into Monday".
    private static let weekdayJoiners: Set<String> = [",", "and", "or", "possibly", "perhaps", "maybe", "even", "then", "into", "well", "on", "early", "late"]
    /// Words of what may happen: a clause that looks ahead.
    private static let modalWords: Set<String> = ["may", "might", "could", "possible", "possibly", "likely", "forecast", "predicted", "projected"]

    /// The weekday named in a range of tokens.
    private func weekdayIn(_ range: Range<Int>) -> Int? {
        for index in range where Self.weekdays.contains(lower(index)) { return Self.weekdays.firstIndex(of: lower(index)) }
        return nil
    }

    /// "She became prime minister the month after the U.K. voted in June 2016": a shift counts from an
    /// explicit date of its sentence when there is one.
    private func anchorShifts(_ found: [Found], carried: PublicationDate? = nil, sentenceStart: Int = 0) -> [Found] {
        guard found.contains(where: { $0.shift != nil || $0.following != nil }) else { return found }
        // Explicit dates, and days the sentence resolved ("on Tuesday"): not other shifts, times or ranges.
        let anchors = found.filter { item in
            !item.isTime && item.point?.end == nil && item.shift == nil && item.following == nil
                && (!item.isRelative || item.point?.precision == .day)
        }.compactMap { item -> (Int, PublicationDate)? in
            guard let point = item.point, let date = Self.publicationDate(point) else { return nil }
            return (item.tokens.lowerBound, date)
        }
        if anchors.isEmpty, let carried {
            // Only the shift that opens the sentence takes the date the sentence before gave.
            return found.map { item in
                guard let shift = item.shift, !item.namesOther, item.tokens.lowerBound - sentenceStart <= 2 else { return item }
                var copy = item
                copy.point = Self.shifted(carried, by: shift.amount, unit: shift.unit, approximate: true)
                return copy
            }
        }
        guard !anchors.isEmpty else { return found }
        return found.map { item in
            // A date after the expression anchors it only inside the phrase it names ("two weeks after the
            // flood of January 2020"), not across a clause ("after X killed 230, … since Katrina in 2005").
            let usable = anchors.filter { anchor in
                anchor.0 < item.tokens.upperBound
                    || !(item.tokens.upperBound..<anchor.0).contains { [",", ";", "—", "–", "(", ":"].contains(word($0)) }
            }
            guard let anchor = usable.min(by: { abs($0.0 - item.tokens.lowerBound) < abs($1.0 - item.tokens.lowerBound) }) else { return item }
            var copy = item
            if let shift = item.shift {
                // "resigned on Tuesday, two days after the audit": the audit is two days before Tuesday.
                let backward = item.namesOther && anchor.0 < item.tokens.lowerBound
                copy.point = Self.shifted(anchor.1, by: backward ? -shift.amount : shift.amount, unit: shift.unit, approximate: true)
            } else if let following = item.following {
                copy.point = Self.following(following.unit, direction: following.direction, from: anchor.1)
            }
            return copy
        }
    }

    /// The first day of a point's date, as a publication date to count from.
    package static func publicationDate(_ point: TimePoint) -> PublicationDate? {
        let parts = point.date.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return nil }
        return PublicationDate(year: year, month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
    }

    /// A clock time gives the nearest date of its sentence its time of day.
    private func attachTimes(_ found: [Found]) -> [Found] {
        var result = found.filter { !$0.isTime }
        for time in found where time.isTime {
            guard let label = time.label else { continue }
            let nearest = result.indices.filter { result[$0].point?.precision == .day }.min {
                abs(result[$0].tokens.lowerBound - time.tokens.lowerBound) < abs(result[$1].tokens.lowerBound - time.tokens.lowerBound)
            }
            if let nearest, result[nearest].point?.time == nil { result[nearest].point?.time = label }
        }
        // Times stay in the list (so that nothing else reads them as years) but give no event.
        return (result + found.filter(\.isTime)).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Calendar

    /// The week (Monday to Sunday), month or year after (or before) the one `date` falls in.
    static func following(_ unit: String, direction: Int, from date: PublicationDate) -> TimePoint? {
        switch unit {
        case "week":
            let monday = date.dayNumber - (CivilCalendar.weekday(ofDayNumber: date.dayNumber) + 6) % 7 + 7 * direction
            return dayRange(monday, monday + 6)
        case "month":
            var total = date.year * 12 + date.month - 1 + direction
            if total < 0 { total = 0 }
            return TimePoint(date: monthText(total / 12, total % 12 + 1), precision: .month)
        case "year":
            return TimePoint(date: String(date.year + direction), precision: .year)
        default:
            return nil
        }
    }

    static func season(_ season: String, direction: Int, published: PublicationDate) -> TimePoint {
        var year = published.year + direction
        let months = seasonMonths[season] ?? (12, 2)
        if season == "winter", direction == 0, published.month <= 2 { year -= 1 }
        let endYear = months.1 < months.0 ? year + 1 : year
        return TimePoint(date: monthText(year, months.0), end: monthText(endYear, months.1), precision: .month, label: "\(season) \(year)")
    }

    static func shifted(_ published: PublicationDate, by count: Int, unit: String, approximate: Bool) -> TimePoint? {
        switch unit {
        case "day": return dayPoint(fromDayNumber: published.dayNumber + count, approximate: approximate)
        case "week": return dayPoint(fromDayNumber: published.dayNumber + 7 * count, approximate: approximate)
        case "month":
            var total = published.year * 12 + (published.month - 1) + count
            if total < 0 { total = 0 }
            return TimePoint(date: monthText(total / 12, total % 12 + 1), precision: .month, approximate: approximate)
        case "year": return TimePoint(date: String(published.year + count), precision: .year, approximate: approximate)
        case "decade": return TimePoint(date: String(published.year + 10 * count), precision: .decade, approximate: true)
        default: return TimePoint(date: String(published.year + 100 * count), precision: .century, approximate: true)
        }
    }

    static func dayPoint(_ year: Int, _ month: Int, _ day: Int) -> TimePoint? {
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        return TimePoint(date: dayText(year, month, day), precision: .day)
    }

    /// The day `number`, keeping the time of day of `point`.
    static func dayPoint(fromDayNumber number: Int, keeping point: TimePoint?) -> TimePoint {
        var day = dayPoint(fromDayNumber: number)
        day.time = point?.time
        return day
    }

    static func dayPoint(fromDayNumber number: Int, approximate: Bool = false) -> TimePoint {
        let date = CivilCalendar.date(fromDayNumber: number)
        return TimePoint(date: dayText(date.year, date.month, date.day), precision: .day, approximate: approximate)
    }

    static func dayRange(_ start: Int, _ end: Int) -> TimePoint {
        var point = dayPoint(fromDayNumber: start)
        point.end = dayPoint(fromDayNumber: end).date
        return point
    }

    static func dayText(_ year: Int, _ month: Int, _ day: Int) -> String { String(format: "%04d-%02d-%02d", year, month, day) }
    static func monthText(_ year: Int, _ month: Int) -> String { String(format: "%04d-%02d", year, month) }
}

extension TemporalTagger.Found {
    /// The clock time's text ("17:00 GMT"), carried until it is attached to a date.
    var label: String? {
        get { isTime ? point?.label : nil }
    }

    func withLabel(_ label: String?) -> Self {
        var copy = self
        copy.point = TimePoint(date: "", precision: .day, label: label)
        return copy
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
