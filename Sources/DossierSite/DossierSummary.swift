import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
/// The dossier's title and lede when the editor has not written them.
package enum DossierSummary {
    private static let titleStopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "into", "over", "after", "before", "about", "is", "are", "was", "were", "be", "how", "why", "what", "who",
        "when", "where", "its", "his", "her", "their", "new", "says", "say", "said", "will", "may", "can", "more",
        "than", "not", "no", "up", "out", "amid", "against", "under", "seeks", "help", "needs", "win",
    ]

    /// The capitalised words that at least half of the headlines share ("Kim and Putin").
    package static func title(for articles: [Article]) -> String {
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var position = 0
        for article in articles where !article.titleDerived {
            var seenHere = Set<String>()
            for token in headlineWords(article.title) {
                position += 1
                guard let first = token.first, first.isUppercase, token.count > 2,
                    !titleStopWords.contains(token.lowercased()), seenHere.insert(token).inserted
                else { continue }
                counts[token, default: 0] += 1
                if firstSeen[token] == nil { firstSeen[token] = position }
            }
        }
        let headlines = articles.filter { !$0.titleDerived }.count
        let shared = counts.filter { $0.value * 2 > headlines && headlines > 0 }
            .sorted { ($1.value, firstSeen[$0.key] ?? 0) < ($0.value, firstSeen[$1.key] ?? 0) }
            .prefix(3).map(\.key)
        switch shared.count {
        case 0: return articles.first?.title ?? "Dossier"
        case 1: return shared[0]
        default: return shared.dropLast().joined(separator: ", ") + " and " + (shared.last ?? "")
        }
    }

    private static func headlineWords(_ title: String) -> [String] {
        title.split { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }.map { word in
            var token = String(word)
            for suffix in ["'s", "’s"] where token.hasSuffix(suffix) { token.removeLast(2) }
            return token.trimmingCharacters(in: CharacterSet(charactersIn: "-'’"))
        }
    }

    /// "5 articles from 4 outlets, published 23–24 April 2019."
    package static func lede(for articles: [Article]) -> String {
        let outlets = Set(articles.compactMap(\.outlet)).count
        var text = "\(articles.count) article\(articles.count == 1 ? "" : "s")"
        if outlets > 0 { text += " from \(outlets) outlet\(outlets == 1 ? "" : "s")" }
        let dates = articles.compactMap(\.shownDate).sorted()
        if let first = dates.first, let last = dates.last {
            text += ", published " + DateRangeLabel.label(from: first, to: last)
        }
        return text + "."
    }
}

/// Human labels for a span of days: "24 April 2019", "23–24 April 2019", "30 April – 2 May 2019".
package enum DateRangeLabel {
    package static func label(from start: PublicationDate, to end: PublicationDate) -> String {
        if start.isoDate == end.isoDate { return start.humanReadable }
        let months = CivilCalendar.monthNames
        if start.year == end.year, start.month == end.month {
            return "\(start.day)–\(end.day) \(months[end.month - 1]) \(end.year)"
        }
        if start.year == end.year {
            return "\(start.day) \(months[start.month - 1]) – \(end.day) \(months[end.month - 1]) \(end.year)"
        }
        return "\(start.humanReadable) – \(end.humanReadable)"
    }
}

import Foundation
