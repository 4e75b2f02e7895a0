/// One news article, cleaned of site chrome: the value every later stage reads.
public struct Article: Sendable, Hashable, Codable {
    /// A block of the article body, in reading order.
    public struct Block: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Codable { case heading, paragraph }
        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }

        public static func paragraph(_ text: String) -> Block { Block(kind: .paragraph, text: text) }
        public static func heading(_ text: String) -> Block { Block(kind: .heading, text: text) }
    }

    /// Stable, unique, ASCII slug; also the article's id in `dossier.json`.
    public var id: String
    /// The seed file this article came from, for diagnostics.
    public var sourceFile: String
    public var title: String
    /// True when the source had no headline and the title was made from the first sentence.
    public var titleDerived: Bool
    public var deck: String?
    public var section: String?
    /// The publication as the text names it ("The Washington Times", "7Dnews/Reuters", "AP").
    public var outlet: String?
    /// The wire agency the story came from, when the text names one.
    public var agency: String?
    public var authors: [String]
    /// People credited with "contributed to this article" lines.
    public var contributors: [String]
    public var published: PublicationDate?
    public var dateline: String?
    public var url: String?
    public var blocks: [Block]
    public var captions: [String]

    public init(
        id: String = "", sourceFile: String, title: String, titleDerived: Bool = false, deck: String? = nil,
        section: String? = nil, outlet: String? = nil, agency: String? = nil, authors: [String] = [],
        contributors: [String] = [], published: PublicationDate? = nil, dateline: String? = nil,
        url: String? = nil, blocks: [Block], captions: [String] = []
    ) {
        self.id = id
        self.sourceFile = sourceFile
        self.title = title
        self.titleDerived = titleDerived
        self.deck = deck
        self.section = section
        self.outlet = outlet
        self.agency = agency
        self.authors = authors
        self.contributors = contributors
        self.published = published
        self.dateline = dateline
        self.url = url
        self.blocks = blocks
        self.captions = captions
    }

    /// The body paragraphs; paragraph `n` (1-based) is cited as `#pn`.
    public var paragraphs: [String] {
        blocks.filter { $0.kind == .paragraph }.map(\.text)
    }
}
