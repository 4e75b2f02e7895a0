import DossierModel

/// Everything that can be known from one article alone: its sentences, the capitalised phrases that may
/// be people (with the evidence around each), its quotations and how their speakers are to be found, its
/// dated sentences and its figures. It depends only on the article and the analysis rules, so it can be
/// cached by the seed's digest; what needs other articles (who is a person, which events are the same)
/// is decided by `DossierMerger`.
public struct ArticleFacts: Codable, Sendable, Hashable {
    /// The sentences of each body paragraph: `sentences[p - 1][s]` is sentence `s` of paragraph `p`. Every
    /// fact refers to its sentence here rather than carrying a copy.
    public var sentences: [[String]]
    public var mentions: [MentionFact]
    public var quotes: [QuoteFact]
    public var events: [EventFact]
    public var figures: [FigureFact]
    /// "Kim Sang-duk (also known as Tony Kim)": pairs of mention indices the text says name one person.
    public var aliases: [[Int]]

    public init(
        sentences: [[String]], mentions: [MentionFact], quotes: [QuoteFact], events: [EventFact], figures: [FigureFact],
        aliases: [[Int]] = []
    ) {
        self.sentences = sentences
        self.mentions = mentions
        self.quotes = quotes
        self.events = events
        self.figures = figures
        self.aliases = aliases
    }

    /// The sentence a fact refers to ("" when out of range, which a well-formed value never is).
    public func sentence(_ reference: SentenceReference) -> String {
        guard sentences.indices.contains(reference.paragraph - 1),
            sentences[reference.paragraph - 1].indices.contains(reference.sentence)
        else { return "" }
        return sentences[reference.paragraph - 1][reference.sentence]
    }
}

/// A sentence of an article: paragraph number (1-based, as in `#p3`) and sentence index in it.
public struct SentenceReference: Codable, Sendable, Hashable, Comparable {
    public var paragraph: Int
    public var sentence: Int

    public init(paragraph: Int, sentence: Int) {
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public static func < (lhs: SentenceReference, rhs: SentenceReference) -> Bool {
        (lhs.paragraph, lhs.sentence) < (rhs.paragraph, rhs.sentence)
    }
}

/// A capitalised phrase that may name a person, with the evidence found around it in its article.
public struct MentionFact: Codable, Sendable, Hashable {
    public var at: SentenceReference
    /// The name's words, titles and honorifics removed.
    public var words: [String]
    /// Where the name is in its paragraph, in Characters (for linking it to the person's page).
    public var offset: Int
    public var length: Int
    public var insideQuote: Bool
    public var hasHonorific: Bool
    /// Title phrases, appositives and relations said of the name.
    public var roles: [String]
    public var personCues: Int
    public var otherCues: Int
    public var hasNonPersonWord: Bool
    /// Introduced as a person in so many words (a title, "her husband", "identified as").
    public var namedAlone: Bool = false
    /// Written with a possessive ("Lam’s move"): rarely the one a later "he said" means.
    public var isPossessive: Bool = false
    /// The subject of a verb of saying right next to it ("Bentz said", "said Bentz"): the likeliest
    /// antecedent of a later "he said".
    public var isSpeaker: Bool = false
    /// The title an abbreviated honorific before the name stands for ("Gov." → "governor"), for a later
    /// "the governor said".
    public var honorificTitle: String? = nil
    /// The subject that opens its sentence ("Trump, announcing the visit, had hinted …", "Gov. Abbott
    /// said"): after a speaker, the likeliest antecedent of a "he said" that follows.
    public var opensSentence: Bool = false

    /// Normalised identity: case, hyphens, spaces and middle initials do not matter.
    public var key: String { PersonKey.make(words) }
    public var display: String { words.joined(separator: " ") }
    public var isSingleWord: Bool { words.filter { !($0.count == 2 && $0.hasSuffix(".")) }.count == 1 }
}

/// A direct quotation and the ways its speaker may be found, tried in order.
public struct QuoteFact: Codable, Sendable, Hashable {
    public var at: SentenceReference
    public var text: String
    /// Rules from the attribution next to the quotation itself.
    public var speaker: [SpeakerRule]
    /// The quotation opens its paragraph (so it may continue the previous paragraph's speaker).
    public var opensParagraph: Bool
}

/// How a quotation's speaker is found once the dossier has decided who is a person. Each refers to
/// the article's mentions by index.
public enum SpeakerRule: Codable, Sendable, Hashable {
    /// The first of these mentions that is a person; a person whose flag is false stops the search when
    /// `stopAtRejected` (the attribution names someone, but not in the way that makes them the speaker).
    case firstPerson(mentions: [Int], accepted: [Bool], stopAtRejected: Bool)
    /// The person a pronoun before the mention with this index refers to ("he said"): the last one who
    /// spoke, else the last one named, outside quotations and possessives, whose given name fits the
    /// pronoun ("he", "she"; any for "they").
    case antecedent(before: Int, pronoun: String)
    /// "the governor said": the person last named before the mention with this index whose roles hold
    /// this title word.
    case titled(before: Int, title: String)
    /// "…," the former prisoners said; "The man said …": the text names the speaker only by a description,
    /// so the quotation has no person and takes no one else's.
    case unnamed
}

/// A sentence with a resolved date: a candidate event.
public struct EventFact: Codable, Sendable, Hashable {
    public var at: SentenceReference
    public var point: TimePoint
    public var upcoming: Bool
    /// The words that gave the date.
    public var expression: String
    /// The sentence's content words, for telling which sentences tell the same event.
    public var words: [String]
    /// The clause of the sentence that tells the happening, when it is shorter than the sentence.
    public var clause: String?
}

/// A figure found in one sentence; its citation's article is filled in by the merge.
public struct FigureFact: Codable, Sendable, Hashable {
    public var at: SentenceReference
    public var figure: Figure
}

/// Normalised identity of a name: case, hyphens, spaces and middle initials do not matter.
public enum PersonKey {
    public static func make(_ words: [String]) -> String {
        let kept = words.filter { !($0.count == 2 && $0.hasSuffix(".")) }
        // Plain ASCII (most names): its letters lowercased, byte by byte, which is what folding gives.
        if kept.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            var key: [UInt8] = []
            for word in kept {
                for byte in word.utf8 {
                    if byte &- 65 < 26 { key.append(byte + 32) } else if byte &- 97 < 26 { key.append(byte) }
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        return kept.joined()
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .filter { $0.isLetter }
    }

    /// Keys of the words a later mention may use on its own: the first and the last.
    /// "Jr", "Sr.", "III": a generation after the surname, not the surname.
    public static func isGenerational(_ word: String) -> Bool {
        var lower = word.lowercased()
        while lower.hasSuffix(".") || lower.hasSuffix(",") { lower.removeLast() }
        return ["jr", "sr", "ii", "iii", "iv"].contains(lower)
    }

    public static func surnameKeys(_ words: [String]) -> [String] {
        var real = words.filter { !($0.count == 2 && $0.hasSuffix(".")) }
        if real.count >= 2, let last = real.last, isGenerational(last) { real.removeLast() }
        return [real.last, real.first].compactMap { $0 }.map { make([$0]) }.uniqued()
    }
}
