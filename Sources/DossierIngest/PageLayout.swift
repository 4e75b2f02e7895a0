import Foundation
import DossierModel
import DossierText

/// A paragraph of the source as the page lays it out, with the clues the rest of ingest reads.
package struct SourceBlock {
    /// The text as written (Markdown markers kept), lines joined with spaces.
    package var raw: String
    /// Plain text: Markdown emphasis, links and heading markers removed, dashes normalised.
    package var text: String
    package var headingLevel: Int?
    /// The first line is indented, as print pages mark a new paragraph.
    package var indented: Bool
    /// Number of source lines joined into it.
    package var lineCount: Int

    /// Words of `text`, counted once.
    package private(set) var wordCount: Int = 0
    /// Running prose, decided once.
    package private(set) var isProse = false

    /// Running prose: enough words, some lowercase, a full stop (or many words).
    private var computedIsProse: Bool {
        let words = wordCount
        guard words >= 8, text.contains(where: \.isLowercase) else { return false }
        // "Les 43 fois où Grey’s Anatomy a fait couler toutes…": a teaser cut short with an ellipsis.
        if words < 25, text.hasSuffix("…") || text.hasSuffix("...") { return false }
        return words >= 25 || (words >= 12 && endsSentence) || (words >= 8 && endsSentence && sentenceCount >= 1 && lowercaseShare > 0.6)
    }

    package var endsSentence: Bool {
        guard let last = text.last else { return false }
        return ".!?\"”’:;)…".contains(last)
    }

    private var sentenceCount: Int { text.filter { $0 == "." || $0 == "!" || $0 == "?" }.count }

    /// The share of words that start lowercase: prose has many, titles and menus few.
    package var lowercaseShare: Double {
        let words = text.split(separator: " ")
        guard !words.isEmpty else { return 0 }
        return Double(words.filter { $0.first?.isLowercase == true }.count) / Double(words.count)
    }

    package var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    init?(lines: [Substring], indented: Bool) {
        var joined = ""
        for line in lines {
            let trimmed = line.trimming(.whitespaces)
            guard !trimmed.isEmpty else { continue }
            if joined.isEmpty {
                joined = trimmed
            } else if joined.last == "-", joined.dropLast().last?.isLetter == true, trimmed.first?.isLowercase == true {
                // A word hyphenated at the end of a printed line.
                joined.removeLast()
                joined += trimmed
            } else {
                joined += " " + trimmed
            }
        }
        guard !joined.isEmpty else { return nil }
        raw = joined
        var body = joined
        let hashes = joined.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), joined.dropFirst(hashes).first == " " {
            headingLevel = hashes
            body = String(joined.dropFirst(hashes + 1))
        }
        text = TextCleaner.plainText(fromMarkdown: body)
        self.indented = indented
        lineCount = lines.count
        guard !text.isEmpty else { return nil }
        wordCount = PageChrome.wordCount(text)
        isProse = computedIsProse
    }
}

/// Cuts a page's lines into paragraphs, deciding from the text itself whether paragraphs are separated
/// by blank lines, set one per line, or hard-wrapped (and then marked by blank lines or indents).
package enum PageLayout {
    package static func blocks(_ lines: [Substring]) -> [SourceBlock] {
        let lengths = lines.map { $0.trimming(.whitespaces).count }.filter { $0 > 0 }
        let width = wrapWidth(lengths)
        let indents = lines.filter { !$0.trimming(.whitespaces).isEmpty }.map { $0.prefix { $0 == " " }.count }
        // Print pages start each paragraph with an indent; wrapped lines do not.
        let indentedStyle = width != nil && indents.filter { $0 >= 2 }.count * 5 >= indents.count && indents.contains(0)
        var blocks: [SourceBlock] = []
        var current: [Substring] = []
        var currentIndented = false
        func flush() {
            if let block = SourceBlock(lines: current, indented: currentIndented) { blocks.append(block) }
            current.removeAll()
        }
        for line in lines {
            let trimmed = line.trimming(.whitespaces)
            if trimmed.isEmpty {
                flush()
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            guard let previous = current.last else {
                current = [line]
                currentIndented = indent >= 2
                continue
            }
            if joins(previous, line, width: width, indentedStyle: indentedStyle, indent: indent) {
                current.append(line)
            } else {
                flush()
                current = [line]
                currentIndented = indent >= 2
            }
        }
        flush()
        return blocks
    }

    /// The column at which a hard-wrapped text breaks its lines, when it is one: most long lines end
    /// within a few characters of the same width, and that width is narrow.
    static func wrapWidth(_ lengths: [Int]) -> Int? {
        guard lengths.count >= 6 else { return nil }
        let sorted = lengths.sorted()
        let width = sorted[Int(Double(sorted.count - 1) * 0.9)]
        guard (40...100).contains(width) else { return nil }
        let nearMargin = lengths.filter { $0 >= width - 12 && $0 <= width + 2 }.count
        return nearMargin * 10 >= lengths.count * 4 ? width : nil
    }

    /// Whether `line` continues the paragraph that `previous` belongs to.
    private static func joins(_ previous: Substring, _ line: Substring, width: Int?, indentedStyle: Bool, indent: Int) -> Bool {
        let last = previous.trimming(.whitespaces)
        let next = line.trimming(.whitespaces)
        let continues: Bool
        if let width {
            // A line that reached the margin was wrapped; a short one ended its paragraph.
            continues = !(indentedStyle && indent >= 2)
                && (last.count >= width - 20 || (!endsSentence(last) && next.first?.isLowercase == true))
        } else {
            // One paragraph per line, unless the page broke a sentence in two.
            continues = !endsSentence(last) && next.first?.isLowercase == true && PageChrome.wordCount(last) >= 6
        }
        guard continues else { return false }
        // Headings, list items and quotations stand alone, and so do header lines: a byline, a date line.
        for marker in ["#", "- ", "* ", "+ ", "> ", "|"] where next.hasPrefix(marker) || last.hasPrefix("#") { return false }
        return !isHeaderLine(last) && !isHeaderLine(next)
    }

    /// "By …" or a line that is a date: never part of a wrapped paragraph.
    private static func isHeaderLine(_ text: String) -> Bool {
        let opener = text.prefix(3).lowercased()
        if (opener == "by " || opener == "by:") && PageChrome.wordCount(text) <= 12 { return true }
        return DateLineParser.isDateLine(text, maxLength: 80)
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?\"”’:;)…".contains(last)
    }
}
