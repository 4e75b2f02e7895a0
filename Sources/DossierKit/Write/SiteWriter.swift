import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// Writes a built site to disk atomically: everything goes to a temporary folder beside the output,
/// which then replaces it, so a failed build never leaves a half-written site.
public enum SiteWriter {
    /// Writes `files` as the site at `output`: into a staging folder beside it, then swapped in whole.
    /// The caller has checked `output` with `OutputGuard`; a failure at any step leaves the old site.
    public static func write(_ files: [String: Data], to output: URL) throws(BuildError) {
        let sink = try StagingSink(beside: output)
        do {
            for (path, data) in files.sorted(by: { $0.key < $1.key }) { try sink.put(path, [UInt8](data)) }
        } catch {
            sink.discard()
            throw error
        }
        try commit(sink, to: output)
    }

    /// Swaps a complete staging folder in as the site at `output`.
    public static func commit(_ sink: StagingSink, to output: URL) throws(BuildError) {
        try swap(sink.staging, into: output)
    }

    /// Puts `staging` where `output` is. With an exchange (Linux `renameat2`, macOS `renamex_np`) the
    /// switch is one step; otherwise the old site is moved aside first and moved back if the second
    /// rename fails. The old site is deleted only once the new one is in place.
    static func swap(_ staging: URL, into output: URL) throws(BuildError) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            guard rename(staging.path, output.path) == 0 else {
                let problem = String(cString: strerror(errno))
                try? fileManager.removeItem(at: staging)
                throw .io(path: output.path, problem: "cannot move the new site into place (\(problem))")
            }
            return
        }
        if AtomicRename.exchange(staging.path, output.path) {
            // `staging` now holds the previous site.
            try? fileManager.removeItem(at: staging)
            return
        }
        let retired = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        guard rename(output.path, retired.path) == 0 else {
            let problem = String(cString: strerror(errno))
            try? fileManager.removeItem(at: staging)
            throw .io(path: output.path, problem: "cannot move the previous site aside (\(problem)); it is unchanged")
        }
        guard rename(staging.path, output.path) == 0 else {
            let problem = String(cString: strerror(errno))
            _ = rename(retired.path, output.path)
            try? fileManager.removeItem(at: staging)
            throw .io(path: output.path, problem: "cannot move the new site into place (\(problem)); the previous site was restored")
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Staging and retired folders that builds killed midway left beside `output`: removed when their
    /// process is gone and they carry Dossier's marker.
    static func removeStale(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).previous-"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                let pid = Int32(name.dropFirst(prefix.count)), !processIsAlive(pid)
            else { continue }
            let folder = parent.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(OutputGuard.markerName).path) else { continue }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    private static func processIsAlive(_ pid: Int32) -> Bool {
        pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) == 0 || errno == EPERM
    }

    /// The paths whose bytes differ between `files` and what is on disk under `output`, plus stray files
    /// (Dossier's marker file aside).
    public static func differences(_ files: [String: Data], from output: URL) -> [String] {
        let existing = Set(listFiles(under: output)).subtracting([OutputGuard.markerName])
        var changed: [String] = []
        for (path, data) in files {
            let onDisk = try? Data(contentsOf: output.appendingPathComponent(path))
            if onDisk != data { changed.append(path) }
        }
        changed += existing.subtracting(files.keys)
        return changed.sorted()
    }

    /// Relative paths of the regular files under `root`, Dossier's marker file included.
    public static func listFiles(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [])
        else { return [] }
        let base = root.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            paths.append(String(full.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }

    /// A relative path that stays inside `root`: no absolute paths, no `..`.
    static func resolve(_ path: String, in root: URL) throws(BuildError) -> URL {
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.isEmpty,
            components.allSatisfy({ $0 != ".." && $0 != "." && !$0.isEmpty })
        else { throw .io(path: path, problem: "refusing to write outside the output folder") }
        return components.reduce(root) { $0.appendingPathComponent(String($1)) }
    }
}
