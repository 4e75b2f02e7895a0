import DossierExtract
import DossierModel
import Foundation

/// Figures about the same thing across articles, with the notes where sources give different values
/// for the same time. Its id comes from what it measures, so it stays when other seeds change.
package struct FigureGroup: Sendable {
    package struct Disagreement: Sendable {
        package var when: String
        package var items: [(display: String, article: String)]
    }

    package var id: String
    package var label: String
    package var figures: [Figure]
    package var disagreements: [Disagreement]

    /// The groups, the most widely reported first.
    package static func groups(_ figures: [Figure], sameStory: (String, String) -> Bool = { $0 == $1 }) -> [FigureGroup] {
        let grouped = Dictionary(grouping: figures, by: \.group)
        let ordered = grouped.sorted { lhs, rhs in
            let left = Set(lhs.value.map(\.citation.article)).count
            let right = Set(rhs.value.map(\.citation.article)).count
            return left != right ? left > right : (lhs.value.count, rhs.key) > (rhs.value.count, lhs.key)
        }
        let ids = Slug.fromContent(ordered.map { ($0.key, $0.key) })
        var usedLabels: [String: Int] = [:]
        return zip(ordered, ids).map { entry, id in
            // An article repeating a figure ("19 firefighters" in five paragraphs) shows it once, where it
            // first says it; dossier.json keeps every occurrence.
            var seen = Set<String>()
            let shown = entry.value.filter { seen.insert("\($0.citation.article)|\($0.value)|\($0.unit)|\($0.qualifier ?? "")").inserted }
            // Each group's heading is its section's name: two the same would be two landmarks of one name.
            var heading = label(for: shown)
            usedLabels[heading, default: 0] += 1
            if let count = usedLabels[heading], count > 1 { heading += " (\(count))" }
            return FigureGroup(id: "figures-" + id, label: heading, figures: shown, disagreements: disagreements(shown, sameStory: sameStory))
        }
    }

    /// The most used subject in the group, capitalised: "North Korean laborers".
    package static func label(for figures: [Figure]) -> String {
        var counts: [String: Int] = [:]
        for figure in figures where !figure.subject.isEmpty { counts[figure.subject, default: 0] += 1 }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "Other figures"
        let unit = figures.first?.unit ?? ""
        let isMeasure = figures.first?.group.hasPrefix("measure:") == true
        let kind = unit.hasPrefix("USD") || unit.count == 3 && unit == unit.uppercased() ? " (money)"
            : unit.hasPrefix("%") ? " (share)" : isMeasure && !unit.isEmpty ? " (\(unit))" : ""
        return best.prefix(1).uppercased() + best.dropFirst() + kind
    }

    /// Where independent sources give different values for the same quantity (`FigureDisagreements`).
    package static func disagreements(_ figures: [Figure], sameStory: (String, String) -> Bool = { $0 == $1 }) -> [Disagreement] {
        FigureDisagreements.notes(in: figures, sameStory: sameStory).map { note in
            Disagreement(when: note.when, items: note.figures.map { ($0.display, $0.citation.article) })
        }
    }
}

/// The figures table, and its CSV download.
package struct FigurePages: PageGenerator {
    package let lookup: SiteLookup

    package func routes() -> [SiteRoute] { [.figures] }

    package func page(for route: SiteRoute) -> SitePage? {
        guard route == .figures else { return nil }
        let links = Linker(page: route, address: lookup.address)
        let dossier = lookup.dossier
        let frame = PageFrame(
            links: links, title: "Figures",
            description: "Every number in the \(SiteText.counted(dossier.articles.count, "article")), grouped by what it measures, with its source.",
            siteTitle: dossier.title, section: "figures", address: lookup.address)
        return SitePage(
            route: route, template: "figures",
            context: FiguresContext(
                page: frame, groups: lookup.figureGroups.map { lookup.figureGroupView($0, links: links) },
                count: dossier.figures.count, csvHref: links.href(.figuresCSV), dataHref: links.href(.data)))
    }

    /// RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled.
    package static func csv(for figures: [Figure]) -> Data {
        let header = ["group", "display", "value", "unit", "qualifier", "subject", "when", "vague", "article", "paragraph", "sentence"]
        var lines = [header.joined(separator: ",")]
        for figure in figures {
            let fields = [
                figure.group, figure.display, numberText(figure.value), figure.unit, figure.qualifier ?? "", figure.subject,
                figure.when ?? "", figure.vague ? "true" : "false", figure.citation.article, String(figure.citation.paragraph),
                figure.citation.sentence,
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// RFC 4180 quoting, by scalar; a cell a spreadsheet would run as a formula (starting `=`, `+`, `-`,
    /// `@`, tab or carriage return) gets a leading apostrophe first, as OWASP advises.
    package static func csvField(_ text: String) -> String {
        var scalars = text.unicodeScalars
        if let first = scalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { scalars.insert("'", at: scalars.startIndex) }
        guard scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return String(scalars) }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    private static func numberText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.4f", value)
    }
}
