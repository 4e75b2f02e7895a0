import DossierModel
import DossierText
/// Finds what a text says a person is: a title phrase before the name ("Russian Foreign Minister"),
/// an appositive after it ("a professor at …", "head of …", "Putin's foreign-policy aide") or a relation
/// before it ("Kim's father, Kim Jong Il").
package enum RoleFinder {
    package struct TitlePhrase {
        var text: String
        var isPersonTitle: Bool
    }

    private static let complementLinks: Set<String> = ["for", "of", "to", "on"]
    /// Words that begin a clause after a role phrase: relative pronouns, auxiliaries, adverbs of the verb.
    private static let clauseStarts: Set<String> = [
        "who", "whom", "whose", "which", "that", "also", "has", "have", "had", "was", "were", "is", "are", "will",
        "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "but", "then",
        "later", "now", "still", "told", "says", "took", "made", "went", "came", "gave", "when", "while", "after",
        "before", "because", "since", "as", "if",
    ]
    private static let appositiveStops: Set<String> = [",", ".", ";", ":", "(", ")", "“", "”", "\"", "—", "–", "!", "?"]

    package static func titleBefore(_ nameStart: Int, in text: ParagraphText) -> TitlePhrase? {
        let tokens = text.tokens
        var position = nameStart - 1
        // "Russian Foreign Minister, Sergei Lavrov"
        if position >= 1, tokens[position].text == ",", Lexicon.isTitle(tokens[position - 1].base) { position -= 1 }
        let end = position
        // "Special Envoy for North Korea Stephen E. Biegun": a proper-noun complement after the title.
        var probe = position
        while probe >= 0, isProperOrAbbreviation(tokens[probe]) { probe -= 1 }
        if probe < position, probe >= 1, complementLinks.contains(tokens[probe].lower),
            Lexicon.isTitle(tokens[probe - 1].base)
        {
            position = probe - 1
        }
        var start: Int?
        var sawTitle = false
        while position >= 0 {
            let token = tokens[position]
            guard token.isWord else { break }
            if Lexicon.isTitle(token.base) {
                sawTitle = true
            } else if !sawTitle {
                break
            } else if Lexicon.titleModifiers.contains(token.lower) {
            } else if isProperOrAbbreviation(token),
                token.base.allSatisfy({ !$0.isLowercase }) || !Lexicon.functionWords.contains(token.lower)
            {
            } else {
                break
            }
            start = position
            position -= 1
        }
        guard let start, sawTitle, end >= start else { return nil }
        let phrase = String(text.text[tokens[start].range.lowerBound..<tokens[end].range.upperBound])
        return TitlePhrase(text: phrase, isPersonTitle: true)
    }

    /// An appositive after the name, and whether it names an occupation (which makes the phrase a person).
    package static func appositiveAfter(_ name: Range<Int>, in text: ParagraphText) -> (text: String, isOccupation: Bool)? {
        let tokens = text.tokens
        let comma = name.upperBound
        guard comma < tokens.count, tokens[comma].text == ",", comma + 1 < tokens.count else { return nil }
        let first = tokens[comma + 1]
        guard first.isWord, first.sentence == tokens[name.lowerBound].sentence else { return nil }
        var end = comma + 1
        var sawTitle = false
        var sawPreposition = false
        // The role phrase ends where a clause starts: "the Prime Minister of Canada also took to …".
        while end < tokens.count, !appositiveStops.contains(tokens[end].text), end - comma <= 24,
            !clauseStarts.contains(tokens[end].lower), !Lexicon.speechVerbs.contains(tokens[end].lower)
        {
            if Lexicon.isTitle(tokens[end].base) || isOccupation(tokens[end].lower) { sawTitle = true }
            if ["at", "of", "for", "with", "in", "on", "from"].contains(tokens[end].lower) { sawPreposition = true }
            end += 1
        }
        let opener = first.lower
        let opensLikeRole = ["a", "an", "the"].contains(opener) || first.isPossessive || Lexicon.isTitle(first.base)
            || Lexicon.titleModifiers.contains(opener)
        // "a professor at …", "head of …", "a primatologist at …"; "Kim Il Sung, set up …" describes nothing.
        let describes = sawTitle || (["a", "an"].contains(opener) && sawPreposition && end - comma <= 13)
        guard describes, opensLikeRole, end > comma + 1 else { return nil }
        return (String(text.text[first.range.lowerBound..<tokens[end - 1].range.upperBound]), sawTitle)
    }

    /// Agent nouns of trades and disciplines: "primatologist", "physician", "lobbyist".
    package static func isOccupation(_ word: String) -> Bool {
        word.count >= 7 && (word.hasSuffix("ologist") || word.hasSuffix("ician") || word.hasSuffix("ist"))
            && !["communist", "socialist", "nationalist", "terrorist", "tourist"].contains(word)
    }

    /// "her husband Philip", "his son, Hunter": a possessive pronoun and a kinship noun before the name.
    package static func kinBefore(_ nameStart: Int, in text: ParagraphText) -> String? {
        let tokens = text.tokens
        var position = nameStart - 1
        if position >= 0, tokens[position].text == "," { position -= 1 }
        guard position >= 1, Lexicon.kinship.contains(tokens[position].lower),
            ["his", "her", "their", "my", "our", "your"].contains(tokens[position - 1].lower)
        else { return nil }
        return String(text.text[tokens[position - 1].range.lowerBound..<tokens[position].range.upperBound])
    }

    /// "identified as Tun", "the surname Chan", "a man named Ali": words that introduce a name.
    package static func isIntroducedAsName(_ nameStart: Int, in text: ParagraphText) -> Bool {
        let tokens = text.tokens
        guard nameStart >= 1 else { return false }
        let previous = tokens[nameStart - 1].lower
        if ["surname", "nicknamed", "forename"].contains(previous) { return true }
        if previous == "named", nameStart >= 2, ["man", "woman", "boy", "girl", "person", "child", "officer", "teenager"].contains(tokens[nameStart - 2].lower) {
            return true
        }
        return previous == "as" && nameStart >= 2 && tokens[nameStart - 2].lower == "identified"
    }

    package static func relationBefore(_ nameStart: Int, in text: ParagraphText) -> String? {
        let tokens = text.tokens
        guard nameStart >= 3, tokens[nameStart - 1].text == ",", Lexicon.kinship.contains(tokens[nameStart - 2].lower),
            tokens[nameStart - 3].isPossessive, tokens[nameStart - 3].isProperCase
        else { return nil }
        return String(text.text[tokens[nameStart - 3].range.lowerBound..<tokens[nameStart - 2].range.upperBound])
    }

    private static func isProperOrAbbreviation(_ token: ParagraphText.Token) -> Bool {
        guard token.isWord, let first = token.base.first, first.isUppercase else { return false }
        return true
    }
}
