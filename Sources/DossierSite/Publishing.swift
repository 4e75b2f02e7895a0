import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
import Foundation

/// Where the site will be published, when known: the base for absolute URLs in the sitemap, the feed,
/// canonical links and Open Graph tags. Links between pages stay relative either way.
public struct SiteAddress: Sendable, Hashable {
    /// `https://example.org/dossier/`, always ending in `/`; `nil` when no base URL was given.
    public var baseURL: String?

    public init(baseURL: String? = nil) {
        self.baseURL = baseURL
    }

    /// Checks and normalises a base URL given on the command line or in `dossier.yml`.
    public static func validated(_ text: String?, origin: String) throws(BuildError) -> SiteAddress {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return SiteAddress() }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host?.isEmpty == false, url.query == nil, url.fragment == nil
        else {
            throw .configuration(
                file: origin, problem: "base URL \"\(text)\" must be an absolute http(s) URL such as https://example.org/dossier/")
        }
        return SiteAddress(baseURL: text.hasSuffix("/") ? text : text + "/")
    }

    /// The absolute URL of a page, `index.html` files by their folder: `https://example.org/people/`.
    public func absolute(_ path: String) -> String? {
        guard let baseURL else { return nil }
        if path == "index.html" { return baseURL }
        if path.hasSuffix("/index.html") { return baseURL + path.dropLast("index.html".count) }
        return baseURL + path
    }
}

/// Text escaped for XML character data and attribute values.
package enum XMLText {
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // Control characters other than tab and newlines are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// `sitemap.xml` and `robots.txt`.
package enum Sitemap {
    /// Every page worth indexing: all but those marked `noindex` (the 404 and search pages). Locations are
    /// absolute when the base URL is known, and relative to the site root otherwise.
    package static func xml(routes: [SiteRoute], dates: [String: String], address: SiteAddress) -> Data {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for page in routes.sorted() where page.isIndexed {
            let location = address.absolute(page.path) ?? page.path
            var entry = "<url><loc>\(XMLText.escaped(location))</loc>"
            if let date = dates[page.path] { entry += "<lastmod>\(date)</lastmod>" }
            lines.append(entry + "</url>")
        }
        lines.append("</urlset>")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    package static func robots(address: SiteAddress) -> Data {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemap = address.absolute("sitemap.xml") { text += "\nSitemap: \(sitemap)\n" }
        return Data(text.utf8)
    }
}

/// `feed.xml`: an Atom feed (RFC 4287) of the articles, newest first.
package enum AtomFeed {
    package static func xml(for dossier: Dossier, descriptions: [String: String], address: SiteAddress) -> Data {
        // One entry per story: versions are listed on its page.
        let articles = dossier.articles.filter { $0.versionOf == nil }.sorted { lhs, rhs in
            switch (lhs.shownDate, rhs.shownDate) {
            case let (left?, right?): return left != right ? right < left : lhs.id < rhs.id
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs.id < rhs.id
            }
        }
        let updated = articles.compactMap(\.shownDate).first.map(timestamp) ?? "1970-01-01T00:00:00Z"
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom">"#,
            "<title>\(XMLText.escaped(dossier.title))</title>",
            "<subtitle>\(XMLText.escaped(dossier.lede))</subtitle>",
        ]
        if let feed = address.absolute("feed.xml") { lines.append(#"<link rel="self" type="application/atom+xml" href="\#(XMLText.escaped(feed))"/>"#) }
        let home = address.absolute("index.html") ?? "index.html"
        lines.append(#"<link rel="alternate" type="text/html" href="\#(XMLText.escaped(home))"/>"#)
        lines.append("<id>\(XMLText.escaped(address.absolute("feed.xml") ?? StableIdentifier.urn(for: "feed:" + dossier.title)))</id>")
        lines.append("<updated>\(updated)</updated>")
        lines.append("<generator>Dossier</generator>")
        for article in articles {
            let path = SiteRoute.article(article.id).path
            let link = address.absolute(path) ?? path
            let date = article.shownDate.map(timestamp)
            lines.append("<entry>")
            lines.append("<title>\(XMLText.escaped(article.title))</title>")
            lines.append(#"<link rel="alternate" type="text/html" href="\#(XMLText.escaped(link))"/>"#)
            if let url = article.url { lines.append(#"<link rel="via" href="\#(XMLText.escaped(url))"/>"#) }
            lines.append("<id>\(XMLText.escaped(address.absolute(path) ?? StableIdentifier.urn(for: "article:" + dossier.title + ":" + article.id)))</id>")
            // An undated article has no <published>; <updated> is required, so it takes the feed's.
            if let date { lines.append("<published>\(date)</published>") }
            lines.append("<updated>\(date ?? updated)</updated>")
            let names = article.authors.isEmpty ? [article.outlet ?? SiteText.sourceLabel(article)] : article.authors
            for name in names { lines.append("<author><name>\(XMLText.escaped(name))</name></author>") }
            if let summary = descriptions[article.id] { lines.append("<summary>\(XMLText.escaped(summary))</summary>") }
            lines.append("</entry>")
        }
        lines.append("</feed>")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// RFC 3339 date-time: a date alone is taken as midnight UTC, a time without an offset as UTC.
    package static func timestamp(_ date: PublicationDate) -> String {
        guard date.hour != nil, date.minute != nil else { return date.isoDate + "T00:00:00Z" }
        return date.utcOffset == nil ? date.iso8601 + "Z" : date.iso8601
    }
}

/// A `urn:uuid:` that is the same on every build for the same name (FNV-1a over the UTF-8 bytes, twice
/// with different offsets, shaped as a version 8 UUID): Atom ids when the site has no base URL.
package enum StableIdentifier {
    package static func urn(for name: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        let high = (fnv(0xcbf2_9ce4_8422_2325) & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000
        let low = (fnv(0x84222325_cbf29ce4) & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000
        let hex = String(format: "%016llx%016llx", high, low)
        let characters = Array(hex)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}

/// schema.org JSON-LD for a page's `<script type="application/ld+json">`.
package enum StructuredData {
    package static func newsArticle(_ article: Article, description: String, pageURL: String?) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "description": description,
        ]
        if let published = article.shownDate { object["datePublished"] = published.iso8601 }
        if !article.authors.isEmpty { object["author"] = article.authors.map { ["@type": "Person", "name": $0] } }
        if let outlet = article.outlet { object["publisher"] = ["@type": "Organization", "name": outlet] }
        if let dateline = article.dateline { object["dateline"] = dateline }
        if let url = article.url { object["isBasedOn"] = url }
        if let pageURL { object["url"] = pageURL }
        return script(object)
    }

    package static func person(_ person: Person, articles: [Article], links: Linker, address: SiteAddress) -> String {
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "Person", "name": person.name]
        if !person.aliases.isEmpty { object["alternateName"] = person.aliases }
        if let role = person.roles.first?.text { object["description"] = role }
        if let pageURL = address.absolute(links.page.path) { object["url"] = pageURL }
        object["subjectOf"] = articles.map { article -> [String: Any] in
            let route = SiteRoute.article(article.id)
            return ["@type": "NewsArticle", "headline": article.title, "url": address.absolute(route.path) ?? links.href(route)]
        }
        return script(object)
    }

    /// Sorted keys for stable bytes; `<`, `>` and `&` escaped byte by byte so the text can neither close
    /// the script element nor open a comment in it.
    private static func script(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count)
        // Over the buffer, not Data's byte iterator.
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for byte in raw {
                switch byte {
                case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
                case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
                case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
                default: bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
