import DossierModel
import DossierText
import Foundation

/// An article straight out of ingest, with a header date whose year may still be unknown.
public struct IngestedArticle: Sendable, Hashable, Codable {
    public var article: Article
    /// A header date that gave no year (`04/23 06:41`); resolved by `PublicationYearInference`.
    public var yearlessDate: HeaderDate?
}

/// Turns the raw text of one article, in any of the formats news pages come in, into an `Article`.
/// One file in, one value out: pure, and every rule is general (no outlet or file names).
public enum ArticleIngester {
    /// Reads `data` as text and ingests it; a diagnostic names `sourceFile` when it cannot.
    public static func ingest(data: Data, sourceFile: String) throws(IngestError) -> IngestedArticle {
        if data.contains(0) { throw .unreadable(file: sourceFile, reason: "binary data (NUL bytes), not text") }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw .unreadable(file: sourceFile, reason: "not valid text")
        }
        return try ingest(text: text, sourceFile: sourceFile)
    }

    public static func ingest(text: String, sourceFile: String) throws(IngestError) -> IngestedArticle {
        let normalized = TextCleaner.normalizeSource(text)
        guard !normalized.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .empty(file: sourceFile)
        }
        let (lines, url) = removeChromeLines(normalized)
        let blocks = SourceBlock.split(lines)
        var header = HeaderReader.read(blocks)
        var body = BodyReader.read(Array(blocks[header.bodyStart...]))
        guard let firstParagraph = body.blocks.firstIndex(where: { $0.kind == .paragraph }) else {
            throw .noBody(file: sourceFile)
        }
        let dateline = Dateline.split(body.blocks[firstParagraph].text)
        if let dateline {
            body.blocks[firstParagraph].text = dateline.rest
        }
        var agency = header.agency ?? dateline?.agency
        if agency == nil, header.outlet == nil, let byline = header.bylineOrganization { agency = byline }
        let outlet = [header.outlet, agency].compactMap { $0 }.uniqued().joined(separator: "/")

        let title: String
        let titleDerived: Bool
        if let found = header.title {
            title = found
            titleDerived = false
        } else {
            title = TextCleaner.headline(fromSentence: body.blocks[firstParagraph].text)
            titleDerived = true
        }
        header.captions.append(contentsOf: body.captions)
        let article = Article(
            sourceFile: sourceFile, title: title, titleDerived: titleDerived, deck: header.deck,
            section: header.section, outlet: outlet.isEmpty ? nil : outlet, agency: agency,
            authors: header.authors, contributors: body.contributors,
            published: header.date?.publicationDate, dateline: dateline?.place, url: url,
            blocks: body.blocks, captions: header.captions)
        let yearless = header.date.flatMap { $0.year == nil ? $0 : nil }
        return IngestedArticle(article: article, yearlessDate: yearless)
    }

    private static let originalURL = TextPattern(
        "^\\s*\\**Original (?:url|link|article)\\**\\s*:\\**\\s*(.*)$", caseInsensitive: true)
    private static let bareURL = TextPattern("<?(https?://[^\\s>)]+)>?")

    /// Drops chrome lines and lifts an `Original url:` trailer (on its line or the next) into metadata.
    private static func removeChromeLines(_ text: String) -> (lines: [String], url: String?) {
        var kept: [String] = []
        var url: String?
        var awaitingURL = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if awaitingURL, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                awaitingURL = false
                if let match = bareURL.firstMatch(in: line) {
                    url = match.group(1)
                    continue
                }
            }
            if let match = originalURL.firstMatch(in: line) {
                if let found = match.group(1).flatMap({ bareURL.firstMatch(in: $0) }) {
                    url = found.group(1)
                } else {
                    awaitingURL = true
                }
                continue
            }
            if SiteChrome.isChrome(line) { continue }
            kept.append(line)
        }
        return (kept, url)
    }
}

/// A run of non-blank source lines, with its Markdown markers noted and its text re-flowed.
package struct SourceBlock {
    /// The text as written (Markdown markers kept), lines joined with spaces.
    package var raw: String
    /// Plain text: Markdown emphasis, links and heading markers removed, dashes normalised.
    package var text: String
    package var headingLevel: Int?
    /// The first line is indented, as print pages mark a new paragraph.
    package var indented: Bool

    package var wordCount: Int { text.split(whereSeparator: \.isWhitespace).count }

    private static let headingMarker = TextPattern("^(#{1,6})\\s+")

    package static func split(_ lines: [String]) -> [SourceBlock] {
        var blocks: [SourceBlock] = []
        var current: [String] = []
        func flush() {
            if let block = SourceBlock(lines: current) { blocks.append(block) }
            current.removeAll()
        }
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    package init?(lines: [String]) {
        guard let first = lines.first else { return nil }
        indented = first.prefix(while: { $0 == " " }).count >= 2
        var joined = ""
        for line in lines.map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if joined.isEmpty {
                joined = line
            } else if joined.last == "-", joined.dropLast().last?.isLetter == true,
                line.first?.isLowercase == true
            {
                // A word hyphenated at the end of a printed line.
                joined.removeLast()
                joined += line
            } else {
                joined += " " + line
            }
        }
        raw = joined
        if let match = Self.headingMarker.firstMatch(in: joined) {
            headingLevel = match.group(1)?.count
            joined = String(joined[match.range.upperBound...])
        }
        text = TextCleaner.plainText(fromMarkdown: joined)
        guard !text.isEmpty else { return nil }
    }

    /// Prose: enough words, some lowercase, and not all capitals.
    package var isProse: Bool {
        wordCount >= 12 && text.contains(where: \.isLowercase)
    }

    package var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    private static let captionMarker = TextPattern(
        "\\b(?:PHOTO|Photo|Photograph|Picture|Image|Credit)s?\\s*:|\\(Photo\\b|\\bPhoto by\\b|Getty Images|GETTY IMAGES|\\bAP Photo\\b|\\bREUTERS/|/(?:AFP|AP|Reuters)\\b"
    )
    private static let trailingBoldCredit = TextPattern("^(.+?)\\s*\\*\\*([^*]{2,60})\\*\\*\\s*$")

    /// A photo caption: says PHOTO:/Credit:/Getty Images…, or is a short line ending in a bold credit.
    package var isCaption: Bool {
        if Self.captionMarker.matches(raw) { return true }
        return headingLevel == nil && wordCount <= 14 && Self.trailingBoldCredit.matches(raw)
    }

    /// The caption as readers see it: `Kim Jong Un **Bloomberg**` becomes `Kim Jong Un (Bloomberg)`.
    package var captionText: String {
        if let match = Self.trailingBoldCredit.firstMatch(in: raw), !Self.captionMarker.matches(raw),
            let subject = match.group(1), let credit = match.group(2)
        {
            return TextCleaner.plainText(fromMarkdown: subject) + " (" + credit + ")"
        }
        return text
    }
}

