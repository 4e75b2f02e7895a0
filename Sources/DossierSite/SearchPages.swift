import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
import Foundation

/// One thing the search page can find: a person, an article, an event or a figure.
package struct SearchEntry: Sendable, Encodable {
    package var kind: String
    package var title: String
    package var detail: String
    /// Relative to the site root.
    package var url: String
    /// Everything the entry is found by besides its title and detail: aliases, roles, quotes, sentences.
    package var text: String
}

package struct SearchItem: Sendable {
    package var entry: Int
    package var title: String
    package var detail: String
    package var href: String
}

package struct SearchGroup: Sendable {
    package var id: String
    package var label: String
    package var items: [SearchItem]
    package var count: Int
}

package struct SearchContext: PageContext {
    package var page: PageFrame
    package var groups: [SearchGroup]
    package var total: Int
}

/// The search page, which lists everything (usable without JavaScript) and filters as you type, and its
/// prebuilt index: `search.json` for anyone, `search-index.js` for the page, so that it also works from `file://`.
package enum SearchPages {
    package static func entries(for dossier: Dossier, lookup: TimelinePages.Lookup) -> [SearchEntry] {
        var entries: [SearchEntry] = []
        for person in dossier.people {
            entries.append(
                SearchEntry(
                    kind: "person", title: person.name, detail: person.roles.first?.text ?? "",
                    url: "people/\(person.id).html",
                    text: (person.aliases + person.roles.map(\.text) + person.quotes.map(\.text)).joined(separator: " ")))
        }
        for article in dossier.articles {
            entries.append(
                SearchEntry(
                    kind: "article", title: article.title,
                    detail: [SiteModel.credit(article), article.published?.humanReadable].compactMap { $0 }.joined(separator: " · "),
                    url: "articles/\(article.id).html",
                    text: ([article.deck, article.dateline, article.section].compactMap { $0 } + article.contributors).joined(separator: " ")))
        }
        for (index, event) in dossier.events.enumerated() {
            let names = event.people.compactMap { lookup.names[$0] }
            entries.append(
                SearchEntry(
                    kind: "event", title: EventDateLabel.label(for: event), detail: event.text,
                    url: "timeline.html#\(TimelinePages.anchor(index))",
                    text: (names + event.citations.map(\.expression)).joined(separator: " ")))
        }
        let labels = Dictionary(dossier.articles.map { ($0.id, SiteModel.sourceLabel($0)) }, uniquingKeysWith: { first, _ in first })
        for figure in dossier.figures {
            let detail = [figure.subject, figure.when, labels[figure.citation.article]].compactMap { $0 }.filter { !$0.isEmpty }
            entries.append(
                SearchEntry(
                    kind: "figure", title: figure.display, detail: detail.joined(separator: " · "),
                    url: "figures.html#\(Slug.make(figure.group))",
                    text: [figure.qualifier, figure.citation.sentence].compactMap { $0 }.joined(separator: " ")))
        }
        return entries
    }

    package static func page(entries: [SearchEntry], siteTitle: String) -> SitePage {
        let kinds = [("person", "People"), ("article", "Articles"), ("event", "Events"), ("figure", "Figures")]
        let groups = kinds.map { kind, label in
            let items = entries.enumerated().filter { $0.element.kind == kind }.map { index, entry in
                SearchItem(entry: index, title: entry.title, detail: entry.detail, href: entry.url)
            }
            return SearchGroup(id: "search-" + kind, label: label, items: items, count: items.count)
        }.filter { !$0.items.isEmpty }
        var frame = PageFrame(
            root: "", title: "Search", description: "Find people, articles, events and figures in the dossier.",
            siteTitle: siteTitle, section: "search")
        frame.robots = "noindex"
        return SitePage(path: "search.html", template: "search", context: SearchContext(page: frame, groups: groups, total: entries.count))
    }

    /// `search.json`: `{"entries": [...]}` with sorted keys.
    package static func json(_ entries: [SearchEntry]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(["entries": entries])) ?? Data("{\"entries\":[]}".utf8)
    }

    /// `search-index.js`: the same JSON as a script, since pages opened from `file://` cannot fetch files.
    package static func script(_ json: Data) -> Data {
        var text = "window.dossierSearchIndex = "
        text += String(decoding: json, as: UTF8.self)
        return Data((text + ";\n").utf8)
    }
}
