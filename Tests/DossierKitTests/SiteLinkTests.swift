import Foundation
import Testing

@testable import DossierKit
@testable import DossierModel
@testable import DossierText
@testable import DossierIngest
@testable import DossierMarkdown
@testable import DossierExtract
@testable import DossierTemplates
@testable import DossierSite
@testable import DossierRender

@Suite("Links and anchors of the built site")
struct SiteLinkTests {
    @Test("Every internal link and #pN anchor of the seed site resolves")
    func seedSiteHasNoBrokenLinks() throws {
        let site = try Fixtures.builtSite()
        let report = SiteLinks.check(site.files)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(10))")
        #expect(site.brokenLinks.isEmpty)
        // Citations on person, timeline and figures pages point at paragraphs: those anchors must exist.
        #expect(report.anchorsChecked > 300)
        #expect(report.linksChecked > 1_000)
        let paragraphAnchors = try Fixtures.text("people/sergei-lavrov.html", in: site)
            .components(separatedBy: ".html#p").count - 1
        #expect(paragraphAnchors >= 10)
    }

    @Test("The committed public/ on disk has no broken link either")
    func committedSiteHasNoBrokenLinks() throws {
        let output = Fixtures.root.appendingPathComponent("public")
        var files: [String: Data] = [:]
        for path in SiteWriter.listFiles(under: output) {
            files[path] = try Data(contentsOf: output.appendingPathComponent(path))
        }
        #expect(files.count > 40)
        let report = SiteLinks.check(files)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(10))")
    }

    @Test("A deliberately broken page fails the check, naming each bad link")
    func brokenPageFails() {
        let page = """
            <p id="p1">Fine: <a href="#p1">here</a>, <a href="people/a.html#bio">there</a>, \
            <a href="https://example.org/x">away</a>, <a href="mailto:desk@example.org">mail</a>.</p>
            <p>Broken: <a href="people/missing.html">gone</a>, <a href="people/a.html#p99">no anchor</a>, \
            <a href="#nowhere">no anchor here</a>, <a href="../../etc/passwd">escape</a>, \
            <img src="assets/missing.png" alt="">, <a href="/people/a.html">root-relative</a>.</p>
            """
        let files = [
            "index.html": Data(page.utf8),
            "people/a.html": Data(#"<h1 id="bio">A</h1><a href="../index.html#p1">back</a>"#.utf8),
        ]
        let report = SiteLinks.check(files)
        #expect(report.linksChecked == 9)
        let problems = Set(report.problems.map { "\($0.page) \($0.link)" })
        #expect(
            problems == [
                "index.html people/missing.html", "index.html people/a.html#p99", "index.html #nowhere",
                "index.html ../../etc/passwd", "index.html assets/missing.png", "index.html /people/a.html",
            ])
        #expect(report.problems.first { $0.link == "people/a.html#p99" }?.problem == "no id \"p99\" on people/a.html")
    }

    @Test("Relative links resolve like a browser resolves them")
    func resolution() {
        #expect(SiteLinks.resolve("../people/x.html#timeline", from: "articles/a.html") == ("people/x.html", "timeline"))
        #expect(SiteLinks.resolve("#p3", from: "articles/a.html") == ("articles/a.html", "p3"))
        #expect(SiteLinks.resolve("search.html?q=kim", from: "index.html") == ("search.html", nil))
        #expect(SiteLinks.resolve("people/", from: "index.html") == ("people/index.html", nil))
        #expect(SiteLinks.resolve("../x.html", from: "index.html").path == nil)
        #expect(SiteLinks.isExternal("https://example.org"))
        #expect(!SiteLinks.isExternal("people/a.html"))
    }
}
