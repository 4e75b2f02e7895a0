import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
/// One value per page of the site: which template renders it, where it goes, and what it shows.
/// Views hold plain strings only; templates escape them (`{{…}}`) except cmark-gfm's HTML (`{{{…}}}`).
public struct SitePage: Sendable {
    /// Output path relative to the site root, e.g. `articles/<slug>.html`.
    public var path: String
    public var template: String
    public var context: any PageContext
}

/// Every page's view carries a `PageFrame` for the layout.
public protocol PageContext: TemplateObject {
    var page: PageFrame { get set }
}

/// What every page's layout needs: the relative way back to the root, the title and description, and the
/// metadata a published page carries (canonical URL, Open Graph, JSON-LD).
public struct PageFrame: Sendable {
    /// `""` at the root, `"../"` one folder down: links stay relative so the site works from any path.
    package var root: String
    package var title: String
    package var description: String
    package var siteTitle: String
    /// Which part of the site the page belongs to, for the navigation: home, people, timeline, figures.
    package var section: String
    /// The page's path from the site root, set once the page exists.
    package var path = ""
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

    /// Flags for the navigation.
    private(set) var isHome = false
    private(set) var isPeople = false
    private(set) var isFigures = false
    private(set) var isTimeline = false
    private(set) var isSearch = false

    package init(root: String, title: String, description: String, siteTitle: String, section: String = "") {
        self.root = root
        self.title = title
        self.description = description
        self.siteTitle = siteTitle
        self.section = section
        isHome = section == "home"
        isPeople = section == "people"
        isFigures = section == "figures"
        isTimeline = section == "timeline"
        isSearch = section == "search"
    }
}

package struct SourceRow: Sendable {
    package var href: String
    package var title: String
    package var titleDerived: Bool
    /// "AP · Jane Doe": outlet and authors, whichever the source names.
    package var credit: String?
    package var date: String?
    package var dateISO: String?
    package var dateInferred: Bool
}

package struct IndexContext: PageContext {
    package var page: PageFrame
    package var title: String
    package var lede: String
    package var description: String?
    package var sources: [SourceRow]
    package var keyPeople: [PersonRow]
    package var hasPeople: Bool
    package var peopleCount: Int
    package var keyFigures: [FigureGroupView]
    package var hasFigures: Bool
    package var keyEvents: [EventView]
    package var hasEvents: Bool
}

package struct NotFoundContext: PageContext {
    package var page: PageFrame
}

package struct BlockView: Sendable {
    package var isParagraph = false
    package var isHeading = false
    package var isOther = false
    package var id: String?
    package var html: String
}

package struct ArticleContext: PageContext {
    package var page: PageFrame
    package var title: String
    package var titleDerived: Bool
    package var deck: String?
    package var section: String?
    package var outlet: String?
    package var authors: String?
    package var contributors: String?
    package var date: String?
    package var dateISO: String?
    package var dateInferred: Bool
    package var dateline: String?
    package var url: String?
    package var markdownHref: String
    package var blocks: [BlockView]
    package var captions: [String]
    package var hasCaptions: Bool
    package var people: [PersonRow]
    package var hasPeople: Bool
    package var events: [EventView]
    package var hasEvents: Bool
}

package enum SiteModel {
    /// The pages of the site for `dossier`, given each article's Markdown.
    package static func pages(
        for dossier: Dossier, markdown: [String: String], address: SiteAddress, search: [SearchEntry],
        lookup: TimelinePages.Lookup
    ) -> [SitePage] {
        let figureGroups = FigurePages.groups(for: dossier, articles: lookup.articles)
        var pages = [indexPage(dossier, figureGroups: figureGroups, lookup: lookup)]
        var peopleByArticle: [String: [PersonRow]] = [:]
        for person in dossier.people {
            for article in person.articles { peopleByArticle[article, default: []].append(PeoplePages.row(person, root: "../people/")) }
        }
        let rowsByArticle = peopleByArticle
        var eventsByArticle: [String: [EventView]] = [:]
        for (number, event) in dossier.events.enumerated() {
            let view = TimelinePages.view(event, number: number, lookup: lookup, root: "../")
            for article in event.citations.map(\.article).uniqued() { eventsByArticle[article, default: []].append(view) }
        }
        let frozenEvents = eventsByArticle
        let articlePages = dossier.articles.parallelMap { article in
            articlePage(
                article, markdown: markdown[article.id] ?? "", siteTitle: dossier.title, people: rowsByArticle[article.id] ?? [],
                events: frozenEvents[article.id] ?? [], address: address)
        }
        pages += articlePages
        pages += PeoplePages.pages(for: dossier, lookup: lookup, siteTitle: dossier.title, address: address)
        pages.append(FigurePages.page(for: dossier, groups: figureGroups, siteTitle: dossier.title))
        pages.append(TimelinePages.page(for: dossier, lookup: lookup, siteTitle: dossier.title))
        pages.append(SearchPages.page(entries: search, siteTitle: dossier.title))
        pages.append(notFoundPage(dossier, address: address))
        for index in pages.indices {
            pages[index].context.page.path = pages[index].path
            if pages[index].path != "404.html" {
                pages[index].context.page.canonicalURL = address.absolute(pages[index].path)
            }
        }
        return pages
    }

    /// `404.html`: hosts serve it for any missing path, so its links are absolute when the base URL is known.
    private static func notFoundPage(_ dossier: Dossier, address: SiteAddress) -> SitePage {
        var frame = PageFrame(
            root: address.baseURL ?? "", title: "Page not found", description: "This page is not part of the dossier.",
            siteTitle: dossier.title, section: "missing")
        frame.robots = "noindex"
        return SitePage(path: "404.html", template: "404", context: NotFoundContext(page: frame))
    }

    /// A sentence that says what an article is about: its deck, else its first sentence.
    package static func description(of article: Article) -> String {
        article.deck ?? article.paragraphs.first.map { SentenceSplitter.sentences(in: $0).first ?? $0 } ?? article.title
    }

    package static func sourceRow(_ article: Article, root: String) -> SourceRow {
        SourceRow(
            href: root + "articles/\(article.id).html", title: article.title, titleDerived: article.titleDerived,
            credit: credit(article), date: article.published?.humanReadable, dateISO: article.published?.isoDate,
            dateInferred: article.published?.yearInferred ?? false)
    }

    private static func indexPage(
        _ dossier: Dossier, figureGroups: [FigureGroupView], lookup: TimelinePages.Lookup
    ) -> SitePage {
        let frame = PageFrame(
            root: "", title: dossier.title, description: dossier.lede, siteTitle: dossier.title, section: "home")
        let context = IndexContext(
            page: frame, title: dossier.title, lede: dossier.lede, description: nil,
            sources: dossier.articles.map { sourceRow($0, root: "") },
            keyPeople: dossier.people.prefix(8).map { PeoplePages.row($0, root: "people/") },
            hasPeople: !dossier.people.isEmpty, peopleCount: dossier.people.count,
            keyFigures: figureGroups.prefix(4).map { group in
                var group = group
                group.rows = Array(group.rows.prefix(6))
                return group
            },
            hasFigures: !dossier.figures.isEmpty,
            keyEvents: keyEvents(dossier, lookup: lookup), hasEvents: !dossier.events.isEmpty)
        return SitePage(path: "index.html", template: "index", context: context)
    }

    private static func articlePage(
        _ article: Article, markdown: String, siteTitle: String, people: [PersonRow], events: [EventView],
        address: SiteAddress
    ) -> SitePage {
        var paragraphNumber = 0
        let blocks = CommonMark.blocks(from: MarkdownWriter.body(of: markdown)).map { block -> BlockView in
            switch block.kind {
            case .paragraph:
                paragraphNumber += 1
                return BlockView(isParagraph: true, id: "p\(paragraphNumber)", html: block.html)
            case .heading:
                return BlockView(isHeading: true, html: block.html)
            case .other:
                return BlockView(isOther: true, html: block.html)
            }
        }
        let description = description(of: article)
        let path = "articles/\(article.id).html"
        var frame = PageFrame(
            root: "../", title: article.title, description: description, siteTitle: siteTitle, section: "articles")
        frame.openGraphType = "article"
        frame.publishedTime = article.published?.iso8601
        frame.jsonLD = StructuredData.newsArticle(article, description: description, pageURL: address.absolute(path))
        let context = ArticleContext(
            page: frame, title: article.title, titleDerived: article.titleDerived, deck: article.deck,
            section: article.section, outlet: article.outlet,
            authors: article.authors.isEmpty ? nil : listed(article.authors),
            contributors: article.contributors.isEmpty ? nil : listed(article.contributors),
            date: article.published.map(dateLabel), dateISO: article.published?.iso8601,
            dateInferred: article.published?.yearInferred ?? false, dateline: article.dateline, url: article.url,
            markdownHref: "\(article.id).md", blocks: blocks, captions: article.captions,
            hasCaptions: !article.captions.isEmpty, people: people, hasPeople: !people.isEmpty, events: events,
            hasEvents: !events.isEmpty)
        return SitePage(path: path, template: "article", context: context)
    }

    /// "24 April 2019, 22:08 (UTC−04:00)"
    package static func dateLabel(_ date: PublicationDate) -> String {
        var label = date.humanReadable
        if let hour = date.hour, let minute = date.minute {
            label += ", " + String(format: "%02d:%02d", hour, minute)
            if let offset = date.utcOffset {
                if offset == 0 {
                    label += " UTC"
                } else {
                    let sign = offset < 0 ? "−" : "+"
                    label += " (UTC\(sign)" + String(format: "%02d:%02d", abs(offset) / 3600, abs(offset) % 3600 / 60) + ")"
                }
            }
        }
        return label
    }

    /// The latest events with more than one source, and what is still to come.
    package static func keyEvents(_ dossier: Dossier, lookup: TimelinePages.Lookup) -> [EventView] {
        let events = dossier.events
        let recent = events.indices.filter { !events[$0].upcoming && events[$0].citations.count > 1 }.suffix(4)
        let upcoming = events.indices.filter { events[$0].upcoming }.prefix(3)
        return (Array(recent) + Array(upcoming)).map { TimelinePages.view(events[$0], number: $0, lookup: lookup, root: "") }
    }

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
}

import Foundation
