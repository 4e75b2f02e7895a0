import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import DossierTheme
import Foundation
import Yams

/// Reads a project's inputs from disk: seeds, templates, assets, `dossier.yml`. The only reads of a build.
public enum ProjectFiles {
    /// Everything a build reads from a project on disk, and the seed files that could not be read.
    /// `templates` overrides the built-in theme file by file (nil or missing: the built-in theme alone);
    /// `configuration` nil or missing: no editorial overrides.
    public static func input(
        seeds: URL, templates: URL?, configuration: URL?, baseURL: String? = nil
    ) throws(BuildError) -> (input: BuildInput, unreadable: [IngestError]) {
        let (seedFiles, unreadable) = try self.seeds(in: seeds)
        let theme = try self.theme(overriddenBy: templates)
        let input = BuildInput(
            seeds: seedFiles, templates: theme.templates, assets: theme.assets,
            configuration: try configuration.map { url throws(BuildError) in try self.configuration(at: url) } ?? DossierConfiguration(),
            baseURL: baseURL)
        return (input, unreadable)
    }

    /// The extensions read as seeds.
    public static let seedExtensions: Set<String> = Set(["txt", "text", "md", "markdown"]).union(ArticleIngester.pageExtensions)
    /// The extensions of a seed's sidecar: `story.yml` beside `story.html` states fields for it.
    public static let sidecarExtensions: Set<String> = ["yml", "yaml"]
    /// Seeds larger than this are skipped: no article is that long, and reading one would hold it all.
    public static let seedSizeLimit = 64 << 20

    /// Seed files (`*.txt`, `*.md`, `*.markdown`, `*.html`) in `directory`, sorted by name, each with its
    /// sidecar (`<stem>.yml` or `<stem>.yaml`) when it has one. Hidden files and editor
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
        func split(_ name: String) -> (stem: String, kind: String) {
            let kind = (name as NSString).pathExtension
            return ((name as NSString).deletingPathExtension, kind.lowercased())
        }
        let visible = names.sorted().filter { !SeedNames.isIgnored($0) }
        let seedStems = Set(visible.map(split).filter { seedExtensions.contains($0.kind) }.map(\.stem))
        // Sidecars by their stem (`story.yml` before `story.yaml` when both exist).
        var sidecars: [String: String] = [:]
        for name in visible {
            let (stem, kind) = split(name)
            if sidecarExtensions.contains(kind), seedStems.contains(stem), sidecars[stem] == nil { sidecars[stem] = name }
        }
        for name in visible {
            let (stem, kind) = split(name)
            if sidecarExtensions.contains(kind) {
                if sidecars[stem] != name {
                    let reason = seedStems.contains(stem)
                        ? "a second sidecar for \(stem); \(sidecars[stem] ?? "") is the one read"
                        : "a YAML file with no seed of the same name; a sidecar is named after its seed (story.yml beside story.html)"
                    unreadable.append(.unreadable(file: name, reason: reason))
                }
                continue
            }
            switch SeedNames.entry(named: name, in: directory, root: root) {
            case .seed(let path):
                do {
                    let data = try contents(ofSeedAt: path)
                    var sidecar: Data?
                    if let sidecarName = sidecars[stem] {
                        guard case .seed(let sidecarPath) = SeedNames.entry(named: sidecarName, in: directory, root: root, sidecar: true) else {
                            unreadable.append(.unreadable(file: name, reason: "its sidecar \(sidecarName) cannot be read (a link out of the folder, or not a file)"))
                            continue
                        }
                        sidecar = try contents(ofSeedAt: sidecarPath)
                    }
                    seeds.append(SeedFile(name: name, data: data, sidecar: sidecar, sidecarName: sidecars[stem]))
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

    /// The built-in templates and assets, by path under `Templates/` (what `dossier init --templates` copies).
    public static var builtInThemeFiles: [String: String] { BuiltInTheme.files }

    /// The built-in templates, with each `*.mustache` file of the project's `directory` (when it exists)
    /// in place of the built-in one of the same path: a theme overridden file by file.
    public static func theme(overriddenBy directory: URL?) throws(BuildError) -> (templates: [String: String], assets: [String: Data]) {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (path, text) in BuiltInTheme.files {
            if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = text
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = Data(text.utf8)
            }
        }
        guard let directory else { return (templates, assets) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (templates, assets)
        }
        for (name, text) in try self.templates(in: directory, allowingNone: true) { templates[name] = text }
        for (path, data) in try self.assets(in: directory) { assets[path] = data }
        return (templates, assets)
    }

    /// Every `*.mustache` file under `directory`, named by its path without the extension.
    public static func templates(in directory: URL, allowingNone: Bool = false) throws(BuildError) -> [String: String] {
        var templates: [String: String] = [:]
        for path in SiteWriter.listFiles(under: directory) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                templates[name] = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
            } catch {
                throw .template(name: name, problem: "cannot read (\(error.localizedDescription))")
            }
        }
        if templates.isEmpty, !allowingNone { throw .io(path: directory.path, problem: "no .mustache templates found") }
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
    /// `dossier.yml`: a missing file is no configuration; a key Dossier does not know is an error naming
    /// the nearest known key; a YAML mistake is reported with its line and column.
    public static func configuration(at file: URL) throws(BuildError) -> DossierConfiguration {
        guard FileManager.default.fileExists(atPath: file.path) else { return DossierConfiguration() }
        let name = file.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .configuration(file: name, problem: "cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return DossierConfiguration() }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw .configuration(file: name, problem: Self.describe(error))
        }
        guard let node else { return DossierConfiguration() }
        guard case .mapping(let mapping) = node else {
            throw .configuration(file: name, problem: "must be a list of `key: value` lines (title, description, base_url, aliases, not_people, roles)")
        }
        let known = DossierConfiguration.knownKeys
        for key in mapping.keys {
            guard let word = key.string, !known.contains(word) else { continue }
            let line = key.mark.map { "line \($0.line): " } ?? ""
            let nearest = known.min { Self.distance(word, $0) < Self.distance(word, $1) }
            let hint = nearest.map { Self.distance(word, $0) <= max(2, word.count / 3) ? "; did you mean `\($0)`?" : "" } ?? ""
            throw .configuration(file: name, problem: "\(line)unknown key `\(word)`\(hint) (known: \(known.sorted().joined(separator: ", ")))")
        }
        do {
            return try YAMLDecoder().decode(DossierConfiguration.self, from: text)
        } catch {
            throw .configuration(file: name, problem: Self.describe(error))
        }
    }

    /// A YAML or decoding error in words, with its line and column when known.
    private static func describe(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return "line \(mark.line), column \(mark.column): \(problem)"
            default:
                return "\(yaml)"
            }
        }
        if let decoding = error as? DecodingError {
            switch decoding {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
                let path = context.codingPath.map(\.stringValue).joined(separator: ".")
                return (path.isEmpty ? "" : "`\(path)`: ") + context.debugDescription
            @unknown default:
                return "\(decoding)"
            }
        }
        return "\(error)"
    }

    /// Levenshtein distance, for "did you mean".
    private static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
