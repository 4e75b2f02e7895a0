import ArgumentParser
import DossierKit
import DossierModel
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build a static news dossier site from raw article text.",
        version: DossierVersion.string,
        subcommands: [Build.self, Serve.self, Init.self],
        defaultSubcommand: Build.self
    )
}

/// Where a project's inputs and output are: shared by `build` and `serve`. The project is the folder
/// given with `--project`, or the nearest one, from the current folder up, that holds a `dossier.yml` or
/// a `seeds/` folder (else the current folder); paths given on the command line are taken from the
/// current folder, defaults from the project.
struct ProjectOptions: ParsableArguments {
    @Option(help: "The project folder (default: the nearest folder, from here up, with a dossier.yml or a seeds/ folder).")
    var project: String?

    @Option(help: "Folder of raw articles (*.txt, *.md, *.html) (default: seeds/ in the project).")
    var seeds: String?

    @Option(help: "Folder the site is written to; replaced whole, and only if Dossier wrote it or it is empty (default: public/ in the project).")
    var output: String?

    @Option(help: "Templates that override the built-in ones, file by file, with assets/ for static files (default: Templates/ in the project, when there is one).")
    var templates: String?

    @Option(help: "Editorial overrides (title, description, base_url, aliases, not_people, roles) (default: dossier.yml in the project, when there is one).")
    var config: String?

    @Option(help: "Absolute URL the site will be published at, for sitemap.xml, feed.xml and canonical links.")
    var baseURL: String?

    @Flag(help: "Replace the output folder even if Dossier did not write it (never the project itself or its inputs).")
    var force = false

    @Option(help: "Folder for per-article results kept between builds (default: .dossier-cache in the project).")
    var cache: String?

    @Flag(help: "Neither read nor write the cache.")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    /// The project folder.
    var root: URL {
        if let project { return URL(fileURLWithPath: project).standardizedFileURL }
        return Self.discover(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// The nearest folder from `start` up that holds a `dossier.yml` or a `seeds/` folder; `start` when none does.
    static func discover(from start: URL) -> URL {
        var folder = start.standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("dossier.yml").path)
                || (FileManager.default.fileExists(atPath: folder.appendingPathComponent("seeds").path, isDirectory: &isDirectory) && isDirectory.boolValue)
            {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return start.standardizedFileURL }
            folder = parent
        }
    }

    private func inProject(_ explicit: String?, _ name: String) -> URL {
        explicit.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent(name)
    }

    var seedsURL: URL { inProject(seeds, "seeds") }
    var outputURL: URL { inProject(output, "public") }
    /// The project's templates, when it has some (or names some).
    var templatesURL: URL? {
        let url = inProject(templates, "Templates")
        return templates != nil || FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
    var configURL: URL { inProject(config, "dossier.yml") }

    /// Paths as the user sees them (relative to the current folder when inside it).
    static func shown(_ url: URL) -> String {
        let here = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path == here { return "." }
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    /// What the build reads, and what `serve` watches for changes.
    var inputPaths: [URL] {
        [seedsURL, configURL] + (templatesURL.map { [$0] } ?? [])
    }

    /// The same options as a `build` command line, for a child process.
    var buildArguments: [String] {
        var arguments = ["build", "--project", root.path, "--seeds", seedsURL.path, "--output", outputURL.path]
        if config != nil || FileManager.default.fileExists(atPath: configURL.path) { arguments += ["--config", configURL.path] }
        if let templatesURL { arguments += ["--templates", templatesURL.path] }
        if let baseURL { arguments += ["--base-url", baseURL] }
        if let cache { arguments += ["--cache", cache] }
        if noCache { arguments.append("--no-cache") }
        if force { arguments.append("--force") }
        if quiet { arguments.append("--quiet") }
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
            ?? seedsURL.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
        return DiskCache(folder: folder)
    }

    /// Reads the project's inputs; in a child build, the seeds the supervisor names are left out (or
    /// built alone, for a probe).
    private func readInput(quietly: Bool) throws(BuildError) -> (BuildInput, [IngestError]) {
        // A configuration named on the command line must be there; the project's own is optional.
        if let config, !FileManager.default.fileExists(atPath: configURL.path) {
            throw .configuration(file: config, problem: "does not exist (--config names a file to read)")
        }
        if let templates, !FileManager.default.fileExists(atPath: URL(fileURLWithPath: templates).path) {
            throw .io(path: templates, problem: "does not exist (--templates names a folder of templates)")
        }
        let (read, unreadable) = try ProjectFiles.input(
            seeds: seedsURL, templates: templatesURL, configuration: configURL, baseURL: baseURL)
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
            if !quiet { say("Reading \(Plural.count(input.seeds.count, "seed file")) from \(Self.shown(seedsURL))/") }
            for problem in unreadable { warn("warning: skipped \(problem)") }
        }
        return (input, unreadable)
    }

    /// Builds into `sink` (or in memory), printing each step and any warning.
    func build(into sink: (any SiteSink)? = nil, quietly: Bool = false) throws(BuildError) -> BuildResult {
        let (input, unreadable) = try readInput(quietly: quietly)
        let cache = cacheStore
        let progress: (BuildStep) -> Void = { step in if !quietly && !quiet { say(step.line) } }
        let warning: (String) -> Void = { message in if !quietly { warn("warning: " + message) } }
        var result = if let sink {
            try DossierBuild.run(input, into: sink, cache: cache, progress: progress, warning: warning)
        } else {
            try DossierBuild.run(input, cache: cache, progress: progress, warning: warning)
        }
        result.skipped = unreadable + result.skipped
        if !quietly {
            if !quiet { for note in result.notes + (cache?.notes ?? []) { say("note: \(note)") } }
            for problem in result.brokenLinks { warn("warning: broken link: \(problem)") }
            for problem in result.templateWarnings { warn("warning: \(problem)") }
        }
        return result
    }

    /// Builds the site into a staging folder and swaps it in, and says what it wrote.
    func buildAndWrite(strict: Bool = false) throws(BuildError) -> BuildResult {
        let started = Date()
        try checkOutput()
        let sink = try StagingSink(beside: outputURL)
        let result: BuildResult
        do throws(BuildError) {
            result = try build(into: sink)
            // --strict: any warning fails the build before anything is replaced.
            let warnings = Self.warningCount(result)
            if strict, warnings > 0 {
                sink.discard()
                throw BuildError.strict(warnings: Plural.count(warnings, "warning"))
            }
            try SiteWriter.commit(sink, to: outputURL)
        } catch {
            sink.discard()
            throw error
        }
        let seconds = Date().timeIntervalSince(started)
        let (written, unchanged) = sink.counts
        if quiet { return result }
        say(
            "Built \(Plural.count(result.dossier.articles.count, "article")), \(Plural.count(result.pageCount, "page")), "
                + "\(Plural.count(result.fileCount, "file")) into \(Self.shown(outputURL))/ in \(String(format: "%.2f", seconds)) s"
                + " (\(written) written, \(unchanged) unchanged; \(result.cachedSeeds) of \(Plural.count(result.dossier.articles.count, "article")) from the cache)")
        return result
    }

    /// Warnings a build gave: skipped seeds, broken links, template names no page provides.
    static func warningCount(_ result: BuildResult) -> Int {
        result.skipped.count + result.brokenLinks.count + result.templateWarnings.count
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

    @Flag(help: "Fail (exit 1, writing nothing) on any warning: a skipped seed, a broken link, a name a template uses that no page provides. For CI.")
    var strict = false

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
            let seeds = project.seedsURL
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
                let result = try project.buildAndWrite(strict: strict)
                if timings { Self.printTimings(result) }
                return
            }
            let result = try project.build()
            if strict, ProjectOptions.warningCount(result) > 0 {
                throw BuildError.strict(warnings: Plural.count(ProjectOptions.warningCount(result), "warning"))
            }
            let differences = SiteWriter.differences(result.files, from: project.outputURL)
            let shown = ProjectOptions.shown(project.outputURL)
            guard differences.isEmpty else {
                warn("\(shown)/ is out of date; \(Plural.count(differences.count, "file")) \(differences.count == 1 ? "differs" : "differ"):")
                for path in differences { warn("  \(path)") }
                throw ExitCode(1)
            }
            if !project.quiet { say("\(shown)/ is up to date (\(Plural.count(result.files.count, "file")))") }
        } catch let error as BuildError {
            warn("error: \(error)")
            if case .strict = error { throw ExitCode(1) }
            throw ExitCode(2)
        }
    }
}
