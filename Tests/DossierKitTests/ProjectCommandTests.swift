import Foundation
import Testing

@testable import DossierKit
@testable import DossierModel
@testable import DossierTheme

/// `dossier init`, the built-in theme, finding the project, and the command-line habits CI relies on.
@Suite("Command line: init, built-in theme, project discovery, strict and friends", .serialized)
struct ProjectCommandTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A project with the sample seeds and no templates of its own.
    private func bareProject() throws -> URL {
        let folder = try DossierTool.project()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Templates"))
        return folder
    }

    @Test("The built-in theme is exactly Templates/ (run Scripts/embed-theme.py after editing it)")
    func builtInThemeIsFresh() throws {
        var files: [String: String] = [:]
        for path in SiteWriter.listFiles(under: Fixtures.templates) {
            files[path] = try String(contentsOf: Fixtures.templates.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(Set(files.keys) == Set(BuiltInTheme.files.keys))
        for (path, text) in files { #expect(BuiltInTheme.files[path] == text, "\(path) differs from the built-in copy") }
    }

    @Test("dossier init makes a project that builds with the built-in theme; it never overwrites")
    func initAndBuild() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try DossierTool.run(["init", "mine"], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        let project = folder.appendingPathComponent("mine")
        for path in ["seeds/example-article.txt", "dossier.yml", ".gitignore", ".github/workflows/pages.yml", "README.md"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Templates").path))
        let workflow = try String(contentsOf: project.appendingPathComponent(".github/workflows/pages.yml"), encoding: .utf8)
        #expect(workflow.contains("libcmark-gfm-dev") && workflow.contains("dossier build --strict") && !workflow.contains("swift test"))
        // From inside the project, and from its parent with --project.
        let inside = try DossierTool.run(["build", "--strict"], in: project)
        #expect(inside.status == 0, "\(inside.errors)")
        #expect(inside.output.contains("Built 1 article,"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("public/index.html").path))
        let fromParent = try DossierTool.run(["build", "--project", "mine", "--quiet"], in: folder)
        #expect(fromParent.status == 0 && fromParent.output.isEmpty, "\(fromParent.output)\(fromParent.errors)")
        // From a subfolder: the project is found upwards.
        let sub = project.appendingPathComponent("seeds")
        #expect(try DossierTool.run(["build", "--quiet"], in: sub).status == 0)
        let again = try DossierTool.run(["init", "mine"], in: folder)
        #expect(again.status == 2 && again.errors.contains("already has") && again.errors.contains("nothing was written"))
    }

    @Test("dossier init --templates copies the theme out; a project's template overrides the built-in one file by file")
    func templatesOverride() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try DossierTool.run(["init", "--templates", "mine"], in: folder).status == 0)
        let project = folder.appendingPathComponent("mine")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("Templates/layout.mustache").path))
        // Keep one file, changed; remove the rest: the others come from the tool.
        let templates = project.appendingPathComponent("Templates")
        let notFound = try String(contentsOf: templates.appendingPathComponent("404.mustache"), encoding: .utf8)
        try FileManager.default.removeItem(at: templates)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try notFound.replacingOccurrences(of: "Page not found", with: "Nothing here").write(
            to: templates.appendingPathComponent("404.mustache"), atomically: true, encoding: .utf8)
        let build = try DossierTool.run(["build"], in: project)
        #expect(build.status == 0, "\(build.errors)")
        let page = try String(contentsOf: project.appendingPathComponent("public/404.html"), encoding: .utf8)
        #expect(page.contains("Nothing here"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("public/assets/style.css").path))
    }

    @Test("--version prints the version")
    func version() throws {
        let run = try DossierTool.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0 && run.output.trimmingCharacters(in: .whitespacesAndNewlines) == DossierVersion.string)
    }

    @Test("--strict fails on any warning and writes nothing; without it the same build passes")
    func strict() throws {
        let folder = try bareProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("seeds/empty.txt"))
        let strict = try DossierTool.run(["build", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.errors.contains("1 warning with --strict; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
        #expect(try DossierTool.run(["build"], in: folder).status == 0)
        // A name a template uses that no page provides is a warning naming template and line.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("seeds/empty.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        let notFound = try #require(BuiltInTheme.files["404.mustache"])
        try (notFound + "{{unknownName}}\n").write(to: folder.appendingPathComponent("Templates/404.mustache"), atomically: true, encoding: .utf8)
        let warned = try DossierTool.run(["build", "--strict"], in: folder)
        #expect(warned.status == 1)
        #expect(warned.errors.contains("404") && warned.errors.contains("unknownName"))
    }

    @Test("--quiet prints only warnings and errors; counts read in the singular when they are one")
    func quietAndPlurals() throws {
        let folder = try bareProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("seeds").path).dropFirst() {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("seeds/\(name)"))
        }
        let build = try DossierTool.run(["build"], in: folder)
        #expect(build.output.contains("Reading 1 seed file from seeds/"))
        #expect(build.output.contains("[1/4] Ingest articles: 1 of 1 seed file\n"))
        #expect(build.output.contains("Built 1 article,"))
        #expect(build.output.contains("0 of 1 article from the cache") || build.output.contains("1 of 1 article from the cache"))
        let quiet = try DossierTool.run(["build", "--quiet"], in: folder)
        #expect(quiet.status == 0 && quiet.output.isEmpty)
    }

    @Test("--seeds naming a file, a missing --config, an unknown key and a YAML mistake are clear errors")
    func inputErrors() throws {
        let folder = try bareProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("seeds").path).first)
        let seedsFile = try DossierTool.run(["build", "--seeds", "seeds/\(file)"], in: folder)
        #expect(seedsFile.status == 2 && seedsFile.errors.contains("is a file; --seeds names the folder"))
        let missing = try DossierTool.run(["build", "--config", "nowhere.yml"], in: folder)
        #expect(missing.status == 2 && missing.errors.contains("nowhere.yml: does not exist"))
        try "titel: The bridge\n".write(to: folder.appendingPathComponent("dossier.yml"), atomically: true, encoding: .utf8)
        let unknown = try DossierTool.run(["build"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("unknown key `titel`; did you mean `title`?"))
        try "title: The bridge\ndescription: [unclosed\n".write(to: folder.appendingPathComponent("dossier.yml"), atomically: true, encoding: .utf8)
        let broken = try DossierTool.run(["build"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.errors.contains("dossier.yml") && broken.errors.contains("line ") && broken.errors.contains("column "))
    }
}
