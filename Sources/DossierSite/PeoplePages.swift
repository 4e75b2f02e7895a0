import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
/// Views for the people index and each person's page.
package struct CitationView: Sendable {
    package var href: String
    package var label: String
    package var sentence: String
}

package struct SourcedView: Sendable {
    package var text: String
    package var source: CitationView
    /// Set on a quote that other outlets report in different words: "also reported as".
    package var variants: [SourcedView]
    package var hasVariants: Bool
}

package struct PersonRow: Sendable {
    package var href: String
    package var name: String
    package var role: String?
    package var articleCount: Int
    package var mentionCount: Int
    package var quoteCount: Int
}

package struct PeopleIndexContext: PageContext {
    package var page: PageFrame
    package var people: [PersonRow]
}

package struct PersonContext: PageContext {
    package var page: PageFrame
    package var name: String
    package var aliases: String?
    package var role: String?
    package var roles: [SourcedView]
    package var hasRoles: Bool
    package var quotes: [SourcedView]
    package var hasQuotes: Bool
    package var mentionGroups: [MentionGroup]
    /// "Named in 5 articles · 62 mentions"
    package var summary: String
    package var alongside: [PersonRow]
    package var hasAlongside: Bool
    package var events: [EventView]
    package var hasEvents: Bool
}

package struct MentionGroup: Sendable {
    package var articleTitle: String
    package var articleHref: String
    package var outlet: String?
    package var mentions: [CitationView]
}

package enum PeoplePages {
    package static func pages(for dossier: Dossier, lookup: TimelinePages.Lookup, siteTitle: String, address: SiteAddress) -> [SitePage] {
        let titles = lookup.articles
        let alongside = coMentions(dossier.people)
        let rows = dossier.people.map { row($0, root: "") }
        var pages = [
            SitePage(
                path: "people/index.html", template: "people",
                context: PeopleIndexContext(
                    page: PageFrame(
                        root: "../", title: "People", description: "Everyone named in the \(dossier.articles.count) articles, with what they said and where.",
                        siteTitle: siteTitle, section: "people"),
                    people: rows))
        ]
        let byID = Dictionary(dossier.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var eventsByPerson: [String: [Int]] = [:]
        for (number, event) in dossier.events.enumerated() {
            for id in event.people.uniqued() { eventsByPerson[id, default: []].append(number) }
        }
        for person in dossier.people {
            let others = (alongside[person.id] ?? []).compactMap { byID[$0] }.map { row($0, root: "") }
            let groups = Dictionary(grouping: person.mentions, by: \.article)
            let mentionGroups = dossier.articles.compactMap { article -> MentionGroup? in
                guard let citations = groups[article.id] else { return nil }
                return MentionGroup(
                    articleTitle: article.title, articleHref: "../articles/\(article.id).html", outlet: article.outlet,
                    mentions: citations.map { citationView($0, titles: titles) })
            }
            let events = (eventsByPerson[person.id] ?? []).map {
                TimelinePages.view(dossier.events[$0], number: $0, lookup: lookup, root: "../")
            }
            let path = "people/\(person.id).html"
            var frame = PageFrame(
                root: "../", title: person.name,
                description: [person.name, person.roles.first?.text].compactMap { $0 }.joined(separator: ", ") + ".",
                siteTitle: siteTitle, section: "people")
            frame.openGraphType = "profile"
            frame.jsonLD = StructuredData.person(
                person, articles: person.articles.compactMap { titles[$0] }, root: "../",
                pageURL: address.absolute(path), address: address)
            let context = PersonContext(
                page: frame,
                name: person.name, aliases: person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", "),
                role: person.roles.first?.text,
                roles: person.roles.map { SourcedView(text: $0.text, source: citationView($0.citation, titles: titles), variants: [], hasVariants: false) },
                hasRoles: !person.roles.isEmpty, quotes: quoteViews(person.quotes, titles: titles),
                hasQuotes: !person.quotes.isEmpty, mentionGroups: mentionGroups,
                summary: "Named in \(counted(person.articles.count, "article")) · \(counted(person.mentions.count, "mention"))",
                alongside: others, hasAlongside: !others.isEmpty, events: events, hasEvents: !events.isEmpty)
            pages.append(SitePage(path: path, template: "person", context: context))
        }
        return pages
    }

    package static func counted(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    package static func row(_ person: Person, root: String) -> PersonRow {
        PersonRow(
            href: root + "\(person.id).html", name: person.name, role: person.roles.first?.text,
            articleCount: person.articles.count, mentionCount: person.mentions.count, quoteCount: person.quotes.count)
    }

    package static func citationView(_ citation: Citation, titles: [String: Article]) -> CitationView {
        FigurePages.citation(citation, articles: titles, root: "../")
    }

    /// Quotes grouped so that one remark reported in different words by several outlets reads as one.
    package static func quoteViews(_ quotes: [Person.Sourced], titles: [String: Article]) -> [SourcedView] {
        var groups: [[Person.Sourced]] = []
        for quote in quotes {
            if let index = groups.firstIndex(where: { group in
                group.contains { $0.citation.article != quote.citation.article && QuoteSimilarity.isSameRemark($0.text, quote.text) }
            }) {
                groups[index].append(quote)
            } else {
                groups.append([quote])
            }
        }
        return groups.compactMap { group in
            guard let first = group.first else { return nil }
            let variants = group.dropFirst().map {
                SourcedView(text: $0.text, source: citationView($0.citation, titles: titles), variants: [], hasVariants: false)
            }
            return SourcedView(
                text: first.text, source: citationView(first.citation, titles: titles), variants: variants,
                hasVariants: !variants.isEmpty)
        }
    }

    /// For each person, the others named in the same paragraphs, most shared first.
    package static func coMentions(_ people: [Person]) -> [String: [String]] {
        var byParagraph: [String: Set<String>] = [:]
        for person in people {
            for citation in person.mentions { byParagraph["\(citation.article)#\(citation.paragraph)", default: []].insert(person.id) }
        }
        var counts: [String: [String: Int]] = [:]
        for ids in byParagraph.values where ids.count > 1 {
            for id in ids {
                for other in ids where other != id { counts[id, default: [:]][other, default: 0] += 1 }
            }
        }
        return counts.mapValues { others in
            others.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map(\.key)
        }
    }
}

/// Two quotations are the same remark when they share most of their content words
/// (a statement translated differently by two outlets).
package enum QuoteSimilarity {
    package static func isSameRemark(_ lhs: String, _ rhs: String) -> Bool {
        let left = contentWords(lhs)
        let right = contentWords(rhs)
        guard !left.isEmpty, !right.isEmpty else { return false }
        let shared = left.intersection(right).count
        return Double(shared) / Double(left.union(right).count) >= 0.3 && shared >= 3
    }

    private static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 && !Lexicon.functionWords.contains($0) })
    }
}
