import DossierModel
import DossierText
import Foundation

/// Character-level cleaning shared by the ingest rules.
package enum TextCleaner {
    // Every repetition is bounded: an unclosed `[`, `![` or `*` must not make a long line quadratic.
    private static let image = TextPattern("!\\[([^\\]]{0,500})\\]\\([^)]{0,2000}\\)")
    private static let link = TextPattern("\\[([^\\]]{1,500})\\]\\([^)]{0,2000}\\)")
    private static let angleLink = TextPattern("<((?:https?|mailto):[^>\\s]{1,2000})>")
    private static let strong = TextPattern("(\\*\\*|__)(.{1,500}?)\\1")
    private static let emphasis = TextPattern("(?<![\\w*])\\*(?!\\s)(.{1,500}?)(?<!\\s)\\*(?![\\w*])")
    private static let strayAsterisks = TextPattern("(?<!\\S)\\*+|\\*+(?!\\S)")
    private static let tripleDash = TextPattern("\\s*-{3}\\s*")
    private static let doubleDash = TextPattern("\\s+--\\s+|(?<=\\w)--(?=\\w)")
    private static let spaces = TextPattern("\\s+")

    /// Plain prose from a line of Markdown-ish text: links keep their text, emphasis markers go,
    /// print-style `---` and ` -- ` become an em dash, white space is collapsed.
    package static func plainText(fromMarkdown text: String) -> String {
        // Plain prose (no link, emphasis or dash marks, single spaces) needs none of the rules below.
        if isAlreadyPlain(text) { return text.trimming(.whitespaces) }
        var source = text
        // A bullet that opens a line marks a list item, not a word of it.
        while let first = source.first, "•·▪►".contains(first) { source.removeFirst() }
        var result = image.replacing(in: source, with: "")
        result = link.replacing(in: result, with: "$1")
        result = angleLink.replacing(in: result, with: "$1")
        result = strong.replacing(in: result, with: "$2")
        result = emphasis.replacing(in: result, with: "$1")
        result = strayAsterisks.replacing(in: result, with: "")
        result = tripleDash.replacing(in: result, with: " — ")
        result = doubleDash.replacing(in: result, with: " — ")
        result = spaces.replacing(in: result, with: " ")
        return result.trimming(.whitespaces)
    }

    /// True when no rule of `plainText` can change the text: no `[`, `<`, `*`, `_`, `--`, bullet or
    /// white space other than single spaces.
    private static func isAlreadyPlain(_ text: String) -> Bool {
        var previousSpace = false
        var previousDash = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "[", "<", "*", "_", "•", "·", "▪", "►":
                return false
            case " ":
                if previousSpace { return false }
                previousSpace = true
                previousDash = false
                continue
            case "-":
                if previousDash { return false }
                previousDash = true
                previousSpace = false
                continue
            default:
                if UTF8Scan.isWhitespace(scalar) { return false }
            }
            previousSpace = false
            previousDash = false
        }
        return true
    }

    /// A headline for an article that has none: its first sentence, cut at a word boundary.
    package static func headline(fromSentence paragraph: String, limit: Int = 90) -> String {
        let sentence = SentenceSplitter.sentences(in: paragraph).first ?? paragraph
        var trimmed = sentence.trimming(ScalarSet(charactersIn: " .")
        )
        guard trimmed.count > limit else { return trimmed }
        trimmed = String(trimmed.prefix(limit))
        if let space = trimmed.lastIndex(of: " ") { trimmed = String(trimmed[..<space]) }
        let dangling: Set<String> = ["a", "an", "the", "of", "to", "in", "on", "by", "for", "and", "or", "with", "at"]
        while let last = trimmed.split(separator: " ").last, dangling.contains(last.lowercased()) {
            trimmed = String(trimmed.dropLast(last.count)).trimming(.whitespaces)
        }
        return trimmed.trimming(ScalarSet(charactersIn: " ,;:—-")) + "…"
    }

    /// Words of a name that stay lowercase after its first word: "Rio de Janeiro".
    private static let particles: Set<String> = ["de", "da", "do", "dos", "das", "del", "la", "le", "of", "the", "and", "on", "upon", "am", "an", "bin", "al", "el", "du", "van", "von"]

    /// "VLADIVOSTOK" → "Vladivostok", "RIO DE JANEIRO" → "Rio de Janeiro", "WHY NOW?" → "Why Now?".
    package static func titleCased(_ text: String) -> String {
        text.split(separator: " ").enumerated().map { index, word -> String in
            guard let first = word.first else { return String(word) }
            if index > 0, particles.contains(word.lowercased()) { return word.lowercased() }
            return String(first).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
