import ArgumentParser
import DossierKit
import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dossier serve`: build, serve the output folder, rebuild on every change and reload open pages.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it locally, and rebuild and reload pages when a seed, template or dossier.yml changes.")

    @OptionGroup var project: ProjectOptions

    @Option(help: "Address to listen on (IPv4 or IPv6 literal, or localhost).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: UInt16 = 8000

    @Option(help: ArgumentHelp("Seconds between looks for changed files.", visibility: .hidden))
    var interval = 0.4

    func run() async throws {
        let generation = BuildGeneration()
        let server = HTTPServer(address: try address(), logger: .disabled)
        await server.appendRoute(HTTPRoute("GET,HEAD \(PreviewSite.generationPath)")) { _ in
            HTTPResponse(
                statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: Data("\(await generation.number)".utf8))
        }
        await server.appendRoute("GET,HEAD *", to: SiteFileHandler(root: project.outputURL, generation: generation))

        // Listen first, so that a busy port is reported before anything is built or written.
        let outcome = ServerOutcome()
        let running = Task {
            do {
                try await server.run()
            } catch {
                await outcome.fail(error)
                throw error
            }
        }
        let display = host.contains(":") ? "[\(host)]" : host
        while await server.listeningAddress == nil {
            if let error = await outcome.error {
                throw exitCode(for: error, display: display)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        do {
            _ = try project.buildAndWrite()
        } catch {
            warn("error: \(error)")
            running.cancel()
            throw ExitCode(2)
        }
        say("Serving \(project.output)/ at http://\(display):\(port)/ (Ctrl-C to stop)")
        say("Watching \(project.seeds)/, \(project.templates)/ and \(project.config) for changes")
        let watcher = Task { await watch(generation: generation) }
        defer { watcher.cancel() }
        do {
            try await running.value
        } catch {
            throw exitCode(for: error, display: display)
        }
    }

    /// A clear message for a server that could not start or stopped, and exit status 2.
    private func exitCode(for error: any Error, display: String) -> ExitCode {
        if case SocketError.failed(let type, let code, let message) = error {
            if code == EADDRINUSE {
                warn("error: cannot listen on \(display):\(port): the port is already in use (\(type)).")
                warn("Stop the program using it, or choose another port: dossier serve --port \(port == UInt16.max ? 8001 : port + 1)")
            } else {
                warn("error: cannot listen on \(display):\(port): \(message) (\(type), errno \(code)).")
            }
        } else {
            warn("error: the server stopped: \(error.localizedDescription)")
        }
        return ExitCode(2)
    }

    private func address() throws -> any SocketAddress {
        do {
            if host == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
            if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            warn("error: --host \(host) is not an IPv4 or IPv6 address (try 127.0.0.1 or ::1)")
            throw ExitCode(2)
        }
    }

    /// Looks at the watched files every `interval` seconds; on a change, waits for the writes to settle,
    /// rebuilds, and announces the new build so open pages reload. A failed build keeps the last site.
    private func watch(generation: BuildGeneration) async {
        let paths = project.watchedPaths
        var last = ProjectSnapshot.take(of: paths)
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
            var current = ProjectSnapshot.take(of: paths)
            guard current != last else { continue }
            repeat {
                last = current
                try? await Task.sleep(for: .milliseconds(150))
                current = ProjectSnapshot.take(of: paths)
            } while current != last
            say("Change detected; rebuilding")
            let project = self.project
            let outcome: Result<BuildResult, BuildError> = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    do throws(BuildError) {
                        continuation.resume(returning: .success(try project.buildAndWrite()))
                    } catch {
                        continuation.resume(returning: .failure(error))
                    }
                }
            }
            switch outcome {
            case .success:
                let number = await generation.advance()
                say("Build \(number) is live; open pages reload")
            case .failure(let error):
                warn("error: \(error)")
                warn("Still serving the previous build; fix the problem and save again.")
            }
        }
    }
}

/// Why the server's run ended, if it did.
actor ServerOutcome {
    private(set) var error: (any Error)?

    func fail(_ error: any Error) {
        self.error = error
    }
}

/// The number of the latest successful build, which open pages poll.
actor BuildGeneration {
    private(set) var number = 1

    func advance() -> Int {
        number += 1
        return number
    }
}

/// Serves the files of the output folder; HTML pages get the live-reload script, missing paths the
/// site's `404.html`.
struct SiteFileHandler: HTTPHandler {
    let root: URL
    let generation: BuildGeneration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The raw, still percent-encoded path: it keeps the trailing slash of a folder.
        let requestPath = request.target.path()
        guard let path = PreviewSite.file(forRequestPath: requestPath) else {
            return HTTPResponse(statusCode: .badRequest, headers: [.contentType: "text/plain"], body: Data("Bad path\n".utf8))
        }
        let file = path.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: requestPath + "/"], body: Data())
        }
        guard let data = try? Data(contentsOf: file) else {
            let page = (try? Data(contentsOf: root.appendingPathComponent("404.html"))) ?? Data("Not found\n".utf8)
            return await response(.notFound, path: "404.html", data: page)
        }
        return await response(.ok, path: path, data: data)
    }

    private func response(_ status: HTTPStatusCode, path: String, data: Data) async -> HTTPResponse {
        var body = data
        if path.hasSuffix(".html") {
            body = Data(PreviewSite.withLiveReload(String(decoding: data, as: UTF8.self), generation: await generation.number).utf8)
        }
        return HTTPResponse(
            statusCode: status,
            headers: [.contentType: PreviewSite.contentType(for: path), .cacheControl: "no-store"], body: body)
    }
}
