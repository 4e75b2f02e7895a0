import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// Decides whether a folder may be replaced by a build. Dossier replaces only a missing or empty
/// folder, or one it wrote itself (it holds the marker file every build writes); `--force` lifts that
/// rule but never the hard ones: not `/`, the home folder, the current folder or any folder above it,
/// not a file, and nothing that is, holds or lies inside the seeds, the templates or the configuration.
public enum OutputGuard {
    /// Written into every site Dossier builds; its presence is what lets the next build replace the folder.
    public static let markerName = ".dossier-site"
    public static let markerContents = Data(
        "This folder was written by Dossier (dossier build). The next build replaces it whole.\n".utf8)

    /// What the build reads, and where it runs from: the folders an output may never touch.
    public struct Surroundings: Sendable {
        public var inputs: [URL]
        public var currentDirectory: URL
        public var home: URL

        public init(inputs: [URL], currentDirectory: URL, home: URL) {
            self.inputs = inputs
            self.currentDirectory = currentDirectory
            self.home = home
        }

        /// The current process's folder and home, with the given inputs.
        public static func current(inputs: [URL]) -> Surroundings {
            Surroundings(
                inputs: inputs, currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                home: FileManager.default.homeDirectoryForCurrentUser)
        }
    }

    /// Throws when `output` must not be replaced; checks nothing but paths and the folder's listing.
    public static func check(_ output: URL, surroundings: Surroundings, force: Bool) throws(BuildError) {
        let target = canonical(output)
        let shown = output.path
        func refuse(_ problem: String) -> BuildError { .unsafeOutput(path: shown, problem: problem) }

        if target == "/" { throw refuse("it is the root of the file system") }
        if target == canonical(surroundings.home) { throw refuse("it is your home folder") }
        let here = canonical(surroundings.currentDirectory)
        if target == here { throw refuse("it is the current folder") }
        if isInside(here, target) { throw refuse("it holds the current folder") }
        for input in surroundings.inputs {
            let path = canonical(input)
            if path == target { throw refuse("it is an input of the build (\(input.path))") }
            if isInside(path, target) { throw refuse("it holds an input of the build (\(input.path))") }
            if isInside(target, path) { throw refuse("it lies inside an input of the build (\(input.path))") }
        }
        var status = stat()
        guard lstat(output.path, &status) == 0 else { return }  // missing: nothing to lose
        switch status.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw refuse("it is a symbolic link; give the folder it points to")
        default: throw refuse("it is a file, not a folder")
        }
        if force { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if entries.isEmpty || entries.contains(markerName) { return }
        throw .unsafeOutput(
            path: shown,
            problem: "it is not empty and Dossier did not write it (no \(markerName) file); "
                + "choose another folder, or pass --force to replace it with the site")
    }

    /// The absolute path with `.`, `..` and every symbolic link of its existing part resolved.
    static func canonical(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath().path
        for component in missing { resolved = (resolved == "/" ? "" : resolved) + "/" + component }
        return resolved
    }

    /// True when `path` lies strictly inside `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }
}
