/// A real person named in the articles, merged across spellings and articles.
public struct Person: Sendable, Hashable, Codable {
    /// A statement about or by the person, with where it was found.
    public struct Sourced: Sendable, Hashable, Codable {
        public var text: String
        public var citation: Citation

        public init(text: String, citation: Citation) {
            self.text = text
            self.citation = citation
        }
    }

    /// Stable ASCII slug; the page is `people/<id>.html`.
    public var id: String
    /// The fullest form of the name found.
    public var name: String
    /// Other forms the articles use ("Kim Jong-un", "Mr. Kim").
    public var aliases: [String]
    public var roles: [Sourced]
    public var quotes: [Sourced]
    public var mentions: [Citation] {
        didSet { articles = mentions.map(\.article).uniqued() }
    }
    /// Ids of the articles that mention the person, in the order of their first mention.
    public private(set) var articles: [String]

    public init(id: String, name: String, aliases: [String], roles: [Sourced], quotes: [Sourced], mentions: [Citation]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.quotes = quotes
        self.mentions = mentions
        articles = mentions.map(\.article).uniqued()
    }

}
