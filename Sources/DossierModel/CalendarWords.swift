/// The one home of calendar vocabulary: month and weekday names and their abbreviations, time-zone
/// abbreviations and their offsets. Lookups take a lowercased word, with or without a final period.
public enum CalendarWords {
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    public static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static let weekdays: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in weekdayNames.enumerated() {
            table[name.lowercased()] = index
            table[String(name.lowercased().prefix(3))] = index
        }
        for (word, index) in ["tues": 2, "wednes": 3, "thur": 4, "thurs": 4, "satur": 6] { table[word] = index }
        return table
    }()

    /// Month number for "April", "apr", "Apr.", "Sept."; nil for anything else ("may" counts: callers
    /// decide from context whether "may" is the month).
    public static func month(_ word: some StringProtocol) -> Int? {
        months[key(word)]
    }

    /// 0 = Sunday … 6 = Saturday, for "Wednesday", "wed", "Wed.".
    public static func weekday(_ word: some StringProtocol) -> Int? {
        weekdays[key(word)]
    }

    /// Zones with one fixed offset, in seconds east of UTC.
    private static let fixedZones: [String: Int] = [
        "gmt": 0, "utc": 0, "z": 0, "bst": 3600, "ist": 19800, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800,
        "wet": 0, "west": 3600, "msk": 10800, "est": -18000, "edt": -14400, "cst": -21600, "cdt": -18000,
        "mst": -25200, "mdt": -21600, "pst": -28800, "pdt": -25200, "akst": -32400, "akdt": -28800, "hst": -36000,
        "aest": 36000, "aedt": 39600, "acst": 34200, "acdt": 37800, "awst": 28800, "nzst": 43200, "nzdt": 46800,
        "jst": 32400, "kst": 32400, "hkt": 28800, "sgt": 28800, "pht": 28800, "wib": 25200, "ict": 25200,
        "sast": 7200, "cat": 7200, "eat": 10800, "wat": 3600, "brt": -10800, "art": -10800, "pkt": 18000,
    ]
    /// North American zones written without S or D ("ET"): standard or daylight time by the date.
    private static let usZones: [String: Int] = ["et": -18000, "ct": -21600, "mt": -25200, "pt": -28800]

    /// The UTC offset of a zone abbreviation on a date; nil for an unknown word.
    public static func zoneOffset(_ word: some StringProtocol, year: Int, month: Int, day: Int) -> Int? {
        let zone = key(word)
        if let fixed = fixedZones[zone] { return fixed }
        guard let standard = usZones[zone] else { return nil }
        return standard + (isUSDaylightTime(year: year, month: month, day: day) ? 3600 : 0)
    }

    /// True for a zone abbreviation this table knows.
    public static func isZone(_ word: some StringProtocol) -> Bool {
        let zone = key(word)
        return fixedZones[zone] != nil || usZones[zone] != nil
    }

    /// US daylight saving time: from the second Sunday of March to the first Sunday of November.
    public static func isUSDaylightTime(year: Int, month: Int, day: Int) -> Bool {
        func nthSunday(_ n: Int, month: Int) -> Int {
            let first = CivilCalendar.dayNumber(year: year, month: month, day: 1)
            let weekday = CivilCalendar.weekday(ofDayNumber: first)
            return 1 + (7 - weekday) % 7 + (n - 1) * 7
        }
        switch month {
        case 4...10: return true
        case 3: return day >= nthSunday(2, month: 3)
        case 11: return day < nthSunday(1, month: 11)
        default: return false
        }
    }

    private static func key(_ word: some StringProtocol) -> String {
        var lower = word.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        return lower
    }
}
