import Foundation
import Testing

@testable import DossierKit

/// Paths and fixtures shared by the tests: the real seeds and templates of this repository.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
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
