import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// What each name in the seeds folder is: a seed to read, something to skip with a warning, or
/// something to pass over quietly (hidden files, editor backups and swap files, system litter).
enum SeedNames {
    enum Entry: Equatable {
        /// A regular file to read, at this path (a symbolic link already resolved inside the folder).
        case seed(path: String)
        case skip(reason: String)
        case ignore
    }

    private static let litter: Set<String> = ["Thumbs.db", "desktop.ini", "Icon\r"]
    private static let leftoverSuffixes = ["~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".part", ".crdownload"]
    /// Documents people save articles as, which are not text: each gets a warning saying so.
    private static let documentKinds: [String: String] = [
        "mhtml": "a web archive (save the page as HTML only)", "mht": "a web archive (save the page as HTML only)", "docx": "a Word document", "doc": "a Word document",
        "odt": "an OpenDocument file", "rtf": "a rich-text document", "pdf": "a PDF", "pages": "a Pages document",
        "epub": "an e-book",
    ]

    /// Hidden files, editor leftovers (`notes.txt~`, `.notes.txt.swp`, `#notes.txt#`) and system litter.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || litter.contains(name) || (name.hasPrefix("#") && name.hasSuffix("#"))
            || leftoverSuffixes.contains { name.hasSuffix($0) }
    }

    /// `sidecar`: the name is a seed's sidecar YAML, read as a seed is (links kept inside the folder).
    static func entry(named name: String, in directory: URL, root: String, sidecar: Bool = false) -> Entry {
        let path = directory.appendingPathComponent(name).path
        var status = stat()
        guard lstat(path, &status) == 0 else { return .skip(reason: String(cString: strerror(errno))) }
        var target = path
        if status.st_mode & S_IFMT == S_IFLNK {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard OutputGuard.isInside(resolved, root) else {
                return .skip(reason: "a symbolic link to a file outside the seeds folder")
            }
            guard stat(resolved, &status) == 0 else { return .skip(reason: "a symbolic link to nothing") }
            target = resolved
        }
        let kind = (name as NSString).pathExtension.lowercased()
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            return .skip(reason: "a folder; seeds are the files at the top of the seeds folder")
        default:
            return .skip(reason: "not a regular file (a pipe, socket or device)")
        }
        if sidecar || ProjectFiles.seedExtensions.contains(kind) { return .seed(path: target) }
        if let document = documentKinds[kind] {
            return .skip(reason: "\(document), which Dossier does not read; save the article as plain text (.txt or .md) or as a web page (.html)")
        }
        return .skip(reason: "not a seed (.txt, .md, .markdown or .html)")
    }
}
