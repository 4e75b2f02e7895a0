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

@Suite("Command line: dossier build", .serialized)
struct CommandLineTests {
    @Test("Builds, reports each step, and --check passes on its own output")
    func buildAndCheck() throws {
        let folder = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = try DossierTool.run(["build"], in: folder)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output.contains("[1/4] Ingest articles: 5 of 5 seed files"))
        #expect(build.output.range(of: "Built 5 articles, [0-9]+ pages", options: .regularExpression) != nil)
        let check = try DossierTool.run(["build", "--check"], in: folder)
        #expect(check.status == 0, "\(check.errors)")
        try Data("changed".utf8).write(to: folder.appendingPathComponent("public/index.html"))
        let stale = try DossierTool.run(["build", "--check"], in: folder)
        #expect(stale.status == 1)
        #expect(stale.errors.contains("index.html"))
    }

    @Test("Unreadable and empty seeds are skipped with a warning naming the file")
    func badSeedIsSkipped() throws {
        let folder = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("seeds/empty.txt"))
        try Data([0, 1, 2, 3]).write(to: folder.appendingPathComponent("seeds/binary.txt"))
        let build = try DossierTool.run(["build"], in: folder)
        #expect(build.status == 0)
        #expect(build.errors.contains("warning: skipped empty.txt: the file is empty"))
        #expect(build.errors.contains("warning: skipped binary.txt: cannot read"))
        #expect(build.output.contains("5 of 7 seed files, 2 skipped"))
    }

    @Test("No readable seed: a clear error, exit 2, and the previous public/ untouched")
    func noSeeds() throws {
        let folder = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try DossierTool.run(["build"], in: folder).status == 0)
        let before = SiteWriter.listFiles(under: folder.appendingPathComponent("public"))
        let empty = folder.appendingPathComponent("empty-seeds")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let build = try DossierTool.run(["build", "--seeds", "empty-seeds"], in: folder)
        #expect(build.status == 2)
        #expect(build.errors.contains("error: no article could be read"))
        #expect(SiteWriter.listFiles(under: folder.appendingPathComponent("public")) == before)
        let missing = try DossierTool.run(["build", "--templates", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("nowhere"))
    }
}
