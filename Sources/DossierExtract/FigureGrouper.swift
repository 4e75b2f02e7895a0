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
        // British "-our" endings as American ("labour", "labourers" → "labor", "laborers").
        var lemma = word
        for ending in ["our", "ours", "ourer", "ourers", "oured", "ouring"] where lemma.hasSuffix(ending) {
            lemma = String(lemma.dropLast(ending.count)) + "or" + String(ending.dropFirst(3))
            break
        }
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

/// Where sources give different values for the same quantity: the same unit, the same subject (its
/// words, not only its head noun), the same place and the same time, from different stories. Figures
/// that only share a head noun ("workers in Russia", "workers in China") or a time ("before the
/// sanctions", "after them") stand side by side without a note; qualified values within a fifth of one
/// another ("about 10,000", "nearly 9,000") agree.
public enum FigureDisagreements {
    public struct Note: Sendable, Hashable {
        public var when: String
        public var unit: String
        public var subject: String
        /// The differing figures, one per source (first occurrence), in citation order.
        public var figures: [Figure]
    }

    private static let stop: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "its", "their", "his", "her", "by", "from", "with"]

    /// `sameStory` tells articles that are versions of one story apart from independent sources.
    public static func notes(in figures: [Figure], sameStory: (String, String) -> Bool = { $0 == $1 }) -> [Note] {
        // A time the figure is for: a year or a date ("a year" on a rate says how often, not when).
        let candidates = figures.filter { figure in
            !figure.vague && figure.range == nil && (figure.when?.contains { $0.isNumber } ?? false)
        }
        // The group already folds the unit's spelling ("labourers", "workers").
        let buckets = Dictionary(grouping: candidates) { "\($0.group)|\($0.when ?? "")|\(place(of: $0) ?? "")" }
        var notes: [Note] = []
        for key in buckets.keys.sorted() {
            guard let items = buckets[key] else { continue }
            // One figure per source: the first it gives.
            var seen = Set<String>()
            let perSource = items.sorted { $0.citation < $1.citation }.filter { seen.insert($0.citation.article).inserted }
            guard perSource.count > 1 else { continue }
            // Subjects compared once per distinct wording, not once per pair of figures.
            var subjects: [Set<String>] = []
            var subjectOf: [Int] = []
            var indexOf: [Set<String>: Int] = [:]
            for figure in perSource {
                let wording = words(figure.subject)
                if let index = indexOf[wording] {
                    subjectOf.append(index)
                } else {
                    indexOf[wording] = subjects.count
                    subjectOf.append(subjects.count)
                    subjects.append(wording)
                }
            }
            // Each wording with the figures about the same subject as it.
            for (anchor, wording) in subjects.enumerated() where !wording.isEmpty {
                // Past a few dozen wordings, only the same wording counts (the comparison stays linear).
                let related = subjects.count > 48 ? [anchor] : Set(subjects.indices.filter { sameSubject(subjects[$0], wording) })
                guard related.min() == anchor else { continue }
                let members = perSource.indices.filter { related.contains(subjectOf[$0]) }.map { perSource[$0] }
                guard members.count > 1 else { continue }
                // The extremes differ between independent stories: every member that differs from one of them.
                guard let low = members.min(by: { $0.value < $1.value }), let high = members.max(by: { $0.value < $1.value }),
                    differ(low, high), !sameStory(low.citation.article, high.citation.article)
                else { continue }
                let listed = members.filter { differ($0, low) || differ($0, high) }
                guard listed.count > 1 else { continue }
                notes.append(Note(when: listed[0].when ?? "", unit: listed[0].unit, subject: listed[0].subject, figures: listed))
            }
        }
        return notes
    }

    private static func words(_ subject: String) -> Set<String> {
        Set(WordScan.words(subject.lowercased(), digits: true).map { FigureGrouper.lemma($0) }.filter { !stop.contains($0) })
    }

    static func sameSubject(_ lhs: String, _ rhs: String) -> Bool {
        sameSubject(words(lhs), words(rhs))
    }

    static func sameSubject(_ left: Set<String>, _ right: Set<String>) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left.isSubset(of: right) || right.isSubset(of: left) { return true }
        return Double(left.intersection(right).count) / Double(left.union(right).count) >= 0.5
    }

    static func differ(_ lhs: Figure, _ rhs: Figure) -> Bool {
        guard lhs.value != rhs.value else { return false }
        let larger = max(abs(lhs.value), abs(rhs.value))
        let relative = larger == 0 ? 0 : abs(lhs.value - rhs.value) / larger
        // "about 10,000" and "nearly 9,000" say the same thing.
        if lhs.qualifier != nil || rhs.qualifier != nil { return relative > 0.2 }
        return relative > 0.001
    }

    /// The place a figure is about, when its sentence says so right after it ("in Russia") or its
    /// subject names one.
    static func place(of figure: Figure) -> String? {
        let sentence = figure.citation.sentence
        guard let range = sentence.range(of: figure.display) else { return nil }
        let after = sentence[range.upperBound...].split(separator: " ").prefix(8)
        var previous = ""
        for raw in after {
            let word = raw.trimming(.punctuationCharacters)
            if ["in", "from", "across", "inside", "within"].contains(previous), word.first?.isUppercase == true { return word.lowercased() }
            if raw.last.map({ ".;".contains($0) }) == true { break }
            previous = word.lowercased()
        }
        for word in figure.subject.split(separator: " ") where word.first?.isUppercase == true {
            return word.lowercased().trimming(.punctuationCharacters)
        }
        return nil
    }
}
