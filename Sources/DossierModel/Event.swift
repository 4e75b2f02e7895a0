/// How precisely a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable, Comparable {
    case day, month, year, decade, century

    private var rank: Int {
        switch self {
        case .day: 0
        case .month: 1
        case .year: 2
        case .decade: 3
        case .century: 4
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A point or span in time as an article states it, resolved to the calendar.
public struct TimePoint: Sendable, Hashable, Codable {
    /// ISO 8601 at the given precision: `2019-04-25`, `2019-02`, `2011`, `1990`.
    public var date: String
    /// End of a range, same form.
    public var end: String?
    public var precision: DatePrecision
    public var approximate: Bool
    /// A label for what the calendar alone does not say: "end of 2019", "summer 2019".
    public var label: String?
    /// The time of day the text gives with the date: "17:00 GMT", "7:50 pm", "midnight".
    public var time: String?

    public init(date: String, end: String? = nil, precision: DatePrecision, approximate: Bool = false, label: String? = nil) {
        self.date = date
        self.end = end
        self.precision = precision
        self.approximate = approximate
        self.label = label
    }
}

/// A dated event in the dossier: what happened (or will happen) when, with everyone involved and every source.
public struct Event: Sendable, Hashable, Codable {
    public struct Source: Sendable, Hashable, Codable {
        public var article: String
        public var paragraph: Int
        public var sentence: String
        /// The words that gave the date: "last year", "Thursday", "1950-53".
        public var expression: String

        public init(article: String, paragraph: Int, sentence: String, expression: String) {
            self.article = article
            self.paragraph = paragraph
            self.sentence = sentence
            self.expression = expression
        }
    }

    /// Made from the date and the first source (`2019-04-25-3fa2c1`): the anchor on the timeline, the
    /// same on every build as long as that source is there.
    public var id: String
    public var date: String
    public var end: String?
    public var precision: DatePrecision
    public var approximate: Bool
    /// After the publication date of the articles that report it: a summit "on Thursday", a deadline.
    public var upcoming: Bool
    public var label: String?
    /// The time of day a source gives: "17:00 GMT", "7:50 pm".
    public var time: String?
    public var text: String
    /// Ids of the people named in the sentences.
    public var people: [String]
    public var citations: [Source]

    public init(
        id: String, date: String, end: String?, precision: DatePrecision, approximate: Bool, upcoming: Bool, label: String?,
        text: String, people: [String], citations: [Source], time: String? = nil
    ) {
        self.time = time
        self.id = id
        self.date = date
        self.end = end
        self.precision = precision
        self.approximate = approximate
        self.upcoming = upcoming
        self.label = label
        self.text = text
        self.people = people
        self.citations = citations
    }
}
