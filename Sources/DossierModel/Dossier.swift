/// Everything the site shows: the articles and what was extracted across them.
public struct Dossier: Sendable, Hashable {
    public var title: String
    public var lede: String
    public var articles: [Article]
    public var people: [Person]
    public var figures: [Figure]
    public var events: [Event]

    public init(
        title: String, lede: String, articles: [Article], people: [Person] = [], figures: [Figure] = [],
        events: [Event] = []
    ) {
        self.title = title
        self.lede = lede
        self.articles = articles
        self.people = people
        self.figures = figures
        self.events = events
    }
}
