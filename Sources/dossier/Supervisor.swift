import DossierKit
import DossierModel
import Foundation

/// Runs each build in a child process of this same program, so that a crash caused by one seed (a
/// trap, a bug) costs that seed only: the supervisor finds which seed makes a build crash, by halving
/// the set of seeds, leaves it out with a warning naming it, and builds again.
enum Supervisor {
    /// The environment a child build reads; none of it is meant for people.
    enum Variable {
        static let worker = "DOSSIER_WORKER"
        /// A JSON array of seed file names to leave out.
        static let skip = "DOSSIER_WORKER_SKIP"
        /// A JSON array of seed file names to build alone (a probe).
        static let only = "DOSSIER_WORKER_ONLY"
        /// Build in memory and write nothing: a probe only asks "does it crash?".
        static let probe = "DOSSIER_WORKER_PROBE"
        /// Test seam: a child traps on any seed whose text contains this string.
        static let injectTrap = "DOSSIER_INJECT_TRAP"
    }

    static var isWorker: Bool { ProcessInfo.processInfo.environment[Variable.worker] == "1" }

    /// Names from a JSON array in the environment, or nil when the variable is not set.
    static func names(_ variable: String) -> Set<String>? {
        guard let text = ProcessInfo.processInfo.environment[variable],
            let names = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
        else { return nil }
        return Set(names)
    }

    /// Runs `arguments` (a `build` command line) in children until one finishes without crashing; returns
    /// its exit status. `seedNames` lists the seeds the build would read, for finding a culprit.
    static func run(arguments: [String], seedNames: () -> [String]) -> Int32 {
        var skipped: [String] = []
        for _ in 0..<8 {
            let outcome = child(arguments, skip: skipped, only: nil, probe: false)
            guard case .crashed(let signal) = outcome else {
                if case .exited(let status) = outcome { return status }
                return 2
            }
            let candidates = seedNames().filter { !skipped.contains($0) }
            guard let culprit = culprit(in: candidates, arguments: arguments, skip: skipped) else {
                warn("error: the build crashed (signal \(signal)) and no single seed file explains it; please report this with your seeds")
                return 2
            }
            warn("warning: skipped \(culprit): the build crashed while reading it (signal \(signal)); it was left out, please report it")
            skipped.append(culprit)
        }
        warn("error: the build kept crashing; gave up after leaving out \(skipped.count) seed file\(skipped.count == 1 ? "" : "s")")
        return 2
    }

    /// One seed that crashes a build on its own, found by halving; nil when the crash needs several.
    private static func culprit(in names: [String], arguments: [String], skip: [String]) -> String? {
        var suspects = names
        guard case .crashed = child(arguments, skip: skip, only: suspects, probe: true) else { return nil }
        while suspects.count > 1 {
            let half = suspects.count / 2
            let first = Array(suspects[..<half])
            let second = Array(suspects[half...])
            if case .crashed = child(arguments, skip: skip, only: first, probe: true) {
                suspects = first
            } else if case .crashed = child(arguments, skip: skip, only: second, probe: true) {
                suspects = second
            } else {
                return nil
            }
        }
        return suspects.first
    }

    /// Signals that mean the program itself failed (a trap, an abort, a bad memory access).
    private static let crashSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    private enum Outcome {
        case exited(Int32)
        case crashed(signal: Int32)
        case failedToStart
    }

    private static func child(_ arguments: [String], skip: [String], only: [String]?, probe: Bool) -> Outcome {
        guard let executable = Bundle.main.executableURL else { return .failedToStart }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment[Variable.worker] = "1"
        // The crash is reported by the supervisor in one line; a full backtrace only when asked for.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        environment[Variable.skip] = json(skip)
        if let only { environment[Variable.only] = json(only) }
        if probe {
            environment[Variable.probe] = "1"
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        process.environment = environment
        do {
            try process.run()
        } catch {
            warn("error: cannot start a build process (\(error.localizedDescription))")
            return .failedToStart
        }
        process.waitUntilExit()
        guard process.terminationReason == .uncaughtSignal else { return .exited(process.terminationStatus) }
        let signal = process.terminationStatus
        // Interrupted or killed from outside: not a crash to pin on a seed.
        guard crashSignals.contains(signal) else { return .exited(128 + signal) }
        return .crashed(signal: signal)
    }

    private static func json(_ names: [String]) -> String {
        (try? JSONEncoder().encode(names)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
