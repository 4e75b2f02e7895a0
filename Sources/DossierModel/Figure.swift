/// A number that matters: a quantity with its unit, what it measures, when, and where it was reported.
public struct Figure: Sendable, Hashable, Codable {
    /// The number itself (34 million is 34000000); for a vague amount, the low end of its range.
    public var value: Double
    /// `USD`, `%`, `km`, `tons`, `×`, or the counted noun (`workers`).
    public var unit: String
    /// The figure as the article wrote it: "more than $500 million a year".
    public var display: String
    /// "about", "nearly", "more than", "some", "as many as", "at least"…
    public var qualifier: String?
    /// What it measures: a short noun phrase ("North Korean laborers", "Russia-North Korean trade").
    public var subject: String
    /// The time it refers to: a year, "end of 2017", "a year" for a rate.
    public var when: String?
    /// Amounts like "hundreds of millions of dollars": kept with a range.
    public var vague: Bool
    /// Low and high bounds of a vague amount.
    public var range: [Double]?
    /// The group of figures about the same thing, across articles.
    public var group: String
    public var citation: Citation

    public init(
        value: Double, unit: String, display: String, qualifier: String?, subject: String, when: String?,
        vague: Bool, range: [Double]?, group: String, citation: Citation
    ) {
        self.value = value
        self.unit = unit
        self.display = display
        self.qualifier = qualifier
        self.subject = subject
        self.when = when
        self.vague = vague
        self.range = range
        self.group = group
        self.citation = citation
    }
}
