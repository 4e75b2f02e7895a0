import DossierModel
import DossierText
import Foundation

/// Turns every sentence with a resolved date into a candidate event (per article), and merges the same
/// event told by several sentences or articles (same date, shared words or people) into one entry with
/// all its sources (across the dossier).
public enum EventExtractor {
    /// A dated sentence of one article, ready to merge: where it is, and the people named in it.
    public struct Dated: Sendable {
        public var article: String
        public var fact: EventFact
        public var sentence: String
        public var people: [String]

        public init(article: String, fact: EventFact, sentence: String, people: [String]) {
            self.article = article
            self.fact = fact
            self.sentence = sentence
            self.people = people
        }
    }

    private struct Draft {
        var point: TimePoint
        var upcoming: Bool
        var text: String
        var people: [String]
        var sources: [Event.Source]
        var words: Set<String>
        var allWords: Set<String> = []
    }

    /// The events of a set of articles, merged; `people` is unused (kept for callers that name it).
    public static func events(in articles: [Article], people: [Person] = []) -> [Event] {
        Extraction.run(articles).events
    }

    /// The dated expressions of one sentence that resolve to the calendar.
    public static func facts(in sentence: String, at: SentenceReference, published: PublicationDate?) -> [EventFact] {
        let text = ParagraphText(sentence)
        return text.sentences.indices.flatMap { facts(in: text, sentence: $0, at: at, published: published) }
    }

    /// The events of sentence `sentence` of a tokenised paragraph: each resolved date, with the clause
    /// that tells what happened then. A relative date inside a quotation ("today", "this week") is the
    /// speaker's present, not the article's, and makes no event.
    package static func facts(
        in text: ParagraphText, sentence: Int, at: SentenceReference, published: PublicationDate?, publishedIsLowerBound: Bool = false,
        toldDay: PublicationDate? = nil
    ) -> [EventFact] {
        var told: PublicationDate?
        return facts(in: text, sentence: sentence, at: at, published: published, publishedIsLowerBound: publishedIsLowerBound, toldDay: toldDay, telling: &told)
    }

    /// The same, and the last day the sentence tells (what "that day" in a later paragraph counts from)
    /// into `telling` when it tells one.
    package static func facts(
        in text: ParagraphText, sentence: Int, at: SentenceReference, published: PublicationDate?, publishedIsLowerBound: Bool = false,
        toldDay: PublicationDate?, telling: inout PublicationDate?
    ) -> [EventFact] {
        let tagger = TemporalTagger(text, published: published, publishedIsLowerBound: publishedIsLowerBound, toldDay: toldDay)
        let sentenceText = text.sentence(sentence)
        let expressions = tagger.expressions(inSentence: sentence)
        if let day = tagger.lastDay(in: expressions) { telling = day }
        return expressions.compactMap { found in
            guard !found.isTime, let point = found.point else { return nil }
            // A weekday inside a quoted passage still names a day near the article's ("found her Tuesday");
            // "today", "this week", "tomorrow" are the speaker's own present.
            if found.isRelative, text.tokens[found.tokens.lowerBound].insideQuote,
                !text.tokens[found.tokens].contains(where: { CalendarWords.weekday($0.lower) != nil })
            {
                return nil
            }
            if isPostSignature(before: found.tokens.lowerBound, in: text.tokens) { return nil }
            // "… Marine Le Pen. (May 6) AP": a date alone in parentheses labels a video or photo.
            if found.tokens.lowerBound > 0, text.tokens[found.tokens.lowerBound - 1].text == "(",
                found.tokens.upperBound < text.tokens.count, text.tokens[found.tokens.upperBound].text == ")"
            {
                return nil
            }
            let range = text.tokens[found.tokens.lowerBound].range.lowerBound..<text.tokens[found.tokens.upperBound - 1].range.upperBound
            let expression = String(text.text[range])
            let clause = Clause.around(range, in: text, sentence: sentence)
            return EventFact(
                at: at, point: point, upcoming: isUpcoming(point, after: published), expression: expression,
                words: contentWords(sentenceText, excluding: expression).sorted(), clause: clause)
        }
    }

    /// "— ABC News (@ABC) June 29, 2018": the date under an embedded post says when it was posted,
    /// not what happened.
    /// ("A photo posted by Ann Lee (@annlee) on Jul 14, 2016": the same, as photo sites sign theirs.)
    private static func isPostSignature(before start: Int, in tokens: [ParagraphText.Token]) -> Bool {
        var close = start - 1
        if close > 0, tokens[close].lower == "on" { close -= 1 }
        guard close > 0, tokens[close].text == ")" else { return false }
        let handle = max(0, close - 8)..<close
        return tokens[handle].contains { $0.text.hasPrefix("@") }
    }

    /// How many already merged events of the same date a sentence is compared with, at most: the most
    /// recent ones it shares a word or a person with. Keeps a dossier with thousands of sentences about
    /// one year linear.
    private static let candidateLimit = 64

    /// One event per happening, in date order, each with an id made from its date and its first source.
    public static func merge(_ dated: [Dated]) -> [Event] {
        let all = dated.map { item in
            Draft(
                point: item.fact.point, upcoming: item.fact.upcoming, text: item.fact.clause ?? item.sentence, people: item.people,
                sources: [Event.Source(article: item.article, paragraph: item.fact.at.paragraph, sentence: item.sentence, expression: item.fact.expression)],
                words: Set(item.fact.words))
        }
        // Words in many dated sentences ("Russia", "sanctions") say little about which event a sentence tells.
        var frequency: [String: Int] = [:]
        for draft in all { for word in draft.words { frequency[word, default: 0] += 1 } }
        let common = Set(frequency.filter { $0.value * 5 > all.count && $0.value > 5 }.keys)
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
            let nearest = related.sorted().suffix(candidateLimit)
            if let index = nearest.first(where: sameEvent) {
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
        var events = merged.map { draft in
            Event(
                id: "", date: draft.point.date, end: draft.point.end, precision: draft.point.precision,
                approximate: draft.point.approximate, upcoming: draft.upcoming, label: draft.point.label, text: draft.text,
                people: draft.people, citations: draft.sources, time: draft.point.time)
        }
        .sorted { ($0.date, $0.end ?? "", $0.citations.first?.article ?? "", $0.citations.first?.paragraph ?? 0) < ($1.date, $1.end ?? "", $1.citations.first?.article ?? "", $1.citations.first?.paragraph ?? 0) }
        var used = Set<String>()
        for index in events.indices {
            events[index].id = identifier(events[index], avoiding: &used)
        }
        return events
    }

    /// `2019-04-25-3fa2c1`: the date, and a digest of the first source's article and sentence, so the id
    /// stays when other seeds are added or removed.
    static func identifier(_ event: Event, avoiding used: inout Set<String>) -> String {
        let first = event.citations.min { ($0.article, $0.paragraph, $0.sentence) < ($1.article, $1.paragraph, $1.sentence) }
        let basis = [first?.article ?? "", first?.sentence ?? "", first?.expression ?? "", event.end ?? ""].joined(separator: "\n")
        let base = event.date + "-" + String(ContentDigest.hex(Array(basis.utf8)).prefix(6))
        var candidate = base
        var counter = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// After the article's own date, compared at the event's precision.
    /// "Botham Jean was killed on Sept. 6, 2018. … Late in the evening on Sept. 6, …": a day printed
    /// without its year is the day the article printed in full with the same month and day, when it printed
    /// exactly one such, in another year than the one the article's date suggested.
    package static func yearsCarried(_ events: [EventFact], published: PublicationDate?) -> [EventFact] {
        func hasYear(_ expression: String) -> Bool {
            var run = 0
            for byte in expression.utf8 {
                run = (48...57).contains(byte) ? run + 1 : 0
                if run == 4 { return true }
            }
            return false
        }
        func namesMonth(_ expression: String) -> Bool {
            WordScan.words(expression, digits: false).contains { CalendarWords.month($0) != nil && $0.first?.isUppercase == true }
        }
        var yearsByDay: [Substring: Set<Substring>] = [:]
        for event in events where event.point.precision == .day && event.point.end == nil && hasYear(event.expression) {
            yearsByDay[event.point.date.dropFirst(5), default: []].insert(event.point.date.prefix(4))
        }
        guard !yearsByDay.isEmpty else { return events }
        return events.map { event in
            guard event.point.precision == .day, event.point.end == nil, !hasYear(event.expression), namesMonth(event.expression),
                let years = yearsByDay[event.point.date.dropFirst(5)], years.count == 1, let year = years.first,
                year != event.point.date.prefix(4)
            else { return event }
            var carried = event
            carried.point.date = String(year) + event.point.date.dropFirst(4)
            carried.upcoming = isUpcoming(carried.point, after: published)
            return carried
        }
    }

    package static func isUpcoming(_ point: TimePoint, after published: PublicationDate?) -> Bool {
        guard let published else { return false }
        let reference = published.isoDate
        let length = point.date.count
        return point.date > String(reference.prefix(length))
    }

    private static func contentWords(_ sentence: String, excluding expression: String) -> Set<String> {
        let dateWords = Set(WordScan.words(expression.lowercased(), digits: false))
        return Set(
            WordScan.words(sentence.lowercased(), digits: false).filter {
                $0.count > 3 && !Lexicon.functionWords.contains($0) && !dateWords.contains($0)
                    && CivilCalendar.month(named: $0) == nil && !["year", "month", "week", "said", "says"].contains($0)
            })
    }
}

/// The clause of a sentence around a date: the sentence cut at semicolons, dashes and the conjunctions
/// that start another clause (", but", ", while", ", which"), when what is left still tells something.
enum Clause {
    private static let breaks: Set<String> = ["but", "while", "whereas", "although", "though", "which", "and"]

    static func around(_ range: Range<String.Index>, in text: ParagraphText, sentence: Int) -> String? {
        let tokens = text.tokens
        let span = text.tokenRange(ofSentence: sentence)
        guard !span.isEmpty else { return nil }
        let first = span.lowerBound
        let end = span.upperBound
        guard let inside = tokens[first..<end].firstIndex(where: { $0.range.lowerBound >= range.lowerBound }) else { return nil }
        func isBreak(_ index: Int) -> Bool {
            let token = tokens[index]
            if [";", "—", "–"].contains(token.text), !token.insideQuote { return true }
            // ", but …": a comma, then a conjunction that opens a clause.
            return token.text == "," && index + 1 < end && breaks.contains(tokens[index + 1].lower) && !tokens[index].insideQuote
        }
        var start = inside
        while start > first, !isBreak(start - 1) { start -= 1 }
        var stop = inside
        while stop < end, !isBreak(stop) { stop += 1 }
        guard start > first || stop < end, stop - start >= 6 else { return nil }
        var lower = tokens[start].range.lowerBound
        if start > first, [",", ";", "—", "–"].contains(tokens[start - 1].text), start < end, breaks.contains(tokens[start].lower) {
            lower = tokens[start].range.lowerBound
        }
        let upper = tokens[stop - 1].range.upperBound
        var clause = String(text.text[lower..<upper]).trimming(ScalarSet(charactersIn: " ,;"))
        if let initial = clause.first, initial.isLowercase { clause = initial.uppercased() + clause.dropFirst() }
        return clause
    }
}
