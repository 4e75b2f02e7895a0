import Foundation

/// A calendar date with an optional time of day and UTC offset, as a dateline or header states it.
public struct PublicationDate: Sendable, Hashable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    /// Seconds east of UTC, when the source names a zone.
    public var utcOffset: Int?
    /// True when the source gave no year and it was taken from the other articles.
    public var yearInferred: Bool

    public init(
        year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, utcOffset: Int? = nil,
        yearInferred: Bool = false
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.utcOffset = utcOffset
        self.yearInferred = yearInferred
    }

    /// `2019-04-24`
    public var isoDate: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// ISO 8601 with as much as is known: `2019-04-24`, `2019-04-23T06:41:00`, `2019-04-24T22:08:00-04:00`.
    public var iso8601: String {
        guard let hour, let minute else { return isoDate }
        var text = isoDate + String(format: "T%02d:%02d:00", hour, minute)
        if let utcOffset {
            if utcOffset == 0 {
                text += "Z"
            } else {
                let sign = utcOffset < 0 ? "-" : "+"
                let magnitude = abs(utcOffset)
                text += String(format: "%@%02d:%02d", sign, magnitude / 3600, (magnitude % 3600) / 60)
            }
        }
        return text
    }

    /// Days since 1970-01-01 of the calendar date, for ordering and distances.
    public var dayNumber: Int {
        CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// "24 April 2019"
    public var humanReadable: String {
        "\(day) \(CivilCalendar.monthNames[month - 1]) \(year)"
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1)
    }
}

/// Proleptic Gregorian calendar arithmetic without Foundation's locale-dependent calendars.
public enum CivilCalendar {
    public static var monthNames: [String] { CalendarWords.monthNames }

    /// Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day number (inverse of `dayNumber`).
    public static func date(fromDayNumber number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Sunday … 6 = Saturday.
    public static func weekday(ofDayNumber number: Int) -> Int {
        ((number % 7) + 7 + 4) % 7
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        guard (1...12).contains(month) else { return 0 }
        return dayNumber(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1)
            - dayNumber(year: year, month: month, day: 1)
    }

    /// Month number for an English month name or abbreviation ("Apr", "Sept.", "April").
    public static func month(named name: String) -> Int? {
        CalendarWords.month(name.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }
}
