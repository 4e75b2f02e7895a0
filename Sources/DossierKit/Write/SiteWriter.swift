import Foundation

/// Writes a built site to disk atomically: everything goes to a temporary folder beside the output,
/// which then replaces it, so a failed build never leaves a half-written site.
public enum SiteWriter {
    public static func write(_ files: [String: Data], to output: URL) throws(BuildError) {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let target = try resolve(path, in: staging)
                try fileManager.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
            }
            if fileManager.fileExists(atPath: output.path) {
                try? fileManager.removeItem(at: retired)
                try fileManager.moveItem(at: output, to: retired)
                try fileManager.moveItem(at: staging, to: output)
                try? fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: staging, to: output)
            }
        } catch let error as BuildError {
            try? fileManager.removeItem(at: staging)
            throw error
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .io(path: output.path, problem: error.localizedDescription)
        }
    }

    /// The paths whose bytes differ between `files` and what is on disk under `output`, plus stray files.
    public static func differences(_ files: [String: Data], from output: URL) -> [String] {
        let existing = Set(listFiles(under: output))
        var changed: [String] = []
        for (path, data) in files {
            let onDisk = try? Data(contentsOf: output.appendingPathComponent(path))
            if onDisk != data { changed.append(path) }
        }
        changed += existing.subtracting(files.keys)
        return changed.sorted()
    }

    /// Relative paths of the regular files under `root`.
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
