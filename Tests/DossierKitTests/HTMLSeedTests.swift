import Foundation
import Testing

@testable import DossierHTML
@testable import DossierIngest
@testable import DossierKit
@testable import DossierMarkdown
@testable import DossierModel

/// Saved web pages as seeds: small pages written for each rule, read through the HTML5 parser.
@Suite("HTML seeds")
struct HTMLSeedTests {
    /// Prose long enough to be an article body, in paragraphs of its own.
    static let prose = [
        "The river rose two metres overnight and flooded the lower town, officials said on Tuesday morning.",
        "Rescue teams worked through the night, moving forty families from their homes to the school hall.",
        "The mayor, Anna Lindqvist, said the town had not seen water this high since the spring of 1987.",
        "Schools will stay closed until Friday, and the bridge to the east bank is shut to all traffic.",
    ]

    static func page(head: String = "", body: String) -> Data {
        Data("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    static var paragraphs: String { prose.map { "<p>\($0)</p>" }.joined() }

    static func ingest(_ data: Data, name: String = "page.html", sidecar: String? = nil) throws -> Article {
        try ArticleIngester.ingest(data: data, sourceFile: name, sidecar: sidecar.map { Data($0.utf8) }, sidecarFile: "page.yml").article
    }

    @Test("JSON-LD NewsArticle gives headline, date, authors and publisher, over Open Graph")
    func jsonLD() throws {
        let head = """
            <title>Wrong title - Site</title>
            <meta property="og:title" content="The OG title">
            <meta property="og:site_name" content="OG Site">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"},
             {"@type": "NewsArticle", "headline": "River floods the lower town", "datePublished": "2024-03-05T07:30:00+01:00",
              "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
              "publisher": {"@type": "Organization", "name": "The Valley Courier"}}]}
            </script>
            """
        let article = try Self.ingest(Self.page(head: head, body: "<article>\(Self.paragraphs)</article>"))
        #expect(article.title == "River floods the lower town")
        #expect(article.outlet == "The Valley Courier")
        #expect(article.authors == ["Jane Roe", "John Doe"])
        #expect(article.published?.iso8601 == "2024-03-05T07:30:00+01:00")
        #expect(article.publishedProvenance == .page)
        #expect(article.metadataSources["title"] == "json-ld")
        #expect(article.metadataSources["outlet"] == "json-ld")
        #expect(article.metadataSources["authors"] == "json-ld")
        #expect(article.paragraphs == Self.prose)
    }

    @Test("JSON-LD wrapped in CDATA, a social media posting, and an account handle that is no author")
    func jsonLDWrappedAndPostings() throws {
        let wrapped = """
            <meta property="og:title" content="A share title that is not the headline">
            <script type="application/ld+json">
            <![CDATA[
            [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "River floods the lower town",
              "datePublished": "2024-03-05T07:30:00+01:00"}]
            ]]>
            </script>
            """
        let article = try Self.ingest(Self.page(head: wrapped, body: "<article>\(Self.paragraphs)</article>"))
        #expect(article.title == "River floods the lower town")
        #expect(article.published?.iso8601 == "2024-03-05T07:30:00+01:00")
        // When the two differ, the one the page's heading shows.
        let shown = try Self.ingest(Self.page(head: wrapped, body: "<h1>A share title that is not the headline</h1><article>\(Self.paragraphs)</article>"))
        #expect(shown.title == "A share title that is not the headline" && shown.metadataSources["title"] == "open graph")
        let posting = """
            <script type="application/ld+json">
            {"@type": "SocialMediaPosting", "datePublished": "2014-09-02T08:35:27-04:00", "author": "rivernews",
             "headline": "River floods the lower town", "@context": "http://schema.org"}
            </script>
            """
        let post = try Self.ingest(Self.page(head: posting, body: "<article>\(Self.paragraphs)</article>"))
        #expect(post.published?.iso8601 == "2014-09-02T08:35:00-04:00")
        #expect(post.authors.isEmpty)
        #expect(post.metadataSources["published"] == "json-ld")
    }

    @Test("A date element that also credits the writer gives the author")
    func authorInDateElement() throws {
        let body = "<p class=\"topAttributionWithDate\">Tuesday 15 October 2019 by Jane Q. Roe</p><article>\(Self.paragraphs)</article>"
        let article = try Self.ingest(Self.page(head: "<title>River floods the lower town</title>", body: body))
        #expect(article.authors == ["Jane Q. Roe"])
        #expect(article.metadataSources["authors"] == "date element")
        #expect(article.published?.isoDate == "2019-10-15")
    }

    @Test("Open Graph and article:* meta alone")
    func openGraphOnly() throws {
        let head = """
            <meta property="og:title" content="River floods the lower town">
            <meta property="og:site_name" content="The Valley Courier">
            <meta property="article:published_time" content="2024-03-05T07:30:00.000Z">
            <meta name="author" content="Jane Roe and John Doe">
            """
        let article = try Self.ingest(Self.page(head: head, body: "<div class=\"story\">\(Self.paragraphs)</div>"))
        #expect(article.title == "River floods the lower town")
        #expect(article.outlet == "The Valley Courier")
        #expect(article.authors == ["Jane Roe", "John Doe"])
        #expect(article.published?.iso8601 == "2024-03-05T07:30:00Z")
        #expect(article.metadataSources["title"] == "open graph")
        #expect(article.metadataSources["published"] == "open graph")
        #expect(article.metadataSources["authors"] == "meta")
    }

    @Test("A site name written solid in the markup takes the spacing the page prints; a solid name printed solid stays")
    func solidSiteNames() throws {
        let solid = "<meta property=\"og:title\" content=\"River floods the lower town\"><meta property=\"og:site_name\" content=\"ValleyCourier\">"
        let spaced = try Self.ingest(Self.page(head: solid, body: "<article>\(Self.paragraphs)</article><footer>© Valley Courier 2024</footer>"))
        #expect(spaced.outlet == "Valley Courier")
        let kept = try Self.ingest(Self.page(head: solid, body: "<article>\(Self.paragraphs)</article><footer>© ValleyCourier 2024</footer>"))
        #expect(kept.outlet == "ValleyCourier")
    }

    @Test("JSON-LD in its other shapes: a plain publisher name, 'name' for the headline, live blogs, a date written for people")
    func jsonLDShapes() throws {
        let plain = """
            <script type="application/ld+json">{"@type":["NewsArticle"],"name":"River floods the lower town","datePublished":"Sat, 05 Mar 2024 07:30:00 GMT","author":"Jane Roe","publisher":"The Valley Courier"}</script>
            <meta name="date" content="not a date">
            """
        let article = try Self.ingest(Self.page(head: plain, body: "<article>\(Self.paragraphs)</article>"))
        #expect(article.title == "River floods the lower town")
        #expect(article.outlet == "The Valley Courier")
        #expect(article.authors == ["Jane Roe"])
        #expect(article.published?.isoDate == "2024-03-05")
        let live = """
            <script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"River floods the lower town: live","datePublished":"2024-03-05T07:30:00Z"}</script>
            """
        #expect(try Self.ingest(Self.page(head: live, body: "<article>\(Self.paragraphs)</article>")).metadataSources["title"] == "json-ld")
    }

    @Test("Other named meta tags: Dublin Core terms, Sailthru, compact dates; the header's site-name element")
    func otherNamedMeta() throws {
        let head = """
            <meta name="dcterms.creator" content="Jane Roe">
            <meta name="pubdate" content="20240305">
            """
        let body = "<header><span class=\"site-name\">The Valley Courier</span></header><h1>River floods the lower town</h1>" + Self.paragraphs
        let article = try Self.ingest(Self.page(head: head, body: body))
        #expect(article.authors == ["Jane Roe"])
        #expect(article.published?.isoDate == "2024-03-05")
        #expect(article.outlet == "The Valley Courier")
        #expect(article.metadataSources["outlet"] == "site name element")
        let sailthru = try Self.ingest(Self.page(
            head: "<meta name=\"sailthru.author\" content=\"John Doe\"><meta name=\"article:author\" content=\"https://example.org/jd\">",
            body: "<h1>River floods the lower town</h1>" + Self.paragraphs))
        #expect(sailthru.authors == ["John Doe"])
    }

    @Test("Neither: <time datetime>, rel=author, the h1 and the page title's site name")
    func neither() throws {
        let body = """
            <header><h1>River floods the lower town</h1>
            <p class="byline">By <a rel="author" href="/staff/jane">Jane Roe</a></p>
            <time itemprop="dateModified" datetime="2024-03-09">9 March</time>
            <time datetime="2024-03-05T07:30">5 March 2024</time></header>
            <div class="content">\(Self.paragraphs)</div>
            """
        let article = try Self.ingest(Self.page(head: "<title>River floods the lower town | The Valley Courier</title>", body: body))
        #expect(article.title == "River floods the lower town")
        #expect(article.outlet == "The Valley Courier")
        #expect(article.authors == ["Jane Roe"])
        #expect(article.published?.isoDate == "2024-03-05")
        #expect(article.metadataSources["published"] == "time element")
        #expect(article.metadataSources["outlet"] == "page title")
        #expect(article.paragraphs == Self.prose)
    }

    @Test("A date only in the page's date element is read as a date line")
    func dateElement() throws {
        let body = "<span class=\"post-datetime\">Posted on April 21, 2015, at 11:29 a.m.</span><div>\(Self.paragraphs)</div>"
        let article = try Self.ingest(Self.page(head: "<title>River floods</title>", body: body))
        #expect(article.published?.isoDate == "2015-04-21")
        #expect(article.metadataSources["published"] == "date element")
    }

    @Test("A day without a year takes the year of the date in the article's address")
    func addressYear() throws {
        let head = "<link rel=\"canonical\" href=\"https://news.example/world/river-floods/2015/03/18/abc_story.html\">"
        let body = "<span class=\"pb-timestamp\">March 18 at 3:57 PM</span><div class=\"story\">\(Self.paragraphs)</div>"
        let article = try Self.ingest(Self.page(head: head, body: body))
        #expect(article.published?.isoDate == "2015-03-18")
        #expect(article.published?.hour == 15)
        #expect(article.metadataSources["published"] == "date element")
        let bare = try Self.ingest(Self.page(head: head, body: "<div class=\"story\">\(Self.paragraphs)</div>"))
        #expect(bare.published?.isoDate == "2015-03-18")
        #expect(bare.metadataSources["published"] == "url")
    }

    @Test("Byline elements: the linked name, a name run into the date, never a desk")
    func bylineElements() throws {
        let linked = "<p class=\"byline\"><span>by</span> <a href=\"/author/jr\">Jane Roe</a><span class=\"bydate\">22 Dec 2016</span></p>"
        #expect(try Self.ingest(Self.page(body: linked + "<div class=\"story\">\(Self.paragraphs)</div>")).authors == ["Jane Roe"])
        let runIn = "<cite class=\"byline\">By JANE ROE <abbr>March 11, 2015 3:46 PM</abbr></cite>"
        #expect(try Self.ingest(Self.page(body: runIn + "<div class=\"story\">\(Self.paragraphs)</div>")).authors == ["JANE ROE"])
        let desk = "<p class=\"byline\">By Our Foreign Staff</p>"
        #expect(try Self.ingest(Self.page(body: desk + "<div class=\"story\">\(Self.paragraphs)</div>")).authors.isEmpty)
        #expect(HTMLArticle.personNames("Richard (R.J.) Eskow") == ["Richard (R.J.) Eskow"])
    }

    @Test("A meta title that adds the author to the page's headline gives the headline")
    func titleSuffix() throws {
        let head = "<meta property=\"og:title\" content=\"River floods the lower town | Jane Roe\">"
        let article = try Self.ingest(Self.page(head: head, body: "<h1>River floods the lower town</h1><div class=\"story\">\(Self.paragraphs)</div>"))
        #expect(article.title == "River floods the lower town")
    }

    @Test("A story inside a container whose class looks like furniture is still found (second pass)")
    func secondPass() throws {
        let body = "<div class=\"js-social-anchor sidebar-like\"><div>\(Self.paragraphs)</div></div><nav><a href=\"/\">Home</a></nav>"
        #expect(try Self.ingest(Self.page(body: body)).paragraphs == Self.prose)
    }

    @Test("Pages written without <p>: paragraphs as divs, or split by two line breaks")
    func withoutParagraphElements() throws {
        let divs = "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/n\">News</a></div><div class=\"text\">"
            + Self.prose.map { "<div>\($0)</div>" }.joined() + "</div>"
        #expect(try Self.ingest(Self.page(body: divs)).paragraphs == Self.prose)
        let breaks = "<div class=\"text\">" + Self.prose.joined(separator: "<br>\n<br>") + "</div>"
        #expect(try Self.ingest(Self.page(body: breaks)).paragraphs == Self.prose)
        // One line break inside a paragraph is not a new paragraph.
        let single = "<div class=\"text\"><p>" + Self.prose[0] + "<br>" + Self.prose[1] + "</p>" + Self.prose[2...].map { "<p>\($0)</p>" }.joined() + "</div>"
        #expect(try Self.ingest(Self.page(body: single)).paragraphs.first == Self.prose[0] + " " + Self.prose[1])
    }

    @Test("Nested articles: the story, not the teaser cards inside or beside it")
    func nestedArticles() throws {
        let teaser = "<article class=\"card\"><a href=\"/other\">Another story about something else entirely, read it now</a></article>"
        let body = """
            <main><article class="story"><h1>River floods the lower town</h1>\(Self.paragraphs)
            <aside>\(teaser)\(teaser)</aside></article></main>
            <section class="related">\(teaser)<p>A related story with a long enough summary, to look like a paragraph of text.</p></section>
            """
        let article = try Self.ingest(Self.page(body: body))
        #expect(article.paragraphs == Self.prose)
    }

    @Test("Comment sections, share rows, navigation, scripts and hidden ad slots are dropped")
    func furniture() throws {
        let body = """
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="article-body">\(Self.prose[0].wrappedInParagraph)
            <div class="share-tools"><a href="#">Share this story on Facebook</a> <a href="#">Share on X</a></div>
            <div style="height: 0px; overflow: hidden"><a href="https://ads.example">Sponsored player invented by someone</a></div>
            <script>var tracking = "Read this secret script text";</script>
            \(Self.prose[1...].map(\.wrappedInParagraph).joined())</div>
            <section id="comments"><p>I was there and the water was much higher than they say, honestly a disgrace.</p></section>
            """
        let article = try Self.ingest(Self.page(body: body))
        #expect(article.paragraphs == Self.prose)
    }

    @Test("Links stay Markdown links; images become captions from their alt text, never hotlinked")
    func linksAndImages() throws {
        let body = """
            <div class="story"><p>The <a href="https://example.org/report">council's report</a> blamed the dam, \
            as <a href="javascript:alert(1)">critics</a> had warned for years before the flood came.</p>
            <figure><img src="https://cdn.example/photo.jpg" alt="Water covers the main street of the lower town">
            <figcaption>The main street on Tuesday. Photo: Jane Roe</figcaption></figure>\(Self.paragraphs)</div>
            """
        let article = try Self.ingest(Self.page(body: body))
        #expect(article.paragraphs.first == "The council's report blamed the dam, as critics had warned for years before the flood came.")
        #expect(article.sourceLinks == [NameLink(paragraph: 1, offset: 4, length: 16, address: "https://example.org/report")])
        let markdown = MarkdownWriter.markdown(for: article)
        #expect(markdown.contains("The [council's report](<https://example.org/report>) blamed the dam, as critics had"))
        #expect(!markdown.contains("javascript"))
        #expect(article.captions.contains("Water covers the main street of the lower town"))
        #expect(article.captions.contains("The main street on Tuesday. Photo: Jane Roe"))
        #expect(!article.paragraphs.joined().contains("photo.jpg"))
    }

    @Test("Relative links resolve against <base href> or the page's address; fragments stay text")
    func relativeLinks() throws {
        let text = "<p>The <a href=\"/reports/dam\">council's report</a> and <a href=\"#notes\">the notes</a> blamed the dam, as <a href=\"//other.example/x\">critics</a> had warned for years.</p>"
        let head = "<link rel=\"canonical\" href=\"https://news.example/world/2024/03/05/flood.html\">"
        let article = try Self.ingest(Self.page(head: head, body: "<div class=\"story\">\(text)\(Self.paragraphs)</div>"))
        #expect(article.sourceLinks.map(\.address) == ["https://news.example/reports/dam", "https://other.example/x"])
        let based = try Self.ingest(Self.page(head: head + "<base href=\"https://cdn.example/a/\">", body: "<div class=\"story\">\(text)\(Self.paragraphs)</div>"))
        #expect(based.sourceLinks.first?.address == "https://cdn.example/reports/dam")
    }

    @Test("Entities are decoded once: &amp;lt; is the text &lt;, not a tag")
    func entitiesOnce() throws {
        let first = "<p>Officials wrote &amp;lt;b&amp;gt; in the notice &amp; said the level was &lt; 3 metres at the weir on Monday.</p>"
        let article = try Self.ingest(Self.page(body: "<div class=\"story\">\(first)\(Self.paragraphs)</div>"))
        #expect(article.paragraphs.first == "Officials wrote &lt;b&gt; in the notice & said the level was < 3 metres at the weir on Monday.")
    }

    @Test("Character sets: a declared windows-1252 page and a UTF-16 page with a byte-order mark")
    func charsets() throws {
        var latin = Data("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        latin.append(contentsOf: [0xE9])
        latin.append(Data(" news</title></head><body><div class=\"story\"><p>The caf".utf8))
        latin.append(contentsOf: [0xE9, 0x20, 0x93])  // é, space, left double quote in windows-1252
        latin.append(Data("Le Pont".utf8))
        latin.append(contentsOf: [0x94])  // right double quote
        latin.append(Data(" reopened on Monday after the water went down, its owner said happily.</p>".utf8))
        latin.append(Data((Self.paragraphs + "</div></body></html>").utf8))
        let article = try Self.ingest(latin)
        #expect(article.title == "Café news")
        #expect(article.paragraphs.first?.hasPrefix("The café “Le Pont") == true)

        let utf16 = "<html><head><title>Ström news</title></head><body><div class=\"story\">\(Self.paragraphs)</div></body></html>"
        var data = Data([0xFF, 0xFE])
        for unit in utf16.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let wide = try Self.ingest(data)
        #expect(wide.title == "Ström news")
        #expect(wide.paragraphs == Self.prose)
    }

    @Test("A page with no article body is skipped with a reason naming it")
    func noBody() throws {
        let links = (1...30).map { "<li><a href=\"/s\($0)\">Story number \($0) of today</a></li>" }.joined()
        #expect(throws: IngestError.self) { try Self.ingest(Self.page(head: "<title>Index</title>", body: "<ul>\(links)</ul>"), name: "index.html") }
        do {
            _ = try Self.ingest(Self.page(body: "<form><input name=user><p>Please log in to continue.</p></form>"), name: "login.htm")
            Issue.record("a login wall was read as an article")
        } catch {
            #expect((error as? IngestError)?.description.hasPrefix("login.htm: not an article") == true)
        }
    }

    @Test("A sidecar's fields win over the page's markup, and say so")
    func sidecar() throws {
        let head = "<meta property=\"og:title\" content=\"From the page\"><meta property=\"og:site_name\" content=\"Page Site\">"
        let article = try Self.ingest(
            Self.page(head: head, body: "<div class=\"story\">\(Self.paragraphs)</div>"),
            sidecar: "title: From the sidecar\npublished: 2024-03-05\nauthors: [Jane Roe]\n")
        #expect(article.title == "From the sidecar")
        #expect(article.outlet == "Page Site")
        #expect(article.published?.isoDate == "2024-03-05")
        #expect(article.authors == ["Jane Roe"])
        #expect(article.metadataSources["title"] == "sidecar")
        #expect(article.metadataSources["outlet"] == "open graph")
        #expect(throws: IngestError.self) {
            try Self.ingest(Self.page(body: "<div>\(Self.paragraphs)</div>"), sidecar: "- just\n- a list\n")
        }
    }

    @Test("A text seed's fields say where they came from too")
    func textSources() throws {
        let text = "River floods the lower town\n\nBy Jane Roe\n\nMarch 5, 2024\n\n" + Self.prose.joined(separator: "\n\n")
        let article = try ArticleIngester.ingest(data: Data(text.utf8), sourceFile: "river.txt").article
        #expect(article.metadataSources["title"] == "page text")
        #expect(article.metadataSources["authors"] == "byline")
        #expect(article.metadataSources["published"] == "page text")
    }

    @Test("Seeds folder: .html pages are seeds, a sidecar is read with its seed, a stray YAML file is named")
    func seedsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.page(body: "<div>\(Self.paragraphs)</div>").write(to: folder.appendingPathComponent("river.html"))
        try Data("title: River\n".utf8).write(to: folder.appendingPathComponent("river.yml"))
        try Data("title: Nothing\n".utf8).write(to: folder.appendingPathComponent("orphan.yaml"))
        let (seeds, unreadable) = try ProjectFiles.seeds(in: folder)
        #expect(seeds.map(\.name) == ["river.html"])
        #expect(seeds.first?.sidecarName == "river.yml")
        #expect(seeds.first?.sidecar == Data("title: River\n".utf8))
        #expect(unreadable.count == 1)
        #expect(unreadable.first?.description.contains("orphan.yaml") == true)
        // The sidecar is part of the seed's identity: editing it invalidates a cached analysis.
        let plain = SeedFile(name: "river.html", data: seeds[0].data)
        #expect(plain.digest != seeds[0].digest)
    }

    @Test("Deeply nested and malformed markup is read without a crash")
    func malformed() throws {
        let deep = String(repeating: "<div><span>", count: 5000) + Self.paragraphs + "<p>unclosed <b><i>tags"
        let article = try? Self.ingest(Self.page(body: deep))
        #expect(article == nil || article?.paragraphs.isEmpty == false)
        let garbage = Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        #expect(throws: IngestError.self) { try Self.ingest(garbage) }
    }
}

extension String {
    fileprivate var wrappedInParagraph: String { "<p>\(self)</p>" }
}
