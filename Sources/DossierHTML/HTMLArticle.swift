import DossierModel
import Foundation

/// A web page saved as HTML, read into what text ingest takes: Markdown with front matter. Metadata comes
/// from the page's own markup, in order of trust (a sidecar's front matter, JSON-LD NewsArticle, Open Graph
/// and `article:*` meta, `<time datetime>`), each field with where it came from; the body is the element a
/// readability-style score picks, with its paragraphs, subheads, block quotes and list items; scripts,
/// navigation, share rows, comments and related links are left out; links stay as Markdown links and
/// images become captions from their alt text.
public struct HTMLArticle: Sendable {
    public var title: String?
    public var outlet: String?
    public var authors: [String] = []
    public var published: String?
    public var url: String?
    public var deck: String?
    /// Where each field came from: "json-ld", "open graph", "meta", "time element", "heading".
    public var provenance: [String: String] = [:]
    public var paragraphs: [String] = []
    /// The address relative links in the body resolve against.
    var base: URL?
    /// The links of each paragraph (parallel to `paragraphs`): their text and web address.
    public var paragraphLinks: [[Link]] = []
    public var captions: [String] = []

    public struct Link: Sendable, Hashable {
        public var text: String
        public var address: String
    }
    /// The date in the article's address (`/2015/03/18/`, `/2019/jan/03/`), when it has one.
    public var addressDate: (year: Int, month: Int, day: Int)? {
        guard let url else { return nil }
        let parts = url.split(separator: "/").map(String.init)
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for index in parts.indices.dropLast(2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year) else { continue }
            let month = Int(parts[index + 1]) ?? months.firstIndex(of: parts[index + 1].lowercased()).map { $0 + 1 }
            guard let month, (1...12).contains(month), parts[index + 2].count == 2, let day = Int(parts[index + 2]), (1...31).contains(day)
            else { continue }
            return (year, month, day)
        }
        return nil
    }

    /// When the markup states no date: the text of the page's date element ("Posted on April 21, 2015,
    /// at 11:29 a.m."), for text ingest's date-line reader.
    public var dateText: String?

    /// Why a page holds no article, or nil when it does.
    public var notArticleReason: String? {
        let words = paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
        if paragraphs.count < 2 || words < 60 {
            return "an HTML page with no article body (\(paragraphs.count) paragraph\(paragraphs.count == 1 ? "" : "s") of text: an index, a login wall or a page of links)"
        }
        return nil
    }

    /// The body as Markdown paragraphs, for text ingest.
    public var bodyMarkdown: String {
        paragraphs.joined(separator: "\n\n") + "\n"
    }

    // MARK: Reading

    public static func read(_ data: Data) -> HTMLArticle {
        let root = HTMLTree.parse(Array(HTMLCharset.utf8(data)))
        var article = HTMLArticle()
        let all = root.descendants()
        article.readMetadata(all)
        article.readBody(root, all: all)
        return article
    }

    private mutating func set(_ field: WritableKeyPath<HTMLArticle, String?>, _ name: String, _ value: String?, from source: String) {
        guard self[keyPath: field] == nil, let value = value.map(Self.clean), !value.isEmpty else { return }
        // A date field takes a date: ISO 8601, or one written for people ("Sat, 01 Jun 2024 09:12:00 GMT").
        if name == "published", Self.isoDate(value) == nil, !Self.looksLikeDate(value) { return }
        self[keyPath: field] = value
        provenance[name] = source
    }

    /// "20240601", "20240601091200": a date written without separators, given its dashes and colons.
    static func compactDate(_ text: String) -> String {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard [8, 12, 14].contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        let characters = Array(digits)
        var date = String(characters[0..<4]) + "-" + String(characters[4..<6]) + "-" + String(characters[6..<8])
        if characters.count >= 12 { date += "T" + String(characters[8..<10]) + ":" + String(characters[10..<12]) }
        return date
    }

    /// A script's text without the `<![CDATA[ … ]]>` or `<!-- … -->` wrapper pages put around it for old
    /// XHTML parsers ("<![CDATA[ [ { "@type": "NewsArticle", … } ] ]]>").
    static func unwrappedScript(_ text: String) -> String {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for (open, close) in [("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->")] where body.hasPrefix(open) {
            body.removeFirst(open.count)
            body = body.trimmingCharacters(in: .whitespacesAndNewlines)
            if body.hasSuffix(close) { body.removeLast(close.count) }
            break
        }
        return body
    }

    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private mutating func readMetadata(_ all: [HTMLElement]) {
        // 1. JSON-LD: the first NewsArticle, Article, ReportageNewsArticle or BlogPosting.
        for script in all where script.tag == "script" && (script["type"] ?? "").lowercased().contains("ld+json") {
            let text = Self.unwrappedScript(script.children.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined())
            guard let data = text.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                let item = Self.newsItem(in: json)
            else { continue }
            set(\.title, "title", (item["headline"] ?? item["name"]) as? String, from: "json-ld")
            set(\.published, "published", item["datePublished"] as? String, from: "json-ld")
            // The publisher as an object or a plain name; else the organisation the work comes from.
            for key in ["publisher", "sourceOrganization"] {
                let value = item[key]
                set(\.outlet, "outlet", (value as? [String: Any])?["name"] as? String ?? value as? String, from: "json-ld")
            }
            if authors.isEmpty {
                let names = Self.names(item["author"])
                if !names.isEmpty {
                    authors = names
                    provenance["authors"] = "json-ld"
                }
            }
            if let page = item["mainEntityOfPage"] as? [String: Any] { set(\.url, "url", page["@id"] as? String, from: "json-ld") }
            set(\.url, "url", item["url"] as? String, from: "json-ld")
            break
        }
        // 2. Open Graph, article:*, and named meta tags (a tag may name itself both ways at once).
        var meta: [String: String] = [:]
        for element in all where element.tag == "meta" {
            guard let content = element["content"] ?? element["value"] else { continue }
            for attribute in ["property", "name"] {
                if let key = element[attribute]?.lowercased(), !key.isEmpty, meta[key] == nil { meta[key] = content }
            }
        }
        set(\.title, "title", meta["og:title"], from: "open graph")
        set(\.published, "published", meta["article:published_time"] ?? meta["og:published_time"] ?? meta["article:published"], from: "open graph")
        for key in [
            "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
            "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date",
            "article.published", "article_date_original", "original-publish-date", "citation_publication_date",
        ] {
            set(\.published, "published", meta[key].map(Self.compactDate), from: "meta")
        }
        let authorKeys = [
            "author", "article:author", "parsely-author", "dc.creator", "dcterms.creator", "sailthru.author", "byl", "citation_author",
            "article.author",
        ]
        if authors.isEmpty, let author = authorKeys.lazy.compactMap({ meta[$0] }).first(where: { !$0.hasPrefix("http") }) {
            authors = Self.personNames(author)
            if !authors.isEmpty { provenance["authors"] = "meta" }
        }
        if let canonical = all.first(where: { $0.tag == "link" && ($0["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") })?["href"],
            canonical.hasPrefix("http")
        {
            set(\.url, "url", canonical, from: "meta")
        }
        set(\.url, "url", meta["og:url"].flatMap { $0.hasPrefix("http") ? $0 : nil }, from: "open graph")
        // 3. Microdata and links in the page: itemprop=datePublished, <time datetime> (not a modified
        // date), itemprop=author, rel=author; then the page's first headline.
        // The article's own item first: a page's videos and related items carry dates of their own.
        let articleItems = all.filter { ($0["itemtype"] ?? "").lowercased().contains("article") || ($0["itemtype"] ?? "").lowercased().contains("blogposting") }
        for element in articleItems.flatMap({ $0.descendants() }) + all where Self.itemprops(element).contains("datepublished") {
            set(\.published, "published", element["content"] ?? element["datetime"] ?? element.text, from: "microdata")
        }
        let times = all.filter { $0.tag == "time" && $0["datetime"] != nil && !Self.itemprops($0).contains("datemodified") }
        set(\.published, "published", (times.first { $0["pubdate"] != nil } ?? times.first)?["datetime"], from: "time element")
        if authors.isEmpty {
            var found: [String] = []
            for element in all where Self.itemprops(element).contains("author") {
                let named = element.descendants().first { Self.itemprops($0).contains("name") }
                let text = named.map { $0["content"] ?? $0.text } ?? (element.tag == "meta" ? nil : element.text)
                found += text.map(Self.personNames) ?? []
            }
            var source = "microdata"
            if found.isEmpty {
                for element in all where element.tag == "a" && (element["rel"] ?? "").lowercased().split(separator: " ").contains("author") {
                    found += Self.personNames(element.text)
                }
            }
            if found.isEmpty, let line = all.first(where: Self.isBylineElement) {
                // A byline element: its hCard name (`fn`) or named parts, else its words up to a date.
                let named = line.descendants().filter { element in
                    (element["class"] ?? "").lowercased().split(separator: " ").contains { $0 == "fn" || $0.hasSuffix("-name") || $0 == "name" }
                }
                let linked = line.descendants().filter { $0.tag == "a" }.flatMap { Self.personNames($0.text) }
                found = !named.isEmpty ? named.flatMap { Self.personNames($0.text) } : !linked.isEmpty ? linked : Self.personNames(Self.beforeDate(line.text))
                source = "byline element"
            }
            authors = Self.uniqueNames(found)
            if !authors.isEmpty { provenance["authors"] = source }
        }
        if published == nil {
            dateText = all.lazy.filter { element in
                let hint = Self.hints(element)
                guard ["date", "time", "posted", "published"].contains(where: { hint.contains($0) }), !["script", "style"].contains(element.tag)
                else { return false }
                let text = Self.clean(element.text)
                return (8...80).contains(text.count) && text.contains { $0.isNumber } && !text.lowercased().hasPrefix("updated")
            }.first.map { Self.clean($0.text) }
        }
        // "Tuesday 15 October 2019 by Bradley M. Kuhn": a date element that also credits the writer.
        if authors.isEmpty, let text = dateText, let by = text.range(of: " by ", options: .caseInsensitive) {
            let names = Self.personNames(String(text[by.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .,;")))
            if !names.isEmpty {
                authors = names
                provenance["authors"] = "date element"
            }
        }
        let headline = all.first { $0.tag == "h1" }.map { Self.clean($0.text) }
        // JSON-LD's headline and Open Graph's title differ ("… hands-on: the Retina display moment" for search
        // engines, "… is the Retina display moment" on the page): the one a heading of the page shows.
        if provenance["title"] == "json-ld", let shared = meta["og:title"].map(Self.clean), !shared.isEmpty, shared != title {
            let headings = Set(all.lazy.filter { $0.tag == "h1" }.map { Self.clean($0.text) })
            if headings.contains(shared), let current = title, !headings.contains(current) {
                title = shared
                provenance["title"] = "open graph"
            }
        }
        set(\.title, "title", headline, from: "heading")
        // "Headline | Author" in a meta title: the part the page's own headline shows.
        if let current = title, let headline, !headline.isEmpty, current != headline, current.hasPrefix(headline),
            [" | ", " - ", " — ", " – "].contains(where: { current.dropFirst(headline.count).hasPrefix($0) })
        {
            title = headline
        }
        // The page's <title>: "Headline - Outlet" gives the outlet (and the headline when nothing else did).
        let pageTitle = all.first(where: { $0.tag == "title" }).map { Self.clean($0.text) } ?? ""
        let cut = [" | ", " - ", " — ", " – "].compactMap { pageTitle.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
        let suffix = cut.map { String(pageTitle[$0.upperBound...]) }
        let siteName = meta["og:site_name"].map(Self.clean)
        if let suffix, Self.isOutletName(suffix), siteName.map({ suffix.lowercased().hasPrefix($0.lowercased()) && suffix.count > $0.count }) ?? true {
            set(\.outlet, "outlet", suffix, from: "page title")
        }
        set(\.outlet, "outlet", siteName, from: "open graph")
        // <span class="site-name">Riverton Gazette</span>: the name the page's header prints.
        let nameplate = all.first { element in
            let hint = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
            return ["site-name", "site-title", "sitename", "site_name"].contains { hint.contains($0) }
        }.map { Self.clean($0.text) }
        if let nameplate, Self.isOutletName(nameplate) { set(\.outlet, "outlet", nameplate, from: "site name element") }
        // "HeraldSun" in the markup, "Herald Sun" in the page's text: the name as readers see it printed.
        if let name = outlet, !name.contains(" "), let spaced = Self.spacedCamelCase(name),
            all.contains(where: { $0.text.contains(spaced) })
        {
            outlet = spaced
        }
        if title == nil, !pageTitle.isEmpty {
            set(\.title, "title", cut.map { String(pageTitle[..<$0.lowerBound]) } ?? pageTitle, from: "page title")
        }
        if let url, !url.hasPrefix("http") { self.url = nil }
        if let value = published, let parsed = Self.isoDate(value) {
            published = parsed
        } else if let value = published, Self.looksLikeDate(value) {
            // Read by the date-line rules in ingest.
            published = value
        } else {
            published = nil
            provenance["published"] = nil
        }
    }

    /// "HeraldSun" → "Herald Sun": a space before each capital that follows a lowercase letter (nil when none does).
    static func spacedCamelCase(_ name: String) -> String? {
        var result = ""
        var previousLower = false
        var split = false
        for character in name {
            if character.isUppercase, previousLower {
                result.append(" ")
                split = true
            }
            result.append(character)
            previousLower = character.isLowercase
        }
        return split ? result : nil
    }

    /// "2019-04-24T22:08:00-04:00", "2019-04-24T22:08:00.000Z", "2019-04-24": kept as ISO 8601 that front
    /// matter reads; anything else is left to the text.
    /// A date written for people: a year from 1900 to 2099 and a month name, in at most 60 characters.
    static func looksLikeDate(_ value: String) -> Bool {
        guard value.count <= 60 else { return false }
        let words = value.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let hasYear = words.contains { $0.count == 4 && Int($0).map { (1900...2099).contains($0) } == true }
        return hasYear && words.contains { CalendarWords.month($0.lowercased()) != nil && $0.first?.isUppercase == true }
    }

    static func isoDate(_ value: String) -> String? {
        var text = value.trimmingCharacters(in: .whitespaces)
        var scalars = Array(text.unicodeScalars)
        // "2017-01-19 07:00:12" and "…T23:00:00-0800": written as ISO 8601 spells them.
        if scalars.count >= 16, scalars[10] == " ", scalars[13] == ":" {
            scalars[10] = "T"
        }
        if scalars.count >= 21, scalars[10] == "T", ["+", "-"].contains(scalars[scalars.count - 5]),
            scalars.suffix(4).allSatisfy({ $0.properties.numericType != nil })
        {
            scalars.insert(":", at: scalars.count - 2)
        }
        text = String(String.UnicodeScalarView(scalars))
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
            scalars[0..<4].allSatisfy({ $0.properties.numericType != nil })
        else { return nil }
        // Fractions of seconds are dropped; the rest stays.
        if let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) >= 19 {
            var end = text.index(after: dot)
            while end < text.endIndex, text[end].isNumber { end = text.index(after: end) }
            return String(text[..<dot]) + String(text[end...])
        }
        return text
    }

    private static func newsItem(in json: Any) -> [String: Any]? {
        // schema.org's Article and its subtypes (news, reports, postings on blogs and social media).
        let types: Set<String> = [
            "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "report", "liveblogposting",
            "opinionnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "reviewnewsarticle", "asknewsarticle",
            "askpublicnewsarticle", "socialmediaposting", "discussionforumposting", "techarticle", "satiricalarticle",
            "advertisercontentarticle",
        ]
        var queue: [Any] = [json]
        var steps = 0
        while !queue.isEmpty, steps < 200 {
            steps += 1
            let item = queue.removeFirst()
            if let list = item as? [Any] {
                queue.append(contentsOf: list)
            } else if let object = item as? [String: Any] {
                let type = object["@type"]
                let names = (type as? String).map { [$0] } ?? (type as? [String]) ?? []
                if names.contains(where: { types.contains($0.lowercased()) }) { return object }
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
        return nil
    }

    /// The itemprop words of an element, lowercased.
    private static func itemprops(_ element: HTMLElement) -> [Substring] {
        guard let value = element["itemprop"] else { return [] }
        return value.lowercased().split(separator: " ")
    }

    /// An element that holds the byline: its class or id says so, its text is short and not a biography.
    private static func isBylineElement(_ element: HTMLElement) -> Bool {
        guard !["script", "style", "meta", "link", "img"].contains(element.tag) else { return false }
        let hint = hints(element)
        guard hint.contains("byline") || hint.split(whereSeparator: { !$0.isLetter }).contains("author") else { return false }
        let text = clean(element.text)
        return (3...100).contains(text.count)
    }

    /// A byline's words before its first digit ("By Jane Roe March 11, 2015 3:46 PM" → "By Jane Roe"),
    /// without a month name left dangling at the end.
    private static func beforeDate(_ text: String) -> String {
        var words: [Substring] = []
        for word in clean(text).split(separator: " ") {
            if let digit = word.firstIndex(where: \.isNumber) {
                // "Nolan22": a name run into the date after it.
                if digit > word.startIndex { words.append(word[..<digit]) }
                break
            }
            words.append(word)
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "updated", "published", "posted"]
        while let last = words.last, months.contains(where: { last.lowercased().hasPrefix($0) }) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Words of a byline that name a desk, not a person ("Our Foreign Staff", "News Desk", "Agencies").
    private static let deskWords: Set<String> = [
        "staff", "correspondent", "correspondents", "reporter", "reporters", "desk", "team", "editors", "editorial",
        "agencies", "newsroom", "wires", "bureau", "contributors", "writers",
    ]

    /// "By Jane Doe and John Roe", "Jane Doe, John Roe": people's names, each of two to five words that
    /// start with a letter; a web address, a handle or a long phrase is no name.
    static func personNames(_ text: String) -> [String] {
        var text = clean(text)
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        let parts = text.components(separatedBy: CharacterSet(charactersIn: ",;|")).flatMap { $0.components(separatedBy: " and ") }
        return uniqueNames(parts.map(clean).filter { part in
            let words = part.split(separator: " ")
            return (1...5).contains(words.count) && !part.contains("://") && !part.hasPrefix("@") && !part.contains("/")
                && !words.contains { deskWords.contains($0.lowercased()) }
                && words.allSatisfy { word in word.drop { "(\"'“‘".contains($0) }.first?.isLetter ?? false }
                && words.contains { $0.first?.isUppercase ?? false }
        })
    }

    private static func uniqueNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    /// A site name as a page title ends with it: one to five words, no sentence punctuation.
    private static func isOutletName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return ((1...5).contains(words.count) && !text.contains { ".!?:\"“”".contains($0) }) || text.hasSuffix(".com")
    }

    private static func names(_ value: Any?) -> [String] {
        // ("mcupdate": an account's handle, all lowercase, names no one.)
        if let name = value as? String { return name.hasPrefix("http") || !name.contains(where: \.isUppercase) ? [] : [clean(name)] }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let list = value as? [Any] { return list.flatMap(names) }
        return []
    }

    // MARK: The body

    /// Class and id words of page furniture, and of article text (after Readability's lists).
    private static let unlikely = [
        "-ad-", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer",
        "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "share", "newsletter",
        "subscribe", "promo", "recirc", "outbrain", "taboola", "cookie", "modal", "signup", "nav", "masthead", "toolbar",
        "trending", "most-read", "mostread", "tags",
    ]
    private static let likely = ["and", "article", "body", "column", "content", "main", "shadow", "story", "text", "entry", "post"]
    private static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "footer", "form", "button", "iframe", "svg", "canvas", "select",
        "input", "textarea", "template", "object", "embed", "video", "audio", "menu", "dialog",
    ]

    private static func firstClass(_ element: HTMLElement) -> Substring? {
        element["class"]?.split(separator: " ").first
    }

    private static func hints(_ element: HTMLElement) -> String {
        ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
    }

    private static func isUnlikely(_ element: HTMLElement) -> Bool {
        let hint = hints(element)
        guard !hint.trimmingCharacters(in: .whitespaces).isEmpty, !["body", "article", "main"].contains(element.tag),
            element["role"] != "main"
        else { return false }
        return unlikely.contains { hint.contains($0) } && !likely.contains { hint.contains($0) }
    }

    private static func classWeight(_ element: HTMLElement) -> Double {
        let hint = hints(element)
        var weight = 0.0
        if ["article", "body", "content", "entry", "main", "page", "post", "text", "story"].contains(where: { hint.contains($0) }) { weight += 25 }
        if ["comment", "meta", "footer", "footnote", "nav", "sidebar", "sponsor", "share", "social", "related", "promo", "ad-"].contains(where: { hint.contains($0) }) {
            weight -= 25
        }
        return weight
    }

    /// An element the page does not show: `hidden`, `aria-hidden`, `display: none`, `visibility: hidden`,
    /// or collapsed to no height with its overflow hidden (where ad players wait).
    private static func isHidden(_ element: HTMLElement) -> Bool {
        if element["hidden"] != nil || element["aria-hidden"] == "true" { return true }
        guard let style = element["style"]?.lowercased().filter({ !$0.isWhitespace }), !style.isEmpty else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
            || (style.contains("overflow:hidden") && (style.hasPrefix("height:0") || style.contains(";height:0")))
    }

    /// The page without what is never article text.
    /// `strict`: also without the elements whose class or id look like furniture (Readability's first
    /// pass; the second, when the first finds too little text, keeps them).
    private static func pruned(_ element: HTMLElement, strict: Bool) -> HTMLElement {
        var copy = element
        copy.children = element.children.compactMap { node in
            guard case .element(let child) = node else { return node }
            if dropped.contains(child.tag) || (strict && isUnlikely(child)) || isHidden(child) { return nil }
            return .element(pruned(child, strict: strict))
        }
        return copy
    }

    private mutating func readBody(_ root: HTMLElement, all: [HTMLElement]) {
        guard let body = all.first(where: { $0.tag == "body" }) else { return }
        // Relative links resolve against <base href> when it is absolute, else the page's own address.
        let declared = all.first { $0.tag == "base" }?["href"].map(Self.clean)
        base = (declared.flatMap { BlockCollector.isWebAddress($0) ? URL(string: $0) : nil }) ?? url.flatMap(URL.init(string:))
        readBody(Self.pruned(body, strict: true))
        // Too little text: Readability's second pass, with the furniture-looking containers kept.
        if paragraphs.reduce(0, { $0 + $1.count }) < 500 { readBody(Self.pruned(body, strict: false)) }
    }

    private mutating func readBody(_ clean: HTMLElement) {
        // Score containers by the paragraphs in them (Readability's rule, without its second passes).
        var scores: [Int: Double] = [:]
        var elements: [HTMLElement] = []
        var parents: [Int: Int] = [:]
        var stack: [(element: HTMLElement, parent: Int?)] = [(clean, nil)]
        while let (element, parent) = stack.popLast() {
            let index = elements.count
            elements.append(element)
            if let parent { parents[index] = parent }
            for case .element(let child) in element.children.reversed() { stack.append((child, index)) }
        }
        for (index, element) in elements.enumerated() where ["p", "pre", "td", "blockquote"].contains(element.tag) || Self.isParagraphDiv(element) {
            let text = element.text
            guard text.count >= 25 else { continue }
            let score = 1 + Double(text.filter { $0 == "," }.count) + min(Double(text.count) / 100, 3)
            // Readability's rule: the parent gets the paragraph's score, the grandparent half, and three
            // more ancestors a third of it divided by their level.
            var ancestor = parents[index]
            var level = 0
            while let current = ancestor, level < 5 {
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[current, default: Self.base(elements[current])] += score / divider
                ancestor = parents[current]
                level += 1
            }
        }
        var adjusted: [Int: Double] = [:]
        for (key, value) in scores { adjusted[key] = value * (1 - Self.linkDensity(elements[key])) }
        var best = adjusted.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
        // A parent that scores higher than the best is the better container (the story split into
        // blocks); the walk stops where scores fall below a third of the best's.
        if let top = best, var last = adjusted[top] {
            let threshold = last / 3
            var parent = parents[top]
            while let current = parent, elements[current].tag != "body" {
                guard let score = adjusted[current] else {
                    parent = parents[current]
                    continue
                }
                if score < threshold { break }
                if score > last {
                    best = current
                    break
                }
                last = score
                parent = parents[current]
            }
        }
        // A candidate that is its parent's only element is the same block: the parent stands for it, so
        // that the story's sibling sections can join it (Readability climbs the same way).
        while let current = best, let parent = parents[current], elements[parent].tag != "body",
            elements[parent].children.filter({ if case .element = $0 { true } else { false } }).count == 1
        {
            adjusted[parent] = max(adjusted[parent] ?? 0, adjusted[current] ?? 0)
            best = parent
        }
        var chosen = best.map { elements[$0] } ?? clean
        // Readability's sibling rule: the body may be split into sibling blocks (one per list item or
        // photo), so siblings that score well, or that are long prose paragraphs, join the chosen one.
        if let best, let parent = parents[best] {
            let threshold = max(10, (adjusted[best] ?? 0) * 0.2)
            let siblings = elements.indices.filter { parents[$0] == parent }
            let joined = siblings.filter { index in
                if index == best { return true }
                let element = elements[index]
                // A sibling of the same component (its first class name) with text: the next item.
                if let kind = Self.firstClass(elements[best]), Self.firstClass(element) == kind, element.text.count >= 25 { return true }
                if (adjusted[index] ?? 0) >= threshold { return true }
                if element.tag == "p" {
                    let text = element.text
                    return text.count > 80 && Self.linkDensity(element) < 0.25
                }
                return false
            }
            if joined.count > 1 {
                var merged = elements[parent]
                merged.children = joined.map { .element(elements[$0]) }
                chosen = merged
            }
        }
        var blocks = BlockCollector(base: base)
        blocks.collect(chosen)
        paragraphs = blocks.paragraphs
        paragraphLinks = paragraphs.indices.map { blocks.links[$0] ?? [] }
        captions = blocks.captions
        // The headline, when the body repeats it first.
        if let title, paragraphs.first.map({ $0.hasPrefix("# ") && $0.dropFirst(2) == title }) == true {
            paragraphs.removeFirst()
            paragraphLinks.removeFirst()
        }
    }

    /// A div holding only text and inline elements: a paragraph written as a div (Readability scores it
    /// as one).
    private static func isParagraphDiv(_ element: HTMLElement) -> Bool {
        element.tag == "div" && !element.children.contains { node in
            if case .element(let child) = node { HTMLElement.blockTags.contains(child.tag) } else { false }
        }
    }

    private static func base(_ element: HTMLElement) -> Double {
        var score = classWeight(element)
        switch element.tag {
        case "div", "article", "main", "section": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }

    private static func linkDensity(_ element: HTMLElement) -> Double {
        let total = element.text.count
        guard total > 0 else { return 0 }
        let linked = element.descendants().filter { $0.tag == "a" }.reduce(0) { $0 + $1.text.count }
        return min(1, Double(linked) / Double(total))
    }
}

/// The blocks of the chosen element, as Markdown paragraphs: paragraphs, subheads, block quotes, list
/// items; figure captions and image alt texts aside as captions.
struct BlockCollector {
    /// The address relative links are resolved against (the page's <base href> or its own address).
    var base: URL?
    var paragraphs: [String] = []
    /// The links in paragraph `n` (its index in `paragraphs`).
    var links: [Int: [HTMLArticle.Link]] = [:]
    var captions: [String] = []

    mutating func collect(_ element: HTMLElement) {
        var stack: [HTMLNode] = [.element(element)]
        var loose = ""
        var looseLinked = 0
        var looseAnchors: [HTMLArticle.Link] = []
        func flush(_ loose: inout String, into paragraphs: inout [String]) {
            let text = HTMLArticle.clean(loose)
            // Loose text that is mostly links (a credit line, "Read more" rows) is not prose.
            let mostlyLinks = text.count < 200 && Double(looseLinked) >= 0.5 * Double(max(1, text.count))
            if text.split(separator: " ").count >= 3, !mostlyLinks {
                if !looseAnchors.isEmpty { links[paragraphs.count] = looseAnchors }
                paragraphs.append(text)
            }
            loose = ""
            looseLinked = 0
            looseAnchors = []
        }
        while let node = stack.popLast() {
            switch node {
            case .text(let text):
                loose += text
            case .element(let child):
                switch child.tag {
                case "p", "blockquote", "li", "pre", "dd":
                    flush(&loose, into: &paragraphs)
                    // A block of mostly links (a list of related stories) is not text.
                    let text = Self.inline(child, base: base)
                    let plain = child.text
                    let linked = child.descendants().filter { $0.tag == "a" }.reduce(0) { $0 + $1.text.count }
                    if !plain.isEmpty, Double(linked) / Double(plain.count) < 0.5 || plain.count > 200, text.split(separator: " ").count >= 3 {
                        if child.descendants().contains(where: { ["p", "li", "blockquote"].contains($0.tag) }) {
                            // Blocks nested in this one are read one by one.
                            stack.append(contentsOf: child.children.reversed())
                        } else {
                            let anchors = Self.anchors(in: child, base: base)
                            if !anchors.isEmpty { links[paragraphs.count] = anchors }
                            paragraphs.append(child.tag == "li" ? "• " + text : text)
                        }
                    }
                case "h2", "h3", "h4", "h5", "h6", "h1":
                    flush(&loose, into: &paragraphs)
                    let text = HTMLArticle.clean(child.text)
                    // A "heading" of sentence length is prose set large.
                    if text.split(separator: " ").count >= 12, let last = text.last, ".!?\"”’".contains(last) {
                        let anchors = Self.anchors(in: child, base: base)
                        if !anchors.isEmpty { links[paragraphs.count] = anchors }
                        paragraphs.append(Self.inline(child, base: base))
                    } else if !text.isEmpty {
                        paragraphs.append("## " + text)
                    }
                case "figcaption":
                    let text = HTMLArticle.clean(child.text)
                    if !text.isEmpty { captions.append(text) }
                case "img":
                    if let alt = child["alt"].map(HTMLArticle.clean), alt.split(separator: " ").count >= 3 { captions.append(alt) }
                case "br":
                    // Two line breaks in a row end a paragraph (pages written without <p>).
                    if loose.reversed().first(where: { $0 != " " && $0 != "\t" }) == "\n" {
                        flush(&loose, into: &paragraphs)
                    } else {
                        loose += "\n"
                    }
                case "div", "section", "article", "main", "figure", "ul", "ol", "table", "tbody", "tr", "td", "header", "span", "dl":
                    if HTMLElement.blockTags.contains(child.tag) { flush(&loose, into: &paragraphs) }
                    stack.append(contentsOf: child.children.reversed())
                case _ where child.tag != "a" && Self.holdsBlocks(child):
                    // Any other element holding blocks or line breaks (the body, <center>, <font>) is a container.
                    stack.append(contentsOf: child.children.reversed())
                default:
                    if child.tag == "a" { looseLinked += HTMLArticle.clean(child.text).count }
                    looseAnchors += Self.anchors(in: child, base: base)
                    loose += Self.inline(child, base: base)
                }
            }
        }
        flush(&loose, into: &paragraphs)
        var seen: Set<String> = []
        captions = captions.filter { seen.insert($0).inserted }
    }

    /// A block's text with its links as Markdown links (web addresses only).
    static func inline(_ element: HTMLElement, base: URL? = nil) -> String {
        enum Step {
            case node(HTMLNode)
            /// The end of a link: `](address)`.
            case close(String)
        }
        var result = ""
        var stack: [Step] = element.children.reversed().map(Step.node)
        while let step = stack.popLast() {
            switch step {
            case .close(let href):
                result += "](" + href + ")"
            case .node(.text(let text)):
                result += Self.escaped(text)
            case .node(.element(let child)):
                if HTMLArticle.isDroppedInline(child.tag) { continue }
                if child.tag == "br" {
                    result += " "
                    continue
                }
                if child.tag == "a", let href = Self.address(child["href"], base: base),
                    !child.text.isEmpty, !child.descendants().contains(where: { $0.tag == "a" })
                {
                    result += "["
                    stack.append(.close(href))
                } else if HTMLElement.blockTags.contains(child.tag) {
                    result += " "
                }
                stack.append(contentsOf: child.children.reversed().map(Step.node))
            }
        }
        return HTMLArticle.clean(result)
    }

    /// Whether an element has a block element or a line break among its children.
    static func holdsBlocks(_ element: HTMLElement) -> Bool {
        element.children.contains { node in
            if case .element(let inner) = node { HTMLElement.blockTags.contains(inner.tag) || inner.tag == "br" } else { false }
        }
    }

    /// The links `inline` writes as Markdown links, in order: each one's text and address.
    static func anchors(in element: HTMLElement, base: URL? = nil) -> [HTMLArticle.Link] {
        var found: [HTMLArticle.Link] = []
        var stack: [HTMLElement] = [element]
        while let next = stack.popLast() {
            if HTMLArticle.isDroppedInline(next.tag) { continue }
            if next.tag == "a", let href = Self.address(next["href"], base: base),
                !next.text.isEmpty, !next.descendants().contains(where: { $0.tag == "a" })
            {
                let text = HTMLArticle.clean(next.text)
                if !text.isEmpty { found.append(HTMLArticle.Link(text: text, address: href)) }
                continue
            }
            for case .element(let child) in next.children.reversed() { stack.append(child) }
        }
        return found
    }

    /// A link's address made absolute against `base` ("/world/x", "../x", "//host/x"), when the result
    /// is a web address; nil for fragments, `javascript:`, `mailto:` and anything else.
    static func address(_ href: String?, base: URL?) -> String? {
        guard let href = href.map(HTMLArticle.clean), !href.isEmpty else { return nil }
        if isWebAddress(href) { return href }
        guard let base, !href.hasPrefix("#"), !href.contains(":") || href.hasPrefix("//"),
            let resolved = URL(string: href, relativeTo: base)?.absoluteURL.absoluteString, isWebAddress(resolved)
        else { return nil }
        return resolved
    }

    /// An absolute http(s) address that a Markdown link can hold as it is.
    static func isWebAddress(_ href: String) -> Bool {
        (href.hasPrefix("http://") || href.hasPrefix("https://")) && href.count < 2048
            && !href.contains { $0 == "(" || $0 == ")" || $0 == " " || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "\"" }
    }

    /// Characters of the page's text that Markdown would read as markup.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension HTMLArticle {
    static func isDroppedInline(_ tag: String) -> Bool {
        ["script", "style", "noscript", "button", "svg", "iframe", "template", "select", "input", "textarea"].contains(tag)
    }
}

/// The bytes of a page as UTF-8: a byte order mark, else the `<meta charset>` (or `http-equiv`) of its
/// first kilobytes, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
public enum HTMLCharset {
    public static func utf8(_ data: Data) -> [UInt8] {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Array(decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: true).utf8) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Array(decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: false).utf8) }
        let declared = declaredCharset(bytes)
        switch declared {
        case "windows-1252", "iso-8859-1", "latin1", "latin-1", "us-ascii", "cp1252", "iso8859-1":
            return Array(windows1252(bytes).utf8)
        default:
            if isValidUTF8(bytes) { return bytes }
            return Array(windows1252(bytes).utf8)
        }
    }

    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(unit)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with printable characters at 0x80–0x9F.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            result.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return result
    }
}
