import DossierModel
import DossierText
import Foundation

/// Turns every sentence with a resolved date into an event, and merges the same event told by several
/// articles (same date, shared words) into one entry with all its sources.
public enum EventExtractor {
    private struct Draft {
        var point: TimePoint
        var upcoming: Bool
        var text: String
        var people: [String]
        var sources: [Event.Source]
        var words: Set<String>
        var allWords: Set<String> = []
    }

    public static func events(in articles: [Article], people: [Person]) -> [Event] {
        var peopleBySentence: [String: [String]] = [:]
        for person in people {
            for mention in person.mentions {
                peopleBySentence[key(mention.article, mention.paragraph, mention.sentence), default: []].append(person.id)
            }
        }
        let frozenPeople = peopleBySentence
        let drafts = articles.parallelMap { article -> [Draft] in
            var drafts: [Draft] = []
            for (offset, paragraph) in article.paragraphs.enumerated() {
                for sentence in SentenceSplitter.sentences(in: paragraph) {
                    for expression in TemporalResolver.expressions(in: sentence, published: article.published) {
                        guard let point = expression.point else { continue }
                        let source = Event.Source(article: article.id, paragraph: offset + 1, sentence: sentence, expression: expression.text)
                        drafts.append(
                            Draft(
                                point: point, upcoming: isUpcoming(point, after: article.published), text: sentence,
                                people: (frozenPeople[key(article.id, offset + 1, sentence)] ?? []).uniqued(),
                                sources: [source], words: contentWords(sentence, excluding: expression.text)))
                    }
                }
            }
            return drafts
        }
        let all = Array(drafts.joined())
        // Words in many dated sentences ("Russia", "sanctions") say little about which event a sentence tells.
        var frequency: [String: Int] = [:]
        for draft in all { for word in draft.words { frequency[word, default: 0] += 1 } }
        let common = Set(frequency.filter { $0.value * 5 > all.count && $0.value > 2 }.keys)
        var merged: [Draft] = []
        // Per date, which merged events hold each content word, each word at all, and each person: a new
        // sentence is compared only with the events it shares something with, not with every event of
        // its date (thousands for "2019" in a large dossier).
        var postings: [String: [String: Set<Int>]] = [:]
        func post(_ draft: Draft, at index: Int, dateKey: String) {
            // In place: a copy of the date's table taken out and put back would be copied whole each time.
            for word in draft.words { postings[dateKey, default: [:]]["w:" + word, default: []].insert(index) }
            for word in draft.allWords { postings[dateKey, default: [:]]["a:" + word, default: []].insert(index) }
            for person in draft.people { postings[dateKey, default: [:]]["p:" + person, default: []].insert(index) }
        }
        for var draft in all {
            draft.allWords = draft.words
            draft.words.subtract(common)
            let dateKey = "\(draft.point.date)|\(draft.point.end ?? "")|\(draft.point.precision.rawValue)"
            let candidate = draft
            let sameEvent: (Int) -> Bool = { index in
                let shared = merged[index].words.intersection(candidate.words).count
                let sharedPeople = !Set(merged[index].people).isDisjoint(with: candidate.people)
                // Upcoming events on the same date (a deadline, a summit) are one event when they share any word.
                let bothUpcoming = merged[index].upcoming && candidate.upcoming
                    && !merged[index].allWords.isDisjoint(with: candidate.allWords)
                // Within a day or a month, the same people make the same event.
                let narrow = candidate.point.precision <= .month
                return shared >= 2 || (sharedPeople && (shared >= 1 || narrow)) || bothUpcoming
            }
            var related = Set<Int>()
            if let table = postings[dateKey] {
                for word in draft.words { related.formUnion(table["w:" + word] ?? []) }
                for person in draft.people { related.formUnion(table["p:" + person] ?? []) }
                if draft.upcoming { for word in draft.allWords { related.formUnion(table["a:" + word] ?? []) } }
            }
            if let index = related.sorted().first(where: sameEvent) {
                merged[index].sources += draft.sources
                merged[index].people = (merged[index].people + draft.people).uniqued()
                merged[index].words.formUnion(draft.words)
                merged[index].allWords.formUnion(draft.allWords)
                merged[index].upcoming = merged[index].upcoming && draft.upcoming
                post(draft, at: index, dateKey: dateKey)
            } else {
                post(draft, at: merged.count, dateKey: dateKey)
                merged.append(draft)
            }
        }
        return merged.map { draft in
            Event(
                date: draft.point.date, end: draft.point.end, precision: draft.point.precision,
                approximate: draft.point.approximate, upcoming: draft.upcoming, label: draft.point.label, text: draft.text,
                people: draft.people, citations: draft.sources)
        }
        .sorted { ($0.date, $0.end ?? "", $0.citations.first?.article ?? "", $0.citations.first?.paragraph ?? 0) < ($1.date, $1.end ?? "", $1.citations.first?.article ?? "", $1.citations.first?.paragraph ?? 0) }
    }

    private static func key(_ article: String, _ paragraph: Int, _ sentence: String) -> String {
        "\(article)#\(paragraph)#\(sentence)"
    }

    /// After the article's own date, compared at the event's precision.
    package static func isUpcoming(_ point: TimePoint, after published: PublicationDate?) -> Bool {
        guard let published else { return false }
        let reference = published.isoDate
        let length = point.date.count
        return point.date > String(reference.prefix(length))
    }

    private static func contentWords(_ sentence: String, excluding expression: String) -> Set<String> {
        let dateWords = Set(expression.lowercased().split { !$0.isLetter }.map(String.init))
        return Set(
            sentence.lowercased().split { !$0.isLetter }.map(String.init).filter {
                $0.count > 3 && !Lexicon.functionWords.contains($0) && !dateWords.contains($0)
                    && CivilCalendar.month(named: $0) == nil && !["year", "month", "week", "said", "says"].contains($0)
            })
    }
}

/// Human labels for event dates at their precision: "25 April 2019", "February 2019", "2011", "c. 1959",
/// "1950–1953", "1990s–2000s", "end of 2019".
public enum EventDateLabel {
    public static func label(for event: Event) -> String {
        var text = event.label.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
        if text.isEmpty {
            text = single(event.date, precision: event.precision)
            if let end = event.end { text += (event.precision == .month ? " – " : "–") + single(end, precision: event.precision) }
        }
        return event.approximate && event.label == nil ? "c. " + text : text
    }

    private static func single(_ date: String, precision: DatePrecision) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        switch (precision, parts.count) {
        case (.day, 3): return "\(parts[2]) \(CivilCalendar.monthNames[parts[1] - 1]) \(parts[0])"
        case (.month, 2...): return "\(CivilCalendar.monthNames[parts[1] - 1]) \(parts[0])"
        case (.decade, _): return "\(parts.first ?? 0)s"
        case (.century, _): return "\((parts.first ?? 0) / 100 + 1)th century"
        default: return String(parts.first ?? 0)
        }
    }
}
