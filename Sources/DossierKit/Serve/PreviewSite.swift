import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// What `dossier serve` needs besides an HTTP server: which file a request path names, its media type,
/// the live-reload script put into each HTML page, and a snapshot of the project to notice edits.
public enum PreviewSite {
    /// Polled by open pages; answers the number of the latest successful build.
    public static let generationPath = "/__dossier/generation"

    /// The site file a request path names: `/` and folders give their `index.html`. `nil` for paths that
    /// would leave the site (`..`, NUL) or are not valid percent-encoding.
    public static func file(forRequestPath requestPath: String) -> String? {
        var path = Substring(requestPath)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard let decoded = String(path).removingPercentEncoding, !decoded.contains("\0") else { return nil }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard components.allSatisfy({ $0 != ".." && $0 != "." && !$0.hasPrefix(".") }) else { return nil }
        let joined = components.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return decoded.hasSuffix("/") ? joined + "/index.html" : joined
    }

    private static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json", "xml": "application/xml",
        "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "webp": "image/webp", "ico": "image/x-icon", "woff2": "font/woff2",
    ]

    /// The `Content-Type` for a site file, by extension.
    public static func contentType(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return contentTypes[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// The page with a small script before `</body>` that reloads it when a newer build than `generation`
    /// is announced. Only the preview server adds it; built files never contain it.
    public static func withLiveReload(_ html: String, generation: Int) -> String {
        let script = """
            <script>
            (function () {
              var seen = "\(generation)";
              function poll() {
                fetch("\(generationPath)", {cache: "no-store"})
                  .then(function (response) { return response.text(); })
                  .then(function (latest) { if (latest.trim() !== seen) { location.reload(); } else { setTimeout(poll, 700); } })
                  .catch(function () { setTimeout(poll, 2000); });
              }
              setTimeout(poll, 700);
            })();
            </script>

            """
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }
}

/// The size and modification time of every file under the watched paths: two snapshots differ when a
/// seed, template, asset or the configuration was added, removed or changed.
public struct ProjectSnapshot: Sendable, Equatable {
    public struct Stamp: Sendable, Equatable {
        var size: Int
        var modified: Double
    }

    public private(set) var stamps: [String: Stamp]

    public static func take(of paths: [URL]) -> ProjectSnapshot {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        func record(_ url: URL) {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return }
            stamps[url.standardizedFileURL.path] = Stamp(
                size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                for relative in SiteWriter.listFiles(under: path) { record(path.appendingPathComponent(relative)) }
            } else {
                record(path)
            }
        }
        return ProjectSnapshot(stamps: stamps)
    }
}
