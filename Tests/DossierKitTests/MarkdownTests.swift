import Foundation
import Testing
import Yams

@testable import DossierKit
@testable import DossierModel
@testable import DossierText
@testable import DossierIngest
@testable import DossierMarkdown
@testable import DossierExtract
@testable import DossierTemplates
@testable import DossierSite
@testable import DossierRender

@Suite("Markdown: front matter and cmark-gfm rendering")
struct MarkdownTests {
    @Test("Each article's Markdown carries its metadata as YAML front matter")
    func frontMatter() throws {
        let site = try Fixtures.builtSite()
        let article = try Fixtures.article(titled: "NKorea")
        let text = try Fixtures.text("articles/\(article.id).md", in: site)
        #expect(text.hasPrefix("---\n"))
        let yaml = try #require(text.components(separatedBy: "---\n").dropFirst().first)
        let front = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(front["title"] as? String == "NKorea's Kim Needs a Win in Putin Talks")
        #expect(front["outlet"] as? String == "AP")
        #expect(front["published"] as? String == "2019-04-23T06:41:00")
        #expect(front["published_inferred"] as? Bool == true)
        #expect(front["dateline"] as? String == "Tokyo")
        #expect(text.contains("\n## Why Now?\n"))
        #expect(text.contains("tenfold — to $1 billion — by 2020"))
    }

    @Test("A derived title is flagged in the front matter")
    func derivedTitle() throws {
        let article = try Fixtures.article(titled: "Kim Jong-un’s summit")
        let markdown = MarkdownWriter.markdown(for: article)
        #expect(markdown.contains("title_derived: true\n"))
    }

    @Test("Plain text is escaped so it renders back to itself, never to markup")
    func escaping() {
        let text = "1. <b>Bold</b> *not* [a](#) & 5 > 3"
        let markdown = MarkdownWriter.escape(text)
        let html = CommonMark.html(from: markdown)
        #expect(html == "<p>1. &lt;b&gt;Bold&lt;/b&gt; *not* [a](#) &amp; 5 &gt; 3</p>\n")
        #expect(CommonMark.html(from: MarkdownWriter.escape("# not a heading")) == "<p># not a heading</p>\n")
    }

    @Test("cmark-gfm renders a table, an autolink and strikethrough")
    func extensions() {
        let table = CommonMark.html(from: "| Figure | Value |\n| --- | --- |\n| Workers | 10,000 |\n")
        #expect(table.contains("<table>"))
        #expect(table.contains("<th>Figure</th>"))
        #expect(table.contains("<td>10,000</td>"))
        let autolink = CommonMark.html(from: "See https://example.org/report for details.")
        #expect(autolink == "<p>See <a href=\"https://example.org/report\">https://example.org/report</a> for details.</p>\n")
        #expect(CommonMark.html(from: "~~old~~ new") == "<p><del>old</del> new</p>\n")
    }

    @Test("Raw HTML never passes: script is filtered, unsafe links are dropped")
    func unsafeHTML() {
        let html = CommonMark.html(from: "<script>alert(1)</script>\n\nText <script>x</script> and [click](javascript:alert(1))")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
    }

    @Test("Top-level blocks give paragraphs and headings without their wrapping tags")
    func blocks() {
        let blocks = CommonMark.blocks(from: "## Head *one*\n\nFirst **para**.\n\nSecond.\n")
        #expect(blocks == [
            CommonMark.Block(kind: .heading(level: 2), html: "Head <em>one</em>"),
            CommonMark.Block(kind: .paragraph, html: "First <strong>para</strong>."),
            CommonMark.Block(kind: .paragraph, html: "Second."),
        ])
    }
}
