/// Editorial settings from an optional `dossier.yml` at the project root.
public struct DossierConfiguration: Sendable, Hashable, Decodable {
    /// The dossier's title; derived from the headlines when absent.
    public var title: String?
    /// A one-paragraph introduction for the index page.
    public var description: String?

    /// Extra spellings to merge: display name → other forms ("Kim Jong Un": ["Kim Jong-un"]).
    public var aliases: [String: [String]]?
    /// Capitalised phrases that are not people, whatever the rules say.
    public var notPeople: [String]?
    /// Role corrections: display name → the role to show first.
    public var roles: [String: String]?
    /// Where the site will be published, for the sitemap, feed and canonical links (`base_url`).
    public var baseURL: String?
    /// `excerpts`: article pages, their Markdown and `dossier.json` carry only the paragraphs some fact
    /// cites, with a link to the original; `full` (the default) carries the whole text.
    public var publish: PublishMode?

    public enum PublishMode: String, Sendable, Hashable, Decodable {
        case full, excerpts
    }

    public var excerptsOnly: Bool { publish == .excerpts }

    public init(
        title: String? = nil, description: String? = nil, aliases: [String: [String]]? = nil,
        notPeople: [String]? = nil, roles: [String: String]? = nil, baseURL: String? = nil, publish: PublishMode? = nil
    ) {
        self.baseURL = baseURL
        self.publish = publish
        self.title = title
        self.description = description
        self.aliases = aliases
        self.notPeople = notPeople
        self.roles = roles
    }

    /// The keys `dossier.yml` may use.
    public static let knownKeys: Set<String> = ["title", "description", "aliases", "not_people", "roles", "base_url", "publish"]

    package enum CodingKeys: String, CodingKey {
        case title, description, aliases, notPeople = "not_people", roles, baseURL = "base_url", publish
    }
}
