import DossierModel
import DossierText
import Foundation

/// Recognises the temporal expressions of a sentence and resolves them to calendar dates, relative ones
/// against the article's publication date. Without a publication date, relative expressions are returned
/// unresolved (`point == nil`): never guessed.
public enum TemporalResolver {
    public struct Expression: Sendable, Hashable {
        public var text: String
        public var range: Range<String.Index>
        /// nil when the expression is relative and the article has no date.
        public var point: TimePoint?
    }

    private static let month =
        "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)"
    private static let weekday = "(?:(?:Mon|Tues|Tue|Wed|Wednes|Thu|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\.?,?\\s+)?"
    private static let year = "((?:1[5-9]|20)\\d{2})"
    private static let notNumberAfter = "(?![\\d,]*\\d)(?!\\s?%)(?!\\s?(?:percent|million|billion|kilomet|tons|people|workers))"

    private enum Rule {
        case monthDayYear, dayMonthYear, monthYearRange, monthYear, monthDay, dayMonth, yearRange, decades, decade,
            namedPeriod, relativeYear, relativeMonth, relativeWeek, relativeDay, ago, after, endOfYear, season,
            weekday, bareMonth, year
    }

    private static let rules: [(Rule, TextPattern)] = [
        (.monthDayYear, TextPattern("\\b" + weekday + month + "\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s" + year + "\\b")),
        (.dayMonthYear, TextPattern("\\b" + weekday + "(\\d{1,2})\\s" + month + ",?\\s" + year + "\\b")),
        (.monthYearRange, TextPattern("\\bbetween\\s" + month + "\\s" + year + "\\sand\\s" + month + "\\s" + year + "\\b")),
        (.monthYear, TextPattern("\\b" + month + ",?\\s" + year + "\\b")),
        (.monthDay, TextPattern("\\b" + month + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s\\d)")),
        (.dayMonth, TextPattern("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + month + "\\b(?!,?\\s\\d)")),
        (.yearRange, TextPattern("\\b" + year + "[-–](\\d{2}|\\d{4})\\b(?!-)")),
        (.decades, TextPattern("\\b(?:the\\s)?((?:1[5-9]|20)\\d0)s\\sand\\s((?:1[5-9]|20)\\d0)s\\b")),
        (.decade, TextPattern("\\b(?:the\\s)?((?:1[5-9]|20)\\d0)s\\b")),
        (.namedPeriod, TextPattern("\\b(World War (?:II|I|One|Two|2|1)|(?:the\\s)?Cold War)\\b")),
        (.endOfYear, TextPattern("\\b(?:by\\s|at\\s|before\\s|until\\s)?the\\s(end|start|beginning|middle)\\sof\\s(?:(this|the|last|next)\\syear|" + year + ")\\b", caseInsensitive: true)),
        (.relativeYear, TextPattern("\\b(?:(early|late|earlier|later)\\s)?(last|this|next)\\syear\\b", caseInsensitive: true)),
        (.relativeMonth, TextPattern("\\b(?:(earlier|later|late|early)\\s)?(last|this|next)\\smonth\\b", caseInsensitive: true)),
        (.relativeWeek, TextPattern("\\b(last|this|next)\\sweek\\b", caseInsensitive: true)),
        (.relativeDay, TextPattern("\\b(yesterday|today|tomorrow)\\b", caseInsensitive: true)),
        (.ago, TextPattern("\\b(?:(nearly|almost|about|some|more than|over|around|roughly)\\s)?(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\\s(day|week|month|year|decade|centur)(?:y|ies|s)?\\sago\\b", caseInsensitive: true)),
        (.after, TextPattern("\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s(day|week|month)s?\\safter\\b", caseInsensitive: true)),
        (.season, TextPattern("\\b(this|last|next)\\s(spring|summer|autumn|fall|winter)\\b", caseInsensitive: true)),
        (.weekday, TextPattern("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\\b")),
        (.bareMonth, TextPattern("\\b(?i:in|since|until|by|from|during|early|late|mid-|last|this|next|the|his|her|their|its)\\s" + month + "\\b(?!\\s\\d)(?!,?\\s\\d)")),
        (.year, TextPattern("(?<![$\\d.,/-])\\b" + year + "\\b" + notNumberAfter + "(?!-)(?!s\\b)")),
    ]

    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]
    private static let futureCue = TextPattern(
        "\\b(will|would|is expected|are expected|expected to|is scheduled|scheduled to|is slated|slated to|is set to|plans? to|is to|are to|to meet|to hold|upcoming|next)\\b", caseInsensitive: true)
    private static let pastCue = TextPattern(
        "\\b(met|was|were|had|said|told|reported|arrived|crossed|left|visited|announced|held|signed|clamored|ended|collapsed|foundered|\\w+ed)\\s+(?:on\\s+)?$", caseInsensitive: true)

    public static func expressions(in sentence: String, published: PublicationDate?) -> [Expression] {
        var found: [Expression] = []
        for (rule, pattern) in rules {
            for match in pattern.matches(in: sentence) where !found.contains(where: { $0.range.overlaps(match.range) }) {
                found.append(Expression(text: String(match.text), range: match.range, point: resolve(rule, match, sentence: sentence, published: published)))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func resolve(_ rule: Rule, _ match: TextPattern.Match, sentence: String, published: PublicationDate?) -> TimePoint? {
        func int(_ group: Int) -> Int? { match.group(group).flatMap { Int($0) } }
        func monthNumber(_ group: Int) -> Int? { match.group(group).flatMap(CivilCalendar.month(named:)) }
        switch rule {
        case .monthDayYear:
            guard let month = monthNumber(1), let day = int(2), let year = int(3) else { return nil }
            return dayPoint(year, month, day)
        case .dayMonthYear:
            guard let day = int(1), let month = monthNumber(2), let year = int(3) else { return nil }
            return dayPoint(year, month, day)
        case .monthYearRange:
            guard let startMonth = monthNumber(1), let startYear = int(2), let endMonth = monthNumber(3), let endYear = int(4) else { return nil }
            return TimePoint(date: monthText(startYear, startMonth), end: monthText(endYear, endMonth), precision: .month)
        case .monthYear:
            guard let month = monthNumber(1), let year = int(2) else { return nil }
            return TimePoint(date: monthText(year, month), precision: .month)
        case .monthDay, .dayMonth:
            let (monthGroup, dayGroup) = rule == .monthDay ? (1, 2) : (2, 1)
            guard let month = monthNumber(monthGroup), let day = int(dayGroup), let published else { return nil }
            // "April 24th": the year of publication, unless that puts it well after the article.
            let year = CivilCalendar.dayNumber(year: published.year, month: month, day: min(day, 28)) - published.dayNumber > 182
                ? published.year - 1 : published.year
            return dayPoint(year, month, day)
        case .yearRange:
            guard let start = int(1), let tail = match.group(2), let tailValue = Int(tail) else { return nil }
            let end = tail.count == 2 ? (start / 100) * 100 + tailValue : tailValue
            guard end > start, end - start < 100 else { return nil }
            return TimePoint(date: String(start), end: String(end), precision: .year)
        case .decades:
            guard let first = int(1), let second = int(2) else { return nil }
            return TimePoint(date: String(first), end: String(second + 9), precision: .decade, label: "\(first)s–\(second)s")
        case .decade:
            guard let start = int(1) else { return nil }
            return TimePoint(date: String(start), end: String(start + 9), precision: .decade, label: "\(start)s")
        case .namedPeriod:
            let name = (match.group(1) ?? "").lowercased()
            if name.contains("cold") { return TimePoint(date: "1947", end: "1991", precision: .year, approximate: true, label: "Cold War") }
            let isSecond = name.hasSuffix("ii") || name.hasSuffix("two") || name.hasSuffix("2")
            return isSecond
                ? TimePoint(date: "1939", end: "1945", precision: .year, label: "World War II")
                : TimePoint(date: "1914", end: "1918", precision: .year, label: "World War I")
        case .endOfYear:
            let part = (match.group(1) ?? "end").lowercased()
            let year: Int
            if let explicit = int(3) {
                year = explicit
            } else {
                guard let published else { return nil }
                let which = (match.group(2) ?? "this").lowercased()
                year = which == "last" ? published.year - 1 : which == "next" ? published.year + 1 : published.year
            }
            let month = part == "end" ? 12 : part == "middle" ? 6 : 1
            let day = part == "end" ? 31 : 1
            return TimePoint(date: dayText(year, month, day), precision: .month, approximate: true, label: "\(part) of \(year)")
        case .relativeYear:
            guard let published else { return nil }
            let which = (match.group(2) ?? "this").lowercased()
            let year = which == "last" ? published.year - 1 : which == "next" ? published.year + 1 : published.year
            let modifier = (match.group(1) ?? "").lowercased()
            let label = modifier == "late" || modifier == "later" ? "late \(year)" : modifier == "early" ? "early \(year)" : nil
            return TimePoint(date: String(year), precision: .year, approximate: label != nil, label: label)
        case .relativeMonth:
            guard let published else { return nil }
            let which = (match.group(2) ?? "this").lowercased()
            var year = published.year
            var month = published.month + (which == "last" ? -1 : which == "next" ? 1 : 0)
            if month == 0 { month = 12; year -= 1 }
            if month == 13 { month = 1; year += 1 }
            return TimePoint(date: monthText(year, month), precision: .month)
        case .relativeWeek:
            // "this week" is the article's own present, too loose to date an event by.
            guard let published, match.group(1)?.lowercased() != "this" else { return nil }
            let which = (match.group(1) ?? "this").lowercased()
            let shift = which == "last" ? -7 : which == "next" ? 7 : 0
            return dayPoint(fromDayNumber: published.dayNumber + shift, approximate: true)
        case .relativeDay:
            guard let published else { return nil }
            let word = (match.group(1) ?? "today").lowercased()
            return dayPoint(fromDayNumber: published.dayNumber + (word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0))
        case .ago:
            guard let published, let countWord = match.group(2), let unit = match.group(3)?.lowercased() else { return nil }
            // Spans beyond a few thousand units are not dates any calendar here can place.
            guard let count = Int(countWord) ?? numberWords[countWord.lowercased()], count <= 5000 else { return nil }
            return shifted(published, by: -count, unit: unit, approximate: true)
        case .after:
            // "X comes eight weeks after Y": Y is that long before the article's present.
            guard let published, let countWord = match.group(1), let unit = match.group(2)?.lowercased() else { return nil }
            // Spans beyond a few thousand units are not dates any calendar here can place.
            guard let count = Int(countWord) ?? numberWords[countWord.lowercased()], count <= 5000 else { return nil }
            return shifted(published, by: -count, unit: unit, approximate: true)
        case .season:
            guard let published, let which = match.group(1)?.lowercased(), let season = match.group(2)?.lowercased() else { return nil }
            var year = published.year + (which == "last" ? -1 : which == "next" ? 1 : 0)
            let months: (Int, Int) = switch season {
            case "spring": (3, 5)
            case "summer": (6, 8)
            case "autumn", "fall": (9, 11)
            default: (12, 2)
            }
            if season == "winter", which == "this", published.month <= 2 { year -= 1 }
            let endYear = months.1 < months.0 ? year + 1 : year
            return TimePoint(date: monthText(year, months.0), end: monthText(endYear, months.1), precision: .month, label: "\(season) \(year)")
        case .weekday:
            guard let published, let name = match.group(1) else { return nil }
            return weekdayPoint(name, in: sentence, at: match.range, published: published)
        case .bareMonth:
            guard let published, let month = monthNumber(1) else { return nil }
            let before = String(sentence[..<match.range.lowerBound])
            let text = String(match.text).lowercased()
            let future = text.hasPrefix("next") || futureCue.matches(before) && !pastCue.matches(before)
            var year = published.year
            if future { if month < published.month { year += 1 } } else if month > published.month { year -= 1 }
            return TimePoint(date: monthText(year, month), precision: .month)
        case .year:
            guard let year = int(1) else { return nil }
            return TimePoint(date: String(year), precision: .year)
        }
    }

    /// The weekday nearest the publication date, in the direction the tense implies: "met Wednesday" is past,
    /// "will meet Thursday" is future; with no tense either way, the nearest one.
    private static func weekdayPoint(_ name: String, in sentence: String, at range: Range<String.Index>, published: PublicationDate) -> TimePoint? {
        let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        guard let target = names.firstIndex(of: name.lowercased()) else { return nil }
        let today = published.dayNumber
        let weekday = CivilCalendar.weekday(ofDayNumber: today)
        let forward = (target - weekday + 7) % 7
        let backward = forward == 0 ? 0 : forward - 7
        let clause = String(sentence[..<range.lowerBound])
        let future = futureCue.matches(clause)
        let past = pastCue.matches(clause) || sentence[range.upperBound...].hasPrefix(" reported")
        let offset: Int
        if future && !past {
            offset = forward
        } else if past && !future {
            offset = backward
        } else {
            offset = abs(backward) < forward ? backward : forward
        }
        return dayPoint(fromDayNumber: today + offset)
    }

    private static func shifted(_ published: PublicationDate, by count: Int, unit: String, approximate: Bool) -> TimePoint? {
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

    private static func dayPoint(_ year: Int, _ month: Int, _ day: Int) -> TimePoint? {
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        return TimePoint(date: dayText(year, month, day), precision: .day)
    }

    private static func dayPoint(fromDayNumber number: Int, approximate: Bool = false) -> TimePoint {
        let date = CivilCalendar.date(fromDayNumber: number)
        return TimePoint(date: dayText(date.year, date.month, date.day), precision: .day, approximate: approximate)
    }

    package static func dayText(_ year: Int, _ month: Int, _ day: Int) -> String { String(format: "%04d-%02d-%02d", year, month, day) }
    package static func monthText(_ year: Int, _ month: Int) -> String { String(format: "%04d-%02d", year, month) }
}
