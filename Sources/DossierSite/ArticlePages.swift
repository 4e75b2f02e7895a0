import DossierExtract
import DossierMarkdown
import DossierModel

/// One page per article: its paragraphs (numbered, so facts can link to them), its metadata, the people
/// it names and the events it dates, each with this article's citation only.
package struct ArticlePages: PageGenerator {
    package let lookup: SiteLookup
    /// Each article's Markdown (with names linked), rendered by cmark-gfm when the page is built.
    package let markdown: [String: String]
    /// `publish: excerpts`: each article's cited paragraphs, the only ones its Markdown holds.
    package var excerpts: [String: Set<Int>]? = nil

    package func routes() -> [SiteRoute] { lookup.dossier.articles.map { .article($0.id) } }

    package func page(for route: SiteRoute) -> SitePage? {
        guard case .article(let id) = route, let article = lookup.articles[id] else { return nil }
        let links = Linker(page: route, address: lookup.address)
        var paragraph = 0
        // In excerpts, the Markdown holds only the cited paragraphs: each keeps its number in the article.
        let kept = excerpts.map { ($0[id] ?? []).sorted() }
        let blocks = CommonMark.blocks(from: MarkdownWriter.body(of: markdown[id] ?? "")).map { block -> BlockView in
            switch block.kind {
            case .paragraph:
                paragraph += 1
                let number = kept.map { paragraph <= $0.count ? $0[paragraph - 1] : paragraph } ?? paragraph
                return BlockView(isParagraph: true, id: Anchor.paragraph(number), html: block.html, number: kept == nil ? nil : "¶\(number)")
            case .heading:
                return BlockView(isHeading: true, html: block.html)
            case .other:
                return BlockView(isOther: true, html: block.html)
            }
        }
        let people = (lookup.peopleByArticle[id] ?? []).map { lookup.personRow(lookup.dossier.people[$0], links: links) }
        let events = (lookup.eventsByArticle[id] ?? []).map { lookup.eventView($0, links: links, onlyFrom: id) }
        let versions = article.versions.map { version in
            let shown = version.publishedProvenance == .inferredFromText ? nil : version.published
            let credit = [version.outlet, version.agency].compactMap { $0 }.first ?? version.sourceFile
            return VersionRow(
                credit: credit, title: version.title, date: shown.map(SiteText.dateLabel), dateISO: shown?.iso8601,
                href: version.id.isEmpty ? nil : links.href(.article(version.id)))
        }
        let primary = article.versionOf.flatMap { lookup.articles[$0] }
        let description = SiteText.description(of: article)
        var frame = PageFrame(
            links: links, title: article.title, description: description, siteTitle: lookup.dossier.title,
            section: "articles", address: lookup.address)
        frame.openGraphType = "article"
        frame.publishedTime = article.shownDate?.iso8601
        frame.jsonLD = StructuredData.newsArticle(article, description: description, pageURL: lookup.address.absolute(route.path))
        let context = ArticleContext(
            page: frame, title: article.title, titleDerived: article.titleDerived, deck: article.deck,
            section: article.section, outlet: article.outlet,
            authors: article.authors.isEmpty ? nil : SiteText.listed(article.authors),
            contributors: article.contributors.isEmpty ? nil : SiteText.listed(article.contributors),
            date: article.shownDate.map(SiteText.dateLabel), dateISO: article.shownDate?.iso8601,
            dateInferred: article.shownDate?.yearInferred ?? false,
            dateNote: article.shownDate == nil ? "Not stated by the source" : nil, dateline: article.dateline,
            url: article.url, markdownHref: links.href(.articleMarkdown(id)), sourceHref: links.href(.sources, fragment: Anchor.source(id)),
            excerpts: kept != nil, excerptCount: kept?.count ?? 0, paragraphCount: article.paragraphs.count, versions: versions,
            hasVersions: !versions.isEmpty, versionOfTitle: primary?.title,
            versionOfHref: primary.map { links.href(.article($0.id)) }, blocks: blocks,
            captions: article.captions.enumerated().map { CaptionView(id: Anchor.paragraph(article.citationNumber(ofCaption: $0.offset + 1)), text: $0.element) },
            hasCaptions: !article.captions.isEmpty, people: people, hasPeople: !people.isEmpty, events: events,
            hasEvents: !events.isEmpty)
        return SitePage(route: route, template: "article", context: context)
    }
}

/// The front page: sources, key events, key figures, key people.
package struct IndexPages: PageGenerator {
    package let lookup: SiteLookup

    package func routes() -> [SiteRoute] { [.index] }

    package func page(for route: SiteRoute) -> SitePage? {
        guard route == .index else { return nil }
        let links = Linker(page: route, address: lookup.address)
        let dossier = lookup.dossier
        let frame = PageFrame(
            links: links, title: dossier.title, description: dossier.lede, siteTitle: dossier.title, section: "home",
            address: lookup.address)
        let context = IndexContext(
            page: frame, title: dossier.title, lede: dossier.lede,
            sources: dossier.articles.filter { $0.versionOf == nil }.map { lookup.sourceRow($0, links: links) },
            keyPeople: dossier.people.prefix(8).map { lookup.personRow($0, links: links) },
            hasPeople: !dossier.people.isEmpty, peopleCount: dossier.people.count, peopleHref: links.href(.people),
            keyFigures: lookup.figureGroups.prefix(4).map { lookup.figureGroupView($0, links: links, rowLimit: 6) },
            hasFigures: !dossier.figures.isEmpty, figuresHref: links.href(.figures),
            keyEvents: keyEvents(links: links), hasEvents: !dossier.events.isEmpty, timelineHref: links.href(.timeline))
        return SitePage(route: route, template: "index", context: context)
    }

    /// The latest events with more than one source, and what is still to come.
    private func keyEvents(links: Linker) -> [EventView] {
        let events = lookup.dossier.events
        let recent = events.indices.filter { !events[$0].upcoming && events[$0].citations.count > 1 }.suffix(4)
        let upcoming = events.indices.filter { events[$0].upcoming }.prefix(3)
        return (Array(recent) + Array(upcoming)).map { lookup.eventView($0, links: links, limit: 5) }
    }
}

/// `404.html`: hosts serve it for any missing path, so its links are absolute when the base URL is known.
package struct NotFoundPages: PageGenerator {
    package let lookup: SiteLookup

    package func routes() -> [SiteRoute] { [.notFound] }

    package func page(for route: SiteRoute) -> SitePage? {
        guard route == .notFound else { return nil }
        let frame = PageFrame(
            links: Linker(page: route, address: lookup.address), title: "Page not found",
            description: "This page is not part of the dossier.", siteTitle: lookup.dossier.title, section: "missing",
            address: lookup.address)
        return SitePage(route: route, template: "404", context: NotFoundContext(page: frame))
    }
}

/// Every page of the site, kind by kind.
public struct SitePlan: Sendable {
    package let lookup: SiteLookup
    private let generators: [any PageGenerator]

    /// The plan for `dossier`, given each article's Markdown.
    public init(_ dossier: Dossier, markdown: [String: String], address: SiteAddress, excerpts: [String: Set<Int>]? = nil) {
        let lookup = SiteLookup(dossier, address: address)
        self.lookup = lookup
        generators = [
            IndexPages(lookup: lookup), ArticlePages(lookup: lookup, markdown: markdown, excerpts: excerpts), PeoplePages(lookup: lookup),
            FigurePages(lookup: lookup), TimelinePages(lookup: lookup), SourcesPages(lookup: lookup), SearchPages(lookup: lookup),
            NotFoundPages(lookup: lookup),
        ]
    }

    /// Every page's route, in a fixed order.
    public func routes() -> [SiteRoute] { generators.flatMap { $0.routes() } }

    /// One page's view, built now.
    public func page(for route: SiteRoute) -> SitePage? {
        for generator in generators {
            if let page = generator.page(for: route) { return page }
        }
        return nil
    }
}
