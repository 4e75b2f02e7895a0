import DossierModel
import DossierText
import Foundation

/// Reads the header zone above the article body: headline, deck, section label, byline, outlet line,
/// publication date and captions; skips menus and taglines. The body starts after the last header date
/// or byline near the top, or at the first paragraph of prose when there is none.
package struct HeaderReader {
    package var title: String?
    package var deck: String?
    package var section: String?
    package var authors: [String] = []
    /// A byline that names an organisation (`By Bloomberg`) rather than people.
    package var bylineOrganization: String?
    package var outlet: String?
    package var agency: String?
    /// The date nearest to the body: pages often print today's date above the real one.
    package var date: HeaderDate?
    package var captions: [String] = []
    package var bodyStart = 0

    private static let scanLimit = 16
    private static let byline = TextPattern("^(?:By|BY|by)\\s+(.{2,120})$")
    private static let titleWithTrailingDate = TextPattern(
        "^(.*?[A-Za-z'’?!.])\\s*((?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)(?:\\s+\\d{1,2}:\\d{2})?)\\s*$")

    private enum Role { case date, byline, outletLine, titleAndDate, caption, other }

    package static func read(_ blocks: [SourceBlock]) -> HeaderReader {
        var reader = HeaderReader()
        var roles: [Role] = []
        var lastMetadata = -1
        var proseRun = 0
        for (index, block) in blocks.prefix(scanLimit).enumerated() {
            let role = classify(block)
            roles.append(role)
            switch role {
            case .date, .byline, .outletLine, .titleAndDate:
                lastMetadata = index
                proseRun = 0
            case .caption:
                continue
            case .other:
                if block.isProse && block.headingLevel == nil {
                    proseRun += 1
                    if proseRun >= 2 { break }
                }
            }
            if proseRun >= 2 { break }
        }
        var end: Int
        if lastMetadata >= 0 {
            end = lastMetadata + 1
        } else {
            end = blocks.firstIndex { $0.isProse && $0.headingLevel == nil && !$0.isCaption } ?? 0
        }
        let headerEnd = end
        // Prose may start past the scanned lines (a long menu): every header line needs its role.
        while roles.count < headerEnd { roles.append(classify(blocks[roles.count])) }
        // Captions printed between the header and the first paragraph belong to the header.
        while end < blocks.count, blocks[end].isCaption, blocks[end].headingLevel == nil {
            reader.captions.append(blocks[end].captionText)
            end += 1
        }
        reader.bodyStart = end
        reader.readFields(Array(blocks[..<headerEnd]), roles: Array(roles.prefix(headerEnd)))
        return reader
    }

    private static func classify(_ block: SourceBlock) -> Role {
        if block.headingLevel != nil { return .other }
        if block.wordCount <= 12, byline.matches(block.text) { return .byline }
        if isOutletLine(block.text) { return .outletLine }
        if isDateOnly(block.text) { return .date }
        if block.wordCount <= 20, let match = titleWithTrailingDate.firstMatch(in: block.text),
            let title = match.group(1), title.split(separator: " ").count >= 3,
            let dateText = match.group(2), HeaderDateParser.firstDate(in: dateText) != nil
        {
            return .titleAndDate
        }
        if block.isCaption { return .caption }
        return .other
    }

    private static let dateFiller = TextPattern(
        "(?i:updated|published|posted|last modified|first published|on|at|\\||,|-|–|—|:)", caseInsensitive: false)

    /// A block that is a date and nothing else (maybe "Updated" or "Published" around it).
    private static func isDateOnly(_ text: String) -> Bool {
        guard text.count <= 80, let found = HeaderDateParser.firstDate(in: text) else { return false }
        var rest = text
        rest.removeSubrange(found.range)
        rest = dateFiller.replacing(in: rest, with: "")
        return rest.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).isEmpty
    }

    /// `- The Washington Times - Wednesday, April 24, 2019` or `7Dnews London - Reuters`: short parts
    /// separated by dashes, one of them a date or a news agency.
    private static func isOutletLine(_ text: String) -> Bool {
        let parts = outletParts(text)
        guard parts.count >= 2, parts.allSatisfy({ $0.split(separator: " ").count <= 6 }) else { return false }
        let hasDate = parts.contains { isDateOnly($0) }
        let hasAgency = parts.contains { WireAgencies.contains($0) }
        let named = parts.contains { !isDateOnly($0) && $0.first?.isUppercase == true }
        return named && (hasDate || hasAgency || text.hasPrefix("- "))
    }

    private static func outletParts(_ text: String) -> [String] {
        var body = text
        if body.hasPrefix("- ") { body.removeFirst(2) }
        return body.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " | ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func readFields(_ blocks: [SourceBlock], roles: [Role]) {
        var titleIndex: Int?
        // Short labels in the header (a city menu, a section) help strip a bureau name from the outlet.
        let shortLabels = Set(blocks.filter { $0.wordCount <= 3 && $0.headingLevel == nil }.map(\.text))
        for (index, block) in blocks.enumerated() {
            switch roles[index] {
            case .date:
                date = HeaderDateParser.firstDate(in: block.text)?.date ?? date
            case .byline:
                readByline(block.text)
            case .outletLine:
                readOutletLine(block.text, menuLabels: shortLabels)
            case .titleAndDate:
                if let match = Self.titleWithTrailingDate.firstMatch(in: block.text) {
                    if title == nil, let text = match.group(1) {
                        title = text
                        titleIndex = index
                    }
                    date = match.group(2).flatMap { HeaderDateParser.firstDate(in: $0)?.date } ?? date
                }
            case .caption:
                captions.append(block.captionText)
            case .other:
                break
            }
        }
        // A Markdown headline wins; otherwise the first mixed-case line of a few words that is not a menu.
        if titleIndex == nil {
            let headline = blocks.indices.first { roles[$0] == .other && blocks[$0].headingLevel != nil }
            let guessed = blocks.indices.first { index in
                let block = blocks[index]
                return roles[index] == .other && block.wordCount >= 3 && block.wordCount <= 30 && !block.isAllCaps
                    && !block.text.contains(" | ") && !block.text.contains(" / ")
            }
            titleIndex = headline ?? guessed
            title = titleIndex.map { blocks[$0].text }
        }
        guard let titleIndex else { return }
        // The section label sits next to the headline; the deck follows it.
        for neighbour in [titleIndex - 1, titleIndex + 1] where blocks.indices.contains(neighbour) {
            let block = blocks[neighbour]
            if roles[neighbour] == .other, block.wordCount <= 2, section == nil {
                section = block.isAllCaps ? TextCleaner.titleCased(block.text) : block.text
            }
        }
        var next = titleIndex + 1
        if next < blocks.count, blocks[next].wordCount <= 2, roles[next] == .other { next += 1 }
        if next < blocks.count, roles[next] == .other, blocks[next].wordCount >= 5, blocks[next].headingLevel == nil {
            deck = blocks[next].text
        }
    }

    private mutating func readByline(_ text: String) {
        guard let names = Self.byline.firstMatch(in: text)?.group(1) else { return }
        let parts = names.components(separatedBy: CharacterSet(charactersIn: ",|;"))
            .flatMap { $0.components(separatedBy: " and ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        for part in parts {
            let words = part.split(separator: " ")
            if WireAgencies.contains(part) || words.count == 1 {
                bylineOrganization = bylineOrganization ?? part
            } else if words.count <= 5 {
                authors.append(part)
            }
        }
    }

    private mutating func readOutletLine(_ text: String, menuLabels: Set<String>) {
        for part in Self.outletParts(text) {
            if Self.isDateOnly(part) {
                date = HeaderDateParser.firstDate(in: part)?.date ?? date
            } else if WireAgencies.contains(part) {
                agency = agency ?? part
            } else if outlet == nil {
                var words = part.split(separator: " ").map(String.init)
                // "7Dnews London": a trailing bureau that the page's own menu lists is not the outlet's name.
                while words.count > 1, let last = words.last, menuLabels.contains(last) { words.removeLast() }
                outlet = words.joined(separator: " ")
            }
        }
    }
}
