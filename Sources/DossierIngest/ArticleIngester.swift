import DossierHTML
import DossierModel
import DossierText
import Foundation

/// An article straight out of ingest, with a header date whose year may still be unknown.
public struct IngestedArticle: Sendable, Hashable, Codable {
    public var article: Article
    /// A header date that gave no year (`04/23 06:41`); resolved by `PublicationYearInference`.
    public var yearlessDate: HeaderDate?

    public init(article: Article, yearlessDate: HeaderDate? = nil) {
        self.article = article
        self.yearlessDate = yearlessDate
    }
}

/// Turns the raw text of one article, in any of the formats news pages come in, into an `Article`: front
/// matter when the seed has it; the page's chrome removed wherever it stands; paragraphs found whether
/// the page separates them by blank lines, sets one per line or hard-wraps them; the headline where
/// headlines stand; byline, date line, outlet and dateline read. One file in, one value out: pure, and
/// every rule is general (no outlet or file names).
public enum ArticleIngester {
    /// The extensions read as saved web pages rather than as text.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Whether a seed called `name` is a saved web page.
    public static func isWebPage(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return pageExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Reads `data` as text (or, for `.html`/`.htm`/`.xhtml`, as a web page) and ingests it; `sidecar`,
    /// the YAML of a `<stem>.yml` beside the seed, states fields that win over everything the seed says.
    /// A diagnostic names `sourceFile` (or the sidecar) when it cannot.
    public static func ingest(data: Data, sourceFile: String, sidecar: Data? = nil, sidecarFile: String? = nil)
        throws(IngestError) -> IngestedArticle
    {
        var ingested: IngestedArticle
        if isWebPage(sourceFile) {
            ingested = try ingest(page: HTMLArticle.read(data), sourceFile: sourceFile)
        } else {
            ingested = try ingest(text: try SeedText.decode(data, file: sourceFile), sourceFile: sourceFile)
        }
        if let sidecar {
            let name = sidecarFile ?? sourceFile
            let text = try SeedText.decode(sidecar, file: name)
            guard let front = FrontMatter.parse(yaml: text) else {
                throw .unreadable(file: name, reason: "a sidecar that is not a YAML mapping of fields (title:, outlet:, published: …)")
            }
            apply(front, to: &ingested.article, yearless: &ingested.yearlessDate, source: "sidecar")
        }
        return ingested
    }

    /// A saved web page: its body goes through text ingest, and the metadata read from its markup takes
    /// the place of front matter; each field keeps the part of the page it came from.
    static func ingest(page: HTMLArticle, sourceFile: String) throws(IngestError) -> IngestedArticle {
        if let reason = page.notArticleReason { throw .notArticle(file: sourceFile, reason: reason) }
        var front = FrontMatter()
        front.title = page.title.map(printable)
        front.outlet = page.outlet.map(printable)
        front.authors = page.authors.isEmpty ? nil : page.authors.map(printable)
        front.published = page.published.flatMap { DateLineParser.publicationDate(in: $0)?.date.publicationDate }
        front.url = page.url
        front.captions = page.captions.isEmpty ? nil : page.captions.map(printable)
        var ingested = try ingest(body: SeedText.normalize(page.bodyMarkdown), front: front, sourceFile: sourceFile)
        for (field, source) in page.provenance where ingested.article.metadataSources[field] == "front matter" {
            ingested.article.metadataSources[field] = source
        }
        if ingested.article.publishedProvenance == .frontMatter { ingested.article.publishedProvenance = .page }
        ingested.article.sourceLinks = sourceLinks(of: page, in: ingested.article)
        if ingested.article.published == nil { readPageDate(page, into: &ingested) }
        return ingested
    }

    /// No date in the markup: the page's date element, read as a date line. A day without a year takes
    /// the year of the date in the article's address when they agree; the address's date alone is the
    /// last resort.
    private static func readPageDate(_ page: HTMLArticle, into ingested: inout IngestedArticle) {
        let address = page.addressDate
        var date: HeaderDate? = page.dateText.flatMap { DateLineParser.publicationDate(in: $0)?.date }
        var source = "date element"
        if let partial = date, partial.year == nil, let address, address.month == partial.month, address.day == partial.day {
            date?.year = address.year
        }
        if let address, date?.year == nil {
            date = HeaderDate(year: address.year, month: address.month, day: address.day)
            source = "url"
        }
        guard let date else { return }
        guard date.year != nil else {
            ingested.yearlessDate = date
            return
        }
        guard let published = date.publicationDate else { return }
        ingested.article.published = published
        ingested.article.publishedProvenance = .page
        ingested.article.metadataSources["published"] = source
        ingested.yearlessDate = nil
    }

    /// The page's links placed in the article's paragraphs: each paragraph of the page that ingest kept
    /// as it was, its links found in order.
    private static func sourceLinks(of page: HTMLArticle, in article: Article) -> [NameLink] {
        var numbers: [String: Int] = [:]
        for (index, text) in article.paragraphs.enumerated() where numbers[text] == nil { numbers[text] = index + 1 }
        var links: [NameLink] = []
        for (markdown, anchors) in zip(page.paragraphs, page.paragraphLinks) where !anchors.isEmpty {
            let plain = TextCleaner.plainText(fromMarkdown: markdown)
            guard let number = numbers[plain] else { continue }
            var cursor = plain.startIndex
            for anchor in anchors {
                guard let range = plain.range(of: anchor.text, range: cursor..<plain.endIndex) else { continue }
                links.append(NameLink(
                    paragraph: number, offset: plain.distance(from: plain.startIndex, to: range.lowerBound),
                    length: anchor.text.count, address: anchor.address))
                cursor = range.upperBound
            }
        }
        return links
    }

    /// A page's text without its control characters (a title or caption read from markup).
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }

    public static func ingest(text: String, sourceFile: String) throws(IngestError) -> IngestedArticle {
        let normalized = SeedText.normalize(text)
        if let (front, body) = FrontMatter.split(normalized) {
            return try ingest(body: body, front: front, sourceFile: sourceFile)
        }
        return try ingest(body: normalized, front: nil, sourceFile: sourceFile)
    }

    /// Normalised body text, with what front matter (or a page's markup) states about it.
    private static func ingest(body normalized: String, front: FrontMatter?, sourceFile: String) throws(IngestError) -> IngestedArticle {
        guard !normalized.trimming(.whitespacesAndNewlines).isEmpty || front?.title != nil else {
            throw .empty(file: sourceFile)
        }
        let page = PageReader(normalized)
        guard page.hasBody else {
            throw page.notArticleReason.map { .notArticle(file: sourceFile, reason: $0) } ?? .noBody(file: sourceFile)
        }
        var article = page.article(sourceFile: sourceFile)
        article.metadataSources = textSources(of: article)
        var yearless = page.date.flatMap { $0.year == nil ? $0 : nil }
        if let front { apply(front, to: &article, yearless: &yearless, source: "front matter") }
        return IngestedArticle(article: article, yearlessDate: yearless)
    }

    /// Where text ingest found each field it filled.
    private static func textSources(of article: Article) -> [String: String] {
        var sources: [String: String] = ["title": article.titleDerived ? "first sentence" : "page text"]
        if article.outlet != nil { sources["outlet"] = "page text" }
        if article.agency != nil { sources["agency"] = "page text" }
        if !article.authors.isEmpty { sources["authors"] = "byline" }
        if let provenance = article.publishedProvenance { sources["published"] = provenance == .page ? "page text" : provenance.rawValue }
        if article.dateline != nil { sources["dateline"] = "page text" }
        if article.url != nil { sources["url"] = "page text" }
        return sources
    }

    /// Front matter (or a sidecar) wins over what the text says.
    private static func apply(_ front: FrontMatter, to article: inout Article, yearless: inout HeaderDate?, source: String) {
        if let title = front.title {
            article.title = title
            article.titleDerived = front.titleDerived ?? false
            article.metadataSources["title"] = source
            // A Markdown page repeats its headline as the first heading.
            if let first = article.blocks.first, first.kind == .heading, first.text == title { article.blocks.removeFirst() }
        }
        if let deck = front.deck { article.deck = deck }
        if let section = front.section { article.section = section }
        if let outlet = front.outlet {
            article.outlet = outlet
            article.metadataSources["outlet"] = source
        }
        if let agency = front.agency {
            article.agency = agency
            article.metadataSources["agency"] = source
        }
        if let authors = front.authors {
            article.authors = authors
            article.metadataSources["authors"] = source
        }
        if let contributors = front.contributors { article.contributors = contributors }
        if var published = front.published {
            published.yearInferred = front.publishedInferred ?? false
            article.published = published
            article.publishedProvenance = front.publishedProvenance ?? (published.yearInferred ? .yearInferred : .frontMatter)
            article.metadataSources["published"] = front.publishedProvenance?.rawValue ?? source
            yearless = nil
        }
        if let dateline = front.dateline {
            article.dateline = dateline
            article.metadataSources["dateline"] = source
        }
        if let url = front.url {
            article.url = url
            article.metadataSources["url"] = source
        }
        if let captions = front.captions { article.captions = captions }
    }
}

/// Decoding and normalising the bytes of a seed.
package enum SeedText {
    /// UTF-8, else Windows-1252/Latin-1; binary data is refused.
    package static func decode(_ data: Data, file: String) throws(IngestError) -> String {
        if data.contains(0) { throw .unreadable(file: file, reason: "binary data (NUL bytes), not text") }
        var controls = 0
        for byte in data.prefix(4096) where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C { controls += 1 }
        if controls > 40 { throw .unreadable(file: file, reason: "binary data (control characters), not text") }
        if let text = String(data: data, encoding: .utf8) { return text }
        if let text = String(data: data, encoding: .windowsCP1252) ?? String(data: data, encoding: .isoLatin1) { return text }
        throw .unreadable(file: file, reason: "not valid text")
    }

    /// ASCII punctuation, which Markdown lets a backslash escape.
    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// Line endings, byte-order mark, non-breaking and zero-width spaces, tabs, Markdown backslash escapes.
    package static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previous: Unicode.Scalar = " "
        var escape = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                scalars.append("\n")
            case "\n" where previous == "\r":
                break
            case "\u{FEFF}", "\u{200B}", "\u{00AD}":
                break
            case "\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\u{200A}":
                scalars.append(" ")
            case "\t":
                scalars.append(contentsOf: "    ".unicodeScalars)
            case "\\" where !escape:
                escape = true
                previous = scalar
                continue
            default:
                // `\$`, `\*`: a Markdown escape keeps the character and drops the backslash.
                if escape, !(scalar.isASCII && Self.escapable.contains(scalar)) {
                    scalars.append("\\")
                }
                scalars.append(scalar)
            }
            escape = false
            previous = scalar
        }
        if escape { scalars.append("\\") }
        return String(scalars)
    }
}
