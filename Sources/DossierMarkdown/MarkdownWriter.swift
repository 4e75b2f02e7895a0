import DossierModel
import DossierText
import Foundation
import Yams

/// An article as Markdown with YAML front matter: the source of its page, published beside it.
public enum MarkdownWriter {
    package struct FrontMatter: Encodable {
        var title: String
        var titleDerived: Bool?
        var deck: String?
        var section: String?
        var outlet: String?
        var agency: String?
        var authors: [String]?
        var contributors: [String]?
        var published: String?
        var publishedInferred: Bool?
        /// How the date was found, when the page did not state it in full.
        var publishedProvenance: String?
        var dateline: String?
        var url: String?
        var captions: [String]?
        var source: String

        enum CodingKeys: String, CodingKey {
            case title, titleDerived = "title_derived", deck, section, outlet, agency, authors, contributors
            case published, publishedInferred = "published_inferred"
            case publishedProvenance = "published_provenance", dateline, url, captions, source
        }
    }

    /// `keep`: the paragraph numbers to write (excerpts); nil writes every paragraph and heading.
    public static func markdown(for article: Article, links: [NameLink] = [], keep: Set<Int>? = nil) -> String {
        let front = FrontMatter(
            title: article.title, titleDerived: article.titleDerived ? true : nil, deck: article.deck,
            section: article.section, outlet: article.outlet, agency: article.agency,
            authors: article.authors.isEmpty ? nil : article.authors,
            contributors: article.contributors.isEmpty ? nil : article.contributors,
            published: article.published?.iso8601,
            publishedInferred: article.published?.yearInferred == true ? true : nil,
            publishedProvenance: article.publishedProvenance.flatMap { [.yearInferred, .inferredFromText].contains($0) ? $0.rawValue : nil },
            dateline: article.dateline, url: article.url,
            captions: article.captions.isEmpty ? nil : article.captions, source: article.sourceFile)
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        // Encoding strings, booleans and string arrays cannot fail; the fallback keeps the title regardless.
        let yaml = (try? encoder.encode(front)) ?? "title: '\(article.title.replacingOccurrences(of: "'", with: "''"))'\n"
        var text = "---\n" + yaml + "---\n"
        var linksByParagraph: [Int: [NameLink]] = [:]
        // The source page's own links, where no person's link covers their words.
        for link in links + article.sourceLinks { linksByParagraph[link.paragraph, default: []].append(link) }
        var paragraph = 0
        for block in article.blocks {
            switch block.kind {
            case .heading:
                if keep == nil { text += "\n## " + escapeInline(block.text) + "\n" }
            case .paragraph:
                paragraph += 1
                guard keep?.contains(paragraph) ?? true else { continue }
                text += "\n" + linked(block.text, links: linksByParagraph[paragraph] ?? []) + "\n"
            }
        }
        return text
    }

    /// The paragraph escaped, with each linked name as `[name](../people/<id>.html)`.
    private static func linked(_ text: String, links: [NameLink]) -> String {
        guard !links.isEmpty else { return escape(text) }
        var result = ""
        var position = text.startIndex
        for link in links.sorted(by: { ($0.offset, $0.address == nil ? 0 : 1) < ($1.offset, $1.address == nil ? 0 : 1) }) {
            guard let start = text.index(position, offsetBy: link.offset - text.distance(from: text.startIndex, to: position), limitedBy: text.endIndex),
                start >= position,
                let end = text.index(start, offsetBy: link.length, limitedBy: text.endIndex)
            else { continue }
            let before = escapeInline(String(text[position..<start]))
            result += result.isEmpty ? escape(String(text[position..<start])) : before
            let target = link.address.map { "<" + $0 + ">" } ?? "../people/\(link.person).html"
            result += "[" + escapeInline(String(text[start..<end])) + "](" + target + ")"
            position = end
        }
        result += escapeInline(String(text[position...]))
        return result
    }

    /// The article body without front matter, ready for cmark-gfm.
    public static func body(of markdown: String) -> String {
        guard markdown.hasPrefix("---\n"), let end = markdown.range(of: "\n---\n", range: markdown.index(markdown.startIndex, offsetBy: 3)..<markdown.endIndex) else {
            return markdown
        }
        return String(markdown[end.upperBound...])
    }

    private static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "*", "_", "`", "[", "]", "<", ">", "&", "|", "~"]
    private static let blockStart = TextPattern("^(?:[#=+>-]|\\d{1,9}[.)](?:\\s|$))")

    /// Plain text as Markdown that renders back to the same text: inline markup characters are escaped
    /// and a leading `#`, `-`, `1.` cannot start a heading or a list.
    package static func escape(_ text: String) -> String {
        var escaped = escapeInline(text)
        if blockStart.matches(escaped) {
            if let first = escaped.unicodeScalars.first, ("0"..."9").contains(first),
                let marker = escaped.unicodeScalars.firstIndex(where: { $0 == "." || $0 == ")" })
            {
                escaped.unicodeScalars.insert("\\", at: marker)
            } else {
                escaped.unicodeScalars.insert("\\", at: escaped.unicodeScalars.startIndex)
            }
        }
        return escaped
    }

    /// Backslashes before every character that could start inline markup or raw HTML, scalar by scalar
    /// (a mark combined with `*` is still a `*` to cmark-gfm), and before a final `!`, which a link
    /// written right after the text would turn into an image.
    package static func escapeInline(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if inlineSpecials.contains(scalar) { escaped.append("\\") }
            escaped.append(scalar)
        }
        if escaped.last == "!" { escaped.insert("\\", at: escaped.index(before: escaped.endIndex)) }
        return String(escaped)
    }
}
