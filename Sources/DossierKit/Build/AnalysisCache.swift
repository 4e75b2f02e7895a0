import DossierExtract
import DossierIngest
import DossierModel
import Foundation

/// Per-seed results kept between builds: what ingest made of a seed, and what analysis found in it,
/// keyed by the seed's content digest (and, for analysis, the publication date it was analysed with)
/// and by the tool's version. A missing, corrupt or foreign entry is simply not used.
public protocol AnalysisCache: Sendable {
    func ingested(_ digest: String) -> IngestedArticle?
    func store(_ ingested: IngestedArticle, for digest: String)
    func facts(_ digest: String, published: String) -> ArticleFacts?
    func store(_ facts: ArticleFacts, for digest: String, published: String)
}

/// The cache as files in a folder (`.dossier-cache/` beside the seeds; safe to delete). One JSON file
/// per entry, written to a temporary name and renamed, so a killed build never leaves half an entry.
public final class DiskCache: AnalysisCache, @unchecked Sendable {
    /// The entries' format, and the build of the tool that wrote them (its executable's size and
    /// modification time): a rebuilt tool, whose rules may have changed, starts a fresh cache.
    public static let version: String = {
        var fingerprint = "dossier-analysis-6"
        if let path = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let modified = (attributes[.modificationDate] as? Date).map { Int64($0.timeIntervalSince1970 * 1000) } ?? 0
            fingerprint += "-\(String(size, radix: 36))\(String(modified, radix: 36))"
        }
        return fingerprint
    }()

    public let folder: URL
    private let lock = NSLock()
    private var ignored: [String] = []
    private var pruned = false

    public init(folder: URL) {
        self.folder = folder.appendingPathComponent(Self.version)
    }

    /// Removes the entries other builds of the tool left in the cache folder (only folders named as
    /// this cache names them).
    private func pruneOtherVersions() {
        let parent = folder.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix("dossier-analysis-") && name != Self.version {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Notes on entries that could not be used (corrupt, unreadable), for the build to report.
    public var notes: [String] {
        lock.lock()
        defer { lock.unlock() }
        return ignored
    }

    public func ingested(_ digest: String) -> IngestedArticle? {
        read(IngestedArticle.self, name: "ingest-\(digest)")
    }

    public func store(_ ingested: IngestedArticle, for digest: String) {
        write(ingested, name: "ingest-\(digest)")
    }

    public func facts(_ digest: String, published: String) -> ArticleFacts? {
        read(ArticleFacts.self, name: "facts-\(digest)-\(Slug.make(published))")
    }

    public func store(_ facts: ArticleFacts, for digest: String, published: String) {
        write(facts, name: "facts-\(digest)-\(Slug.make(published))")
    }

    private func read<Value: Decodable>(_ type: Value.Type, name: String) -> Value? {
        let file = folder.appendingPathComponent(name + ".json")
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            lock.lock()
            ignored.append("\(file.lastPathComponent) is not a usable cache entry and was ignored")
            lock.unlock()
            return nil
        }
    }

    private func write<Value: Encodable>(_ value: Value, name: String) {
        guard let data = try? JSONEncoder().encode(value) else { return }
        let file = folder.appendingPathComponent(name + ".json")
        let temporary = folder.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        lock.lock()
        let prune = !pruned
        pruned = true
        lock.unlock()
        if prune { pruneOtherVersions() }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            _ = rename(temporary.path, file.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
