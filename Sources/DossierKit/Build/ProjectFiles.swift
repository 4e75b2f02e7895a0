import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
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

    /// The extensions read as seeds.
    public static let seedExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    /// Seeds larger than this are skipped: no article is that long, and reading one would hold it all.
    public static let seedSizeLimit = 64 << 20

    /// Seed files (`*.txt`, `*.md`, `*.markdown`) in `directory`, sorted by name. Hidden files and editor
    /// leftovers are ignored quietly; anything else that cannot be read as a seed (a folder, a pipe, a
    /// link leading out of the folder, a kind of document that is not text) comes back in `unreadable`
    /// with its reason, so the build can warn once for each and go on.
    public static func seeds(in directory: URL) throws(BuildError) -> (seeds: [SeedFile], unreadable: [IngestError]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw .io(path: directory.path, problem: "the seeds folder does not exist")
        }
        guard isDirectory.boolValue else {
            throw .io(path: directory.path, problem: "is a file; --seeds names the folder that holds the articles")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .io(path: directory.path, problem: "cannot list the seeds folder (\(error.localizedDescription))")
        }
        let root = OutputGuard.canonical(directory)
        var seeds: [SeedFile] = []
        var unreadable: [IngestError] = []
        for name in names.sorted() where !SeedNames.isIgnored(name) {
            switch SeedNames.entry(named: name, in: directory, root: root) {
            case .seed(let path):
                do {
                    seeds.append(SeedFile(name: name, data: try contents(ofSeedAt: path)))
                } catch {
                    unreadable.append(.unreadable(file: name, reason: error.description))
                }
            case .skip(let reason):
                unreadable.append(.unreadable(file: name, reason: reason))
            case .ignore:
                continue
            }
        }
        return (seeds, unreadable)
    }

    /// A regular file's bytes, refused past `seedSizeLimit`.
    private static func contents(ofSeedAt path: String) throws(BuildError) -> Data {
        let handle = open(path, O_RDONLY | O_NONBLOCK)
        guard handle >= 0 else { throw .io(path: path, problem: String(cString: strerror(errno))) }
        defer { close(handle) }
        var status = stat()
        guard fstat(handle, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw .io(path: path, problem: "not a regular file")
        }
        guard Int(status.st_size) <= seedSizeLimit else {
            throw .io(path: path, problem: "larger than \(seedSizeLimit >> 20) MB; no article is that long")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, problem: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            guard data.count <= seedSizeLimit else { throw .io(path: path, problem: "larger than \(seedSizeLimit >> 20) MB") }
        }
        return data
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
