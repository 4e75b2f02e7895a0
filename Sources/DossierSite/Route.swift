import DossierModel

/// Every file of the site, by what it is. The one place that knows where files go and how one page
/// links to another: every href is computed here, relative, so the site works from `file://` and from
/// any sub-path; absolute URLs (for the sitemap, feed, canonical links) come from the `SiteAddress`.
public enum SiteRoute: Hashable, Sendable, Comparable {
    case index
    case article(String)
    case articleMarkdown(String)
    case people
    case person(String)
    case timeline
    case sources
    case figures
    case figuresCSV
    case search
    case searchJSON
    case searchScript
    case feed
    case sitemap
    case robots
    case data
    case notFound
    case asset(String)

    /// The file's path from the site root.
    public var path: String {
        switch self {
        case .index: "index.html"
        case .article(let id): "articles/\(id).html"
        case .articleMarkdown(let id): "articles/\(id).md"
        case .people: "people/index.html"
        case .person(let id): "people/\(id).html"
        case .timeline: "timeline.html"
        case .sources: "sources.html"
        case .figures: "figures.html"
        case .figuresCSV: "figures.csv"
        case .search: "search.html"
        case .searchJSON: "search.json"
        case .searchScript: "search-index.js"
        case .feed: "feed.xml"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        case .data: "dossier.json"
        case .notFound: "404.html"
        case .asset(let name): "assets/\(name)"
        }
    }

    /// Pages search engines should list: all but the search page and the page for missing addresses.
    public var isIndexed: Bool { self != .search && self != .notFound }

    /// The way back to the site root from this file: `""` at the root, `"../"` one folder down.
    public var root: String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    public static func < (lhs: SiteRoute, rhs: SiteRoute) -> Bool { lhs.path < rhs.path }
}

/// Links as seen from one page.
public struct Linker: Sendable {
    public let page: SiteRoute
    /// Where the page's links start: its way back to the root, or the absolute base URL for pages that
    /// hosts serve at any address (`404.html`).
    public let base: String

    private let folder: [Substring]
    private let folderPath: Substring
    private let absolute: Bool

    public init(page: SiteRoute, address: SiteAddress) {
        self.page = page
        absolute = page == .notFound && address.baseURL != nil
        base = absolute ? (address.baseURL ?? "") : page.root
        folder = page.path.split(separator: "/").dropLast()
        let path = page.path
        folderPath = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }

    /// The href of `route` (and a `#fragment` on it) from this page: the shortest relative path (a file
    /// in the same folder by its name alone), or the absolute URL on pages served at any address.
    public func href(_ route: SiteRoute, fragment: String? = nil) -> String {
        var target: String
        if route == page && fragment != nil {
            target = ""
        } else if absolute {
            target = base + route.path
        } else {
            let path = route.path
            if folder.isEmpty {
                target = path
            } else if let slash = path.lastIndex(of: "/"), path[..<slash] == folderPath {
                // The same folder: the file's name alone.
                target = String(path[path.index(after: slash)...])
            } else {
                target = base + path
            }
        }
        guard let fragment else { return target }
        return target + "#" + fragment
    }

    /// A paragraph of an article, as every citation links to it.
    public func href(_ citation: Citation) -> String {
        href(.article(citation.article), fragment: Anchor.paragraph(citation.paragraph))
    }
}

/// Fragment ids that pages link to, made in one place.
public enum Anchor {
    public static func paragraph(_ number: Int) -> String { "p\(number)" }
    public static func event(_ id: String) -> String { "event-\(id)" }
    public static let personTimeline = "timeline"
    /// A source's section on sources.html.
    public static func source(_ id: String) -> String { "source-\(id)" }
}
