import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
import Foundation

package struct FigureRow: Sendable {
    package var display: String
    package var subject: String
    package var when: String?
    package var qualifier: String?
    package var vague: Bool
    package var source: CitationView
}

package struct FigureGroupView: Sendable {
    package var id: String
    package var label: String
    package var rows: [FigureRow]
    /// "Sources differ for 2018: 30,000 (The Washington Times) · about 11,500 (7Dnews/Reuters)"
    package var disagreements: [String]
    package var hasDisagreements: Bool
}

package struct FiguresContext: PageContext {
    package var page: PageFrame
    package var groups: [FigureGroupView]
    package var count: Int
}

/// The figures table, its CSV download, and the key figures for the index page.
package enum FigurePages {
    /// The figures grouped for the figures table and the index page's key figures (both at the site root).
    package static func groups(for dossier: Dossier, articles: [String: Article]) -> [FigureGroupView] {
        let grouped = Dictionary(grouping: dossier.figures, by: \.group)
        let ordered = grouped.sorted { lhs, rhs in
            let left = Set(lhs.value.map(\.citation.article)).count
            let right = Set(rhs.value.map(\.citation.article)).count
            return left != right ? left > right : (lhs.value.count, rhs.key) > (rhs.value.count, lhs.key)
        }
        return ordered.map { key, figures in
            let rows = figures.map { figure in
                FigureRow(
                    display: figure.display, subject: figure.subject, when: figure.when, qualifier: figure.qualifier,
                    vague: figure.vague, source: citation(figure.citation, articles: articles, root: ""))
            }
            let notes = disagreements(figures, articles: articles)
            return FigureGroupView(
                id: Slug.make(key), label: label(for: figures), rows: rows, disagreements: notes,
                hasDisagreements: !notes.isEmpty)
        }
    }

    package static func page(for dossier: Dossier, groups: [FigureGroupView], siteTitle: String) -> SitePage {
        let frame = PageFrame(
            root: "", title: "Figures", description: "Every number in the \(dossier.articles.count) articles, grouped by what it measures, with its source.",
            siteTitle: siteTitle, section: "figures")
        return SitePage(
            path: "figures.html", template: "figures",
            context: FiguresContext(page: frame, groups: groups, count: dossier.figures.count))
    }

    /// The most used subject in the group, capitalised: "North Korean laborers".
    package static func label(for figures: [Figure]) -> String {
        var counts: [String: Int] = [:]
        for figure in figures where !figure.subject.isEmpty { counts[figure.subject, default: 0] += 1 }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "Other figures"
        let unit = figures.first?.unit ?? ""
        let kind = unit.hasPrefix("USD") || unit.count == 3 && unit == unit.uppercased() ? " (money)" : unit.hasPrefix("%") ? " (share)" : ""
        return best.prefix(1).uppercased() + best.dropFirst() + kind
    }

    /// Where two articles give different values for the same time.
    package static func disagreements(_ figures: [Figure], articles: [String: Article]) -> [String] {
        let byWhen = Dictionary(grouping: figures.filter { $0.when != nil }, by: { $0.when ?? "" })
        return byWhen.keys.sorted().compactMap { when in
            guard let items = byWhen[when] else { return nil }
            let values = Set(items.map(\.value))
            let sources = Set(items.map(\.citation.article))
            guard values.count > 1, sources.count > 1 else { return nil }
            let parts = items.map { item in
                "\(item.display) (\(articles[item.citation.article].map(SiteModel.sourceLabel) ?? item.citation.article))"
            }
            return "Sources differ for \(when): " + parts.uniqued().joined(separator: " · ")
        }
    }

    /// A citation as a link back to its paragraph, labelled "Outlet, ¶N"; `root` leads back to the site root.
    package static func citation(_ citation: Citation, articles: [String: Article], root: String) -> CitationView {
        CitationView(
            href: root + citation.link,
            label: (articles[citation.article].map(SiteModel.sourceLabel) ?? citation.article) + ", ¶\(citation.paragraph)",
            sentence: citation.sentence)
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
