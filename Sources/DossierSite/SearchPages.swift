import DossierExtract
import DossierModel
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

/// The search page, which lists everything (usable without JavaScript) and filters as you type, and its
/// prebuilt index: `search.json` for anyone, `search-index.js` for the page, so that it also works from `file://`.
package struct SearchPages: PageGenerator {
    package let lookup: SiteLookup

    package func routes() -> [SiteRoute] { [.search] }

    /// Every entry, with links from the site root.
    package static func entries(_ lookup: SiteLookup) -> [SearchEntry] {
        let dossier = lookup.dossier
        let links = Linker(page: .index, address: lookup.address)
        var entries: [SearchEntry] = []
        for person in dossier.people {
            entries.append(
                SearchEntry(
                    kind: "person", title: person.name, detail: person.roles.first?.text ?? "", url: links.href(.person(person.id)),
                    text: (person.aliases + person.roles.map(\.text) + person.quotes.map(\.text)).joined(separator: " ")))
        }
        for article in dossier.articles {
            entries.append(
                SearchEntry(
                    kind: "article", title: article.title,
                    detail: [SiteText.credit(article), article.shownDate?.humanReadable].compactMap { $0 }.joined(separator: " · "),
                    url: links.href(.article(article.id)),
                    text: ([article.deck, article.dateline, article.section].compactMap { $0 } + article.contributors).joined(separator: " ")))
        }
        for event in dossier.events {
            let names = event.people.compactMap { lookup.people[$0]?.name }
            entries.append(
                SearchEntry(
                    kind: "event", title: EventDateLabel.label(for: event), detail: event.text,
                    url: links.href(.timeline, fragment: Anchor.event(event.id)),
                    text: (names + event.citations.map(\.expression)).joined(separator: " ")))
        }
        var groupOf: [String: String] = [:]
        for group in lookup.figureGroups { for figure in group.figures { groupOf[figure.group] = group.id } }
        for figure in dossier.figures {
            let detail = [figure.subject, figure.when, lookup.sourceLabel(figure.citation.article)].compactMap { $0 }.filter { !$0.isEmpty }
            entries.append(
                SearchEntry(
                    kind: "figure", title: figure.display, detail: detail.joined(separator: " · "),
                    url: links.href(.figures, fragment: groupOf[figure.group]),
                    text: [figure.qualifier, figure.citation.sentence].compactMap { $0 }.joined(separator: " ")))
        }
        return entries
    }

    package func page(for route: SiteRoute) -> SitePage? {
        guard route == .search else { return nil }
        let links = Linker(page: route, address: lookup.address)
        let entries = Self.entries(lookup)
        let kinds = [("person", "People"), ("article", "Articles"), ("event", "Events"), ("figure", "Figures")]
        let groups = kinds.map { kind, label in
            // The search page sits at the root, so the entries' root-relative links are its own.
            let items = entries.enumerated().filter { $0.element.kind == kind }.map { index, entry in
                SearchItem(entry: index, title: entry.title, detail: entry.detail, href: entry.url)
            }
            return SearchGroup(id: "search-" + kind, label: label, items: items, count: items.count)
        }.filter { !$0.items.isEmpty }
        let frame = PageFrame(
            links: links, title: "Search", description: "Find people, articles, events and figures in the dossier.",
            siteTitle: lookup.dossier.title, section: "search", address: lookup.address)
        return SitePage(
            route: route, template: "search",
            context: SearchContext(
                page: frame, groups: groups, total: entries.count, indexScriptHref: links.href(.searchScript),
                searchScriptHref: links.href(.asset("search.js"))))
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
