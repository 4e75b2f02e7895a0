/// Editorial settings from an optional `dossier.yml` at the project root.
public struct DossierConfiguration: Sendable, Hashable, Decodable {
    /// The dossier's title; derived from the headlines when absent.
    public var title: String?
    /// A one-paragraph introduction for the index page.
    public var description: String?

    public init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }
}
