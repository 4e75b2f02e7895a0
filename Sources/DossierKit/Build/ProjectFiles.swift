import Foundation
import Yams

/// Reads a project's inputs from disk: seeds, templates, assets, `dossier.yml`. The only reads of a build.
public enum ProjectFiles {
    /// Everything a build reads from a project on disk, and the seed files that could not be read.
    public static func input(
        seeds: URL, templates: URL, configuration: URL, baseURL: String? = nil
    ) throws(BuildError) -> (input: BuildInput, unreadable: [IngestError]) {
        let (seedFiles, unreadable) = try self.seeds(in: seeds)
        let input = BuildInput(
            seeds: seedFiles, templates: try self.templates(in: templates), assets: try assets(in: templates),
            configuration: try self.configuration(at: configuration), baseURL: baseURL)
        return (input, unreadable)
    }

    /// Seed files (`*.txt`, `*.md`, `*.markdown`) in `directory`, sorted by name. Files that cannot be read
    /// come back in `unreadable` so the build can warn and go on.
    public static func seeds(in directory: URL) throws(BuildError) -> (seeds: [SeedFile], unreadable: [IngestError]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .io(path: directory.path, problem: "cannot list the seeds folder (\(error.localizedDescription))")
        }
        var seeds: [SeedFile] = []
        var unreadable: [IngestError] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let lower = name.lowercased()
            guard lower.hasSuffix(".txt") || lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { continue }
            do {
                seeds.append(SeedFile(name: name, data: try Data(contentsOf: directory.appendingPathComponent(name))))
            } catch {
                unreadable.append(.unreadable(file: name, reason: error.localizedDescription))
            }
        }
        return (seeds, unreadable)
    }

    /// Every `*.mustache` file under `directory`, named by its path without the extension.
    public static func templates(in directory: URL) throws(BuildError) -> [String: String] {
        var templates: [String: String] = [:]
        for path in SiteWriter.listFiles(under: directory) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                templates[name] = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
            } catch {
                throw .template(name: name, problem: "cannot read (\(error.localizedDescription))")
            }
        }
        if templates.isEmpty { throw .io(path: directory.path, problem: "no .mustache templates found") }
        return templates
    }

    /// Files under `directory/assets`, by path relative to it.
    public static func assets(in directory: URL) throws(BuildError) -> [String: Data] {
        let root = directory.appendingPathComponent("assets")
        var assets: [String: Data] = [:]
        for path in SiteWriter.listFiles(under: root) {
            do {
                assets[path] = try Data(contentsOf: root.appendingPathComponent(path))
            } catch {
                throw .io(path: root.appendingPathComponent(path).path, problem: error.localizedDescription)
            }
        }
        return assets
    }

    /// `dossier.yml` when present; the defaults when not.
    public static func configuration(at file: URL) throws(BuildError) -> DossierConfiguration {
        guard FileManager.default.fileExists(atPath: file.path) else { return DossierConfiguration() }
        do {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return DossierConfiguration() }
            return try YAMLDecoder().decode(DossierConfiguration.self, from: text)
        } catch {
            throw .configuration(file: file.lastPathComponent, problem: "\(error)")
        }
    }
}
