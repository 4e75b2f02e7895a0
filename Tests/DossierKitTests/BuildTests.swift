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

@Suite("Build: dossier.json, pages, determinism, atomic writes")
struct BuildTests {
    private func json() throws -> [String: Any] {
        let data = Data(try Fixtures.text("dossier.json", in: try Fixtures.builtSite()).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("dossier.json lists the five seed articles with their metadata")
    func dossierJSON() throws {
        let articles = try #require(try json()["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        let dates = articles.compactMap { $0["publishedDate"] as? String }
        #expect(dates.sorted() == ["2019-04-23", "2019-04-24", "2019-04-24", "2019-04-24", "2019-04-24"])
        #expect(articles.filter { $0["publishedInferred"] as? Bool == true }.count == 1)
        let first = try #require(articles.first { ($0["source"] as? String)?.hasPrefix("000") == true })
        #expect(first["authors"] as? [String] == ["Thomas Grove"])
        let second = try #require(articles.first { ($0["source"] as? String)?.hasPrefix("001") == true })
        #expect(second["outlet"] as? String == "Bloomberg")
        #expect((second["url"] as? String)?.hasPrefix("https://www.themoscowtimes.com/") == true)
        let outlets = Set(articles.compactMap { $0["outlet"] as? String })
        #expect(outlets.isSuperset(of: ["The Washington Times", "7Dnews/Reuters", "AP"]))
        for article in articles {
            for key in ["id", "title", "titleDerived", "outlet", "authors", "published", "publishedInferred",
                "dateline", "url", "html", "markdown", "paragraphs"]
            {
                #expect(article.keys.contains(key), "missing \(key)")
            }
            let id = try #require(article["id"] as? String)
            #expect(article["html"] as? String == "articles/\(id).html")
            #expect((article["paragraphs"] as? Int ?? 0) >= 14)
        }
    }

    @Test("JSON keys are sorted and two builds write identical bytes")
    func deterministic() throws {
        let first = try DossierBuild.run(try Fixtures.buildInput())
        let second = try DossierBuild.run(try Fixtures.buildInput())
        #expect(first.files == second.files)
        let text = try Fixtures.text("dossier.json", in: first)
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0) }
        #expect(topKeys == topKeys.sorted())
    }

    @Test("Article pages: numbered paragraphs, no links to #, relative links only, no chrome")
    func articlePages() throws {
        let site = try Fixtures.builtSite()
        for article in site.dossier.articles {
            let html = try Fixtures.text("articles/\(article.id).html", in: site)
            #expect(html.contains("<html lang=\"en\">"))
            #expect(html.contains("<meta name=\"viewport\""))
            for number in 1...article.paragraphs.count {
                #expect(html.contains("<p id=\"p\(number)\">"), "\(article.id) lacks #p\(number)")
            }
            #expect(!html.contains("href=\"#\""))
            #expect(!html.contains("href=\"/"))
            for chrome in ["Copyright", "Comment Policy", "Original url", "Related article", "Click to", "Printable Page"] {
                #expect(!html.contains(chrome), "\(article.id) shows \(chrome)")
            }
        }
        let index = try Fixtures.text("index.html", in: site)
        for article in site.dossier.articles {
            #expect(index.contains("href=\"articles/\(article.id).html\""))
        }
        #expect(site.files["assets/style.css"] != nil)
    }

    @Test("Seed text is escaped in pages")
    func escapedTitle() throws {
        let templates = try ProjectFiles.templates(in: Fixtures.templates)
        let text = "# Mayor <script>alert(1)</script> resigns\n\nApril 2, 2020\n\nThe mayor of a small town resigned on Monday after a long dispute with the council over the budget, officials said."
        let input = BuildInput(seeds: [SeedFile(name: "x.txt", data: Data(text.utf8))], templates: templates, assets: [:])
        let site = try DossierBuild.run(input)
        for (path, data) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path) lets a script through")
        }
    }

    @Test("Writing replaces the output whole; a failed write leaves the previous site")
    func atomicWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-write-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SiteWriter.write(["index.html": Data("one".utf8), "old.html": Data("x".utf8)], to: output)
        try SiteWriter.write(["index.html": Data("two".utf8)], to: output)
        #expect(SiteWriter.listFiles(under: output) == [OutputGuard.markerName, "index.html"])
        #expect(throws: BuildError.self) {
            try SiteWriter.write(["index.html": Data("three".utf8), "../escape.html": Data()], to: output)
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.html").path))
        #expect(SiteWriter.differences(["index.html": Data("two".utf8)], from: output).isEmpty)
        #expect(SiteWriter.differences(["index.html": Data("2".utf8), "new.html": Data()], from: output) == ["index.html", "new.html"])
    }

}

@Suite("Template errors")
struct TemplateErrorTests {
    @Test("A broken template is named, with the line and what is wrong")
    func brokenTemplate() throws {
        var input = try Fixtures.buildInput()
        input.templates["index"] = "{{<layout}}{{$main}}\n<h1>{{title}}</h1>\n{{#sources}}\n{{/main}}{{/layout}}"
        do {
            _ = try DossierBuild.run(input)
            Issue.record("the build should fail")
        } catch {
            #expect(error.description.hasPrefix("template index.mustache: line "), "\(error)")
            #expect(!error.description.contains("ParserError("), "\(error)")
        }
    }
}
