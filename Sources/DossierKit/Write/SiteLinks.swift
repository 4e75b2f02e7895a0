import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// A link in a built page that leads nowhere: a missing file, or a `#fragment` with no such id.
public struct LinkProblem: Sendable, Hashable, CustomStringConvertible {
    /// The page the link is on, relative to the site root.
    public var page: String
    /// The link as written (`../people/x.html#timeline`).
    public var link: String
    public var problem: String

    public var description: String { "\(page): \(link): \(problem)" }
}

/// Checks every internal link and anchor of a built site: each `href` and `src` that is not absolute must
/// name a file of the site, and each `#fragment` an `id` on the page it leads to. Pages are scanned as
/// they are made (`LinkCollector`), keeping only their links and ids, never the pages.
public enum SiteLinks {
    public struct Report: Sendable {
        public var problems: [LinkProblem]
        /// Internal links followed, and how many of them carried a `#fragment`.
        public var linksChecked: Int
        public var anchorsChecked: Int
    }

    /// The whole check over files in memory.
    public static func check(_ files: [String: Data]) -> Report {
        let collector = LinkCollector()
        for (path, data) in files { collector.add(path, [UInt8](data)) }
        return collector.report()
    }

    /// Links with a scheme (`https:`, `mailto:`) or a host (`//cdn…`) leave the site and are not followed.
    static func isExternal(_ link: String) -> Bool {
        if link.hasPrefix("//") { return true }
        guard let colon = link.firstIndex(of: ":") else { return false }
        let scheme = link[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
            && !scheme.contains("/")
    }

    /// The file a relative link leads to from `page`, and its fragment; `nil` when it climbs above the root.
    static func resolve(_ link: String, from page: String) -> (path: String?, fragment: String?) {
        var reference = Substring(link)
        var fragment: String?
        if let hash = reference.firstIndex(of: "#") {
            fragment = String(reference[reference.index(after: hash)...]).removingPercentEncoding
            reference = reference[..<hash]
        }
        if let query = reference.firstIndex(of: "?") { reference = reference[..<query] }
        if reference.isEmpty { return (page, fragment) }
        let decoded = String(reference).removingPercentEncoding ?? String(reference)
        var components: [Substring] = page.split(separator: "/").dropLast()
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return (nil, fragment) }
                components.removeLast()
            default: components.append(part)
            }
        }
        var path = components.joined(separator: "/")
        if decoded.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, fragment)
    }

    /// Values of `href`, `src` and `id` attributes, read straight off the bytes (the pages are ours:
    /// attributes are double-quoted).
    static func scan(_ bytes: [UInt8]) -> (links: [String], ids: [String]) {
        var links: [String] = []
        var ids: [String] = []
        let names: [(pattern: [UInt8], isLink: Bool)] = [
            (Array(" href=\"".utf8), true), (Array(" src=\"".utf8), true), (Array(" id=\"".utf8), false),
        ]
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: " ") else {
                index += 1
                continue
            }
            var matched = false
            for (pattern, isLink) in names where bytes.count - index > pattern.count {
                guard bytes[index..<(index + pattern.count)].elementsEqual(pattern) else { continue }
                let start = index + pattern.count
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                let value = decodeEntities(String(decoding: bytes[start..<end], as: UTF8.self))
                if isLink { links.append(value) } else { ids.append(value) }
                index = end + 1
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return (links, ids)
    }

    /// The few entities an escaped attribute value can hold.
    private static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Collects the links and ids of each page as the build makes it, then checks them all at once. Pages of
/// one folder repeat the same links (every citation of a paragraph, the navigation), so each distinct
/// link is kept once per folder, with the first page that has it and how often it occurs.
public final class LinkCollector: @unchecked Sendable {
    private struct Seen {
        var page: String
        var count: Int
    }

    private let lock = NSLock()
    private var files = Set<String>()
    private var links: [String: [String: Seen]] = [:]
    /// Bare `#fragment` links, which name the page they are on.
    private var ownFragments: [(page: String, link: String)] = []
    private var ids: [String: Set<String>] = [:]

    public init() {}

    /// Notes a file of the site; HTML pages are scanned for their links and ids.
    public func add(_ path: String, _ bytes: [UInt8]) {
        guard path.hasSuffix(".html") else {
            lock.lock()
            files.insert(path)
            lock.unlock()
            return
        }
        let scan = SiteLinks.scan(bytes)
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        var distinct: [String: Int] = [:]
        var own: [String] = []
        for link in scan.links where !SiteLinks.isExternal(link) {
            if link.hasPrefix("#") { own.append(link) } else { distinct[link, default: 0] += 1 }
        }
        let pageIDs = Set(scan.ids)
        lock.lock()
        files.insert(path)
        ids[path] = pageIDs
        for link in own { ownFragments.append((path, link)) }
        for (link, count) in distinct {
            if let seen = links[folder]?[link] {
                links[folder]?[link] = Seen(page: min(seen.page, path), count: seen.count + count)
            } else {
                links[folder, default: [:]][link] = Seen(page: path, count: count)
            }
        }
        lock.unlock()
    }

    public func report() -> SiteLinks.Report {
        lock.lock()
        defer { lock.unlock() }
        var report = SiteLinks.Report(problems: [], linksChecked: 0, anchorsChecked: 0)
        func check(_ link: String, on page: String, target: String?, fragment: String?, count: Int) {
            report.linksChecked += count
            guard let target else {
                report.problems.append(LinkProblem(page: page, link: link, problem: "leads outside the site"))
                return
            }
            guard files.contains(target) else {
                report.problems.append(LinkProblem(page: page, link: link, problem: "no file \(target) in the site"))
                return
            }
            guard let fragment, !fragment.isEmpty, target.hasSuffix(".html") else { return }
            report.anchorsChecked += count
            if ids[target]?.contains(fragment) != true {
                report.problems.append(LinkProblem(page: page, link: link, problem: "no id \"\(fragment)\" on \(target)"))
            }
        }
        for folder in links.keys.sorted() {
            for (link, seen) in (links[folder] ?? [:]).sorted(by: { $0.key < $1.key }) {
                if link.hasPrefix("/") {
                    report.linksChecked += seen.count
                    report.problems.append(
                        LinkProblem(page: seen.page, link: link, problem: "root-relative; breaks from file:// and sub-paths"))
                    continue
                }
                let (target, fragment) = SiteLinks.resolve(link, from: seen.page)
                check(link, on: seen.page, target: target, fragment: fragment, count: seen.count)
            }
        }
        for (page, link) in ownFragments.sorted(by: { ($0.page, $0.link) < ($1.page, $1.link) }) {
            check(link, on: page, target: page, fragment: String(link.dropFirst()).removingPercentEncoding, count: 1)
        }
        report.problems.sort { ($0.page, $0.link) < ($1.page, $1.link) }
        return report
    }
}
