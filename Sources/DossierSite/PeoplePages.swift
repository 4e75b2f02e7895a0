import DossierExtract
import DossierModel

/// The people index and one page per person: roles, quotes, timeline, mentions by article, and who
/// else is named alongside. A page grows with its person's mentions, never with the dossier.
package struct PeoplePages: PageGenerator {
    package let lookup: SiteLookup
    /// Mention sentences shown per article on a person's page; the rest are counted.
    package static let mentionsPerArticle = 3

    package func routes() -> [SiteRoute] {
        [.people] + lookup.dossier.people.map { .person($0.id) }
    }

    package func page(for route: SiteRoute) -> SitePage? {
        switch route {
        case .people: index()
        case .person(let id): lookup.people[id].map { person(page: route, $0) }
        default: nil
        }
    }

    private func index() -> SitePage {
        let links = Linker(page: .people, address: lookup.address)
        let dossier = lookup.dossier
        let frame = PageFrame(
            links: links, title: "People",
            description: "Everyone named in the \(SiteText.counted(dossier.articles.count, "article")), with what they said and where.",
            siteTitle: dossier.title, section: "people", address: lookup.address)
        return SitePage(
            route: .people, template: "people",
            context: PeopleIndexContext(page: frame, people: dossier.people.map { lookup.personRow($0, links: links) }))
    }

    private func person(page route: SiteRoute, _ person: Person) -> SitePage {
        let links = Linker(page: route, address: lookup.address)
        let others = (lookup.alongside[person.id] ?? []).compactMap { entry -> PersonRow? in
            guard let other = lookup.people[entry.id] else { return nil }
            var row = lookup.personRow(other, links: links)
            row.counts = entry.count == 1 ? "in 1 paragraph together" : "in \(entry.count) paragraphs together"
            return row
        }
        var mentionsByArticle: [String: [Citation]] = [:]
        for mention in person.mentions { mentionsByArticle[mention.article, default: []].append(mention) }
        // In the dossier's article order, visiting only this person's articles.
        let ordered = mentionsByArticle.keys.compactMap { id in lookup.articleOrder[id].map { (id: id, order: $0) } }
            .sorted { $0.order < $1.order }
        let groups = ordered.compactMap { entry -> MentionGroup? in
            guard let article = lookup.articles[entry.id], let citations = mentionsByArticle[entry.id] else { return nil }
            let shown = citations.prefix(Self.mentionsPerArticle)
            return MentionGroup(
                articleTitle: article.title, articleHref: links.href(.article(article.id)), outlet: article.outlet,
                count: citations.count, mentions: shown.map { lookup.citation($0, links: links) }, more: citations.count - shown.count)
        }
        // Each event once, with its first few sources; the timeline entry lists them all.
        let events = (lookup.eventsByPerson[person.id] ?? []).map { lookup.eventView($0, links: links, limit: 3) }
        var frame = PageFrame(
            links: links, title: person.name,
            description: [person.name, person.roles.first?.text].compactMap { $0 }.joined(separator: ", ") + ".",
            siteTitle: lookup.dossier.title, section: "people", address: lookup.address)
        frame.openGraphType = "profile"
        frame.jsonLD = StructuredData.person(
            person, articles: person.articles.compactMap { lookup.articles[$0] }, links: links, address: lookup.address)
        let context = PersonContext(
            page: frame,
            name: person.name, aliases: person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", "),
            role: person.roles.first?.text,
            roles: person.roles.map { SourcedView(text: $0.text, source: lookup.citation($0.citation, links: links), variants: [], hasVariants: false) },
            hasRoles: !person.roles.isEmpty, quotes: quoteViews(person.quotes, links: links),
            hasQuotes: !person.quotes.isEmpty, mentionGroups: groups,
            summary: "Named in \(SiteText.counted(person.articles.count, "article")) · \(SiteText.counted(person.mentions.count, "mention"))",
            alongside: others, hasAlongside: !others.isEmpty, events: events, hasEvents: !events.isEmpty)
        return SitePage(route: route, template: "person", context: context)
    }

    /// Quotes grouped so that one remark reported in different words by several outlets reads as one.
    private func quoteViews(_ quotes: [Person.Sourced], links: Linker) -> [SourcedView] {
        // Each quotation's content words and normalised words, made once.
        var groups: [[(quote: Person.Sourced, words: Set<String>, same: String)]] = []
        for quote in quotes {
            let entry = (quote: quote, words: QuoteSimilarity.contentWords(quote.text), same: QuoteSimilarity.normalised(quote.text))
            if let index = groups.firstIndex(where: { group in
                group.contains {
                    $0.quote.citation.article != quote.citation.article
                        && (QuoteSimilarity.isSameRemark($0.words, entry.words) || $0.same == entry.same)
                }
            }) {
                groups[index].append(entry)
            } else {
                groups.append([entry])
            }
        }
        return groups.compactMap { entries in
            guard let first = entries.first else { return nil }
            // The same words in another outlet add its citation; other words are a variant of the remark.
            let rest = entries.dropFirst()
            let variants = rest.filter { $0.same != first.same }.map {
                SourcedView(text: $0.quote.text, source: lookup.citation($0.quote.citation, links: links), variants: [], hasVariants: false)
            }
            return SourcedView(
                text: first.quote.text, source: lookup.citation(first.quote.citation, links: links), variants: variants,
                hasVariants: !variants.isEmpty, alsoIn: rest.filter { $0.same == first.same }.map { lookup.citation($0.quote.citation, links: links) })
        }
    }

    /// For each person, the others named in the same paragraphs, most shared first.
    package static func coMentions(_ people: [Person]) -> [String: [(id: String, count: Int)]] {
        var byParagraph: [String: Set<String>] = [:]
        for person in people {
            for citation in person.mentions { byParagraph["\(citation.article)#\(citation.paragraph)", default: []].insert(person.id) }
        }
        var counts: [String: [String: Int]] = [:]
        for ids in byParagraph.values where ids.count > 1 {
            // A paragraph that lists hundreds of names says little about who is with whom; bounded.
            let named = ids.sorted().prefix(24)
            for id in named {
                for other in named where other != id { counts[id, default: [:]][other, default: 0] += 1 }
            }
        }
        return counts.mapValues { others in
            others.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map { (id: $0.key, count: $0.value) }
        }
    }
}

/// Two quotations are the same remark when they share most of their content words
/// (a statement translated differently by two outlets).
package enum QuoteSimilarity {
    package static func isSameRemark(_ lhs: String, _ rhs: String) -> Bool {
        isSameRemark(contentWords(lhs), contentWords(rhs))
    }

    /// The same test on content words already taken from both quotations.
    package static func isSameRemark(_ left: Set<String>, _ right: Set<String>) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        let shared = left.intersection(right).count
        return Double(shared) / Double(left.count + right.count - shared) >= 0.3 && shared >= 3
    }

    /// The words alone, in order, lowercase: two printings of the same words compare equal whatever
    /// their punctuation, quotation marks or spacing.
    package static func normalised(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    package static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 && !Lexicon.functionWords.contains($0) })
    }
}
