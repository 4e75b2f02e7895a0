import DossierModel
import DossierNames
import DossierText
import Foundation

/// One article's facts with the id the dossier gave the article.
public struct IdentifiedFacts: Sendable {
    public var article: String
    public var facts: ArticleFacts
    /// The article this one is a version of: its sentences that article also has are not counted again.
    public var versionOf: String?
    /// The sentences not counted (filled in by the merge).
    var excluded: Set<SentenceReference> = []

    public init(article: String, facts: ArticleFacts, versionOf: String? = nil) {
        self.article = article
        self.facts = facts
        self.versionOf = versionOf
    }
}

/// What the merge decides across the dossier: the people (with their quotes and roles), the events, the
/// figures, and where each person is first named in each article.
public struct MergedFacts: Sendable {
    public var people: [Person]
    public var events: [Event]
    public var figures: [Figure]
    /// Per article id, the names to link to their person's page.
    public var links: [String: [NameLink]]
}

/// `[ArticleFacts] → people, events, figures`: the evidence that needs the whole dossier. Which phrases
/// are people is decided from the evidence of every article together; surname-only mentions are resolved
/// against the people met in the same article, then in the dossier; quotations get their speakers;
/// events told by several articles become one; figures are grouped. Ids come from content.
public enum DossierMerger {
    public static func merge(_ articles: [IdentifiedFacts], configuration: DossierConfiguration) -> MergedFacts {
        let articles = excludingShared(articles)
        let people = PeopleMerge(articles, configuration: configuration)
        var dated: [EventExtractor.Dated] = []
        for (index, item) in articles.enumerated() {
            let namedIn = people.peopleBySentence[index]
            for fact in item.facts.events where !item.excluded.contains(fact.at) {
                dated.append(
                    EventExtractor.Dated(
                        article: item.article, fact: fact, sentence: item.facts.sentence(fact.at),
                        people: namedIn[fact.at] ?? []))
            }
        }
        let figures = articles.flatMap { item in
            item.facts.figures.filter { !item.excluded.contains($0.at) }.map { fact -> Figure in
                var figure = fact.figure
                figure.citation.article = item.article
                return figure
            }
        }
        return MergedFacts(
            people: people.people, events: EventExtractor.merge(dated), figures: FigureGrouper.group(figures),
            links: people.links)
    }
}

extension DossierMerger {
    /// Each version's sentences that the article it is a version of also has (compared without case,
    /// spacing and punctuation): their facts are that article's.
    static func excludingShared(_ articles: [IdentifiedFacts]) -> [IdentifiedFacts] {
        guard articles.contains(where: { $0.versionOf != nil }) else { return articles }
        func normalized(_ sentence: String) -> String {
            WordScan.words(sentence.lowercased(), digits: true).joined(separator: " ")
        }
        let index = Dictionary(articles.enumerated().map { ($1.article, $0) }, uniquingKeysWith: { first, _ in first })
        var result = articles
        for (position, item) in articles.enumerated() {
            guard let primaryID = item.versionOf, let primary = index[primaryID] else { continue }
            let shared = Set(articles[primary].facts.sentences.joined().map(normalized))
            for (paragraph, sentences) in item.facts.sentences.enumerated() {
                for (offset, sentence) in sentences.enumerated() where shared.contains(normalized(sentence)) {
                    result[position].excluded.insert(SentenceReference(paragraph: paragraph + 1, sentence: offset))
                }
            }
        }
        return result
    }
}

/// The people of the dossier, from every article's mentions.
struct PeopleMerge {
    private(set) var people: [Person] = []
    private(set) var links: [String: [NameLink]] = [:]
    /// Per article (in input order), the ids of the people named in each sentence.
    private(set) var peopleBySentence: [[SentenceReference: [String]]] = []

    /// A mention resolved to a person (by index into `names`).
    private struct Resolved {
        var mention: Int
        var person: Int
    }

    init(_ articles: [IdentifiedFacts], configuration: DossierConfiguration) {
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
        for item in articles {
            for mention in item.facts.mentions where !mention.isSingleWord && !item.excluded.contains(mention.at) {
                let key = canonicalKey(mention.key)
                if evidence[key] == nil { order.append(key) }
                evidence[key, default: PhraseEvidence()].add(mention)
            }
        }
        var personIndex: [String: Int] = [:]
        var names: [[String]] = []
        for key in order where !notPeople.contains(key) {
            guard let phrase = evidence[key], phrase.isPerson else { continue }
            personIndex[key] = names.count
            names.append(phrase.fullestName)
        }
        // Variants of one person's name: "Tom Frieden" and "Thomas Frieden", "Silva Veloso" and
        // "Fernando da Silva Veloso", "Andres Manuel" and "Andrés Manuel López Obrador", spellings of one
        // transliterated surname. Each variant points to the one fuller name it can only be.
        let redirect = NameVariants.redirects(names)
        for (key, index) in personIndex where redirect[index] != index { personIndex[key] = redirect[index] }
        // "Kim Sang-duk (also known as Tony Kim)": the second name is the first one's person.
        for item in articles {
            let mentions = item.facts.mentions
            for pair in item.facts.aliases where pair.count == 2 && mentions.indices.contains(pair[0]) && mentions.indices.contains(pair[1]) {
                let first = canonicalKey(mentions[pair[0]].key)
                let second = canonicalKey(mentions[pair[1]].key)
                guard !mentions[pair[0]].isSingleWord, !mentions[pair[1]].isSingleWord else { continue }
                // The first name alone was not taken for a person: it is the second one's.
                if personIndex[first] == nil, let person = personIndex[second], !notPeople.contains(first) {
                    personIndex[first] = person
                    continue
                }
                guard let person = personIndex[first], personIndex[second] != person else { continue }
                if let other = personIndex[second] {
                    for (key, index) in personIndex where index == other { personIndex[key] = person }
                } else {
                    personIndex[second] = person
                }
            }
        }
        // Surname-only forms that an editor mapped to a full name.
        for (alias, canonical) in aliasOf where personIndex[alias] == nil {
            if let index = personIndex[canonical] { personIndex[alias] = index }
        }

        var surnames = SurnameIndex()
        // Names folded into another ("also known as") have no surname of their own any more.
        let live = Set(personIndex.values)
        for (index, words) in names.enumerated() where redirect[index] == index && live.contains(index) { surnames.add(words, at: index) }
        // "Le Pen" beside Marine Le Pen and Jean-Marie Le Pen: a short name that ends two or more fuller ones
        // (so no variant of one) is, in each article, the fuller one that article names first.
        var fullerEndings: [Int: [Int]] = [:]
        for (index, words) in names.enumerated() where words.count >= 2 && redirect[index] == index && live.contains(index) {
            guard let lastKey = PersonKey.surnameKeys(words).first else { continue }
            let tail = PersonKey.make(words)
            let fuller = (surnames.last[lastKey] ?? []).filter { other in
                other != index && (surnames.names[other]?.count ?? 0) > words.count
                    && PersonKey.make(Array(surnames.names[other]?.suffix(words.count) ?? [])) == tail
            }
            if fuller.count >= 2 { fullerEndings[index] = fuller }
        }
        var resolvedByArticle: [[Resolved]] = []
        var surnameOnly: [String: Int] = [:]
        // Surname-only mentions met before the article that made their one-name person ("Romney said" in
        // one article, "Mr. Romney" in a later one), with the surnames present in their article.
        var pending: [(article: Int, mention: Int, key: String, present: Set<String>)] = []
        for (articleIndex, item) in articles.enumerated() {
            let mentions = item.facts.mentions
            var resolved: [Resolved] = []
            var firstFull: [Int: Int] = [:]
            for (position, mention) in mentions.enumerated() where !mention.isSingleWord {
                if let person = personIndex[canonicalKey(mention.key)], firstFull[person] == nil { firstFull[person] = position }
            }
            var presentByLast: [String: [(person: Int, position: Int)]] = [:]
            var presentByFirst: [String: [(person: Int, position: Int)]] = [:]
            for (person, position) in firstFull {
                let keys = PersonKey.surnameKeys(names[person])
                if let last = keys.first { presentByLast[last, default: []].append((person, position)) }
                if keys.count > 1 { presentByFirst[keys[1], default: []].append((person, position)) }
            }
            // One sense per article: a surname one of its mentions resolves ("Trump said") is that person's
            // where it stands as a subject in the article's other mentions too ("Trump, announcing the visit,
            // …"), cues or not.
            var surnameInArticle: [String: Int] = [:]
            for mention in mentions where mention.isSingleWord && !(mention.hasNonPersonWord && !mention.hasHonorific) {
                let key = canonicalKey(mention.key)
                // Only a surname one person of the dossier bears ("Trump" with Ivanka Trump named too stays per mention).
                guard surnameInArticle[key] == nil, personIndex[key] == nil, !notPeople.contains(key),
                    (surnames.last[mention.key]?.count ?? 0) + (surnames.first[mention.key]?.count ?? 0) == 1
                else { continue }
                surnameInArticle[key] = Self.resolveSurname(mention, surnames: surnames, presentByLast: presentByLast, presentByFirst: presentByFirst)
            }
            for (position, mention) in mentions.enumerated() {
                let key = canonicalKey(mention.key)
                if notPeople.contains(key) { continue }
                if !mention.isSingleWord {
                    if var person = personIndex[key] {
                        if let fuller = fullerEndings[person],
                            let named = fuller.compactMap({ candidate in firstFull[candidate].map { (candidate, $0) } }).min(by: { ($0.1, $0.0) < ($1.1, $1.0) })
                        {
                            person = named.0
                        }
                        resolved.append(Resolved(mention: position, person: person))
                    }
                    continue
                }
                if mention.hasNonPersonWord, !mention.hasHonorific { continue }
                if let person = personIndex[key] ?? Self.resolveSurname(mention, surnames: surnames, presentByLast: presentByLast, presentByFirst: presentByFirst)
                    ?? (mention.opensSentence || mention.isSpeaker ? surnameInArticle[key] ?? nil : nil)
                {
                    resolved.append(Resolved(mention: position, person: person))
                } else if !(mention.hasHonorific || (mention.namedAlone && !mention.hasNonPersonWord)) {
                    if mention.personCues > 0 || mention.otherCues == 0 {
                        pending.append((articleIndex, position, key, Set(presentByLast.keys).union(presentByFirst.keys)))
                    }
                } else {
                    // "Mr. Smith", "her husband, Philip", and never a full name: a person known by one name.
                    let person = surnameOnly[key] ?? names.count
                    if person == names.count {
                        surnameOnly[key] = person
                        personIndex[key] = person
                        surnames.add(mention.words, at: person)
                        names.append(mention.words)
                    }
                    resolved.append(Resolved(mention: position, person: person))
                }
            }
            resolvedByArticle.append(resolved)
        }
        var late = false
        for item in pending where !item.present.contains(item.key) {
            guard let person = surnameOnly[item.key] else { continue }
            resolvedByArticle[item.article].append(Resolved(mention: item.mention, person: person))
            late = true
        }
        if late {
            for index in resolvedByArticle.indices { resolvedByArticle[index].sort { $0.mention < $1.mention } }
        }
        assemble(names: names, resolved: resolvedByArticle, articles: articles, configuration: configuration)
    }

    /// The people by the key of their last name and of their first name, in the order they were found:
    /// a lookup per surname-only mention instead of a scan of every name.
    private struct SurnameIndex {
        private(set) var last: [String: [Int]] = [:]
        private(set) var first: [String: [Int]] = [:]

        private(set) var names: [Int: [String]] = [:]

        mutating func add(_ words: [String], at index: Int) {
            names[index] = words
            let keys = PersonKey.surnameKeys(words)
            if let key = keys.first { last[key, default: []].append(index) }
            if keys.count > 1 { first[keys[1], default: []].append(index) }
        }
    }

    /// A surname alone: the person of that name met in the same article (the first one introduced),
    /// else the dossier's only or best-known bearer of it. Last names match before first names.
    private static func resolveSurname(
        _ mention: MentionFact, surnames: SurnameIndex, presentByLast: [String: [(person: Int, position: Int)]],
        presentByFirst: [String: [(person: Int, position: Int)]]
    ) -> Int? {
        let key = mention.key
        for (group, present) in [(surnames.last[key] ?? [], presentByLast[key] ?? []), (surnames.first[key] ?? [], presentByFirst[key] ?? [])]
        where !group.isEmpty {
            // The person of that name met first in this article (looked up among this article's people).
            if let first = present.min(by: { ($0.position, $0.person) < ($1.position, $1.person) }) { return first.person }
            // A bare surname with no full name nearby needs some sign that it is a person at all.
            guard mention.hasHonorific || mention.personCues > 0 || mention.otherCues == 0 else { return nil }
            if group.count == 1 { return group[0] }
            // "Trump" with Donald Trump and Donald Trump Jr in the dossier: the one without a generation.
            let plain = group.filter { !(surnames.names[$0]?.last.map(PersonKey.isGenerational) ?? false) }
            if plain.count == 1, group.count > 1 { return plain[0] }
        }
        return nil
    }

    /// Turns resolved mentions into people with roles, quotes, citations, ids and name links.
    private mutating func assemble(names: [[String]], resolved: [[Resolved]], articles: [IdentifiedFacts], configuration: DossierConfiguration) {
        var mentions = Array(repeating: [Citation](), count: names.count)
        var roles = Array(repeating: [Person.Sourced](), count: names.count)
        var quotes = Array(repeating: [Person.Sourced](), count: names.count)
        var spellings = Array(repeating: [String](), count: names.count)
        for (articleIndex, item) in articles.enumerated() {
            let facts = item.facts
            for entry in resolved[articleIndex] where !item.excluded.contains(facts.mentions[entry.mention].at) {
                let mention = facts.mentions[entry.mention]
                let citation = Citation(article: item.article, paragraph: mention.at.paragraph, sentence: facts.sentence(mention.at))
                mentions[entry.person].append(citation)
                spellings[entry.person].append(mention.display)
                for role in mention.roles { roles[entry.person].append(Person.Sourced(text: role, citation: citation)) }
            }
            var personOf: [Int: Int] = [:]
            for entry in resolved[articleIndex] { personOf[entry.mention] = entry.person }
            let sexOf: (Int) -> NameLexicon.GivenName.Sex? = { person in
                names[person].first.flatMap { NameLexicon.shared.givenName(NameLexicon.key($0))?.sex }
            }
            for (quote, speaker) in zip(facts.quotes, QuoteResolution.speakers(of: facts, personOf: personOf, sexOf: sexOf)) {
                guard let speaker, !item.excluded.contains(quote.at) else { continue }
                let citation = Citation(article: item.article, paragraph: quote.at.paragraph, sentence: facts.sentence(quote.at))
                quotes[speaker].append(Person.Sourced(text: quote.text, citation: citation))
            }
        }
        var found: [(name: String, index: Int, person: Person)] = []
        for index in names.indices where !mentions[index].isEmpty {
            let name = Self.displayName(spellings[index], fallback: names[index])
            let aliases = spellings[index].uniqued().filter { $0 != name }.sorted()
            var personRoles = Self.dedupe(roles[index])
            if let correction = configuration.roles?[name] {
                personRoles.removeAll { $0.text == correction }
                personRoles.insert(Person.Sourced(text: correction, citation: personRoles.first?.citation ?? mentions[index][0]), at: 0)
            }
            let person = Person(
                id: "", name: name, aliases: aliases, roles: personRoles, quotes: Self.dedupe(quotes[index], perArticle: true),
                mentions: mentions[index].uniqued())
            found.append((name, index, person))
        }
        found.sort { lhs, rhs in
            let left = (lhs.person.articles.count, lhs.person.mentions.count)
            let right = (rhs.person.articles.count, rhs.person.mentions.count)
            return left != right ? left > right : lhs.name < rhs.name
        }
        // Ids from the names, so that other seeds coming and going move no page.
        let slugs = Slug.fromContent(found.map { ($0.name, PersonKey.make(names[$0.index])) }, reserved: ["index"])
        var ids: [Int: String] = [:]
        people = found.enumerated().map { offset, entry in
            var person = entry.person
            person.id = slugs[offset]
            ids[entry.index] = slugs[offset]
            return person
        }
        for (articleIndex, item) in articles.enumerated() {
            var linked = Set<Int>()
            var named: [SentenceReference: [String]] = [:]
            for entry in resolved[articleIndex] {
                guard let id = ids[entry.person] else { continue }
                let mention = item.facts.mentions[entry.mention]
                named[mention.at, default: []].append(id)
                guard linked.insert(entry.person).inserted else { continue }
                links[item.article, default: []].append(
                    NameLink(paragraph: mention.at.paragraph, offset: mention.offset, length: mention.length, person: id))
            }
            peopleBySentence.append(named.mapValues { $0.uniqued() })
        }
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

    /// The same text (ignoring case and spacing) is kept once, with its first citation; with `perArticle`,
    /// once per article (a quotation two outlets print is sourced to both).
    private static func dedupe(_ items: [Person.Sourced], perArticle: Bool = false) -> [Person.Sourced] {
        var seen = Set<String>()
        return items.filter { item in
            let text = item.text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return seen.insert(perArticle ? item.citation.article + "\u{0}" + text : text).inserted
        }
    }
}

/// Evidence for one capitalised phrase across the dossier.
struct PhraseEvidence {
    var personCues = 0
    var otherCues = 0
    var honorific = false
    var nonPersonWord = false
    var spellings: [[String]] = []

    mutating func add(_ mention: MentionFact) {
        personCues += mention.personCues
        otherCues += mention.otherCues
        honorific = honorific || mention.hasHonorific
        nonPersonWord = nonPersonWord || mention.hasNonPersonWord
        spellings.append(mention.words)
    }

    var fullestName: [String] { spellings.max { $0.count < $1.count } ?? [] }

    /// A person when titles, appositives, honorifics or speech verbs say so and outweigh the signs of a
    /// place or organisation; a plain two- or three-word proper name with no sign either way counts too.
    var isPerson: Bool {
        if nonPersonWord && !honorific { return false }
        if honorific || (personCues >= 2 && personCues > otherCues) { return true }
        guard otherCues == 0, let words = spellings.first, (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && !Lexicon.functionWords.contains(word.lowercased())
                && !Lexicon.isTitle(word)
        }
    }
}

/// Speakers of an article's quotations, now that the dossier knows who is a person: each quotation's own
/// rules first; a quotation they do not settle continues the speaker of the quotation before it in its
/// paragraph, or of the previous paragraph's last quotation when it opens its paragraph, or takes the
/// speaker of the next one. An unattributable quotation stays without a speaker.
enum QuoteResolution {
    static func speakers(of facts: ArticleFacts, personOf: [Int: Int], sexOf: @escaping (Int) -> NameLexicon.GivenName.Sex? = { _ in nil }) -> [Int?] {
        func apply(_ rule: SpeakerRule, paragraph: Int) -> Int? {
            switch rule {
            case .firstPerson(let mentions, let accepted, let stopAtRejected):
                for (mention, ok) in zip(mentions, accepted) {
                    guard let person = personOf[mention] else { continue }
                    if ok { return person }
                    if stopAtRejected { return nil }
                }
                return nil
            case .antecedent(let before, let pronoun):
                // The last one who spoke, in this paragraph or the one before; else the last one named.
                func fits(_ person: Int) -> Bool {
                    guard let sex = sexOf(person) else { return true }
                    switch (pronoun, sex) {
                    case ("he", .female), ("she", .male): return false
                    default: return true
                    }
                }
                let end = min(before, facts.mentions.count)
                guard end > 0 else { return nil }
                var named: Int?
                var index = end - 1
                while index >= 0 {
                    let mention = facts.mentions[index]
                    if !mention.insideQuote, !mention.isPossessive, let person = personOf[index], fits(person) {
                        if mention.isSpeaker || mention.opensSentence, paragraph - mention.at.paragraph <= 1 { return person }
                        if named == nil { named = person }
                    }
                    if paragraph - mention.at.paragraph > 2, named != nil { break }
                    index -= 1
                }
                return named
            case .titled(let before, let title):
                var index = min(before, facts.mentions.count) - 1
                while index >= 0 {
                    let mention = facts.mentions[index]
                    if !mention.insideQuote, let person = personOf[index],
                        mention.honorificTitle == (Lexicon.honorificTitles[title] ?? title)
                            || mention.roles.contains(where: { Lexicon.roleWords($0).contains(Lexicon.honorificTitles[title] ?? title) })
                    {
                        return person
                    }
                    index -= 1
                }
                return nil
            case .unnamed:
                return nil
            }
        }
        var speakers = facts.quotes.map { quote in quote.speaker.compactMap { apply($0, paragraph: quote.at.paragraph) }.first }
        // A quotation whose own sentence names its speaker ("…," said Lynch) keeps that speaker or none: when
        // the name is not a person's, it does not take the speaker of the quotation before it.
        let named = facts.quotes.map { quote in
            quote.speaker.contains { rule in
                if case .firstPerson(_, let accepted, _) = rule { return accepted.contains(true) }
                if case .unnamed = rule { return true }
                return false
            }
        }
        var openSpeaker: Int?
        var start = 0
        while start < facts.quotes.count {
            let paragraph = facts.quotes[start].at.paragraph
            var end = start
            while end < facts.quotes.count, facts.quotes[end].at.paragraph == paragraph { end += 1 }
            let own = Array(speakers[start..<end])
            for index in start..<end where own[index - start] == nil && !named[index] {
                let previous = speakers[start..<index].last { $0 != nil } ?? nil
                let following = own[(index - start + 1)...].first { $0 != nil } ?? nil
                if let previous {
                    speakers[index] = previous
                } else if index == start, facts.quotes[index].opensParagraph, let open = openSpeaker,
                    facts.quotes[start].at.paragraph - 1 == lastParagraph(before: start, in: facts)
                {
                    speakers[index] = open
                } else if let following {
                    speakers[index] = following
                } else if index == start, facts.quotes[index].opensParagraph, lastParagraph(before: start, in: facts) != paragraph - 1,
                    let reporter = reportedSpeaker(endingParagraph: paragraph - 1, in: facts, personOf: personOf),
                    // ("“(Sessions) believes it is important …”": a quotation that names them is about them.)
                    !facts.mentions.indices.contains(where: { facts.mentions[$0].at.paragraph == paragraph && personOf[$0] == reporter })
                {
                    // "Dominique Molina … said the fireworks had just ended. / “People were flooding the streets …”":
                    // a quotation that opens a paragraph with no attribution of its own, right after reported
                    // speech, is the reporter's.
                    speakers[index] = reporter
                }
            }
            openSpeaker = speakers[end - 1]
            start = end
        }
        return speakers
    }

    /// The person whose speech the last sentence of `paragraph` reports ("X said the …", "X, who …, said"),
    /// outside quotations; nil when that sentence reports none.
    private static func reportedSpeaker(endingParagraph paragraph: Int, in facts: ArticleFacts, personOf: [Int: Int]) -> Int? {
        guard paragraph >= 1, facts.sentences.indices.contains(paragraph - 1) else { return nil }
        let lastSentence = facts.sentences[paragraph - 1].count - 1
        let index = facts.mentions.lastIndex { mention in
            mention.at.paragraph == paragraph && mention.at.sentence == lastSentence && mention.isSpeaker && !mention.insideQuote
        }
        return index.flatMap { personOf[$0] }
    }

    /// The paragraph of the quotation before `index`, or -1.
    private static func lastParagraph(before index: Int, in facts: ArticleFacts) -> Int {
        index > 0 ? facts.quotes[index - 1].at.paragraph : -1
    }
}

/// Which people's names are variants of a fuller one, found through indexes of first and last words
/// (never every pair of names).
enum NameVariants {
    /// For each name, the index of the name it is a variant of (itself when none, or when it could be
    /// a variant of several).
    static func redirects(_ names: [[String]]) -> [Int] {
        let lexicon = NameLexicon.shared
        let keys = names.map { words in
            words.filter { !($0.count == 2 && $0.hasSuffix(".")) }.map { NameLexicon.key($0) }.filter { !$0.isEmpty }
        }
        // Narrow indexes, so a common given name or surname does not make every pair a candidate: the
        // last word (suffixes, nicknames, middle names), the first two words (shorter forms), and the
        // first word with the length and start of the last (transliterations).
        var byLast: [String: [Int]] = [:]
        var byFirstTwo: [String: [Int]] = [:]
        var bySpelling: [String: [Int]] = [:]
        func spellingKey(_ words: [String]) -> String? {
            guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
            return "\(first)|\(words.count)|\(last.prefix(2))"
        }
        // The word before the last with the start of the last (a misspelt surname after the same name).
        var byTail: [String: [Int]] = [:]
        func tailKey(_ words: [String]) -> String? {
            guard words.count >= 2, let last = words.last else { return nil }
            return words[words.count - 2] + "|" + last.prefix(4)
        }
        for (index, words) in keys.enumerated() {
            guard let last = words.last else { continue }
            byLast[last, default: []].append(index)
            if let key = tailKey(words) { byTail[key, default: []].append(index) }
            if words.count >= 2 { byFirstTwo[words[0] + " " + words[1], default: []].append(index) }
            if let key = spellingKey(words) { bySpelling[key, default: []].append(index) }
        }
        var redirect = Array(names.indices)
        for (index, words) in keys.enumerated() where words.count >= 2 {
            guard let first = words.first, let last = words.last else { continue }
            let candidates = Set(
                (byLast[last] ?? []) + (byFirstTwo[words[0] + " " + words[1]] ?? []) + (spellingKey(words).flatMap { bySpelling[$0] } ?? [])
                    + (tailKey(words).flatMap { byTail[$0] } ?? [])
                    + nicknameCandidates(first, last, byLast: byLast, keys: keys, lexicon: lexicon))
            let fuller = candidates.filter { other in
                other != index && isVariant(words, of: keys[other], lexicon: lexicon)
            }
            // The fullest of the names it can be; ambiguous when two unrelated fuller names fit.
            guard let target = fuller.max(by: { (keys[$0].count, $1) < (keys[$1].count, $0) }) else { continue }
            if fuller.allSatisfy({ $0 == target || isVariant(keys[$0], of: keys[target], lexicon: lexicon) }) {
                redirect[index] = target
            }
        }
        // Follow chains to the end ("Silva Velos" → "Silva Veloso" → "Fernando da Silva Veloso").
        for index in redirect.indices {
            var target = redirect[index]
            var steps = 0
            while redirect[target] != target, steps < 8 {
                target = redirect[target]
                steps += 1
            }
            redirect[index] = target
        }
        return redirect
    }

    private static func nicknameCandidates(_ first: String, _ last: String, byLast: [String: [Int]], keys: [[String]], lexicon: NameLexicon) -> [Int] {
        (byLast[last] ?? []).filter { keys[$0].first.map { lexicon.areNicknames($0, first) } ?? false }
    }

    /// True when `words` names the same person as the fuller `other`: a nickname with the same surname,
    /// its last words ("Silva Veloso"), its first words when `other` has three or more ("Andres Manuel"),
    /// or the same given name with a surname spelt a little differently.
    static func isVariant(_ words: [String], of other: [String], lexicon: NameLexicon) -> Bool {
        guard words != other, let first = words.first, let last = words.last, let otherFirst = other.first,
            let otherLast = other.last
        else { return false }
        // "Donald Trump" and "Donald Trump Jr": father and son.
        if PersonKey.isGenerational(otherLast) != PersonKey.isGenerational(last) { return false }
        if words.count < other.count {
            if Array(other.suffix(words.count)) == words { return true }
            // Its last words with the surname misspelt: "Silva Velos" in "Fernando da Silva Veloso".
            if words.count >= 2, isTypo(words, of: Array(other.suffix(words.count))) { return true }
            if other.count >= 3, Array(other.prefix(words.count)) == words { return true }
            // "Fernando Veloso" in "Fernando da Silva Veloso": the same first and last names, fewer between.
            if first == otherFirst, last == otherLast, isSubsequence(words, of: other) { return true }
        }
        // "Mitch McConnell" and "Mitchell McConnell", "Alex Perry" and "Alexander Perry": a short form that
        // begins the formal given name.
        if words.count == other.count, words.count >= 2, last == otherLast, first != otherFirst, first.count >= 3,
            otherFirst.count > first.count, otherFirst.hasPrefix(first), Array(words.dropFirst()) == Array(other.dropFirst())
        {
            return true
        }
        if words.count <= other.count, last == otherLast, first != otherFirst, lexicon.areNicknames(first, otherFirst) {
            // Towards the formal (longer) given name: "Tom" → "Thomas", never both ways.
            return words.count < other.count || isFuller(otherFirst, than: first)
        }
        if words.count == other.count, first == otherFirst { return isTypo(words, of: other) }
        return false
    }

    /// The same words but the last, spelt a little differently (one letter apart for short surnames, a
    /// few for long ones), towards the fuller spelling.
    private static func isTypo(_ words: [String], of other: [String]) -> Bool {
        guard words.count == other.count, let last = words.last, let otherLast = other.last, last != otherLast,
            last.count >= 5, otherLast.count >= 5, Array(words.dropLast()) == Array(other.dropLast()), isFuller(otherLast, than: last)
        else { return false }
        let shorter = min(last.count, otherLast.count)
        return editDistance(last, otherLast, limit: shorter >= 6 ? max(2, shorter / 4) : 1) != nil
    }

    private static func isSubsequence(_ words: [String], of other: [String]) -> Bool {
        var position = other.startIndex
        for word in words {
            guard let found = other[position...].firstIndex(of: word) else { return false }
            position = found + 1
        }
        return true
    }

    /// One direction between two spellings: the longer, then the alphabetically first.
    private static func isFuller(_ lhs: String, than rhs: String) -> Bool {
        lhs.count != rhs.count ? lhs.count > rhs.count : lhs < rhs
    }

    /// The Levenshtein distance between two keys when it is at most `limit`.
    static func editDistance(_ lhs: String, _ rhs: String, limit: Int) -> Int? {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }
}
