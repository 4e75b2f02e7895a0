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

@Suite("dossier serve: preview server with rebuild and live reload", .serialized)
struct ServeTests {
    /// `curl` as a user would run it: status code and body.
    private func curl(_ url: String) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "--silent", "--max-time", "5", "--write-out", "\n%{http_code}", url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.lastIndex(of: "\n") else { return (0, text) }
        return (Int(text[text.index(after: split)...]) ?? 0, String(text[..<split]))
    }

    /// Polls `condition` every 100 ms for up to `seconds`.
    private func eventually(within seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }

    private func freePort() -> Int {
        Int.random(in: 20_000...40_000)
    }

    @Test("Serves the built site to curl, rebuilds on a seed change without a restart, and refuses a busy port")
    func serveRebuildAndBusyPort() throws {
        let folder = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = freePort()
        let base = "http://127.0.0.1:\(port)"

        let server = Process()
        server.executableURL = try DossierTool.executable()
        server.arguments = ["serve", "--port", "\(port)"]
        server.currentDirectoryURL = folder
        // A seed that crashes the build (injected) must cost that seed only, never the server.
        server.environment = ProcessInfo.processInfo.environment.merging(["DOSSIER_INJECT_TRAP": "TRAP-IN-SERVE"]) { _, new in new }
        let log = folder.appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        server.standardOutput = logHandle
        server.standardError = logHandle
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }

        #expect(try eventually(within: 30) { try curl(base + "/").status == 200 }, "server did not answer")
        let home = try curl(base + "/")
        #expect(home.body.contains("<title>Kim and Putin</title>"))
        #expect(home.body.contains(PreviewSite.generationPath), "pages served get the live-reload script")
        #expect(try curl(base + "/people/sergei-lavrov.html").body.contains("<h1>Sergei Lavrov</h1>"))
        #expect(try curl(base + "/people/").status == 200)
        #expect(try curl(base + "/people").status == 301)
        #expect(try curl(base + "/feed.xml").body.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        let missing = try curl(base + "/no-such-page.html")
        #expect(missing.status == 404 && missing.body.contains("Page not found"))
        #expect(try curl(base + PreviewSite.generationPath).body == "1")
        // The file on disk never carries the preview script.
        let written = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(!written.contains(PreviewSite.generationPath))

        // A second server on the same port fails at once with a clear message, and writes nothing.
        let busy = try DossierTool.run(["serve", "--port", "\(port)", "--output", "other"], in: folder)
        #expect(busy.status == 2)
        #expect(busy.errors.contains("port is already in use"), "\(busy.errors)")
        #expect(busy.errors.contains("--port \(port + 1)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other").path))

        // Edit a seed: the running server rebuilds, and the change is served without a restart.
        let seeds = folder.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().first)
        let seed = seeds.appendingPathComponent(name)
        let text = try String(contentsOf: seed, encoding: .utf8)
        let edited = try #require(text.range(of: "economic relief"))
        #expect(try !curl(base + "/articles/north-koreas-kim-to-appeal-for-economic-relief-at-summit.html").body.contains("economic lifelines"))
        try text.replacingCharacters(in: edited, with: "economic lifelines").write(to: seed, atomically: true, encoding: .utf8)
        #expect(try eventually(within: 30) { try curl(base + PreviewSite.generationPath).body == "2" }, "no rebuild")
        let article = try curl(base + "/articles/north-koreas-kim-to-appeal-for-economic-relief-at-summit.html")
        #expect(article.status == 200)
        #expect(article.body.contains("economic lifelines"))
        try (text + "\n\nTRAP-IN-SERVE").write(to: seeds.appendingPathComponent("trap.txt"), atomically: true, encoding: .utf8)
        #expect(try eventually(within: 30) { try curl(base + PreviewSite.generationPath).body == "3" }, "no rebuild after a crashing seed")
        #expect(try curl(base + "/").status == 200)
        let logText = try String(contentsOf: log, encoding: .utf8)
        #expect(logText.contains("Serving public/ at http://127.0.0.1:\(port)/"))
        #expect(logText.contains("Build 2 is live"))
        #expect(logText.contains("skipped trap.txt: the build crashed"))
    }

    @Test("Request heads are read within limits; HEAD has no body; other methods get 405; redirects stay on the server")
    func requestHandling() throws {
        #expect(PreviewHTTP.parse(Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)) == .incomplete)
        #expect(PreviewHTTP.parse(Array("GET /a.html HTTP/1.1\r\nHost: x\r\n\r\n".utf8)) == .request(.init(method: "GET", target: "/a.html")))
        #expect(PreviewHTTP.parse(Array(("GET /" + String(repeating: "a", count: 9000)).utf8)) == .failure(status: 414, reason: "URI Too Long"))
        let headers = (0..<200).map { "X-\($0): y\r\n" }.joined()
        #expect(PreviewHTTP.parse(Array(("GET / HTTP/1.1\r\n" + headers + "\r\n").utf8)) == .failure(status: 431, reason: "Request Header Fields Too Large"))
        #expect(PreviewHTTP.parse(Array("GET / HTTP/2.0\r\n\r\n".utf8)) == .failure(status: 505, reason: "HTTP Version Not Supported"))
        #expect(PreviewHTTP.parse(Array("GARBAGE\r\n\r\n".utf8)) == .failure(status: 400, reason: "Bad Request"))

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-http-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("people"), withIntermediateDirectories: true)
        try Data("<html><body>x</body></html>".utf8).write(to: root.appendingPathComponent("index.html"))
        let post = PreviewHTTP.response(to: .init(method: "POST", target: "/"), root: root, generation: 1)
        #expect(post.status == 405 && post.headers.contains { $0 == ("Allow", "GET, HEAD") })
        for target in ["//people", "/people", "///people"] {
            let redirect = PreviewHTTP.response(to: .init(method: "GET", target: target), root: root, generation: 1)
            #expect(redirect.status == 301)
            #expect(redirect.headers.first { $0.0 == "Location" }?.1 == "/people/", "\(target)")
        }
        let page = PreviewHTTP.response(to: .init(method: "HEAD", target: "/"), root: root, generation: 1)
        let head = String(decoding: PreviewHTTP.encode(page, includingBody: false), as: UTF8.self)
        #expect(head.hasSuffix("\r\n\r\n"))
        #expect(head.contains("Content-Length: \(page.body.count)"))
    }

    @Test("Request paths map to site files and never leave the site")
    func requestPaths() {
        #expect(PreviewSite.file(forRequestPath: "/") == "index.html")
        #expect(PreviewSite.file(forRequestPath: "/people/") == "people/index.html")
        #expect(PreviewSite.file(forRequestPath: "/people/a.html?x=1#p2") == "people/a.html")
        #expect(PreviewSite.file(forRequestPath: "/search.html?q=kim") == "search.html")
        #expect(PreviewSite.file(forRequestPath: "/../etc/passwd") == nil)
        #expect(PreviewSite.file(forRequestPath: "/%2e%2e/etc/passwd") == nil)
        #expect(PreviewSite.file(forRequestPath: "/.public.staging/x") == nil)
        #expect(PreviewSite.contentType(for: "assets/style.css") == "text/css; charset=utf-8")
        #expect(PreviewSite.contentType(for: "feed.xml") == "application/xml")
        #expect(PreviewSite.contentType(for: "articles/a.md") == "text/markdown; charset=utf-8")
    }

    @Test("The live-reload script goes before </body> and carries the build number")
    func liveReloadScript() {
        let page = PreviewSite.withLiveReload("<html><body><p>x</p></body></html>", generation: 7)
        #expect(page.hasSuffix("</script>\n</body></html>"))
        #expect(page.contains(#"var seen = "7";"#))
        #expect(page.contains(#"fetch("/__dossier/generation""#))
    }

    @Test("A project snapshot changes when a watched file is added, edited or removed")
    func snapshots() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        let config = folder.appendingPathExtension("yml")
        defer { try? FileManager.default.removeItem(at: config) }
        let empty = ProjectSnapshot.take(of: [folder, config])
        try Data("one".utf8).write(to: file)
        let added = ProjectSnapshot.take(of: [folder, config])
        #expect(added != empty)
        #expect(ProjectSnapshot.take(of: [folder, config]) == added)
        try Data("three".utf8).write(to: file)
        #expect(ProjectSnapshot.take(of: [folder, config]) != added)
        try Data("title: X".utf8).write(to: config)
        #expect(ProjectSnapshot.take(of: [config]).stamps.count == 1)
        try FileManager.default.removeItem(at: file)
        #expect(ProjectSnapshot.take(of: [folder]).stamps.isEmpty)
    }
}
