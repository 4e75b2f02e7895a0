import DossierModel
import DossierText
import Foundation

/// Finds the people across all articles: recognises names, merges spellings into one person, resolves
/// surname-only mentions, and collects roles, quotes and mentions, each with its citation.
public enum PersonExtractor {
    /// A name occurrence resolved to a person.
    package struct ResolvedMention {
        var person: Int
        var candidate: NameCandidate
    }

    /// The people in `articles`, most prominent first (articles, then mentions).
    public static func people(in articles: [Article], configuration: DossierConfiguration = DossierConfiguration())
        -> [Person]
    {
        extract(from: articles, configuration: configuration).people
    }

    /// People, and where each is first named in each article (for linking names to their pages).
    public static func extract(from articles: [Article], configuration: DossierConfiguration = DossierConfiguration())
        -> PeopleExtraction
    {
        let texts: [[ParagraphText]] = articles.parallelMap { $0.paragraphs.map(ParagraphText.init) }
        let analysis = analyse(texts, configuration: configuration)
        let (people, nameIDs) = assemble(analysis, articles: articles, texts: texts, configuration: configuration)
        var links: [String: [NameLink]] = [:]
        for (articleIndex, resolved) in analysis.mentions.enumerated() {
            var linked = Set<Int>()
            for mention in resolved where !linked.contains(mention.person) {
                guard let id = nameIDs[mention.person] else { continue }
                linked.insert(mention.person)
                let text = texts[articleIndex][mention.candidate.paragraph - 1]
                let range = mention.candidate.tokenRange
                let start = text.tokens[range.lowerBound].range.lowerBound
                let lastToken = text.tokens[range.upperBound - 1]
                // "Kim Jong-un’s": the link covers the name, not the possessive ending.
                let end = text.text.index(lastToken.range.lowerBound, offsetBy: lastToken.base.count)
                links[articles[articleIndex].id, default: []].append(
                    NameLink(
                        paragraph: mention.candidate.paragraph,
                        offset: text.text.distance(from: text.text.startIndex, to: start),
                        length: text.text.distance(from: start, to: end), person: id))
            }
        }
        return PeopleExtraction(people: people, links: links)
    }

    package struct Analysis {
        var names: [[String]]
        var mentions: [[ResolvedMention]]
    }

    /// Finds candidates, decides which phrases are people, and resolves every mention.
    package static func analyse(_ texts: [[ParagraphText]], configuration: DossierConfiguration) -> Analysis {
        // Pass 1: every capitalised phrase, to tell "North Korea" from the name that follows it.
        let firstPass = texts.enumerated().map { IndexedParagraphs(article: $0.offset, paragraphs: $0.element) }
            .parallelMap { item in
                item.paragraphs.enumerated().flatMap { paragraph in
                    NameFinder.candidates(in: paragraph.element, article: item.article, paragraph: paragraph.offset + 1, knownPhrases: [])
                        .filter { $0.words.count >= 2 }.map(\.key)
                }
            }
        let knownPhrases = Set(firstPass.joined())
        let candidatesByArticle = texts.enumerated().map { IndexedParagraphs(article: $0.offset, paragraphs: $0.element) }
            .parallelMap { item in
                item.paragraphs.enumerated().flatMap { paragraph in
                    NameFinder.candidates(in: paragraph.element, article: item.article, paragraph: paragraph.offset + 1, knownPhrases: knownPhrases)
                }
            }

        let notPeople = Set((configuration.notPeople ?? []).map { PersonKey.make($0.split(separator: " ").map(String.init)) })
        var aliasOf: [String: String] = [:]
        for (name, aliases) in configuration.aliases ?? [:] {
            let canonical = PersonKey.make(name.split(separator: " ").map(String.init))
            for alias in aliases { aliasOf[PersonKey.make(alias.split(separator: " ").map(String.init))] = canonical }
        }
        func canonicalKey(_ key: String) -> String { aliasOf[key] ?? key }

        // Evidence for each multi-word phrase, summed over the whole dossier.
        var evidence: [String: PhraseEvidence] = [:]
        var order: [String] = []
        for candidate in candidatesByArticle.joined() where !candidate.isSingleWord {
            let key = canonicalKey(candidate.key)
            if evidence[key] == nil { order.append(key) }
            evidence[key, default: PhraseEvidence()].add(candidate)
        }
        var personIndex: [String: Int] = [:]
        var names: [[String]] = []
        for key in order where !notPeople.contains(key) {
            guard let phrase = evidence[key], phrase.isPerson else { continue }
            personIndex[key] = names.count
            names.append(phrase.fullestName)
        }
        // Surname-only forms that an editor mapped to a full name.
        for (alias, canonical) in aliasOf where personIndex[alias] == nil {
            if let index = personIndex[canonical] { personIndex[alias] = index }
        }

        var surnames = SurnameIndex()
        for (index, words) in names.enumerated() { surnames.add(words, at: index) }
        var mentions: [[ResolvedMention]] = []
        var surnameOnly: [String: Int] = [:]
        for candidates in candidatesByArticle {
            var resolved: [ResolvedMention] = []
            var firstFull: [Int: Int] = [:]
            for (order, candidate) in candidates.enumerated() where !candidate.isSingleWord {
                if let person = personIndex[canonicalKey(candidate.key)], firstFull[person] == nil { firstFull[person] = order }
            }
            for candidate in candidates {
                let key = canonicalKey(candidate.key)
                if notPeople.contains(key) { continue }
                if !candidate.isSingleWord {
                    if let person = personIndex[key] { resolved.append(ResolvedMention(person: person, candidate: candidate)) }
                    continue
                }
                if candidate.hasNonPersonWord, !candidate.hasHonorific { continue }
                if let person = personIndex[key] ?? resolveSurname(candidate, surnames: surnames, presentInArticle: firstFull) {
                    resolved.append(ResolvedMention(person: person, candidate: candidate))
                } else if candidate.hasHonorific {
                    // "Mr. Smith" and never a full name: a person known by surname only.
                    let person = surnameOnly[key] ?? names.count
                    if person == names.count {
                        surnameOnly[key] = person
                        personIndex[key] = person
                        surnames.add(candidate.words, at: person)
                        names.append(candidate.words)
                    }
                    resolved.append(ResolvedMention(person: person, candidate: candidate))
                }
            }
            mentions.append(resolved)
        }
        return Analysis(names: names, mentions: mentions)
    }

    /// The people by the key of their last name and of their first name, in the order they were found:
    /// a lookup per surname-only mention instead of a scan of every name.
    private struct SurnameIndex {
        private(set) var last: [String: [Int]] = [:]
        private(set) var first: [String: [Int]] = [:]

        mutating func add(_ words: [String], at index: Int) {
            let keys = PersonKey.surnameKeys(words)
            if let key = keys.first { last[key, default: []].append(index) }
            if keys.count > 1 { first[keys[1], default: []].append(index) }
        }
    }

    private struct IndexedParagraphs: Sendable {
        var article: Int
        var paragraphs: [ParagraphText]
    }

    /// A surname alone: the person of that name met in the same article (the first one introduced),
    /// else the dossier's only or best-known bearer of it. Last names match before first names.
    private static func resolveSurname(_ candidate: NameCandidate, surnames: SurnameIndex, presentInArticle: [Int: Int])
        -> Int?
    {
        let key = candidate.key
        for group in [surnames.last[key] ?? [], surnames.first[key] ?? []] where !group.isEmpty {
            let inArticle = group.filter { presentInArticle[$0] != nil }
                .sorted { (presentInArticle[$0] ?? 0) < (presentInArticle[$1] ?? 0) }
            if let first = inArticle.first { return first }
            // A bare surname with no full name nearby needs some sign that it is a person at all.
            guard candidate.hasHonorific || candidate.personCues > 0 || candidate.otherCues == 0 else { return nil }
            if group.count == 1 { return group[0] }
        }
        return nil
    }

    /// Turns resolved mentions into people with roles, quotes and citations.
    package static func assemble(
        _ analysis: Analysis, articles: [Article], texts: [[ParagraphText]], configuration: DossierConfiguration
    ) -> (people: [Person], ids: [Int: String]) {
        var mentions = Array(repeating: [Citation](), count: analysis.names.count)
        var roles = Array(repeating: [Person.Sourced](), count: analysis.names.count)
        var quotes = Array(repeating: [Person.Sourced](), count: analysis.names.count)
        var spellings = Array(repeating: [String](), count: analysis.names.count)
        for (articleIndex, resolved) in analysis.mentions.enumerated() {
            let article = articles[articleIndex]
            for mention in resolved {
                let candidate = mention.candidate
                let text = texts[articleIndex][candidate.paragraph - 1]
                let citation = Citation(article: article.id, paragraph: candidate.paragraph, sentence: text.sentence(candidate.sentence))
                mentions[mention.person].append(citation)
                spellings[mention.person].append(candidate.display)
                for role in candidate.roles { roles[mention.person].append(Person.Sourced(text: role, citation: citation)) }
            }
            for quote in QuoteAttributor.quotes(in: texts[articleIndex], mentions: resolved) {
                let citation = Citation(article: article.id, paragraph: quote.paragraph, sentence: quote.sentence)
                quotes[quote.person].append(Person.Sourced(text: quote.text, citation: citation))
            }
        }
        var people: [(name: String, index: Int, person: Person)] = []
        for index in analysis.names.indices where !mentions[index].isEmpty {
            let name = displayName(spellings[index], fallback: analysis.names[index])
            let aliases = spellings[index].uniqued().filter { $0 != name }.sorted()
            var personRoles = dedupe(roles[index])
            if let correction = configuration.roles?[name] {
                personRoles.removeAll { $0.text == correction }
                personRoles.insert(Person.Sourced(text: correction, citation: personRoles.first?.citation ?? mentions[index][0]), at: 0)
            }
            let person = Person(
                id: "", name: name, aliases: aliases, roles: personRoles, quotes: dedupe(quotes[index]),
                mentions: mentions[index].uniqued())
            people.append((name, index, person))
        }
        people.sort { lhs, rhs in
            let left = (lhs.person.articles.count, lhs.person.mentions.count)
            let right = (rhs.person.articles.count, rhs.person.mentions.count)
            return left != right ? left > right : lhs.name < rhs.name
        }
        let slugs = Slug.unique(people.map(\.name), reserved: ["index"])
        var ids: [Int: String] = [:]
        let result = people.enumerated().map { offset, entry in
            var person = entry.person
            person.id = slugs[offset]
            ids[entry.index] = slugs[offset]
            return person
        }
        return (result, ids)
    }

    /// The fullest spelling: most words, then the most used, then the one with spaces over hyphens.
    private static func displayName(_ spellings: [String], fallback: [String]) -> String {
        var counts: [String: Int] = [:]
        for spelling in spellings { counts[spelling, default: 0] += 1 }
        let best = counts.keys.max { lhs, rhs in
            let left = (lhs.split(separator: " ").count, counts[lhs] ?? 0, lhs.filter { $0 == "-" }.count * -1, rhs)
            let right = (rhs.split(separator: " ").count, counts[rhs] ?? 0, rhs.filter { $0 == "-" }.count * -1, lhs)
            return left < right
        }
        return best ?? fallback.joined(separator: " ")
    }

    /// The same text (ignoring case and spacing) is kept once, with its first citation.
    private static func dedupe(_ items: [Person.Sourced]) -> [Person.Sourced] {
        var seen = Set<String>()
        return items.filter { seen.insert($0.text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")).inserted }
    }
}

/// The people of a dossier and, per article id, where each person is first named.
public struct PeopleExtraction: Sendable {
    public var people: [Person]
    public var links: [String: [NameLink]]
}

/// Evidence for one capitalised phrase across the dossier.
package struct PhraseEvidence {
    package var personCues = 0
    package var otherCues = 0
    package var honorific = false
    package var nonPersonWord = false
    package var spellings: [[String]] = []

    package mutating func add(_ candidate: NameCandidate) {
        personCues += candidate.personCues
        otherCues += candidate.otherCues
        honorific = honorific || candidate.hasHonorific
        nonPersonWord = nonPersonWord || candidate.hasNonPersonWord
        spellings.append(candidate.words)
    }

    package var fullestName: [String] { spellings.max { $0.count < $1.count } ?? [] }

    /// A person when titles, appositives, honorifics or speech verbs say so and outweigh the signs of a
    /// place or organisation; a plain two- or three-word proper name with no sign either way counts too.
    package var isPerson: Bool {
        if nonPersonWord && !honorific { return false }
        if honorific || (personCues >= 2 && personCues > otherCues) { return true }
        guard otherCues == 0, let words = spellings.first, (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && !Lexicon.functionWords.contains(word.lowercased())
                && !Lexicon.isTitle(word)
        }
    }
}
