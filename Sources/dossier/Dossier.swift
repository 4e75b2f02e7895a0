import ArgumentParser
import DossierKit
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

    @Option(help: "Folder the site is written to; replaced atomically.")
    var output = "public"

    @Option(help: "Folder of Mustache templates, with assets/ for static files.")
    var templates = "Templates"

    @Option(help: "Editorial overrides (title, description, base_url, people); optional.")
    var config = "dossier.yml"

    @Option(help: "Absolute URL the site will be published at, for sitemap.xml, feed.xml and canonical links.")
    var baseURL: String?

    var outputURL: URL { URL(fileURLWithPath: output) }

    /// What `serve` watches for changes.
    var watchedPaths: [URL] {
        [URL(fileURLWithPath: seeds), URL(fileURLWithPath: templates), URL(fileURLWithPath: config)]
    }

    /// Reads the project and builds it in memory, printing each step and any warning.
    func build() throws(BuildError) -> BuildResult {
        let (input, unreadable) = try ProjectFiles.input(
            seeds: URL(fileURLWithPath: seeds), templates: URL(fileURLWithPath: templates),
            configuration: URL(fileURLWithPath: config), baseURL: baseURL)
        say("Reading \(input.seeds.count) seed files from \(seeds)/")
        let result = try DossierBuild.run(input) { step in say(step.line) }
        for problem in unreadable + result.skipped { warn("warning: skipped \(problem)") }
        for problem in result.brokenLinks { warn("warning: broken link: \(problem)") }
        return result
    }

    /// Builds and writes the site, and says what it wrote.
    func buildAndWrite() throws(BuildError) -> BuildResult {
        let started = Date()
        let result = try build()
        try SiteWriter.write(result.files, to: outputURL)
        let seconds = Date().timeIntervalSince(started)
        say(
            "Built \(result.dossier.articles.count) articles, \(result.pageCount) pages, "
                + "\(result.files.count) files into \(output)/ in \(String(format: "%.2f", seconds)) s")
        return result
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
    static let configuration = CommandConfiguration(
        abstract: "Build the site from the seed articles into the output folder.")

    @OptionGroup var project: ProjectOptions

    @Flag(help: "Build without writing; exit 1 and list the files that differ from the output folder.")
    var check = false

    func run() throws {
        do {
            guard check else {
                _ = try project.buildAndWrite()
                return
            }
            let result = try project.build()
            let differences = SiteWriter.differences(result.files, from: project.outputURL)
            guard differences.isEmpty else {
                warn("\(project.output)/ is out of date; \(differences.count) files differ:")
                for path in differences { warn("  \(path)") }
                throw ExitCode(1)
            }
            say("\(project.output)/ is up to date (\(result.files.count) files)")
        } catch let error as BuildError {
            warn("error: \(error)")
            throw ExitCode(2)
        }
    }
}
