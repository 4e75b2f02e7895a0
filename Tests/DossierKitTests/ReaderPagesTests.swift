import Foundation
import Testing

@testable import DossierKit
@testable import DossierModel
@testable import DossierSite

/// The reader's pages: the timeline drawn to scale, figure charts, the sources matrix, who appears with
/// whom, links to the originals, and excerpts-only publishing.
@Suite("Reader pages: drawn timeline, charts, sources, excerpts")
struct ReaderPagesTests {
    private func page(_ path: String) throws -> String { try Fixtures.text(path, in: try Fixtures.builtSite()) }

    @Test("The timeline is drawn to scale in inline SVG with a title, a description and a link per mark")
    func timelineChart() throws {
        let html = try page("timeline.html")
        let svg = try #require(html.range(of: "<svg class=\"chart timeline-chart\"").map { String(html[$0.lowerBound...]) })
        #expect(svg.contains("<title id=\"timeline-chart-title\">The timeline to scale</title>"))
        #expect(svg.contains("<desc id=\"timeline-chart-desc\">"))
        #expect(svg.contains("The years") && svg.contains("The days of the story"))
        let events = try Fixtures.builtSite().dossier.events
        // Every mark links to its entry (marks stacked past three at one spot are left out, never wrong).
        let first = try #require(events.first)
        #expect(svg.contains("href=\"#event-\(first.id)\""))
        #expect(!html.contains("<script"))
    }

    @Test("An event a photo caption tells links to the caption, labelled as one, on the article's page")
    func captionCitations() throws {
        let site = try Fixtures.builtSite()
        let articles = Dictionary(uniqueKeysWithValues: site.dossier.articles.map { ($0.id, $0) })
        let cited = site.dossier.events.flatMap(\.citations).first { articles[$0.article]?.caption(atCitationNumber: $0.paragraph) != nil }
        let citation = try #require(cited)
        let article = try #require(articles[citation.article])
        let caption = try #require(article.caption(atCitationNumber: citation.paragraph))
        #expect(try page("timeline.html").contains("#p\(citation.paragraph)\">") && page("timeline.html").contains(", caption \(caption)</a>"))
        let html = try page("articles/\(citation.article).html")
        #expect(html.contains("<li id=\"p\(citation.paragraph)\">\(article.captions[caption - 1].prefix(20))"))
    }

    @Test("Events expected at the time of writing say 'expected, as of' their sources' date, in time order")
    func expected() throws {
        let html = try page("timeline.html")
        #expect(!html.contains("id=\"upcoming\""))
        #expect(html.contains("expected, as of 24 April 2019"))
        // The summit on 25 April 2019 comes after the events of 1939 in the page.
        let summit = try #require(html.range(of: "expected, as of"))
        let war = try #require(html.range(of: "World War II"))
        #expect(war.lowerBound < summit.lowerBound)
    }

    @Test("A figure group reported by several sources gets a bar chart; the table stays")
    func figureChart() throws {
        let html = try page("figures.html")
        #expect(html.contains("<svg class=\"chart figure-chart\""))
        #expect(html.contains("<table class=\"figure-table"))
        #expect(html.contains("Revenue (money) (USD per year), by source</title>"))
    }

    @Test("sources.html: each source against the key people, events and figures, and what each alone reports")
    func sourcesMatrix() throws {
        let site = try Fixtures.builtSite()
        let html = try page("sources.html")
        for article in site.dossier.articles {
            #expect(html.contains("id=\"source-\(article.id)\""))
            #expect(html.contains("href=\"articles/\(article.id).html#p"), "no cell links into \(article.id)")
        }
        #expect(html.contains("<th scope=\"col\" class=\"column-person\"><a href=\"people/kim-jong-un.html\">Kim Jong Un</a></th>"))
        let article = try #require(site.dossier.articles.first)
        let articlePage = try page("articles/\(article.id).html")
        #expect(articlePage.contains("href=\"../sources.html#source-\(article.id)\">What this source adds</a>"))
    }

    @Test("A person page lists who appears with them, with how many paragraphs they share, linked")
    func alongside() throws {
        let html = try page("people/vladimir-putin.html")
        #expect(html.contains("Mentioned alongside"))
        #expect(html.range(of: "<a href=\"kim-jong-un.html\">Kim Jong Un</a> <span class=\"count\">in [0-9]+ paragraphs together</span>", options: .regularExpression) != nil)
    }

    @Test("An article page links to the original when the seed gives its URL")
    func originalLink() throws {
        let site = try Fixtures.builtSite()
        let article = try #require(site.dossier.articles.first { $0.url != nil })
        let html = try page("articles/\(article.id).html")
        #expect(html.contains("rel=\"nofollow noopener\">Original article</a>"))
    }

    @Test("publish: excerpts: pages, Markdown and dossier.json carry only cited paragraphs, each with its number")
    func excerpts() throws {
        let story = """
            Bridge closes after storm

            By Jo Example

            March 2, 2026

            The harbour bridge was closed on Sunday after a storm damaged two of its supports, the council said.

            A worker inspects the bridge on Monday. (AP Photo/Jo Smith)

            It rained all night and the wind was strong along the whole coast and inland as well.

            Engineer Maria Lindqvist said repairs would cost some $4 million.

            Original url: https://example.org/bridge
            """
        var input = try Fixtures.buildInput()
        input.seeds = [SeedFile(name: "bridge.txt", data: Data(story.utf8))]
        input.configuration = DossierConfiguration(publish: .excerpts)
        let site = try DossierBuild.run(input)
        let id = try #require(site.dossier.articles.first?.id)
        let html = try Fixtures.text("articles/\(id).html", in: site)
        #expect(html.contains("id=\"p1\"") && html.contains("id=\"p3\"") && !html.contains("id=\"p2\""))
        #expect(html.contains(">¶3</a>"))
        // The caption's event is cited as number 4 (after the three paragraphs); it counts as no paragraph.
        #expect(html.contains("<li id=\"p4\">A worker inspects the bridge"))
        #expect(html.contains("the 2 of 3 paragraphs"))
        #expect(html.contains("Read the whole article at its source"))
        let markdown = try Fixtures.text("articles/\(id).md", in: site)
        #expect(!markdown.contains("It rained all night"))
        #expect(markdown.contains("Maria Lindqvist"))
        let json = try Fixtures.text("dossier.json", in: site)
        #expect(json.contains("\"excerpts\" : true"))
        #expect(!json.contains("It rained all night"))
        #expect(site.brokenLinks.isEmpty)
    }
}
