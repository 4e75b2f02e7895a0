import DossierModel
import DossierIngest
import DossierMarkdown
import DossierExtract
import Foundation

/// Runs one fuzz input through ingest (as text or, for every third input, as a saved web page), extraction, Markdown and cmark-gfm, and checks what must hold
/// for any input: no crash (a crash ends the process), every number finite, nothing from the seed
/// rendered as markup.
public enum FuzzHarness {
    public struct Finding: Sendable, CustomStringConvertible {
        public var input: Int
        public var problem: String
        public var description: String { "input \(input): \(problem)" }
    }

    /// Checks input `index` (and, for extraction across articles, the one before it as a second
    /// article); nil when all is well.
    public static func check(_ generator: FuzzGenerator, index: Int) -> Finding? {
        var articles: [Article] = []
        for (offset, number) in [index, index - 1].enumerated() where number >= 0 {
            guard let ingested = try? ArticleIngester.ingest(data: Data(generator.input(number)), sourceFile: generator.name(number))
            else { continue }
            var article = ingested.article
            article.id = "a\(offset)"
            articles.append(article)
        }
        guard !articles.isEmpty else { return nil }
        let extraction = Extraction.run(articles)
        if let figure = extraction.figures.first(where: { !$0.value.isFinite }) {
            return Finding(input: index, problem: "figure \(figure.display) has no finite value")
        }
        for article in articles {
            let markdown = MarkdownWriter.markdown(for: article, links: extraction.links[article.id] ?? [])
            let html = CommonMark.html(from: MarkdownWriter.body(of: markdown)).lowercased()
            if let tag = unsafeTag(in: html) {
                return Finding(input: index, problem: "seed text rendered as markup: \(tag)")
            }
        }
        return nil
    }

    /// A tag that escaped text should never have produced: a script, image, frame or style element, an
    /// event-handler attribute (`onfocus=`), `autofocus`, or a `javascript:` link. Text may say all of
    /// these; only real tags and attribute names count. With `allowingScripts`, script elements (a
    /// page's own) are allowed and skipped whole.
    public static func unsafeTag(in html: String, allowingScripts: Bool = false) -> String? {
        let bytes = Array(html.utf8)
        var index = 0
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
                (bytes[index + 1] | 0x20) >= 97, (bytes[index + 1] | 0x20) <= 122
            else {
                index += 1
                continue
            }
            let start = index
            index += 1
            var name: [UInt8] = []
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                name.append(lower(bytes[index]))
                index += 1
            }
            let tagName = String(decoding: name, as: UTF8.self)
            var attributes: [(String, String)] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                var attribute: [UInt8] = []
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") {
                    attribute.append(lower(bytes[index]))
                    index += 1
                }
                var value: [UInt8] = []
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        index += 1
                        while index < bytes.count, bytes[index] != quote { value.append(bytes[index]); index += 1 }
                        index += 1
                    } else {
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { value.append(bytes[index]); index += 1 }
                    }
                }
                attributes.append((String(decoding: attribute, as: UTF8.self), String(decoding: value, as: UTF8.self)))
            }
            let tag = String(decoding: bytes[start..<min(index + 1, bytes.count)], as: UTF8.self)
            index += 1
            if tagName == "script", allowingScripts {
                // Skip the element's content: it is the page's own script or JSON.
                let close = Array("</script".utf8)
                while index + close.count <= bytes.count, !bytes[index..<index + close.count].map(lower).elementsEqual(close) { index += 1 }
                continue
            }
            // Dossier's own charts are inline SVG with the `chart` class; seed text can never make one.
            if tagName == "svg", attributes.contains(where: { $0.0 == "class" && $0.1.hasPrefix("chart ") }) { continue }
            if ["script", "img", "iframe", "object", "embed", "svg", "style", "math"].contains(tagName) { return tag }
            for (attribute, value) in attributes {
                if attribute.hasPrefix("on") || attribute == "autofocus" || attribute == "srcdoc" { return tag }
                if (attribute == "href" || attribute == "src" || attribute == "action"),
                    value.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:")
                {
                    return tag
                }
            }
        }
        return nil
    }
}
