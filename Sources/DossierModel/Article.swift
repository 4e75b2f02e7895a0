/// Where an article's publication date was found.
public enum DateProvenance: String, Sendable, Hashable, Codable {
    /// The page's own date line.
    case page
    /// The seed's front matter.
    case frontMatter = "front matter"
    /// The dateline of the story ("WASHINGTON, July 1, 2013 -").
    case dateline
    /// The page printed a day and month; the year was taken from the other articles.
    case yearInferred = "year inferred from the other articles"
    /// The page printed no date; the latest full date its text mentions.
    case inferredFromText = "inferred from the dates in the text"
}

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
    /// Where the publication date comes from, when there is one.
    public var publishedProvenance: DateProvenance?
    public var dateline: String?
    public var url: String?
    public var blocks: [Block]
    public var captions: [String]
    /// Where each metadata field was read ("title": "json-ld", "published": "page text", "authors":
    /// "sidecar"): kept so that `dossier.json` can say why the site states what it states.
    public var metadataSources: [String: String] = [:]
    /// Links the source page had inside the body's paragraphs (saved web pages), kept in the published text.
    public var sourceLinks: [NameLink] = []
    /// Other seeds that carry the same story (a wire story on two sites, two captures of one page): listed
    /// here, their facts counted once, with this article's.
    public var versions: [Version] = []
    /// Set on a version: the id of the article it is a version of (the fullest printing). A version keeps
    /// its own page; only what it adds to that article counts as its facts.
    public var versionOf: String?

    /// Another printing of the same story, as its own page stated it.
    public struct Version: Sendable, Hashable, Codable {
        /// The version's own article id (its page), once ids are given.
        public var id: String
        public var sourceFile: String
        public var title: String
        public var titleDerived: Bool
        public var outlet: String?
        public var agency: String?
        public var authors: [String]
        public var published: PublicationDate?
        public var publishedProvenance: DateProvenance?
        public var dateline: String?
        public var url: String?

        public init(of article: Article) {
            id = article.id
            sourceFile = article.sourceFile
            title = article.title
            titleDerived = article.titleDerived
            outlet = article.outlet
            agency = article.agency
            authors = article.authors
            published = article.published
            publishedProvenance = article.publishedProvenance
            dateline = article.dateline
            url = article.url
        }
    }

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
        publishedProvenance = published == nil ? nil : .page
        self.dateline = dateline
        self.url = url
        self.blocks = blocks
        self.captions = captions
    }

    /// The date a reader may be shown: the page's own (or a year taken from the other articles, flagged);
    /// never a date inferred from the text, which the source did not give.
    public var shownDate: PublicationDate? {
        publishedProvenance == .inferredFromText ? nil : published
    }

    /// The body paragraphs; paragraph `n` (1-based) is cited as `#pn`.
    public var paragraphs: [String] {
        blocks.filter { $0.kind == .paragraph }.map(\.text)
    }

    /// Citations number an article's photo captions after its paragraphs: caption `k` (from 1) is
    /// "paragraph" `paragraphs.count + k`, so a fact told in a caption links to it like any other.
    public func citationNumber(ofCaption caption: Int) -> Int { paragraphCount + caption }

    /// The caption (from 1) a citation number past the paragraphs stands for; nil for a paragraph.
    public func caption(atCitationNumber number: Int) -> Int? {
        let count = paragraphCount
        return number > count && number - count <= captions.count ? number - count : nil
    }

    /// How many paragraphs the body has (without building them, as `paragraphs` does).
    public var paragraphCount: Int { blocks.reduce(0) { $0 + ($1.kind == .paragraph ? 1 : 0) } }
}
