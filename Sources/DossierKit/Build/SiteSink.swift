import DossierModel
import Foundation

/// Where a build puts the files of the site as it makes them, one at a time, so that no build holds
/// the whole site in memory unless it is asked to (`MemorySink`, for `--check` and tests).
public protocol SiteSink: AnyObject, Sendable {
    func put(_ path: String, _ bytes: [UInt8]) throws(BuildError)
}

/// Keeps every file in memory.
public final class MemorySink: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Data] = [:]

    public init() {}

    public func put(_ path: String, _ bytes: [UInt8]) throws(BuildError) {
        lock.lock()
        stored[path] = Data(bytes)
        lock.unlock()
    }

    public var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// Writes each file into a staging folder as soon as it is made. A file whose bytes equal the one the
/// previous build wrote at the same path is hard-linked from it instead of written again, so unchanged
/// files keep their bytes and times; the staging folder is swapped in by `SiteWriter.commit`.
public final class StagingSink: SiteSink, @unchecked Sendable {
    public let staging: URL
    private let previous: URL?
    private let lock = NSLock()
    private var written = 0
    private var linked = 0
    private var folders = Set<String>()

    /// A new staging folder beside `output` (with Dossier's marker in it first); `output` as it is now is
    /// the previous build.
    public init(beside output: URL) throws(BuildError) {
        staging = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        var isDirectory: ObjCBool = false
        previous = FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) && isDirectory.boolValue ? output : nil
        SiteWriter.removeStale(beside: output)
        do {
            if FileManager.default.fileExists(atPath: staging.path) { try FileManager.default.removeItem(at: staging) }
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            // The marker first: a staging folder left by a killed build is then known to be ours.
            try OutputGuard.markerContents.write(to: staging.appendingPathComponent(OutputGuard.markerName))
        } catch {
            throw .io(path: staging.path, problem: error.localizedDescription)
        }
    }

    public func put(_ path: String, _ bytes: [UInt8]) throws(BuildError) {
        let target = try SiteWriter.resolve(path, in: staging)
        let folder = target.deletingLastPathComponent().path
        do {
            // The folder is made under the lock: another page for the same folder must not find it in the
            // set before it exists on disk.
            lock.lock()
            defer { lock.unlock() }
            if !folders.contains(folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                folders.insert(folder)
            }
        } catch {
            throw .io(path: target.path, problem: error.localizedDescription)
        }
        do {
            if let previous, let old = try? SiteWriter.resolve(path, in: previous), Self.same(old.path, bytes),
                link(old.path, target.path) == 0
            {
                count(linked: true)
                return
            }
            try Data(bytes).write(to: target)
            count(linked: false)
        } catch {
            throw .io(path: target.path, problem: error.localizedDescription)
        }
    }

    /// Files written anew, and files kept from the previous build because their bytes did not change.
    public var counts: (written: Int, unchanged: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (written, linked)
    }

    /// Discards the staging folder (a failed build).
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func count(linked wasLinked: Bool) {
        lock.lock()
        if wasLinked { linked += 1 } else { written += 1 }
        lock.unlock()
    }

    /// True when the file at `path` holds exactly `bytes` (sizes first, so most changed files cost a stat).
    private static func same(_ path: String, _ bytes: [UInt8]) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count,
            let data = FileManager.default.contents(atPath: path)
        else { return false }
        // Compared as two buffers (memcmp), not byte by byte through Data's iterator.
        guard !bytes.isEmpty else { return data.isEmpty }
        return data.withUnsafeBytes { stored in
            bytes.withUnsafeBytes { fresh in
                guard let left = stored.baseAddress, let right = fresh.baseAddress, stored.count == fresh.count else { return false }
                return memcmp(left, right, fresh.count) == 0
            }
        }
    }
}
