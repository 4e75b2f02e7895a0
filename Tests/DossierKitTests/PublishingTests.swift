import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import DossierKit
@testable import DossierModel
@testable import DossierText
@testable import DossierIngest
@testable import DossierMarkdown
@testable import DossierExtract
@testable import DossierTemplates
@testable import DossierSite
@testable import DossierRender

@Suite("What a published site needs")
struct PublishingTests {
    private func build(baseURL: String?) throws -> BuildResult {
        var input = try Fixtures.buildInput()
        input.baseURL = baseURL
        return try DossierBuild.run(input)
    }

    private func isWellFormedXML(_ data: Data) -> Bool {
        XMLParser(data: data).parse()
    }

    @Test("Without a base URL: relative sitemap, no Sitemap line in robots.txt, no canonical links")
    func withoutBaseURL() throws {
        let site = try Fixtures.builtSite()
        let sitemap = try Fixtures.text("sitemap.xml", in: site)
        #expect(isWellFormedXML(Data(sitemap.utf8)))
        #expect(sitemap.contains("<loc>index.html</loc>"))
        #expect(sitemap.contains("<loc>people/sergei-lavrov.html</loc>"))
        #expect(!sitemap.contains("404.html") && !sitemap.contains("search.html"))
        // Every page but the 404 and search pages is listed.
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == site.pageCount - 2)
        #expect(try Fixtures.text("robots.txt", in: site) == "User-agent: *\nAllow: /\n")
        #expect(!(try Fixtures.text("index.html", in: site)).contains("rel=\"canonical\""))
    }

    @Test("With --base-url: absolute sitemap, robots.txt, canonical and og:url; page links stay relative")
    func withBaseURL() throws {
        let site = try build(baseURL: "https://news.example.org/kim-putin")
        let sitemap = try Fixtures.text("sitemap.xml", in: site)
        #expect(sitemap.contains("<loc>https://news.example.org/kim-putin/</loc>"))
        #expect(sitemap.contains("<loc>https://news.example.org/kim-putin/people/</loc>"))
        #expect(sitemap.contains("<loc>https://news.example.org/kim-putin/timeline.html</loc>"))
        #expect(
            try Fixtures.text("robots.txt", in: site).contains("Sitemap: https://news.example.org/kim-putin/sitemap.xml"))
        let person = try Fixtures.text("people/sergei-lavrov.html", in: site)
        #expect(person.contains(#"<link rel="canonical" href="https://news.example.org/kim-putin/people/sergei-lavrov.html">"#))
        #expect(person.contains(#"<meta property="og:url" content="https://news.example.org/kim-putin/people/sergei-lavrov.html">"#))
        #expect(person.contains(#"<a href="../timeline.html">Timeline</a>"#))
        // The 404 page is served at any depth, so its links are absolute.
        #expect(try Fixtures.text("404.html", in: site).contains(#"href="https://news.example.org/kim-putin/search.html""#))
        #expect(SiteLinks.check(site.files).problems.isEmpty)
    }

    @Test("A base URL that is not an absolute http(s) URL is refused with a message")
    func badBaseURL() throws {
        #expect(throws: BuildError.self) { try build(baseURL: "example.org/news") }
        #expect(throws: BuildError.self) { try build(baseURL: "javascript:alert(1)") }
        #expect(try SiteAddress.validated("https://example.org", origin: "--base-url").baseURL == "https://example.org/")
    }

    @Test("feed.xml is a well-formed Atom feed of every article, newest first")
    func atomFeed() throws {
        let site = try Fixtures.builtSite()
        let data = try #require(site.files["feed.xml"])
        #expect(isWellFormedXML(data))
        let feed = String(decoding: data, as: UTF8.self)
        #expect(feed.contains(#"<feed xmlns="http://www.w3.org/2005/Atom">"#))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 5)
        #expect(feed.contains("<updated>2019-04-24T22:08:00-04:00</updated>"))
        #expect(feed.contains("<author><name>Thomas Grove</name></author>"))
        #expect(feed.contains("<title>North Korea&apos;s Kim to Appeal for Economic Relief at Summit With Putin</title>"))
        let first = try #require(feed.range(of: "<entry>"))
        #expect(feed[first.upperBound...].hasPrefix("\n<title>North Korea&apos;s Kim"))
        // Ids are URNs that stay the same from build to build.
        #expect(feed.contains("<id>urn:uuid:"))
        #expect(StableIdentifier.urn(for: "a") == StableIdentifier.urn(for: "a"))
        #expect(StableIdentifier.urn(for: "a") != StableIdentifier.urn(for: "b"))
    }

    @Test("JSON-LD: NewsArticle on article pages, Person on people pages; it cannot close its script element")
    func structuredData() throws {
        let site = try Fixtures.builtSite()
        func jsonLD(_ path: String) throws -> [String: Any] {
            let html = try Fixtures.text(path, in: site)
            let start = try #require(html.range(of: #"<script type="application/ld+json">"#))
            let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            let object = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
            return try #require(object as? [String: Any])
        }
        let article = try jsonLD("articles/north-koreas-kim-to-appeal-for-economic-relief-at-summit.html")
        #expect(article["@type"] as? String == "NewsArticle")
        #expect(article["datePublished"] as? String == "2019-04-24T22:08:00-04:00")
        #expect((article["author"] as? [[String: String]])?.first?["name"] == "Thomas Grove")
        let person = try jsonLD("people/sergei-lavrov.html")
        #expect(person["@type"] as? String == "Person")
        #expect(person["name"] as? String == "Sergei Lavrov")
        #expect(person["description"] as? String == "Russian Foreign Minister")

        var hostile = try #require(site.dossier.articles.first)
        hostile.title = "</script><script>alert(1)</script>"
        let script = StructuredData.newsArticle(hostile, description: "a & b", pageURL: nil)
        #expect(!script.contains("<") && !script.contains("&"))
    }

    @Test("Open Graph and description meta, favicon, feed link and skip link on every page")
    func pageMetadata() throws {
        let site = try Fixtures.builtSite()
        for path in site.files.keys where path.hasSuffix(".html") {
            let html = try Fixtures.text(path, in: site)
            #expect(html.contains(#"<meta name="description" content=""#), "\(path)")
            #expect(html.contains(#"<meta property="og:title" content=""#), "\(path)")
            #expect(html.contains(#"<meta property="og:description" content=""#), "\(path)")
            #expect(html.contains(#"<link rel="icon" href=""#), "\(path)")
            #expect(html.contains(#"type="application/atom+xml""#), "\(path)")
            #expect(html.contains(##"<a class="skip-link" href="#content">"##), "\(path)")
        }
        let article = try Fixtures.text("articles/north-koreas-kim-to-appeal-for-economic-relief-at-summit.html", in: site)
        #expect(article.contains(#"<meta property="og:type" content="article">"#))
        #expect(article.contains(#"<meta property="article:published_time" content="2019-04-24T22:08:00-04:00">"#))
        #expect(site.files["assets/favicon.svg"] != nil)
        let notFound = try Fixtures.text("404.html", in: site)
        #expect(notFound.contains("<h1>Page not found</h1>") && notFound.contains(#"<meta name="robots" content="noindex">"#))
    }

    @Test("Search: the index holds every person, article, event and figure; the page lists them all without JavaScript")
    func search() throws {
        let site = try Fixtures.builtSite()
        let dossier = site.dossier
        let index = try #require(site.files["search.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: index) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: String]])
        let expected = dossier.people.count + dossier.articles.count + dossier.events.count + dossier.figures.count
        #expect(entries.count == expected)
        #expect(entries.first { $0["title"] == "Sergei Lavrov" }?["url"] == "people/sergei-lavrov.html")
        let firstEvent = try #require(dossier.events.first)
        #expect(entries.contains { $0["kind"] == "event" && $0["url"] == "timeline.html#event-\(firstEvent.id)" })
        // Quotes make people findable by what they said.
        let lavrov = try #require(entries.first { $0["title"] == "Sergei Lavrov" })
        #expect(lavrov["text"]?.contains("readiness for cooperation") == true)

        let script = try Fixtures.text("search-index.js", in: site)
        #expect(script.hasPrefix("window.dossierSearchIndex = {"))
        let page = try Fixtures.text("search.html", in: site)
        #expect(page.components(separatedBy: "<li data-entry=").count - 1 == expected)
        #expect(page.contains(#"<a href="people/sergei-lavrov.html">Sergei Lavrov</a>"#))
        #expect(page.contains("data-search-form hidden"), "the filter box only appears when the script runs")
        #expect(page.contains(#"<script src="search-index.js"></script>"#))
        // Every page's header search goes to the search page, with or without JavaScript.
        #expect(try Fixtures.text("people/sergei-lavrov.html", in: site).contains(#"action="../search.html""#))
    }
}
