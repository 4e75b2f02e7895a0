import DossierFuzzing
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

/// One article, written for the test, built in memory with the real templates.
private func site(_ seeds: [String: String]) throws -> BuildResult {
    let input = BuildInput(
        seeds: seeds.map { SeedFile(name: $0.key, data: Data($0.value.utf8)) },
        templates: try ProjectFiles.templates(in: Fixtures.templates), assets: [:])
    return try DossierBuild.run(input)
}

private let story = """
    Harbour bridge reopens

    By Maria Lopes

    March 3, 2020

    The harbour bridge reopened on Tuesday after a three-week repair that cost 4.2 million euros, the city council said.

    "We are very happy with the work," said Mayor Ana Costa at a ceremony attended by about 300 people.
    """

@Suite("Hostile input: the output folder is never one Dossier did not write", .serialized)
struct OutputGuardTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        return url
    }

    @Test("Refused even with --force: /, home, the current folder and above, a file, the inputs and what holds or lies in them")
    func hardRefusals() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds")
        let templates = root.appendingPathComponent("Templates")
        let file = root.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        let surroundings = OutputGuard.Surroundings(
            inputs: [seeds, templates, root.appendingPathComponent("dossier.yml")], currentDirectory: root,
            home: root.appendingPathComponent("home"))
        let refused: [(URL, String)] = [
            (URL(fileURLWithPath: "/"), "root of the file system"), (root.appendingPathComponent("home"), "home folder"),
            (root, "current folder"), (root.deletingLastPathComponent(), "holds the current folder"),
            (seeds, "is an input"), (seeds.appendingPathComponent("site"), "lies inside an input"),
            (root.appendingPathComponent("dossier.yml"), "is an input"), (file, "a file"),
            (root.appendingPathComponent("public/../seeds"), "is an input"),
        ]
        for (output, reason) in refused {
            for force in [false, true] {
                do {
                    try OutputGuard.check(output, surroundings: surroundings, force: force)
                    Issue.record("\(output.path) should be refused")
                } catch {
                    #expect(error.description.contains(reason), "\(output.path): \(error)")
                }
            }
        }
    }

    @Test("A missing, empty or Dossier-written folder may be replaced; any other only with --force")
    func replaceable() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let surroundings = OutputGuard.Surroundings(inputs: [root.appendingPathComponent("seeds")], currentDirectory: root, home: URL(fileURLWithPath: "/nonexistent-home"))
        let site = root.appendingPathComponent("site")
        try OutputGuard.check(site, surroundings: surroundings, force: false)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try OutputGuard.check(site, surroundings: surroundings, force: false)
        try Data("mine".utf8).write(to: site.appendingPathComponent("notes.txt"))
        #expect(throws: BuildError.self) { try OutputGuard.check(site, surroundings: surroundings, force: false) }
        try OutputGuard.check(site, surroundings: surroundings, force: true)
        try OutputGuard.markerContents.write(to: site.appendingPathComponent(OutputGuard.markerName))
        try OutputGuard.check(site, surroundings: surroundings, force: false)
    }

    @Test("dossier build --output . exits 2, names the folder and the way out, and changes nothing")
    func commandLineRefuses() throws {
        let project = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let before = SiteWriter.listFiles(under: project)
        for output in [".", "..", "seeds", "Templates"] {
            let run = try DossierTool.run(["build", "--output", output, "--force"], in: project)
            #expect(run.status == 2, "\(output)")
            #expect(run.errors.contains("refusing to write the site to"), "\(run.errors)")
        }
        let foreign = project.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: foreign.appendingPathComponent("keep.txt"))
        let refused = try DossierTool.run(["build", "--output", "mine"], in: project)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--force"))
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("keep.txt").path))
        #expect(!refused.output.contains("Reading"), "nothing is read before the refusal")
        let forced = try DossierTool.run(["build", "--output", "mine", "--force"], in: project)
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(!FileManager.default.fileExists(atPath: foreign.appendingPathComponent("keep.txt").path))
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent(OutputGuard.markerName).path))
        // Built once, the folder is Dossier's: the next build needs no --force.
        #expect(try DossierTool.run(["build", "--output", "mine"], in: project).status == 0)
    }
}

@Suite("Hostile input: everything escaped for its context")
struct EscapingTests {
    @Test("A quote joined to a combining mark or a joiner cannot break out of an attribute on any page")
    func attributes() throws {
        let joinedQuote = "\"\u{0301}"
        let title = "Mayor \"\u{0301} onfocus=alert(1) autofocus x=\"\u{200D} resigns"
        let built = try site(["a.txt": "# \(title)\n\n" + story.split(separator: "\n", maxSplits: 1)[1]])
        for (path, data) in built.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(FuzzHarness.unsafeTag(in: html, allowingScripts: true) == nil, "\(path)")
            // Outside scripts (JSON-LD escapes quotes its own way), no quote is left bare.
            let markup = html.components(separatedBy: "<script").map { $0.components(separatedBy: "</script>").last ?? "" }.joined()
            let unescaped = markup.contains(joinedQuote)
            #expect(!unescaped, "\(path) has an unescaped quote")
        }
    }

    @Test("CSV cells that a spreadsheet would run as formulas are neutralised")
    func csv() {
        #expect(FigurePages.csvField("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        for text in ["+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            #expect(FigurePages.csvField(text).hasPrefix("'") || FigurePages.csvField(text).hasPrefix("\"'"), "\(text)")
        }
        #expect(FigurePages.csvField("plain, text") == "\"plain, text\"")
    }

    @Test("Markdown written from seed text: a ! before a linked name is not an image, marks do not hide markup")
    func markdown() {
        let article = Article(sourceFile: "x.txt", title: "T", blocks: [.paragraph("Wow! Jane Doe said *\u{0301}hi*\u{0301} <b>")])
        let links = [NameLink(paragraph: 1, offset: 5, length: 8, person: "jane-doe")]
        let markdown = MarkdownWriter.markdown(for: article, links: links)
        let html = CommonMark.html(from: MarkdownWriter.body(of: markdown))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<em>") && !html.contains("<b>"))
        #expect(html.contains("<a href=\"../people/jane-doe.html\">Jane Doe</a>"))
    }

    @Test("JSON-LD cannot close its script element")
    func jsonLD() throws {
        let built = try site(["a.txt": "# A </script><script>alert(1)</script> title\n\n" + story.split(separator: "\n", maxSplits: 1)[1]])
        for (path, data) in built.files where path.hasPrefix("articles/") && path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.components(separatedBy: "</script>").count == html.components(separatedBy: "<script").count, "\(path)")
        }
    }
}

@Suite("Hostile input: one bad seed costs that seed only", .serialized)
struct FailureIsolationTests {
    @Test("A seed that makes the build crash is left out with a warning naming it; the rest builds")
    func crashingSeed() throws {
        let project = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try Data((story + "\n\nTRAP-HERE").utf8).write(to: project.appendingPathComponent("seeds/trap.txt"))
        let run = try DossierTool.run(["build"], in: project, environment: ["DOSSIER_INJECT_TRAP": "TRAP-HERE"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("warning: skipped trap.txt: the build crashed while reading it"), "\(run.errors)")
        #expect(run.output.contains("Built 5 articles"))
    }

    @Test("Numbers past every integer type, and a long menu before the prose, do not crash")
    func formerCrashes() throws {
        let menu = (1...17).map { "Menu item \($0)" }.joined(separator: "\n\n")
        let built = try site([
            "big.txt": story + "\n\nThe council counted 1234567890123456789 people and 99999999999999999999999 dollars, 9999999999999999999 weeks ago.",
            "menu.txt": menu + "\n\n" + story,
        ])
        #expect(built.dossier.articles.count == 2)
        #expect(built.dossier.figures.allSatisfy { $0.value.isFinite && $0.value < 1e15 })
    }

    @Test("When every seed is skipped, each is named with its reason before the build fails")
    func allSkipped() throws {
        let project = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let seeds = project.appendingPathComponent("only")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try Data("   \n".utf8).write(to: seeds.appendingPathComponent("blank.txt"))
        try Data("Menu\n\nHome".utf8).write(to: seeds.appendingPathComponent("menu.txt"))
        let run = try DossierTool.run(["build", "--seeds", "only"], in: project)
        #expect(run.status == 2)
        #expect(run.errors.contains("skipped blank.txt"))
        #expect(run.errors.contains("skipped menu.txt"))
        #expect(run.errors.contains("error: no article could be read"))
    }
}

@Suite("Hostile input: time and output grow linearly")
struct LinearityTests {
    private func dates(_ count: Int) -> String {
        let list = (0..<count).map { "on \(1 + $0 % 28) March \(1990 + $0 % 30) \($0 + 12) people were counted" }
        return story + "\n\nOfficials said that " + list.joined(separator: ", ") + ".\n"
    }

    private func bytes(_ site: BuildResult) -> Int { site.files.values.reduce(0) { $0 + $1.count } }

    @Test("A sentence is never analysed longer than the limit, whatever the punctuation")
    func sentenceLimit() {
        let text = String(repeating: "word ", count: 5000) + "end. " + String(repeating: "x", count: 3000)
        let sentences = SentenceSplitter.sentences(in: text)
        #expect(sentences.allSatisfy { $0.utf8.count <= SentenceSplitter.maximumLength })
        #expect(sentences.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
    }

    @Test("Four times the dates in one sentence write at most about four times the bytes")
    func outputIsLinear() throws {
        let small = bytes(try site(["a.txt": dates(200)]))
        let large = bytes(try site(["a.txt": dates(800)]))
        let base = bytes(try site(["a.txt": story]))
        #expect(Double(large - base) <= 4.6 * Double(small - base), "\(small) → \(large)")
    }

    @Test("A seed of integers: each citation stays the size of a sentence, not of the page")
    func integers() throws {
        let numbers = (0..<4000).map { String($0 * 7 + 3) }.joined(separator: " ")
        let built = try site(["a.txt": story + "\n\n" + numbers])
        #expect(built.dossier.figures.allSatisfy { $0.citation.sentence.utf8.count <= SentenceSplitter.maximumLength })
        #expect(built.dossier.events.allSatisfy { $0.text.utf8.count <= SentenceSplitter.maximumLength })
    }

    @Test("One line of prose with no full stop, cut into pieces: a number at the end of a piece is read in its own piece")
    func oneLongLine() throws {
        // A count whose noun falls in the next piece once the line is cut (this crashed the figure scanner).
        let words = (0..<6000).map { index in index % 11 == 10 ? "\(index % 90 + 2) workers" : ["the", "council", "said", "river", "bridge"][index % 5] }
        let built = try site(["a.txt": "A long page\n\n" + words.joined(separator: " ")])
        #expect(!built.dossier.figures.isEmpty)
        #expect(built.dossier.figures.allSatisfy { $0.citation.sentence.utf8.count <= SentenceSplitter.maximumLength })
    }
}

@Suite("Hostile input: what is in the seeds folder", .serialized)
struct SeedFolderTests {
    @Test("Links out of the folder, folders, pipes and documents are skipped with one warning each; hidden files and editor leftovers quietly")
    func entries() throws {
        let project = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let seeds = project.appendingPathComponent("seeds")
        let outside = project.appendingPathComponent("secret.txt")
        try Data((story + " secret-marker").utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: seeds.appendingPathComponent("link.txt"), withDestinationURL: outside)
        try FileManager.default.createDirectory(at: seeds.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        #expect(mkfifo(seeds.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        for name in ["page.html", "memo.docx", "report.pdf"] { try Data("x".utf8).write(to: seeds.appendingPathComponent(name)) }
        for name in [".hidden.txt", "draft.txt~", ".draft.txt.swp", "#draft.txt#", ".DS_Store"] {
            try Data(story.utf8).write(to: seeds.appendingPathComponent(name))
        }
        let run = try DossierTool.run(["build"], in: project)
        #expect(run.status == 0, "\(run.errors)")
        let warnings = run.errors.split(separator: "\n").filter { $0.hasPrefix("warning: skipped") }
        #expect(warnings.count == 6, "\(warnings)")
        for (name, reason) in [
            ("link.txt", "outside the seeds folder"), ("folder.md", "a folder"), ("pipe.txt", "not a regular file"),
            ("page.html", "no article body"), ("memo.docx", "a Word document"), ("report.pdf", "a PDF"),
        ] {
            #expect(warnings.contains { $0.contains(name) && $0.contains(reason) }, "\(name)")
        }
        let json = try String(contentsOf: project.appendingPathComponent("public/dossier.json"), encoding: .utf8)
        #expect(!json.contains("secret-marker"))
        #expect(run.output.contains("Built 5 articles"))
    }
}

@Suite("Hostile input: the swap can always be undone", .serialized)
struct SwapTests {
    @Test("Two folders trade places in one step; the old site goes only once the new one is in")
    func exchange() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try SiteWriter.write(["index.html": Data("one".utf8)], to: output)
        try SiteWriter.write(["index.html": Data("two".utf8)], to: output)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test("Staging folders left by killed builds are removed when they are Dossier's, and kept when not")
    func staleStaging() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-stale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        // Process ids this high are not running.
        let ours = root.appendingPathComponent(".public.staging-99999990")
        let foreign = root.appendingPathComponent(".public.staging-99999991")
        for folder in [ours, foreign] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try OutputGuard.markerContents.write(to: ours.appendingPathComponent(OutputGuard.markerName))
        try SiteWriter.write(["index.html": Data("x".utf8)], to: output)
        #expect(!FileManager.default.fileExists(atPath: ours.path))
        #expect(FileManager.default.fileExists(atPath: foreign.path))
    }
}

@Suite("Hostile input: facts do not depend on file names or order")
struct OrderTests {
    @Test("Renaming every seed changes no person, event or figure")
    func renamed() throws {
        let seeds = try ProjectFiles.seeds(in: Fixtures.seeds).seeds
        let templates = try ProjectFiles.templates(in: Fixtures.templates)
        let original = try DossierBuild.run(BuildInput(seeds: seeds, templates: templates, assets: [:])).dossier
        let renamed = seeds.enumerated().map { SeedFile(name: "z\(seeds.count - $0.offset)-\($0.element.name)", data: $0.element.data) }
        let other = try DossierBuild.run(BuildInput(seeds: renamed.reversed(), templates: templates, assets: [:])).dossier
        #expect(original.people == other.people)
        #expect(original.events == other.events)
        #expect(original.figures == other.figures)
        #expect(original.articles.map(\.id) == other.articles.map(\.id))
    }
}

@Suite("Hostile input: fuzzing")
struct FuzzTests {
    @Test("Generated hostile seeds: no crash, every figure finite, nothing rendered as markup")
    func generated() throws {
        let folder = Fixtures.root.appendingPathComponent("Tests/Fuzz/corpus")
        let corpus = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))
        }
        #expect(corpus.count >= 10)
        let generator = FuzzGenerator(corpus: corpus, seed: 20_261_129)
        for index in 0..<150 {
            let finding = FuzzHarness.check(generator, index: index)
            #expect(finding == nil, "\(finding?.description ?? "")")
        }
        // The same number always gives the same bytes, so a failure can be replayed.
        #expect(generator.input(42) == FuzzGenerator(corpus: corpus, seed: 20_261_129).input(42))
    }
}
