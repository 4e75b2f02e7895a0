import DossierModel
import DossierText
import Foundation

/// Groups figures that measure the same thing: same kind of quantity and the same head noun, after
/// plural, British spelling and a few general synonyms are folded ("laborers", "labourers", "workers").
public enum FigureGrouper {
    /// General English words for the same counted thing; no story-specific terms.
    private static let synonyms: [String: String] = [
        "laborer": "worker", "labourer": "worker", "employee": "worker", "staff": "worker", "labor": "worker",
        "labour": "worker", "troop": "soldier", "serviceman": "soldier", "fatality": "death", "dead": "death",
        "casualty": "death", "person": "people", "resident": "people", "citizen": "people", "inhabitant": "people",
        "turnover": "trade", "commerce": "trade", "earning": "revenue", "income": "revenue", "proceeds": "revenue",
    ]

    /// A normalised topic for a subject phrase: the lemma of its head noun.
    package static func lemma(_ word: String) -> String {
        var lemma = word.replacingOccurrences(of: "our(?=(s|er|ers|ed|ing)?$)", with: "or", options: .regularExpression)
        if lemma.hasSuffix("ies") { lemma = String(lemma.dropLast(3)) + "y" }
        else if lemma.hasSuffix("ses") || lemma.hasSuffix("xes") { lemma = String(lemma.dropLast(2)) }
        else if lemma.hasSuffix("s"), !lemma.hasSuffix("ss"), lemma.count > 3 { lemma = String(lemma.dropLast()) }
        return synonyms[lemma] ?? synonyms[word] ?? lemma
    }

    /// Sets each figure's group and orders them by group, then article, then paragraph.
    package static func group(_ figures: [Figure]) -> [Figure] {
        figures.sorted { ($0.group, $0.citation) < ($1.group, $1.citation) }
    }
}
