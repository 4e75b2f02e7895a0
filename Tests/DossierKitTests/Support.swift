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

/// Paths and fixtures shared by the tests: the sample dossier kept under `Tests/Fixtures/sample` (a copy
/// of the showcase, so that a dossier of one's own in `seeds/` changes no test) and the templates the
/// tool is built with.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("Tests/Fixtures/sample/seeds")
    static let templates = root.appendingPathComponent("Templates")

    /// The seed whose file name starts with `prefix` ("000", "004"), ingested on its own.
    static func seed(_ prefix: String) throws -> IngestedArticle {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        let data = try Data(contentsOf: seeds.appendingPathComponent(name))
        return try ArticleIngester.ingest(data: data, sourceFile: name)
    }

    static func buildInput() throws -> BuildInput {
        BuildInput(
            seeds: try ProjectFiles.seeds(in: seeds).seeds, templates: try ProjectFiles.templates(in: templates),
            assets: try ProjectFiles.assets(in: templates))
    }

    /// The whole seed dossier, built once per test process.
    static let build: Result<BuildResult, any Error> = Result { try DossierBuild.run(try buildInput()) }

    static func builtSite() throws -> BuildResult { try build.get() }

    /// A built file as text.
    static func text(_ path: String, in site: BuildResult) throws -> String {
        let data = try #require(site.files[path], "no \(path) in the build")
        return String(decoding: data, as: UTF8.self)
    }

    static func article(titled prefix: String) throws -> Article {
        let articles = try builtSite().dossier.articles
        return try #require(articles.first { $0.title.hasPrefix(prefix) })
    }
}

/// Runs the built `dossier` executable on a throwaway copy of the project.
enum DossierTool {
    /// The `dossier` executable that `swift build`/`swift test` put next to the test bundle.
    static func executable() throws -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = Fixtures.root.appendingPathComponent(".build/debug/dossier")
        try #require(FileManager.default.isExecutableFile(atPath: fallback.path), "dossier executable not built")
        return fallback
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
        -> (status: Int32, output: String, errors: String)
    {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    static func project() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path) {
            try FileManager.default.copyItem(
                at: Fixtures.seeds.appendingPathComponent(name), to: folder.appendingPathComponent("seeds/\(name)"))
        }
        try FileManager.default.copyItem(at: Fixtures.templates, to: folder.appendingPathComponent("Templates"))
        return folder
    }
}
