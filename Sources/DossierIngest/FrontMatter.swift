import DossierText
import DossierModel
import Foundation
import Yams

/// YAML front matter at the top of a seed (`---` … `---`): what the editor states about the article, which
/// wins over anything ingest would infer. Reads Dossier's own `articles/<slug>.md` files too.
package struct FrontMatter: Equatable {
    package var title: String?
    package var titleDerived: Bool?
    package var deck: String?
    package var section: String?
    package var outlet: String?
    package var agency: String?
    package var authors: [String]?
    package var contributors: [String]?
    package var published: PublicationDate?
    package var publishedInferred: Bool?
    /// `published_provenance`, as Dossier's own Markdown writes it for a date the page did not state.
    package var publishedProvenance: DateProvenance?
    package var dateline: String?
    package var url: String?
    package var captions: [String]?

    /// No field stated.
    package init() {}

    /// The front matter of `text` and the text after it; nil when the text has none (or it is not YAML).
    package static func split(_ text: String) -> (FrontMatter, body: String)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        let lines = text.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().prefix(150).firstIndex(where: { $0.trimming(.whitespaces) == "---" || $0 == "..." })
        else { return nil }
        let yaml = lines[1..<close].joined(separator: "\n")
        guard let node = try? Yams.compose(yaml: yaml), case .mapping = node else { return nil }
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (FrontMatter(node), body)
    }

    /// A whole file of YAML fields (a sidecar `<seed>.yml`); nil when it is not a mapping.
    package static func parse(yaml: String) -> FrontMatter? {
        guard let node = try? Yams.compose(yaml: yaml), case .mapping = node else { return nil }
        return FrontMatter(node)
    }

    private init(_ node: Node) {
        func string(_ keys: String...) -> String? {
            for key in keys {
                guard let value = node[key] else { continue }
                if let text = value.string?.trimming(.whitespacesAndNewlines), !text.isEmpty { return text }
            }
            return nil
        }
        func list(_ keys: String...) -> [String]? {
            for key in keys {
                guard let value = node[key] else { continue }
                if let items = value.sequence {
                    let texts = items.compactMap { $0.string?.trimming(.whitespaces) }.filter { !$0.isEmpty }
                    if !texts.isEmpty { return texts }
                } else if let text = value.string {
                    let texts = text.split(separator: ",").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
                    if !texts.isEmpty { return texts }
                }
            }
            return nil
        }
        func flag(_ key: String) -> Bool? { node[key]?.bool }
        title = string("title", "headline")
        titleDerived = flag("title_derived")
        deck = string("deck", "description", "subtitle", "summary")
        section = string("section", "category")
        outlet = string("outlet", "publisher", "source_name", "site", "site_name", "publication")
        agency = string("agency")
        authors = list("authors", "author", "byline")
        contributors = list("contributors")
        if let text = string("published", "date", "published_at", "publish_date", "datePublished") {
            published = DateLineParser.publicationDate(in: text)?.date.publicationDate
        }
        publishedInferred = flag("published_inferred")
        publishedProvenance = string("published_provenance").flatMap(DateProvenance.init(rawValue:))
        dateline = string("dateline")
        if let link = string("url", "link", "original_url", "canonical_url"), link.hasPrefix("http://") || link.hasPrefix("https://") {
            url = link
        }
        captions = list("captions")
    }
}
