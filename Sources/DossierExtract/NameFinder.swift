import DossierModel
import DossierText
/// A capitalised name-like phrase found in a paragraph, with the evidence around it for or against
/// its being a person.
package struct NameCandidate {
    package var article: Int
    package var paragraph: Int
    /// Token indices of the name itself (titles and honorifics removed).
    package var tokenRange: Range<Int>
    package var words: [String]
    package var sentence: Int
    package var insideQuote: Bool
    /// Preceded by an honorific ("Mr.", "Gov.") or a plural one ("Messrs. Trump and Kim").
    package var hasHonorific = false
    /// A title phrase before the name ("Russian Foreign Minister") or an appositive after it.
    package var roles: [String] = []
    /// Evidence of a person: titles, speech verbs, kinship.
    package var personCues = 0
    /// Evidence of a place or organisation: "the", a publication noun, an organisation word inside.
    package var otherCues = 0
    /// An organisation or place word inside the phrase itself.
    package var hasNonPersonWord = false

    package var key: String { PersonKey.make(words) }
    package var display: String { words.joined(separator: " ") }
    package var isSingleWord: Bool { words.filter { !($0.count == 2 && $0.hasSuffix(".")) }.count == 1 }
}


import Foundation

/// Finds name candidates in one paragraph: runs of capitalised words, split from the titles before them,
/// with the clues that say whether they are people.
package enum NameFinder {
    package static func candidates(in text: ParagraphText, article: Int, paragraph: Int, knownPhrases: Set<String>)
        -> [NameCandidate]
    {
        let tokens = text.tokens
        var candidates: [NameCandidate] = []
        var index = 0
        var pluralHonorific = false
        while index < tokens.count {
            guard tokens[index].isProperCase else {
                // "Messrs. Trump and Kim": the honorific carries over "and" and commas.
                if pluralHonorific, tokens[index].lower != "and", tokens[index].text != "," { pluralHonorific = false }
                index += 1
                continue
            }
            var end = index
            while end < tokens.count {
                let token = tokens[end]
                if token.isProperCase {
                    end += 1
                    if token.isPossessive { break }
                } else if Lexicon.nameParticles.contains(token.base), end > index, end + 1 < tokens.count,
                    tokens[end + 1].isProperCase
                {
                    end += 1
                } else {
                    break
                }
            }
            let run = index..<end
            index = end
            guard var candidate = analyse(run, in: text, article: article, paragraph: paragraph,
                knownPhrases: knownPhrases, pluralHonorific: &pluralHonorific)
            else { continue }
            if pluralHonorific { candidate.hasHonorific = true }
            candidates.append(candidate)
        }
        return candidates
    }

    private static func analyse(
        _ run: Range<Int>, in text: ParagraphText, article: Int, paragraph: Int, knownPhrases: Set<String>,
        pluralHonorific: inout Bool
    ) -> NameCandidate? {
        let tokens = text.tokens
        var start = run.lowerBound
        // Capitalised function words ("The", "But", "Thursday’s") are not part of a name.
        while start < run.upperBound, Lexicon.functionWords.contains(tokens[start].lower) { start += 1 }
        guard start < run.upperBound else { return nil }
        var hasHonorific = false
        var titleIndex: Int?
        // "Russian President" alone, or "Kremlin leader": a title with no name after it.
        if Lexicon.isTitle(tokens[run.upperBound - 1].base),
            !(start..<(run.upperBound - 1)).contains(where: { Lexicon.isTitle(tokens[$0].base) || Lexicon.isHonorific(tokens[$0].base) })
        {
            return nil
        }
        for position in start..<(run.upperBound - 1) {
            let word = tokens[position].base
            if Lexicon.isHonorific(word) {
                titleIndex = position
                hasHonorific = true
                if Lexicon.pluralHonorifics.contains(word.lowercased().trimmingCharacters(in: ["."])) {
                    pluralHonorific = true
                }
            } else if Lexicon.isTitle(word) {
                titleIndex = position
                hasHonorific = false
            }
        }
        var nameStart = (titleIndex ?? (start - 1)) + 1
        guard nameStart < run.upperBound else { return nil }
        var words = tokens[nameStart..<run.upperBound].map(\.base)
        // "North Korea Stephen E. Biegun": a phrase seen on its own elsewhere is not part of the name.
        if words.count >= 3 {
            for length in stride(from: words.count - 2, through: 1, by: -1) {
                let prefix = Array(words.prefix(length))
                let isPlaceLike = prefix.contains { Lexicon.nonPersonWords.contains($0.lowercased()) }
                if (length >= 2 && knownPhrases.contains(PersonKey.make(prefix))) || (length == 1 && isPlaceLike) {
                    words.removeFirst(length)
                    nameStart += length
                    break
                }
            }
        }
        // All-capital words ("PHOTO", "DPRK") are acronyms or shouting, not names.
        guard words.allSatisfy({ $0.contains(where: \.isLowercase) || ($0.count == 2 && $0.hasSuffix(".")) }),
            words.contains(where: { $0.count > 2 })
        else { return nil }

        let nameRange = nameStart..<run.upperBound
        let first = tokens[nameStart]
        var candidate = NameCandidate(
            article: article, paragraph: paragraph, tokenRange: nameRange, words: words, sentence: first.sentence,
            insideQuote: first.insideQuote)
        candidate.hasHonorific = hasHonorific
        candidate.hasNonPersonWord = words.contains { Lexicon.nonPersonWords.contains($0.lowercased()) }
            || WireAgencies.contains(words.joined(separator: " "))
        if let role = RoleFinder.titleBefore(nameStart, in: text) {
            candidate.roles.append(role.text)
            if role.isPersonTitle { candidate.personCues += 2 }
        }
        if let role = RoleFinder.appositiveAfter(nameRange, in: text) {
            candidate.roles.append(role.text)
            if role.isOccupation { candidate.personCues += 2 }
        }
        if let relation = RoleFinder.relationBefore(nameStart, in: text) {
            candidate.roles.append(relation)
            candidate.personCues += 2
        }
        if hasHonorific { candidate.personCues += 3 }
        scoreContext(&candidate, runStart: run.lowerBound, nameRange: nameRange, text: text)
        return candidate
    }

    private static let locativePrepositions: Set<String> = [
        "in", "at", "near", "across", "into", "outside", "inside", "throughout", "within", "via", "through", "around",
        "toward", "towards", "over", "beyond", "along",
    ]

    /// The words around the phrase: "the", a publication noun, a speech verb, kinship.
    private static func scoreContext(
        _ candidate: inout NameCandidate, runStart: Int, nameRange: Range<Int>, text: ParagraphText
    ) {
        let tokens = text.tokens
        let previous = runStart > 0 ? tokens[runStart - 1] : nil
        let nextIndex = nameRange.upperBound
        let next = nextIndex < tokens.count ? tokens[nextIndex] : nil
        let last = tokens[nameRange.upperBound - 1]
        if let previous, previous.isWord {
            let word = previous.lower
            if word == "the" || word == "a" || word == "an" { candidate.otherCues += 2 }
            if Lexicon.nonPersonHeads.contains(word) { candidate.otherCues += 3 }
            if locativePrepositions.contains(word) { candidate.otherCues += 1 }
            if Lexicon.speechVerbs.contains(word) || word == "by" { candidate.personCues += 1 }
        }
        if runStart < nameRange.lowerBound, tokens[nameRange.lowerBound - 1].lower == "the" {
            candidate.otherCues += 2
        }
        if let next, next.isWord, !last.isPossessive {
            let word = next.lower
            if Lexicon.nonPersonTails.contains(word) { candidate.otherCues += 2 }
            if Lexicon.speechVerbs.contains(word) { candidate.personCues += 1 }
        }
        if last.isPossessive, let next, next.isWord, Lexicon.kinship.contains(next.lower) {
            candidate.personCues += 2
        }
    }
}
