import Foundation
import DossierModel

/// A date as a page header states it; the year may be missing (`04/23 06:41`, `Aug 23`).
public struct HeaderDate: Sendable, Hashable, Codable {
    public var year: Int?
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var utcOffset: Int?

    public init(year: Int?, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, utcOffset: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.utcOffset = utcOffset
    }

    /// The publication date, when the year is known.
    public var publicationDate: PublicationDate? {
        guard let year else { return nil }
        return PublicationDate(year: year, month: month, day: day, hour: hour, minute: minute, utcOffset: utcOffset)
    }
}

/// Reads the dates of page header lines in every common form: `April 24, 2019 10:08 p.m. ET`,
/// `Wed, 24 Apr 2019 17:44 GMT`, `Published 14:05 GMT, Tuesday 3 March 2020 | Updated 16:20 GMT`,
/// `2019-04-24T17:44Z`, `04/23 06:41`, `24.04.2019 09:21`, `Last update on 12 March 2020 - 09:21`,
/// `HeadlineAug 23, 2016`. Works on words, not regular expressions.
public enum DateLineParser {
    /// A date found in a line, where it is (word indices) and what the words around it say.
    public struct Found: Sendable, Hashable {
        public var date: HeaderDate
        /// Word range of the date and its time in the line's words.
        public var words: Range<Int>
        /// "updated", "modified": a later version's date, used only when no first publication date is given.
        public var isUpdate: Bool
    }

    private static let relativeUnits: Set<String> = [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h", "m",
        "day", "days", "week", "weeks",
    ]

    /// Words that may stand around a date on a date line without making it anything else.
    static let fillers: Set<String> = [
        "published", "updated", "update", "last", "first", "posted", "modified", "originally", "on", "at", "by",
        "date", "dated", "time", "created", "issued", "released", "am", "pm", "a.m", "p.m", "headline", "news",
        "edt", "est", "and", "|", "-", "–", "—", ",", ".", ":", "/", "·", "•",
    ]

    /// The line's words: letters (with inner apostrophes, periods of abbreviations), numbers with their
    /// separators, and single punctuation marks. Letters glued to digits are split ("HeadlineAug",
    /// "23rd", "10:08pm").
    public static func words(_ line: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        var kind = 0  // 0 none, 1 letters, 2 digits
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
            kind = 0
        }
        for scalar in line.unicodeScalars {
            let isLetter = scalar.isASCII ? (scalar.value | 0x20) &- 97 < 26 : scalar.properties.isAlphabetic
            let isDigit = scalar.value >= 48 && scalar.value <= 57
            if kind == 2, scalar == "T" || scalar == "Z", current.unicodeScalars.count >= 10,
                current.unicodeScalars.filter({ $0 == "-" }).count >= 2
            {
                // ISO 8601: 2019-04-24T17:44Z keeps its T and its Z.
                current.unicodeScalars.append(scalar)
                if scalar == "Z" { flush() }
                continue
            }
            if isLetter {
                // "HeadlineAug": a capital after lowercase letters starts a new word.
                if kind == 2 || (kind == 1 && scalar.properties.isUppercase && current.unicodeScalars.last?.properties.isLowercase == true) {
                    flush()
                }
                current.unicodeScalars.append(scalar)
                kind = 1
            } else if isDigit {
                if kind == 1 { flush() }
                current.unicodeScalars.append(scalar)
                kind = 2
            } else if kind == 2, ":-/.T+".unicodeScalars.contains(scalar) {
                // Numbers keep their inner separators: 10:08, 2019-04-24, 04/23, 24.04.2019.
                current.unicodeScalars.append(scalar)
            } else if kind == 1, scalar == "." {
                // "p.m.", "Sept.": the period belongs to the abbreviation.
                current.unicodeScalars.append(scalar)
            } else {
                flush()
                if !scalar.properties.isWhitespace { words.append(String(scalar)) }
            }
        }
        flush()
        // A number that swallowed a trailing separator ("2019." at the end of a sentence) gives it back.
        return words.flatMap { word -> [String] in
            var word = word
            while let last = word.last, ":-/.+".contains(last), word.count > 1, word.first?.isNumber == true { word.removeLast() }
            return splitYearAndTime(word) ?? [word]
        }
    }

    /// "20249:05": a year glued to the time after it when a page's line breaks were lost
    /// ("October 11, 20249:05 PM GMT+1").
    private static func splitYearAndTime(_ word: String) -> [String]? {
        let bytes = Array(word.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), (5...6).contains(colon),
            bytes[..<colon].allSatisfy({ $0 >= 48 && $0 <= 57 }), bytes.count == colon + 3,
            bytes[(colon + 1)...].allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), (1900...2099).contains(year),
            let hour = Int(String(decoding: bytes[4..<colon], as: UTF8.self)), hour < 24
        else { return nil }
        return [String(year), String(decoding: bytes[4...], as: UTF8.self)]
    }

    /// Every date in the line, in order.
    public static func dates(in line: some StringProtocol) -> [Found] {
        // Every form has a day or a year in digits: a line without one is not read word by word.
        guard line.utf8.contains(where: { $0 &- 48 < 10 }) else { return [] }
        let words = words(line)
        var found: [Found] = []
        var index = 0
        while index < words.count {
            if let match = date(at: index, in: words) {
                var result = match
                let context = words[max(0, index - 4)..<index].map { $0.lowercased() }
                result.isUpdate = context.contains { $0.hasPrefix("updated") || $0 == "modified" || $0 == "update" }
                found.append(result)
                index = match.words.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The first publication date of a line: a "Published" date wins over an "Updated" one.
    public static func publicationDate(in line: some StringProtocol) -> Found? {
        let all = dates(in: line)
        return all.first { !$0.isUpdate } ?? all.first
    }

    /// True when the line says when, relatively ("2 hours ago", "Yesterday"), which gives no date.
    public static func isRelative(_ line: some StringProtocol) -> Bool {
        let lower = words(line).map { $0.lowercased() }
        guard lower.count <= 8 else { return false }
        if let ago = lower.firstIndex(of: "ago"), ago >= 2, Int(lower[ago - 2]) != nil || ["a", "an", "one"].contains(lower[ago - 2]) {
            return true
        }
        return lower.contains("yesterday") || lower == ["today"] || lower == ["just", "now"]
    }

    /// True when the line is a date line: one or more dates ("Published … Updated …") with at most
    /// `allowance` other words that are not filler.
    public static func isDateLine(_ line: some StringProtocol, maxLength: Int = 120, allowance: Int = 2) -> Bool {
        wordsBesidesDates(line, maxLength: maxLength).map { $0 <= allowance } ?? false
    }

    /// How many words a line of at most `maxLength` characters holds besides its dates and filler; nil when
    /// it has no date (or is longer).
    public static func wordsBesidesDates(_ line: some StringProtocol, maxLength: Int = 120) -> Int? {
        guard line.utf8.count <= maxLength * 4, line.count <= maxLength else { return nil }
        let all = dates(in: line)
        guard !all.isEmpty else { return nil }
        return otherWords(in: line, besides: all).count
    }

    /// The words of the line that are neither its dates nor filler: a date line has none or almost none.
    public static func otherWords(in line: some StringProtocol, besides found: [Found]) -> [String] {
        let words = words(line)
        // "Updated 2 hours ago", "Updated just now": a relative time beside the date says nothing more.
        var relative = Set<Int>()
        for (index, word) in words.enumerated() where index >= 2 && word.lowercased() == "ago" {
            let amount = words[index - 2].lowercased()
            if Int(amount) != nil || ["a", "an", "one"].contains(amount), relativeUnits.contains(words[index - 1].lowercased()) {
                relative.formUnion((index - 2)...index)
            }
        }
        for (index, word) in words.enumerated() where index >= 1 && word.lowercased() == "now" && words[index - 1].lowercased() == "just" {
            relative.formUnion((index - 1)...index)
        }
        return words.indices.filter { index in !relative.contains(index) && !found.contains { $0.words.contains(index) } }
            .map { words[$0] }.filter { word in
            let lower = word.lowercased()
            return !fillers.contains(lower) && !CalendarWords.isZone(lower) && CalendarWords.weekday(lower) == nil
                && !["(", ")", "[", "]", "'", "\"", "’"].contains(word)
        }
    }

    // MARK: - Patterns

    private static func date(at index: Int, in words: [String]) -> Found? {
        var start = index
        var cursor = index
        // An optional weekday before the date: "Wednesday, April 24, 2019", "Wed, 24 Apr 2019".
        if CalendarWords.weekday(words[cursor]) != nil, words[cursor].first?.isLetter == true {
            cursor += 1
            if cursor < words.count, words[cursor] == "," { cursor += 1 }
        }
        guard cursor < words.count else { return nil }
        var date: HeaderDate?
        var end = cursor
        if let month = monthName(words[cursor]) {
            // April 24, 2019 · Apr. 24 2019 · April 24th · Aug 23 (no year)
            var next = cursor + 1
            guard next < words.count, let day = dayNumber(words[next]) else { return nil }
            next += 1
            if next < words.count, ["st", "nd", "rd", "th"].contains(words[next].lowercased()) { next += 1 }
            if next < words.count, words[next] == "," { next += 1 }
            if next < words.count, let year = yearNumber(words[next]) {
                guard let valid = validated(year: year, month: month, day: day) else { return nil }
                date = valid
                end = next + 1
            } else {
                date = HeaderDate(year: nil, month: month, day: day)
                end = next > cursor + 2 && words[next - 1] == "," ? next - 1 : next
            }
        } else if let day = dayNumber(words[cursor]), cursor + 1 < words.count {
            // 24 April 2019 · 24 Apr, 2019 · 3rd March 2020
            var next = cursor + 1
            if ["st", "nd", "rd", "th"].contains(words[next].lowercased()) { next += 1 }
            if next < words.count, words[next].lowercased() == "of" { next += 1 }
            guard next < words.count, let month = monthName(words[next]) else { return numeric(at: start, in: words) }
            next += 1
            if next < words.count, words[next] == "," { next += 1 }
            guard next < words.count, let year = yearNumber(words[next]), let valid = validated(year: year, month: month, day: day)
            else { return nil }
            date = valid
            end = next + 1
        } else {
            return numeric(at: start, in: words)
        }
        guard var found = date else { return nil }
        // A time after the date ("10:08 p.m. ET", ", 17:44 GMT", "at 9 am") or just before it ("10:08 AM EDT, Wed April 24, 2019").
        if !readTime(after: &end, into: &found, in: words), let before = timeBefore(start, in: words) {
            found.hour = before.hour
            found.minute = before.minute
            found.utcOffset = before.zone.flatMap { zoneWord in
                found.year.flatMap { CalendarWords.zoneOffset(zoneWord, year: $0, month: found.month, day: found.day) }
            }
            start = before.start
        }
        return Found(date: found, words: start..<end, isUpdate: false)
    }

    /// ISO 8601 and numeric dates: 2019-04-24T17:44Z · 2019-04-24 · 04/24/2019 · 24/04/2019 · 24.04.2019 ·
    /// 04/23 06:41 (month first, no year).
    private static func numeric(at index: Int, in words: [String]) -> Found? {
        let word = words[index]
        guard word.first?.isNumber == true else { return nil }
        var end = index + 1
        var date: HeaderDate?
        if let iso = isoDate(word) {
            date = iso.date
            if iso.hasTime {
                return Found(date: iso.date, words: index..<end, isUpdate: false)
            }
        } else {
            let separator: Character? = word.contains("/") ? "/" : word.contains(".") ? "." : word.contains("-") ? "-" : nil
            guard let separator else { return nil }
            let parts = word.split(separator: separator).compactMap { Int($0) }
            let pieces = word.split(separator: separator)
            guard parts.count == pieces.count else { return nil }
            switch parts.count {
            case 3:
                if pieces[0].count == 4 {
                    date = validated(year: parts[0], month: parts[1], day: parts[2])
                } else if pieces[2].count == 4 || pieces[2].count == 2 {
                    let year = pieces[2].count == 2 ? 2000 + parts[2] : parts[2]
                    // Day first where the month cannot be first, or with dots (European); else month first.
                    let dayFirst = parts[0] > 12 || separator == "."
                    date = dayFirst ? validated(year: year, month: parts[1], day: parts[0]) : validated(year: year, month: parts[0], day: parts[1])
                }
            case 2 where separator == "/":
                // "04/23 06:41": a month and a day, no year, and only with a time after it.
                guard parts[0] <= 12, parts[1] <= 31, time(at: end, in: words, allowingAt: false) != nil else { return nil }
                date = HeaderDate(year: nil, month: parts[0], day: parts[1])
            default:
                return nil
            }
        }
        guard var found = date else { return nil }
        readTime(after: &end, into: &found, in: words)
        return Found(date: found, words: index..<end, isUpdate: false)
    }

    /// `2019-04-24`, `2019-04-24T17:44`, `2019-04-24T17:44:00Z`, `2019-04-24T17:44:00+03:00`.
    private static func isoDate(_ word: String) -> (date: HeaderDate, hasTime: Bool)? {
        let scalars = Array(word.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for index in range {
                let digit = Int(scalars[index].value) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-", let year = number(0..<4), let month = number(5..<7),
            let day = number(8..<10), var date = validated(year: year, month: month, day: day)
        else { return nil }
        guard scalars.count > 10 else { return (date, false) }
        guard scalars[10] == "T" || scalars[10] == " ", let hour = number(11..<13), scalars.count >= 16, scalars[13] == ":",
            let minute = number(14..<16), hour < 24, minute < 60
        else { return (date, false) }
        date.hour = hour
        date.minute = minute
        var rest = 16
        if rest + 2 < scalars.count + 1, rest < scalars.count, scalars[rest] == ":" { rest += 3 }
        if rest < scalars.count, scalars[rest] == "." { rest += 1; while rest < scalars.count, (48...57).contains(scalars[rest].value) { rest += 1 } }
        if rest < scalars.count {
            if scalars[rest] == "Z" {
                date.utcOffset = 0
            } else if scalars[rest] == "+" || scalars[rest] == "-" {
                let sign = scalars[rest] == "-" ? -1 : 1
                let hours = number((rest + 1)..<(rest + 3))
                let minutesStart = rest + 3 < scalars.count && scalars[rest + 3] == ":" ? rest + 4 : rest + 3
                let minutes = number(minutesStart..<(minutesStart + 2)) ?? 0
                if let hours, hours <= 14 { date.utcOffset = sign * (hours * 3600 + minutes * 60) }
            }
        }
        return (date, true)
    }

    /// A clock time starting at `index`: `10:08`, `10:08 p.m.`, `10:08pm`, `9 a.m.`, `17:44:05`, with an
    /// optional "at" or comma before it.
    /// A time (and its zone) right after a date: set on `found`, `end` moved past it; false when there is none.
    @discardableResult
    private static func readTime(after end: inout Int, into found: inout HeaderDate, in words: [String]) -> Bool {
        guard let time = time(at: end, in: words, allowingAt: true) else { return false }
        found.hour = time.hour
        found.minute = time.minute
        end = time.end
        if let zone = zone(at: end, in: words, date: found) {
            found.utcOffset = zone.offset
            end = zone.end
        }
        return true
    }

    private static func time(at index: Int, in words: [String], allowingAt: Bool) -> (hour: Int, minute: Int, end: Int)? {
        var cursor = index
        while cursor < words.count, [",", "-", "–", "—", "|", "·", "•", "at", "@"].contains(words[cursor].lowercased()) {
            guard allowingAt || words[cursor] == "," else { return nil }
            cursor += 1
        }
        guard cursor < words.count, words[cursor].first?.isNumber == true else { return nil }
        var parts = words[cursor].split(separator: ":").map { Int($0) }
        // "09.21 GMT", "9.21pm": a dotted time, only when a zone or a.m./p.m. says it is one.
        let dotted = words[cursor].split(separator: ".")
        if parts.count == 1, dotted.count == 2, dotted[1].count == 2, cursor + 1 < words.count,
            CalendarWords.isZone(words[cursor + 1].lowercased()) || meridiem(words[cursor + 1]) != nil
        {
            parts = dotted.map { Int($0) }
        }
        guard let first = parts.first, let hour = first, parts.allSatisfy({ $0 != nil }), (1...3).contains(parts.count) else { return nil }
        var minute = 0
        if parts.count >= 2, let value = parts[1] { minute = value }
        var end = cursor + 1
        var hour24 = hour
        if end < words.count, let meridiem = meridiem(words[end]) {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (meridiem ? 12 : 0)
            end += 1
        } else if parts.count == 1 {
            // A bare number is a time only with a.m./p.m.
            return nil
        }
        guard hour24 < 24, minute < 60 else { return nil }
        return (hour24, minute, end)
    }

    /// A time written before the date: "10:08 AM EDT, Wed April 24, 2019".
    private static func timeBefore(_ start: Int, in words: [String]) -> (hour: Int, minute: Int, zone: String?, start: Int)? {
        var cursor = start - 1
        while cursor >= 0, [",", "-", "–", "|", "·"].contains(words[cursor]) { cursor -= 1 }
        var zone: String?
        if cursor >= 0, CalendarWords.isZone(words[cursor]) {
            zone = words[cursor]
            cursor -= 1
        }
        for length in [2, 1] where cursor - length + 1 >= 0 {
            if let time = time(at: cursor - length + 1, in: words, allowingAt: false), time.end == cursor + 1 {
                return (time.hour, time.minute, zone, cursor - length + 1)
            }
        }
        return nil
    }

    private static func zone(at index: Int, in words: [String], date: HeaderDate) -> (offset: Int, end: Int)? {
        var cursor = index
        if cursor < words.count, words[cursor] == "(" { cursor += 1 }
        guard cursor < words.count else { return nil }
        let word = words[cursor]
        if let year = date.year, let offset = CalendarWords.zoneOffset(word, year: year, month: date.month, day: date.day) {
            var end = cursor + 1
            if end < words.count, words[end] == ")" { end += 1 }
            // "UTC+2", "GMT+05:30"
            if end < words.count, words[end] == "+" || words[end] == "-", end + 1 < words.count, let hours = Int(words[end + 1].prefix(2)) {
                return ((words[end] == "-" ? -1 : 1) * hours * 3600, end + 2)
            }
            return (offset, end)
        }
        // "+0200", "-04:00"
        if word == "+" || word == "-", cursor + 1 < words.count {
            let digits = words[cursor + 1].filter(\.isNumber)
            guard digits.count == 4, let value = Int(digits) else { return nil }
            let offset = (value / 100) * 3600 + (value % 100) * 60
            guard offset <= 14 * 3600 else { return nil }
            return ((word == "-" ? -1 : 1) * offset, cursor + 2)
        }
        return nil
    }

    private static func meridiem(_ word: String) -> Bool? {
        switch word.lowercased().replacingOccurrences(of: ".", with: "") {
        case "am": false
        case "pm": true
        default: nil
        }
    }

    private static func monthName(_ word: String) -> Int? {
        guard word.first?.isLetter == true else { return nil }
        // "may" alone is a month only when capitalised.
        if word.lowercased() == "may", word.first?.isUppercase != true { return nil }
        return CalendarWords.month(word)
    }

    private static func dayNumber(_ word: String) -> Int? {
        guard word.count <= 2, let value = Int(word), (1...31).contains(value) else { return nil }
        return value
    }

    private static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1900...2100).contains(value) else { return nil }
        return value
    }

    private static func validated(year: Int, month: Int, day: Int) -> HeaderDate? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        return HeaderDate(year: year, month: month, day: day)
    }
}
