import DossierModel
import DossierText
import Foundation

/// A date as an article header states it; the year may be missing (`04/23 06:41`).
public struct HeaderDate: Sendable, Hashable, Codable {
    public var year: Int?
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var utcOffset: Int?

    /// The publication date, when the year is known.
    public var publicationDate: PublicationDate? {
        guard let year else { return nil }
        return PublicationDate(
            year: year, month: month, day: day, hour: hour, minute: minute, utcOffset: utcOffset)
    }
}

/// Finds the dates that article headers use: `April 24, 2019 10:08 p.m. ET`, `Wed, 24 Apr 2019 17:44 GMT`,
/// `Wednesday, April 24, 2019`, `2019-04-24T17:44Z`, `04/23 06:41`.
public enum HeaderDateParser {
    package static let monthPattern =
        "((?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\\.?"
    package static let weekdayPattern =
        "(?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\\.?,?\\s+)?"
    package static let timePattern =
        "(?:,?\\s*(?:at\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*([apAP])\\.?\\s?[mM]\\.?|,?\\s+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?"
    package static let zonePattern = "(?:\\s*\\(?\\b([A-Z]{1,4}T|UTC|MSK|Z)\\b\\)?|\\s*([+-]\\d{2}:?\\d{2}))?"

    package static let monthFirst = TextPattern(
        "\\b" + weekdayPattern + monthPattern + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + timePattern
            + zonePattern)
    package static let dayFirst = TextPattern(
        "\\b" + weekdayPattern + "(\\d{1,2})\\s+" + monthPattern + ",?\\s+(\\d{4})\\b" + timePattern + zonePattern)
    package static let iso = TextPattern(
        "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?")
    package static let numeric = TextPattern(
        "(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?:\\s+(\\d{1,2}):(\\d{2}))?(?![\\d/])")

    /// The first header date in `text` and where it is.
    public static func firstDate(in text: String) -> (date: HeaderDate, range: Range<String.Index>)? {
        var found: [(HeaderDate, Range<String.Index>)] = []
        if let match = monthFirst.firstMatch(in: text), let date = monthFirstDate(match) {
            found.append((date, match.range))
        }
        if let match = dayFirst.firstMatch(in: text), let date = dayFirstDate(match) {
            found.append((date, match.range))
        }
        if let match = iso.firstMatch(in: text), let date = isoDate(match) {
            found.append((date, match.range))
        }
        if let match = numeric.firstMatch(in: text), let date = numericDate(match) {
            found.append((date, match.range))
        }
        return found.min { $0.1.lowerBound < $1.1.lowerBound }
    }

    private static func monthFirstDate(_ match: TextPattern.Match) -> HeaderDate? {
        guard let month = match.group(1).flatMap(CivilCalendar.month(named:)),
            let day = match.group(2).flatMap({ Int($0) }), let year = match.group(3).flatMap({ Int($0) })
        else { return nil }
        return assemble(year: year, month: month, day: day, match: match, timeGroup: 4)
    }

    private static func dayFirstDate(_ match: TextPattern.Match) -> HeaderDate? {
        guard let day = match.group(1).flatMap({ Int($0) }),
            let month = match.group(2).flatMap(CivilCalendar.month(named:)),
            let year = match.group(3).flatMap({ Int($0) })
        else { return nil }
        return assemble(year: year, month: month, day: day, match: match, timeGroup: 4)
    }

    /// Groups from `timeGroup`: 12-hour hour, minute, meridiem; 24-hour hour, minute; zone name; numeric offset.
    private static func assemble(year: Int, month: Int, day: Int, match: TextPattern.Match, timeGroup: Int)
        -> HeaderDate?
    {
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        var date = HeaderDate(year: year, month: month, day: day)
        if let hour12 = match.group(timeGroup).flatMap({ Int($0) }), let meridiem = match.group(timeGroup + 2),
            (1...12).contains(hour12)
        {
            let isAfternoon = meridiem.lowercased() == "p"
            date.hour = hour12 % 12 + (isAfternoon ? 12 : 0)
            date.minute = match.group(timeGroup + 1).flatMap { Int($0) } ?? 0
        } else if let hour = match.group(timeGroup + 3).flatMap({ Int($0) }),
            let minute = match.group(timeGroup + 4).flatMap({ Int($0) }), hour < 24, minute < 60
        {
            date.hour = hour
            date.minute = minute
        }
        if date.hour != nil {
            if let zone = match.group(timeGroup + 5) {
                date.utcOffset = TimeZoneAbbreviation.offset(of: zone, on: date)
            } else if let offset = match.group(timeGroup + 6) {
                date.utcOffset = TimeZoneAbbreviation.offset(numeric: offset)
            }
        }
        return date
    }

    private static func isoDate(_ match: TextPattern.Match) -> HeaderDate? {
        guard let year = match.group(1).flatMap({ Int($0) }), let month = match.group(2).flatMap({ Int($0) }),
            let day = match.group(3).flatMap({ Int($0) }), (1...12).contains(month),
            (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        var date = HeaderDate(year: year, month: month, day: day)
        if let hour = match.group(4).flatMap({ Int($0) }), let minute = match.group(5).flatMap({ Int($0) }) {
            date.hour = hour
            date.minute = minute
            if let zone = match.group(6) {
                date.utcOffset = zone == "Z" ? 0 : TimeZoneAbbreviation.offset(numeric: zone)
            }
        }
        return date
    }

    /// `MM/DD[/YYYY] [HH:MM]`, the US order that wire services use.
    private static func numericDate(_ match: TextPattern.Match) -> HeaderDate? {
        guard let month = match.group(1).flatMap({ Int($0) }), let day = match.group(2).flatMap({ Int($0) }),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var year = match.group(3).flatMap { Int($0) }
        if let short = year, short < 100 { year = 2000 + short }
        if let year, day > CivilCalendar.daysInMonth(year: year, month: month) { return nil }
        var date = HeaderDate(year: year, month: month, day: day)
        if let hour = match.group(4).flatMap({ Int($0) }), let minute = match.group(5).flatMap({ Int($0) }),
            hour < 24, minute < 60
        {
            date.hour = hour
            date.minute = minute
        }
        return date
    }
}

/// UTC offsets of the zone abbreviations news sites print, with daylight saving where the name is generic (`ET`).
package enum TimeZoneAbbreviation {
    private static let fixed: [String: Int] = [
        "GMT": 0, "UTC": 0, "Z": 0, "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600, "BST": 3600, "CET": 3600,
        "CEST": 7200, "MSK": 3 * 3600, "KST": 9 * 3600, "JST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600,
        "IST": 19800, "AEST": 10 * 3600, "AEDT": 11 * 3600,
    ]
    private static let generic: [String: String] = [
        "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    ]

    package static func offset(of abbreviation: String, on date: HeaderDate) -> Int? {
        if let seconds = fixed[abbreviation] { return seconds }
        guard let identifier = generic[abbreviation], let zone = TimeZone(identifier: identifier),
            let year = date.year
        else { return nil }
        // Noon UTC of the day is close enough to decide whether daylight saving is in force.
        let noon = TimeInterval(CivilCalendar.dayNumber(year: year, month: date.month, day: date.day)) * 86_400
            + 12 * 3600
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: noon))
    }

    package static func offset(numeric text: String) -> Int? {
        let digits = text.filter(\.isNumber)
        guard digits.count == 4, let value = Int(digits) else { return nil }
        let seconds = (value / 100) * 3600 + (value % 100) * 60
        return text.hasPrefix("-") ? -seconds : seconds
    }
}
