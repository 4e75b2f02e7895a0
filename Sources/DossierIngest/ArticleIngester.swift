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
    /// Reads `data` as text and ingests it; a diagnostic names `sourceFile` when it cannot.
    public static func ingest(data: Data, sourceFile: String) throws(IngestError) -> IngestedArticle {
        try ingest(text: try SeedText.decode(data, file: sourceFile), sourceFile: sourceFile)
    }

    public static func ingest(text: String, sourceFile: String) throws(IngestError) -> IngestedArticle {
        var normalized = SeedText.normalize(text)
        var front: FrontMatter?
        if let (matter, body) = FrontMatter.split(normalized) {
            front = matter
            normalized = body
        }
        guard !normalized.trimming(.whitespacesAndNewlines).isEmpty || front?.title != nil else {
            throw .empty(file: sourceFile)
        }
        var page = PageReader(normalized)
        guard page.hasBody else {
            throw page.notArticleReason.map { .notArticle(file: sourceFile, reason: $0) } ?? .noBody(file: sourceFile)
        }
        var article = page.article(sourceFile: sourceFile)
        var yearless = page.date.flatMap { $0.year == nil ? $0 : nil }
        if let front { apply(front, to: &article, yearless: &yearless) }
        return IngestedArticle(article: article, yearlessDate: yearless)
    }

    /// Front matter wins over what the text says.
    private static func apply(_ front: FrontMatter, to article: inout Article, yearless: inout HeaderDate?) {
        if let title = front.title {
            article.title = title
            article.titleDerived = front.titleDerived ?? false
            // A Markdown page repeats its headline as the first heading.
            if let first = article.blocks.first, first.kind == .heading, first.text == title { article.blocks.removeFirst() }
        }
        if let deck = front.deck { article.deck = deck }
        if let section = front.section { article.section = section }
        if let outlet = front.outlet { article.outlet = outlet }
        if let agency = front.agency { article.agency = agency }
        if let authors = front.authors { article.authors = authors }
        if let contributors = front.contributors { article.contributors = contributors }
        if var published = front.published {
            published.yearInferred = front.publishedInferred ?? false
            article.published = published
            article.publishedProvenance = front.publishedProvenance ?? (published.yearInferred ? .yearInferred : .frontMatter)
            yearless = nil
        }
        if let dateline = front.dateline { article.dateline = dateline }
        if let url = front.url { article.url = url }
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
