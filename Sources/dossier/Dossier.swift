import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build a static news dossier site from raw article text.",
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from the seed articles into the output folder.")

    @Option(help: "Folder of raw article text files (*.txt, *.md).")
    var seeds = "seeds"

    @Option(help: "Folder the site is written to; replaced atomically.")
    var output = "public"

    @Option(help: "Folder of Mustache templates, with assets/ for static files.")
    var templates = "Templates"

    @Option(help: "Editorial overrides (title, description); optional.")
    var config = "dossier.yml"

    @Option(help: "Absolute URL the site will be published at, for sitemap.xml, feed.xml and canonical links.")
    var baseURL: String?

    @Flag(help: "Build without writing; exit 1 and list the files that differ from the output folder.")
    var check = false

    func run() throws {
        let started = Date()
        let seedsURL = URL(fileURLWithPath: seeds)
        let outputURL = URL(fileURLWithPath: output)
        let templatesURL = URL(fileURLWithPath: templates)
        do {
            let (input, unreadable) = try ProjectFiles.input(
                seeds: seedsURL, templates: templatesURL, configuration: URL(fileURLWithPath: config), baseURL: baseURL)
            print("Reading \(input.seeds.count) seed files from \(seeds)/")
            let result = try DossierBuild.run(input) { step in print(step.line) }
            for problem in unreadable + result.skipped {
                warn("warning: skipped \(problem)")
            }
            for problem in result.brokenLinks {
                warn("warning: broken link: \(problem)")
            }
            if check {
                let differences = SiteWriter.differences(result.files, from: outputURL)
                guard differences.isEmpty else {
                    warn("\(output)/ is out of date; \(differences.count) files differ:")
                    for path in differences { warn("  \(path)") }
                    throw ExitCode(1)
                }
                print("\(output)/ is up to date (\(result.files.count) files)")
                return
            }
            try SiteWriter.write(result.files, to: outputURL)
            let seconds = Date().timeIntervalSince(started)
            print(
                "Built \(result.dossier.articles.count) articles, \(result.pageCount) pages, "
                    + "\(result.files.count) files into \(output)/ in \(String(format: "%.2f", seconds)) s")
        } catch let error as BuildError {
            warn("error: \(error)")
            throw ExitCode(2)
        }
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
