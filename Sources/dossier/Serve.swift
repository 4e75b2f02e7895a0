import ArgumentParser
import DossierKit
import DossierModel
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dossier serve`: build, serve the output folder, rebuild on every change and reload open pages.
/// Builds run in child processes, so no seed and no failed build can stop the server.
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

    /// Seconds a client has to send its request head before the connection is closed.
    private static let readTimeout: Duration = .seconds(10)

    func run() async throws {
        let display = host.contains(":") ? "[\(host)]" : host
        // Listen first, so that a busy port is reported before anything is built or written.
        let listener: Socket
        do {
            listener = try listen()
        } catch {
            throw exitCode(for: error, display: display)
        }
        do throws(BuildError) {
            try project.checkOutput()
        } catch {
            warn("error: \(error)")
            throw ExitCode(2)
        }
        guard await rebuild() else {
            warn("error: the first build failed; nothing to serve")
            throw ExitCode(2)
        }
        let generation = BuildGeneration()
        say("Serving \(ProjectOptions.shown(project.outputURL))/ at http://\(display):\(port)/ (Ctrl-C to stop)")
        say("Watching " + project.inputPaths.map { ProjectOptions.shown($0) }.joined(separator: ", ") + " for changes")
        let watcher = Task { await watch(generation: generation) }
        defer { watcher.cancel() }
        do {
            try await serve(on: listener, generation: generation)
        } catch {
            throw exitCode(for: error, display: display)
        }
    }

    private func listen() throws -> Socket {
        let address: any SocketAddress
        do {
            if host == "localhost" {
                address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
            } else if host.contains(":") {
                address = try sockaddr_in6.inet6(ip6: host, port: port)
            } else {
                address = try sockaddr_in.inet(ip4: host, port: port)
            }
        } catch {
            warn("error: --host \(host) is not an IPv4 or IPv6 address (try 127.0.0.1 or ::1)")
            throw ExitCode(2)
        }
        let socket = try Socket(domain: Int32(type(of: address).family))
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
        return socket
    }

    /// Accepts connections until cancelled; each one gets one response.
    private func serve(on listener: Socket, generation: BuildGeneration) async throws {
        let pool: some AsyncSocketPool = .make()
        try await pool.prepare()
        let accepting = try AsyncSocket(socket: listener, pool: pool)
        let root = project.outputURL
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await client in accepting.sockets {
                        connections.addTask { await Self.answer(client, root: root, generation: generation) }
                    }
                }
            }
            try await group.next()
        }
    }

    /// Reads one request head within the limits and the time allowed, answers it and closes.
    private static func answer(_ client: AsyncSocket, root: URL, generation: BuildGeneration) async {
        let timer = Task {
            try await Task.sleep(for: readTimeout)
            try? client.close()
        }
        defer {
            timer.cancel()
            try? client.close()
        }
        var received: [UInt8] = []
        var response: PreviewHTTP.Response
        var includeBody = true
        reading: while true {
            guard let chunk = try? await client.read(atMost: 4096), !chunk.isEmpty else { return }
            received += chunk
            switch PreviewHTTP.parse(received) {
            case .incomplete:
                continue reading
            case .failure(let status, let reason):
                response = PreviewHTTP.failure(status: status, reason: reason)
            case .request(let request):
                response = PreviewHTTP.response(to: request, root: root, generation: await generation.number)
                includeBody = request.method != "HEAD"
            }
            break reading
        }
        timer.cancel()
        try? await client.write(Data(PreviewHTTP.encode(response, includingBody: includeBody)))
    }

    /// A clear message for a server that could not start or stopped, and exit status 2.
    private func exitCode(for error: any Error, display: String) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
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

    /// Builds in a supervised child process, off the server's threads; true when the site was written.
    private func rebuild() async -> Bool {
        let arguments = project.buildArguments
        let seeds = project.seedsURL
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let status = Supervisor.run(arguments: arguments) {
                    ((try? ProjectFiles.seeds(in: seeds))?.seeds ?? []).map(\.name)
                }
                continuation.resume(returning: status == 0)
            }
        }
    }

    /// Looks at the watched files every `interval` seconds; on a change, waits for the writes to settle,
    /// rebuilds, and announces the new build so open pages reload. A failed build keeps the last site.
    private func watch(generation: BuildGeneration) async {
        let paths = project.inputPaths
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
            if await rebuild() {
                let number = await generation.advance()
                say("Build \(number) is live; open pages reload")
            } else {
                warn("Still serving the previous build; fix the problem and save again.")
            }
        }
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
