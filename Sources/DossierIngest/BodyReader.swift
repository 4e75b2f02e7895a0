import DossierModel
import DossierText
import Foundation

/// Reads the article body: paragraphs (re-joined where a page broke one mid-sentence), subheads,
/// captions, contributor credits; drops the trailing tag list and chrome.
package struct BodyReader {
    package var blocks: [Article.Block] = []
    package var captions: [String] = []
    package var contributors: [String] = []

    private static let contributorLine = TextPattern(
        "^[—–-]?\\s*(.+?)(?:\\s+in\\s+[A-Z][\\w .,]+?)?\\s+contributed(?:\\s+reporting)?(?:\\s+to)?\\s+(?:this|the)\\s+(?:article|report|story)\\.?$"
    )
    private static let sentenceEnd: Set<Character> = [".", "!", "?", "\"", "”", "’", ":", ";", ")"]

    package static func read(_ source: [SourceBlock]) -> BodyReader {
        var reader = BodyReader()
        var blocks = source
        // A run of short unpunctuated lines at the very end is a tag list or leftover chrome.
        while let last = blocks.last, last.wordCount <= 6, last.headingLevel == nil,
            let end = last.text.last, !sentenceEnd.contains(end)
        {
            blocks.removeLast()
        }
        let indentedParagraphs = blocks.filter { $0.isProse && $0.indented }.count
        let printStyle = indentedParagraphs * 2 > blocks.filter(\.isProse).count

        for (index, block) in blocks.enumerated() {
            if block.isCaption {
                reader.captions.append(block.captionText)
                continue
            }
            if block.text.utf8.count <= 300, let match = contributorLine.firstMatch(in: block.text), let names = match.group(1) {
                reader.contributors += names.components(separatedBy: " and ")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                continue
            }
            let isLast = index == blocks.count - 1
            if let heading = headingText(block, isLast: isLast) {
                reader.blocks.append(.heading(heading))
                continue
            }
            if let previous = reader.blocks.last, previous.kind == .paragraph,
                continues(previous.text, with: block, printStyle: printStyle)
            {
                reader.blocks[reader.blocks.count - 1].text += " " + block.text
                continue
            }
            reader.blocks.append(.paragraph(block.text))
        }
        return reader
    }

    /// Markdown headings, ALL-CAPS subheads and short title-case lines without closing punctuation.
    private static func headingText(_ block: SourceBlock, isLast: Bool) -> String? {
        if block.headingLevel != nil { return block.text }
        guard !isLast, block.wordCount <= 8, let first = block.text.first, first.isUppercase || first.isNumber
        else { return nil }
        if block.isAllCaps, block.text.filter(\.isLetter).count >= 3 {
            return TextCleaner.titleCased(block.text)
        }
        guard let last = block.text.last, !sentenceEnd.contains(last), last != "," else { return nil }
        let words = block.text.split(separator: " ")
        let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        return capitalised * 2 >= words.count ? block.text : nil
    }

    /// A paragraph the page split in two: the first half stops mid-sentence on a lowercase word, and the
    /// second does not open a new paragraph (print pages indent those).
    private static func continues(_ previous: String, with block: SourceBlock, printStyle: Bool) -> Bool {
        guard let last = previous.last, last.isLetter || last == ",",
            let lastWord = previous.split(separator: " ").last, lastWord.first?.isLowercase == true
        else { return false }
        if printStyle { return !block.indented }
        return block.headingLevel == nil
    }
}

/// The dateline that opens a news story: `VLADIVOSTOK, Russia—`, `TOKYO (AP) --`, `LONDON (Reuters) -`.
package struct Dateline {
    package var place: String
    package var agency: String?
    package var rest: String

    private static let pattern = TextPattern(
        "^([A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+){0,3})(?:,\\s*([A-Z][A-Za-z.\\-]+(?: [A-Z][A-Za-z.\\-]+){0,2}))?\\s*(?:\\(([A-Za-z .&\\-]{1,30})\\))?\\s*(?:—|–|-{1,2})\\s*(?=\\S)"
    )

    package static func split(_ paragraph: String) -> Dateline? {
        guard let match = pattern.firstMatch(in: paragraph), let city = match.group(1),
            city.filter(\.isLetter).count >= 3
        else { return nil }
        let region = match.group(2)
        let agency = match.group(3)
        // A capitalised word and a hyphen alone ("NATO-led") is not a dateline.
        let dash = paragraph[match.range].last { "—–-".contains($0) }
        guard region != nil || agency != nil || dash == "—" || paragraph[match.range].contains("--") else {
            return nil
        }
        let place = [TextCleaner.titleCased(city), region].compactMap { $0 }.joined(separator: ", ")
        return Dateline(place: place, agency: agency, rest: String(paragraph[match.range.upperBound...]))
    }
}
