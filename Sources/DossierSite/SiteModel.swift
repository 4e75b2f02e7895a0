import DossierExtract
import DossierMarkdown
import DossierModel
import DossierTemplates
import DossierText

/// One page of the site: where it goes, which template renders it, and what it shows.
public struct SitePage: Sendable {
    public var route: SiteRoute
    public var template: String
    public var context: any PageContext

    public var path: String { route.path }
}

/// Every page's view carries a `PageFrame` for the layout.
public protocol PageContext: TemplateObject {
    var page: PageFrame { get set }
}

/// A kind of page: lists its pages cheaply, and builds one page's view when it is rendered, so that
/// the site is never held in memory whole.
public protocol PageGenerator: Sendable {
    func routes() -> [SiteRoute]
    func page(for route: SiteRoute) -> SitePage?
}

/// What every page's layout needs: its title and description, the links of the site's navigation
/// (computed by the route type), and the metadata a published page carries.
public struct PageFrame: Sendable {
    package var title: String
    package var description: String
    package var siteTitle: String
    /// Which part of the site the page belongs to, for the navigation: home, people, timeline, figures.
    package var section: String
    /// Absolute URL of the page, when the site's base URL is known.
    package var canonicalURL: String?
    /// Open Graph type: `website`, `article` or `profile`.
    package var openGraphType = "website"
    /// `2019-04-24T22:08:00-04:00` on article pages, for `article:published_time`.
    package var publishedTime: String?
    /// schema.org JSON-LD, already escaped for a script element.
    package var jsonLD: String?
    /// `noindex` on pages that search engines should skip.
    package var robots: String?

    package var homeHref: String
    package var sourcesHref: String
    package var peopleHref: String
    package var timelineHref: String
    package var figuresHref: String
    package var dataHref: String
    package var searchHref: String
    package var feedHref: String
    package var styleHref: String
    package var iconHref: String

    /// Flags for the navigation.
    package var isHome: Bool
    package var isPeople: Bool
    package var isFigures: Bool
    package var isTimeline: Bool
    package var isSources: Bool
    package var isSearch: Bool

    package init(links: Linker, title: String, description: String, siteTitle: String, section: String, address: SiteAddress) {
        self.title = title
        self.description = description
        self.siteTitle = siteTitle
        self.section = section
        canonicalURL = links.page == .notFound ? nil : address.absolute(links.page.path)
        robots = links.page.isIndexed ? nil : "noindex"
        homeHref = links.href(.index)
        sourcesHref = links.href(.sources)
        peopleHref = links.href(.people)
        timelineHref = links.href(.timeline)
        figuresHref = links.href(.figures)
        dataHref = links.href(.data)
        searchHref = links.href(.search)
        feedHref = links.href(.feed)
        styleHref = links.href(.asset("style.css"))
        iconHref = links.href(.asset("favicon.svg"))
        isHome = section == "home"
        isPeople = section == "people"
        isFigures = section == "figures"
        isTimeline = section == "timeline"
        isSources = section == "sources"
        isSearch = section == "search"
    }
}

/// Everything the pages look up, built once per build in one pass over the dossier: no page scans the
/// whole dossier, so each page costs the size of its subject.
package struct SiteLookup: Sendable {
    package let dossier: Dossier
    package let address: SiteAddress
    package let articles: [String: Article]
    /// Each article's position in the dossier, for listing a subset in the dossier's order.
    package let articleOrder: [String: Int]
    package let people: [String: Person]
    /// Indices into `dossier.events` of the events each article and each person appears in.
    package let eventsByArticle: [String: [Int]]
    package let eventsByPerson: [String: [Int]]
    /// Indices into `dossier.people` of the people each article names, most prominent first.
    package let peopleByArticle: [String: [Int]]
    /// For each person, the others named in the same paragraphs, most shared first (at most 8).
    package let alongside: [String: [(id: String, count: Int)]]
    /// The figure groups, with their disagreement notes, computed once for the index and the table.
    package let figureGroups: [FigureGroup]
    /// Per event (by index): "expected, as of …" for upcoming events, the people named with it that have
    /// pages (at most `peoplePerEvent`) and how many more there are, and which citations each article gives.
    private let expectedLabels: [String?]
    private let eventPeople: [(shown: [Person], more: Int)]
    private let eventCitations: [[String: [Int]]]
    /// The short label of each article in citations.
    private let sourceLabels: [String: String]
    /// Each article's number of paragraphs: citation numbers past it are its captions'.
    private let paragraphCounts: [String: Int]

    package init(_ dossier: Dossier, address: SiteAddress) {
        self.dossier = dossier
        self.address = address
        articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        articleOrder = Dictionary(dossier.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        people = Dictionary(dossier.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byArticle: [String: [Int]] = [:]
        var byPerson: [String: [Int]] = [:]
        for (index, event) in dossier.events.enumerated() {
            for article in event.citations.map(\.article).uniqued() { byArticle[article, default: []].append(index) }
            for person in event.people.uniqued() { byPerson[person, default: []].append(index) }
        }
        eventsByArticle = byArticle
        eventsByPerson = byPerson
        var named: [String: [Int]] = [:]
        for (index, person) in dossier.people.enumerated() {
            for article in person.articles { named[article, default: []].append(index) }
        }
        peopleByArticle = named
        alongside = PeoplePages.coMentions(dossier.people)
        figureGroups = FigureGroup.groups(dossier.figures, sameStory: DossierStories(dossier).same)
        sourceLabels = articles.mapValues(SiteText.sourceLabel)
        paragraphCounts = articles.mapValues(\.paragraphCount)
        let shownDates = articles.compactMapValues(\.shownDate)
        let people = people
        expectedLabels = dossier.events.map { event in
            guard event.upcoming else { return nil }
            guard let latest = event.citations.compactMap({ shownDates[$0.article] }).max() else { return "expected" }
            return "expected, as of " + latest.humanReadable
        }
        eventPeople = dossier.events.map { event in
            let named = event.people.compactMap { people[$0] }
            return (Array(named.prefix(Self.peoplePerEvent)), max(0, named.count - Self.peoplePerEvent))
        }
        eventCitations = dossier.events.map { event in
            var byArticle: [String: [Int]] = [:]
            for (position, citation) in event.citations.enumerated() { byArticle[citation.article, default: []].append(position) }
            return byArticle
        }
    }

    /// A short name for a source in citations: its outlet, else its first author, else its headline.
    package func sourceLabel(_ articleID: String) -> String {
        sourceLabels[articleID] ?? articleID
    }

    /// A citation as a link to its paragraph, labelled "Outlet, ¶N" (or "Outlet, caption K").
    package func citation(_ citation: Citation, links: Linker) -> CitationView {
        CitationView(
            href: links.href(citation), label: sourceLabel(citation.article) + ", " + placeLabel(citation.paragraph, in: citation.article),
            sentence: citation.sentence)
    }

    /// "¶7" for a paragraph; "caption 2" for a number past the article's paragraphs (see
    /// `Article.citationNumber(ofCaption:)`).
    package func placeLabel(_ number: Int, in articleID: String) -> String {
        if let count = paragraphCounts[articleID], number > count { return "caption \(number - count)" }
        return "¶\(number)"
    }

    package func personRow(_ person: Person, links: Linker) -> PersonRow {
        PersonRow(
            href: links.href(.person(person.id)), name: person.name, role: person.roles.first?.text,
            articleCount: person.articles.count, mentionCount: person.mentions.count, quoteCount: person.quotes.count,
            counts: [
                SiteText.counted(person.articles.count, "article"), SiteText.counted(person.mentions.count, "mention"),
                person.quotes.isEmpty ? nil : SiteText.counted(person.quotes.count, "quote"),
            ].compactMap { $0 }.joined(separator: " · "))
    }

    /// An event as a page shows it; with `onlyFrom`, only that article's citations, and with `limit`, at
    /// most that many: the others are counted, with a link to the timeline entry that lists them all.
    /// People listed with an event on any page.
    static let peoplePerEvent = 8

    package func eventView(_ index: Int, links: Linker, onlyFrom article: String? = nil, limit: Int? = nil) -> EventView {
        let event = dossier.events[index]
        var cited: ArraySlice<Event.Source>
        if let article {
            cited = ArraySlice((eventCitations[index][article] ?? []).map { event.citations[$0] })
        } else {
            cited = event.citations[...]
        }
        if let limit, cited.count > limit { cited = cited.prefix(limit) }
        let others = event.citations.count - cited.count
        let sources = cited.map { source in
            citation(Citation(article: source.article, paragraph: source.paragraph, sentence: source.sentence), links: links)
        }
        // The people named with it, at most a few: an event told by hundreds of sources would otherwise make
        // every page that lists it as large as the dossier.
        let people = eventPeople[index].shown.map { PersonLink(href: links.href(.person($0.id)), name: $0.name) }
        let morePeople = eventPeople[index].more
        return EventView(
            id: Anchor.event(event.id), label: EventDateLabel.label(for: event), dateISO: event.date, text: event.text,
            upcoming: event.upcoming, approximate: event.approximate, sources: sources, otherSources: others,
            otherSourcesLabel: others == 0 ? nil : (others == 1 ? "1 other source" : "\(others) other sources"),
            timelineHref: links.href(.timeline, fragment: Anchor.event(event.id)), people: people, hasPeople: !people.isEmpty,
            morePeopleLabel: morePeople > 0 ? "and \(morePeople) more" : nil, expectedLabel: expectedLabels[index])
    }

    package func sourceRow(_ article: Article, links: Linker) -> SourceRow {
        SourceRow(
            href: links.href(.article(article.id)), title: article.title, titleDerived: article.titleDerived,
            credit: SiteText.credit(article), date: article.shownDate?.humanReadable, dateISO: article.shownDate?.isoDate,
            dateInferred: article.shownDate?.yearInferred ?? false)
    }

    package func figureGroupView(_ group: FigureGroup, links: Linker, rowLimit: Int? = nil) -> FigureGroupView {
        let figures = rowLimit.map { Array(group.figures.prefix($0)) } ?? group.figures
        let rows = figures.map { figure in
            FigureRow(
                display: figure.display, subject: figure.subject, when: figure.when, qualifier: figure.qualifier,
                vague: figure.vague, source: citation(figure.citation, links: links))
        }
        let notes = group.disagreements.map { note in
            "Sources differ for \(note.when): " + note.items.map { "\($0.display) (\(sourceLabel($0.article)))" }.joined(separator: " · ")
        }
        return FigureGroupView(
            id: group.id, label: group.label, rows: rows, disagreements: notes, hasDisagreements: !notes.isEmpty,
            href: links.href(.figures, fragment: group.id), chart: rowLimit == nil ? figureChart(group, links: links) : "")
    }

    /// Bars for a group where several sources or times give the same quantity (same unit): at most 12,
    /// the figures the sources disagree on marked.
    package func figureChart(_ group: FigureGroup, links: Linker) -> String {
        let byUnit = Dictionary(grouping: group.figures.filter { !$0.vague && $0.value > 0 }, by: \.unit)
        guard let (unit, figures) = byUnit.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }), figures.count >= 2,
            Set(figures.map(\.citation.article)).count > 1 || Set(figures.compactMap(\.when)).count > 1
        else { return "" }
        let differing = Set(group.disagreements.flatMap { $0.items.map { "\($0.article)|\($0.display)" } })
        let bars = figures.prefix(12).map { figure in
            Charts.Bar(
                label: sourceLabel(figure.citation.article) + (figure.when.map { " · " + $0 } ?? ""), display: figure.display,
                value: figure.value, differs: differing.contains("\(figure.citation.article)|\(figure.display)"),
                href: links.href(figure.citation))
        }
        return Charts.bars(Array(bars), id: group.id, title: group.label + " (" + unit + "), by source")
    }
}

/// Small texts pages share.
package enum SiteText {
    /// A short name for a source in citations: its outlet, else its first author, else its headline.
    package static func sourceLabel(_ article: Article) -> String {
        if let outlet = article.outlet { return outlet }
        if let author = article.authors.first { return author }
        let words = article.title.split(separator: " ")
        return words.count <= 5 ? article.title : words.prefix(5).joined(separator: " ") + "…"
    }

    package static func credit(_ article: Article) -> String? {
        let parts = [article.outlet, article.authors.isEmpty ? nil : listed(article.authors)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "A", "A and B", "A, B and C"
    package static func listed(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "1 article", "2 articles"
    package static func counted(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A sentence that says what an article is about: its deck, else its first sentence.
    package static func description(of article: Article) -> String {
        article.deck ?? article.paragraphs.first.map { SentenceSplitter.sentences(in: $0).first ?? $0 } ?? article.title
    }

    /// "24 April 2019, 22:08 (UTC−04:00)"
    package static func dateLabel(_ date: PublicationDate) -> String {
        var label = date.humanReadable
        if let hour = date.hour, let minute = date.minute {
            label += ", " + twoDigits(hour) + ":" + twoDigits(minute)
            if let offset = date.utcOffset {
                if offset == 0 {
                    label += " UTC"
                } else {
                    let sign = offset < 0 ? "−" : "+"
                    label += " (UTC\(sign)" + twoDigits(abs(offset) / 3600) + ":" + twoDigits(abs(offset) % 3600 / 60) + ")"
                }
            }
        }
        return label
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// Which articles print one story: an article and its versions.
package struct DossierStories {
    private let story: [String: String]

    package init(_ dossier: Dossier) {
        story = Dictionary(dossier.articles.map { ($0.id, $0.versionOf ?? $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    package func same(_ lhs: String, _ rhs: String) -> Bool {
        (story[lhs] ?? lhs) == (story[rhs] ?? rhs)
    }
}
