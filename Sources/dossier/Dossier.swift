import ArgumentParser
import DossierKit
import DossierModel
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build a static news dossier site from raw article text.",
        subcommands: [Build.self, Serve.self],
        defaultSubcommand: Build.self
    )
}

/// Where a project's inputs and output are: shared by `build` and `serve`.
struct ProjectOptions: ParsableArguments {
    @Option(help: "Folder of raw article text files (*.txt, *.md).")
    var seeds = "seeds"

    @Option(help: "Folder the site is written to; replaced whole, and only if Dossier wrote it or it is empty.")
    var output = "public"

    @Option(help: "Folder of Mustache templates, with assets/ for static files.")
    var templates = "Templates"

    @Option(help: "Editorial overrides (title, description, base_url, people); optional.")
    var config = "dossier.yml"

    @Option(help: "Absolute URL the site will be published at, for sitemap.xml, feed.xml and canonical links.")
    var baseURL: String?

    @Flag(help: "Replace the output folder even if Dossier did not write it (never the project itself or its inputs).")
    var force = false

    @Option(help: "Folder for per-article results kept between builds (default: .dossier-cache beside the seeds folder).")
    var cache: String?

    @Flag(help: "Neither read nor write the cache.")
    var noCache = false

    var outputURL: URL { URL(fileURLWithPath: output) }

    /// What the build reads, and what `serve` watches for changes.
    var inputPaths: [URL] {
        [URL(fileURLWithPath: seeds), URL(fileURLWithPath: templates), URL(fileURLWithPath: config)]
    }

    /// The same options as a `build` command line, for a child process.
    var buildArguments: [String] {
        var arguments = ["build", "--seeds", seeds, "--output", output, "--templates", templates, "--config", config]
        if let baseURL { arguments += ["--base-url", baseURL] }
        if let cache { arguments += ["--cache", cache] }
        if noCache { arguments.append("--no-cache") }
        if force { arguments.append("--force") }
        return arguments
    }

    /// Refuses an output folder that a build must not replace, before anything is read.
    func checkOutput() throws(BuildError) {
        try OutputGuard.check(outputURL, surroundings: .current(inputs: inputPaths), force: force)
    }

    /// Per-seed results kept between builds: beside the seeds unless told otherwise, safe to delete.
    var cacheStore: DiskCache? {
        if noCache { return nil }
        let folder = cache.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: seeds).standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
        return DiskCache(folder: folder)
    }

    /// Reads the project's inputs; in a child build, the seeds the supervisor names are left out (or
    /// built alone, for a probe).
    private func readInput(quietly: Bool) throws(BuildError) -> BuildInput {
        let (read, unreadable) = try ProjectFiles.input(
            seeds: URL(fileURLWithPath: seeds), templates: URL(fileURLWithPath: templates),
            configuration: URL(fileURLWithPath: config), baseURL: baseURL)
        var input = read
        let skip = Supervisor.names(Supervisor.Variable.skip) ?? []
        let only = Supervisor.names(Supervisor.Variable.only)
        input.seeds.removeAll { seed in skip.contains(seed.name) || only.map { !$0.contains(seed.name) } ?? false }
        if let marker = ProcessInfo.processInfo.environment[Supervisor.Variable.injectTrap], !marker.isEmpty,
            input.seeds.contains(where: { String(decoding: $0.data, as: UTF8.self).contains(marker) })
        {
            fatalError("injected fault: a seed contains \(marker)")
        }
        if !quietly {
            say("Reading \(Plural.count(input.seeds.count, "seed file")) from \(seeds)/")
            for problem in unreadable { warn("warning: skipped \(problem)") }
        }
        return input
    }

    /// Builds into `sink` (or in memory), printing each step and any warning.
    func build(into sink: (any SiteSink)? = nil, quietly: Bool = false) throws(BuildError) -> BuildResult {
        let input = try readInput(quietly: quietly)
        let cache = cacheStore
        let progress: (BuildStep) -> Void = { step in if !quietly { say(step.line) } }
        let warning: (String) -> Void = { message in if !quietly { warn("warning: " + message) } }
        let result = if let sink {
            try DossierBuild.run(input, into: sink, cache: cache, progress: progress, warning: warning)
        } else {
            try DossierBuild.run(input, cache: cache, progress: progress, warning: warning)
        }
        if !quietly {
            for note in result.notes + (cache?.notes ?? []) { say("note: \(note)") }
            for problem in result.brokenLinks { warn("warning: broken link: \(problem)") }
            for problem in result.templateWarnings { warn("warning: \(problem)") }
        }
        return result
    }

    /// Builds the site into a staging folder and swaps it in, and says what it wrote.
    func buildAndWrite() throws(BuildError) -> BuildResult {
        let started = Date()
        try checkOutput()
        let sink = try StagingSink(beside: outputURL)
        let result: BuildResult
        do {
            result = try build(into: sink)
            try SiteWriter.commit(sink, to: outputURL)
        } catch {
            sink.discard()
            throw error
        }
        let seconds = Date().timeIntervalSince(started)
        let (written, unchanged) = sink.counts
        say(
            "Built \(Plural.count(result.dossier.articles.count, "article")), \(Plural.count(result.pageCount, "page")), "
                + "\(Plural.count(result.fileCount, "file")) into \(output)/ in \(String(format: "%.2f", seconds)) s"
                + " (\(written) written, \(unchanged) unchanged; \(result.cachedSeeds) of \(result.dossier.articles.count) articles from the cache)")
        return result
    }
}

/// "1 seed file", "2 seed files".
enum Plural {
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

/// A line on standard output, written at once (also when piped, as `serve`'s progress must be).
func say(_ message: String) {
    FileHandle.standardOutput.write(Data((message + "\n").utf8))
}

func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

struct Build: ParsableCommand {
    /// `--timings`: one line per stage, then the speed of ingest and analysis over the seed text.
    static func printTimings(_ result: BuildResult) {
        for stage in result.stages {
            let name = stage.name.padding(toLength: 24, withPad: " ", startingAt: 0)
            warn("timing: " + name + String(format: "%8.3f s", stage.seconds))
        }
        let textSeconds = result.stages.filter { ["ingest", "analyse"].contains($0.name) }.reduce(0) { $0 + $1.seconds }
        let megabytes = Double(result.seedBytes) / 1e6
        warn(String(format: "timing: ingest+analyse %.2f MB of seed text at %.1f MB/s", megabytes, textSeconds > 0 ? megabytes / textSeconds : 0))
    }

    static let configuration = CommandConfiguration(
        abstract: "Build the site from the seed articles into the output folder.")

    @OptionGroup var project: ProjectOptions

    @Flag(help: "Build without writing; exit 1 and list the files that differ from the output folder.")
    var check = false

    @Flag(help: "Print how long each stage took, and ingest and analysis speed in MB/s of seed text.")
    var timings = false

    func run() throws {
        guard Supervisor.isWorker else {
            // The supervisor: refuse a dangerous output before anything is read, then build in a child.
            if !check {
                do throws(BuildError) {
                    try project.checkOutput()
                } catch {
                    warn("error: \(error)")
                    throw ExitCode(2)
                }
            }
            let seeds = URL(fileURLWithPath: project.seeds)
            let status = Supervisor.run(arguments: Array(CommandLine.arguments.dropFirst())) {
                ((try? ProjectFiles.seeds(in: seeds))?.seeds ?? []).map(\.name)
            }
            if status != 0 { throw ExitCode(status) }
            return
        }
        do {
            if ProcessInfo.processInfo.environment[Supervisor.Variable.probe] == "1" {
                _ = try project.build(quietly: true)
                return
            }
            guard check else {
                let result = try project.buildAndWrite()
                if timings { Self.printTimings(result) }
                return
            }
            let result = try project.build()
            let differences = SiteWriter.differences(result.files, from: project.outputURL)
            guard differences.isEmpty else {
                warn("\(project.output)/ is out of date; \(Plural.count(differences.count, "file")) \(differences.count == 1 ? "differs" : "differ"):")
                for path in differences { warn("  \(path)") }
                throw ExitCode(1)
            }
            say("\(project.output)/ is up to date (\(Plural.count(result.files.count, "file")))")
        } catch let error as BuildError {
            warn("error: \(error)")
            throw ExitCode(2)
        }
    }
}
