import DossierModel
import DossierNames
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
    package var honorificTitle: String?
    /// A title phrase before the name ("Russian Foreign Minister") or an appositive after it.
    package var roles: [String] = []
    /// Evidence of a person: titles, speech verbs, kinship.
    package var personCues = 0
    /// Evidence of a place or organisation: "the", a publication noun, an organisation word inside.
    package var otherCues = 0
    /// An organisation or place word inside the phrase itself.
    package var hasNonPersonWord = false
    /// Introduced as a person in so many words (a title, "her husband", "identified as"): a single name
    /// that no full name explains is still a person.
    package var namedAlone = false

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
            // "H.R. McMaster", "J.R.R. Tolkien": initials run together before a surname, a space apart
            // ("J.P.Morgan", written solid, is a firm).
            let initialsBefore = { (at: Int) in
                tokens[at].isInitials && at + 1 < tokens.count && tokens[at + 1].isProperCase && !tokens[at + 1].isInitial
                    && tokens[at].range.upperBound < tokens[at + 1].range.lowerBound
            }
            let startsWithInitials = initialsBefore(index)
            guard tokens[index].isProperCase || startsWithInitials else {
                // "Messrs. Trump and Kim": the honorific carries over "and" and commas.
                if pluralHonorific, tokens[index].lower != "and", tokens[index].text != "," { pluralHonorific = false }
                index += 1
                continue
            }
            var end = index
            while end < tokens.count {
                let token = tokens[end]
                if token.isProperCase {
                    // "Lindsey Olin GrahamIntel": a capitalised word run on to the name with no space starts another phrase.
                    if end > index, tokens[end - 1].isWord, token.range.lowerBound == tokens[end - 1].range.upperBound { break }
                    end += 1
                    if token.isPossessive { break }
                } else if end > index, token.isWord, token.base.count >= 2, !token.base.contains(where: \.isLowercase), !token.isInitials,
                    token.range.lowerBound == tokens[end - 1].range.upperBound
                {
                    // "TrumpGOP": capitals run on to a name (split by the tokeniser) are not part of it.
                    break
                } else if Lexicon.nameParticles.contains(token.base), end > index, end + 1 < tokens.count,
                    tokens[end + 1].isProperCase
                {
                    end += 1
                } else if end > index, token.isParticleJoined {
                    // "Bashar al-Assad", "Abdel Fattah el-Sisi": a particle joined to the surname by a hyphen.
                    end += 1
                    if token.isPossessive { break }
                } else if initialsBefore(end) {
                    end += 1
                } else {
                    break
                }
            }
            // "Joe Manchin Joseph (Joe) Manchin": the widget's formal name starts with the word before the
            // nickname in parentheses, which repeats the name's first word; "Robert Mueller Robert (Bob) Swan
            // Mueller": or the word before the nickname repeats the name's first word itself.
            if end - index >= 3, end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")",
                tokens[index..<(end - 1)].contains(where: { $0.text == tokens[end + 1].text }) || tokens[end - 1].base == tokens[index].base
            {
                end -= 1
            }
            // "Susan Collins Susan Margaret Collins", "Trump Donald John Trump": a name and then the same
            // person's full name, as a scraped link widget prints it; each is read on its own.
            if end - index >= 3 {
                // The repeated word nearest the end is the surname: the first name ends where it first stands.
                var best: (first: Int, again: Int)?
                for first in index..<(end - 2) where tokens[first].isWord {
                    // ("Nancy Pelosi Nancy Pelosi’s": the possessive ending does not make another word.)
                    if let again = (first + 2..<end).last(where: { tokens[$0].base == tokens[first].base }), again > (best?.again ?? -1) {
                        best = (first, again)
                    }
                }
                if let best { end = best.first + 1 }
            }
            // "Rio Thursday", "Britain June": a weekday or month ends the name before it.
            var runEnd = end
            while runEnd > index + 1, CalendarWords.weekday(tokens[runEnd - 1].lower) != nil
                || (CalendarWords.month(tokens[runEnd - 1].lower) != nil
                    && (tokens[runEnd - 1].base.count > 3 || (runEnd < tokens.count && tokens[runEnd].text.first?.isNumber == true)))
            {
                runEnd -= 1
            }
            let run = index..<runEnd
            index = end
            // "Michael (Mike) Richard Pompeo" after "Mike Pompeo": the rest of a link widget's formal name
            // after the nickname in parentheses repeats a person already named; it is no one new.
            if run.lowerBound >= 4, tokens[run.lowerBound - 1].text == ")", tokens[run.lowerBound - 3].text == "(",
                tokens[run.lowerBound - 2].isProperCase, tokens[run.lowerBound - 4].isProperCase,
                tokens[run.lowerBound - 4].range.upperBound < tokens[run.lowerBound - 3].range.lowerBound
            {
                continue
            }
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
        // Capitalised function words ("The", "But", "Thursday’s", "I’m") are not part of a name, but a
        // capitalised modal inside a sentence is a surname ("defended her record, May said").
        let isSurnameModal = run.count == 1 && Lexicon.modalSurnames.contains(tokens[start].lower) && start > 0
            && tokens[start - 1].sentence == tokens[start].sentence
            && ((tokens[start - 1].isWord && !Lexicon.functionWords.contains(tokens[start - 1].lower))
                || [",", "”", "\"", "’"].contains(tokens[start - 1].text))
            && (start - 1 == 0 || tokens[start - 1].text == "," || tokens[start - 1].isWord
                || start + 1 < tokens.count && Lexicon.speechVerbs.contains(tokens[start + 1].lower))
        while !isSurnameModal, start < run.upperBound,
            Lexicon.functionWords.contains(tokens[start].lower) || Lexicon.isContraction(tokens[start].lower)
        {
            start += 1
        }
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
                if Lexicon.pluralHonorifics.contains(word.lowercased().trimming(["."])) {
                    pluralHonorific = true
                }
            } else if Lexicon.isTitle(word), (NameLexicon.shared.givenName(NameLexicon.key(word))?.strength ?? 0) < 5 {
                // "economist Dean Baker": a title that is also a very common given name is the name.
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
                // Not when the phrase seen alone is the start of this person's name ("Andres Manuel").
                let startsAName = NameEvidence.isStrongGivenName(prefix[0], lexicon: NameLexicon.shared)
                if (length >= 2 && !startsAName && knownPhrases.contains(PersonKey.make(prefix))) || (length == 1 && isPlaceLike) {
                    words.removeFirst(length)
                    nameStart += length
                    break
                }
            }
        }
        // All-capital words ("PHOTO", "DPRK") are acronyms or shouting, not names.
        guard tokens[nameStart..<run.upperBound].allSatisfy({ $0.base.contains(where: \.isLowercase) || $0.isInitial || $0.isInitials }),
            words.contains(where: { $0.count > 2 })
        else { return nil }
        // Descriptions before a name: a nationality ("Liberian"), an adjective made with a hyphen
        // ("New Jersey-born", "Brexit-supporting") and an everyday word ("Swimmer", "Following").
        let lexicon = NameLexicon.shared
        if !hasHonorific, titleIndex == nil {
            let cut = NameEvidence.descriptionLength(words, lexicon: lexicon)
            if cut > 0 {
                guard cut < words.count else { return nil }
                words.removeFirst(cut)
                nameStart += cut
            }
        }
        guard words.contains(where: { $0.count > 2 }) else { return nil }
        // "Nancy Pelosi Overnight Health Care": a name run into a headline or a newsletter's name (two or more
        // everyday words in capitals after a given name and a surname that is not one) ends at the surname.
        var thingName = false
        if words.count >= 4, NameEvidence.isStrongGivenName(words[0], lexicon: lexicon) {
            var tail = words.count
            while tail > 2, NameEvidence.isEverydayWord(words[tail - 1], lexicon: lexicon),
                lexicon.givenName(NameLexicon.key(words[tail - 1])) == nil, !Lexicon.isTitle(words[tail - 1])
            {
                tail -= 1
            }
            if words.count - tail >= 2, !NameEvidence.isEverydayWord(words[tail - 1], lexicon: lexicon) {
                // "the Dow Jones Industrial Average", "the Anne Arundel Medical Center": after "the", the
                // everyday words end a thing's name, and the words before them name no person.
                thingName = nameStart > 0 && tokens[nameStart - 1].lower == "the"
                words.removeLast(words.count - tail)
            }
        }
        // "Mr. Vice President", "Madam Speaker": a title used to address someone names no one.
        if words.allSatisfy({ Lexicon.isTitle($0) || Lexicon.titleModifiers.contains($0.lowercased()) }) { return nil }

        let nameRange = nameStart..<(nameStart + words.count)
        let first = tokens[nameStart]
        var candidate = NameCandidate(
            article: article, paragraph: paragraph, tokenRange: nameRange, words: words, sentence: first.sentence,
            insideQuote: first.insideQuote)
        candidate.hasHonorific = hasHonorific
        if hasHonorific, let titleIndex {
            candidate.honorificTitle = Lexicon.honorificTitles[tokens[titleIndex].base.lowercased().trimming(["."])]
        }
        candidate.hasNonPersonWord = words.contains { Lexicon.nonPersonWords.contains($0.lowercased()) }
            || WireAgencies.contains(words.joined(separator: " "))
        let evidence = NameEvidence.weigh(words, lexicon: lexicon)
        candidate.hasNonPersonWord = candidate.hasNonPersonWord || evidence.isPlaceOrNationality || thingName
        candidate.personCues += evidence.personCues
        candidate.otherCues += evidence.otherCues
        var titled = titleIndex != nil && !hasHonorific
        if let role = RoleFinder.titleBefore(nameStart, in: text) {
            // "President Calderon", "Prince Philip": a title right before the name.
            titled = titled || (role.isPersonTitle && nameStart >= 1 && Lexicon.isTitle(tokens[nameStart - 1].base)
                && tokens[nameStart - 1].isProperCase)
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
        // "her husband, Philip", "identified as Tun", "the surname Chan": a person named by one word.
        if let relation = RoleFinder.kinBefore(nameStart, in: text) {
            candidate.roles.append(relation)
            candidate.personCues += 3
            candidate.namedAlone = true
        } else if RoleFinder.isIntroducedAsName(nameStart, in: text) {
            candidate.personCues += 3
            candidate.namedAlone = true
        } else if titled, (lexicon.commonRank(words[0].lowercased()) ?? .max) > 5_000 {
            // "President Trump", "Governor Abbott": a title before a word that is not a very common one.
            candidate.namedAlone = true
        }
        if hasHonorific { candidate.personCues += 3 }
        scoreContext(&candidate, runStart: run.lowerBound, nameRange: nameRange, text: text)
        return candidate
    }

    private static let locativePrepositions: Set<String> = [
        "in", "at", "near", "across", "into", "outside", "inside", "throughout", "within", "via", "through", "around",
        "toward", "towards", "over", "beyond", "along",
    ]

    /// "and George Bush Intercontinental airports": after `and` at `index`, capitalised words and then a
    /// plural kind of place or body that the phrase before `and` shares.
    private static func isSharedPluralTail(after index: Int, in tokens: [ParagraphText.Token]) -> Bool {
        var cursor = index + 1
        var capitalised = 0
        while cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isProperCase || tokens[cursor].base.count == 2 && tokens[cursor].base.hasSuffix(".") {
            capitalised += 1
            cursor += 1
        }
        guard capitalised >= 1, capitalised <= 4, cursor < tokens.count, tokens[cursor].isWord else { return false }
        let word = tokens[cursor].lower
        return word.count > 4 && word.hasSuffix("s") && Lexicon.nonPersonTails.contains(String(word.dropLast()))
    }

    /// Words before a picture's credit: "Photo:", "Credit:", "Image/".
    private static let creditWords: Set<String> = ["photo", "photos", "photograph", "photographs", "credit", "image", "images", "picture"]

    /// The words around the phrase: "the", a publication noun, a speech verb, kinship.
    private static func scoreContext(
        _ candidate: inout NameCandidate, runStart: Int, nameRange: Range<Int>, text: ParagraphText
    ) {
        let tokens = text.tokens
        let previous = runStart > 0 ? tokens[runStart - 1] : nil
        let nextIndex = nameRange.upperBound
        let next = nextIndex < tokens.count ? tokens[nextIndex] : nil
        let last = tokens[nameRange.upperBound - 1]
        // "a “Kelly File” interview": a phrase that is a whole quotation is the title of a work or show.
        if let previous, ["“", "\""].contains(previous.text), nextIndex < tokens.count, ["”", "\""].contains(tokens[nextIndex].text) {
            candidate.hasNonPersonWord = true
        }
        // "(Photo: Paul Sancya, AP)", "Photo by …", "Credit: …": a picture's credit names no one in the story.
        if runStart >= 2, [":", "/"].contains(tokens[runStart - 1].text), Self.creditWords.contains(tokens[runStart - 2].lower) {
            candidate.hasNonPersonWord = true
        }
        if let previous, previous.lower == "by", runStart >= 2, Self.creditWords.contains(tokens[runStart - 2].lower) {
            candidate.hasNonPersonWord = true
        }
        if let previous, previous.isWord {
            let word = previous.lower
            if word == "the" || word == "a" || word == "an" { candidate.otherCues += 2 }
            if Lexicon.nonPersonHeads.contains(word) {
                candidate.otherCues += 3
                // "the satirical magazine Charlie Hebdo", "the aircraft carrier Charles de Gaulle": a common noun
                // in lowercase right before the name says what it names.
                if previous.startsLowercase, !previous.isPossessive { candidate.hasNonPersonWord = true }
            }
            if locativePrepositions.contains(word) { candidate.otherCues += 1 }
            if Lexicon.speechVerbs.contains(word) || word == "by" { candidate.personCues += 1 }
        }
        if runStart < nameRange.lowerBound, tokens[nameRange.lowerBound - 1].lower == "the" {
            candidate.otherCues += 2
        }
        // "Karen Clark & Co.", "Procter & Gamble": a firm's name.
        if next?.text == "&" || previous?.text == "&" { candidate.otherCues += 4 }
        if let next, next.isWord, !last.isPossessive {
            let word = next.lower
            // "… Park", "… airports": a kind of place or body after the name, singular or plural.
            if Lexicon.nonPersonTails.contains(word) || (word.count > 4 && word.hasSuffix("s") && Lexicon.nonPersonTails.contains(String(word.dropLast()))) {
                candidate.otherCues += 2
            } else if word == "and", isSharedPluralTail(after: nextIndex, in: tokens) {
                // "William P. Hobby and George Bush Intercontinental airports": the tail names both.
                candidate.otherCues += 2
            }
            // "Gazprom Neft PJSC", "Acme Holdings Inc.": a company's legal form after the name.
            if Lexicon.companyForms.contains(word.trimming(["."])) {
                candidate.otherCues += 4
                candidate.hasNonPersonWord = true
            }
            if Lexicon.speechVerbs.contains(word) { candidate.personCues += 1 }
        }
        if last.isPossessive, let next, next.isWord, Lexicon.kinship.contains(next.lower) {
            candidate.personCues += 2
        }
    }
}

/// What the open-data lexicon says about a capitalised phrase: a given name first is a person's sign;
/// a place or nationality, a place before other words ("Chicago O'Hare"), or nothing but everyday
/// English words ("Play Video", "Peace Report") is a sign of something else.
package enum NameEvidence {
    package struct Weight {
        var personCues = 0
        var otherCues = 0
        /// The whole phrase is a place or a nationality ("Sierra Leone", "Puerto Rican").
        var isPlaceOrNationality = false
    }

    /// Regional adjectives that nationality lists leave out: general English.
    private static let regional: Set<String> = [
        "african", "asian", "european", "american", "latin", "arab", "hispanic", "caribbean", "nordic",
        "scandinavian", "balkan", "baltic", "slavic", "western", "eastern", "northern", "southern", "central",
        "middle", "pacific", "atlantic", "mediterranean", "indigenous", "native", "aboriginal", "jewish",
        "muslim", "christian", "catholic", "protestant", "sunni", "shiite", "shia", "kurdish", "palestinian",
        "tamil", "sikh", "hindu", "buddhist", "orthodox",
    ]

    /// A given name that is evidence of a person: common enough as a name, and not mainly an everyday word
    /// (unless very common as a name: "Will", "Mark", "Rose").
    package static func isStrongGivenName(_ word: String, lexicon: NameLexicon) -> Bool {
        let key = NameLexicon.key(word)
        guard let given = lexicon.givenName(key), given.strength >= 3 else { return false }
        // "Brazil", "Texas": a place first is a given name only when it is a common one ("Jordan", "Austin").
        if let place = lexicon.place(key), given.strength < 4 {
            if case .city(let size) = place, size < 5 {} else { return false }
        }
        if let rank = lexicon.commonRank(word.lowercased()), given.strength < 4 || rank < 200 && given.strength < 5 { return false }
        return true
    }

    private static func isNationality(_ word: String, lexicon: NameLexicon) -> Bool {
        let key = NameLexicon.key(word)
        return lexicon.isNationality(key) || regional.contains(key)
    }

    static func isEverydayWord(_ word: String, lexicon: NameLexicon) -> Bool {
        let lower = word.lowercased()
        guard let rank = lexicon.commonRank(lower) else {
            // "Brexit-supporting", "Jersey-born": a hyphenated adjective whose last part is an ordinary word.
            if let hyphen = lower.lastIndex(of: "-"), lower[lower.index(after: hyphen)...].count >= 3,
                lexicon.commonRank(String(lower[lower.index(after: hyphen)...])) != nil
            {
                return true
            }
            return false
        }
        return rank <= 30_000
    }

    /// How many leading words describe rather than name: nationalities, hyphenated adjectives and everyday
    /// words that are not strong given names. The count of all words means the phrase names no one.
    package static func descriptionLength(_ words: [String], lexicon: NameLexicon) -> Int {
        var cut = 0
        var sawNationality = false
        while cut < words.count {
            let word = words[cut]
            if Lexicon.nameParticles.contains(word.lowercased()) { break }
            if isNationality(word, lexicon: lexicon) {
                sawNationality = true
            } else if word.utf8.contains(UInt8(ascii: "-")), let last = word.split(separator: "-").last, last.first?.isLowercase == true,
                isEverydayWord(String(last), lexicon: lexicon) || last.hasSuffix("ed") || last.hasSuffix("ing")
            {
                // "Jersey-born", "Brexit-supporting": everything up to here describes.
            } else if isEverydayWord(word, lexicon: lexicon), (lexicon.givenName(NameLexicon.key(word))?.strength ?? 0) < 2,
                !Lexicon.isTitle(word)
            {
                // An everyday word before an unknown one ("Swimmer Lochte"); a phrase of nothing but
                // everyday words is weighed whole instead.
                let rest = words[(cut + 1)...]
                guard !rest.isEmpty, !rest.allSatisfy({ isEverydayWord($0, lexicon: lexicon) }) else { break }
            } else {
                break
            }
            cut += 1
        }
        // "Puerto Rican", "African American": a phrase of nationality words names no one.
        if sawNationality, cut < words.count, words[cut...].allSatisfy({ isNationality($0, lexicon: lexicon) }) { return words.count }
        // "New Jersey-born Lauren Hernandez": a place before the hyphenated adjective goes with it.
        if cut == 0, let hyphenated = words.firstIndex(where: { word in
            word.utf8.contains(UInt8(ascii: "-")) && word.split(separator: "-").last.map { $0.first?.isLowercase == true && ($0.hasSuffix("ed") || $0.hasSuffix("born") || $0.hasSuffix("based") || $0.hasSuffix("ing")) } == true
        }), hyphenated + 1 < words.count {
            return hyphenated + 1
        }
        return cut
    }

    package static func weigh(_ words: [String], lexicon: NameLexicon) -> Weight {
        var weight = Weight()
        let real = words.filter { !($0.count == 2 && $0.hasSuffix(".")) }
        guard let first = real.first else { return weight }
        let whole = NameLexicon.key(real)
        var isPlace = lexicon.place(whole) != nil
        // One word that is a small town's name and a given name or surname ("Kim") is not a place by itself.
        if real.count == 1, let kind = lexicon.place(whole) {
            if case .city(let size) = kind, size < 5 { isPlace = false }
            if (lexicon.givenName(whole)?.strength ?? 0) >= 3, case .city = kind { isPlace = false }
        }
        if isPlace || lexicon.isNationality(whole) || real.allSatisfy({ isNationality($0, lexicon: lexicon) }) {
            weight.isPlaceOrNationality = true
            return weight
        }
        // "Hong Kongers", "New Yorkers": the people of a place.
        if let last = real.last, real.count >= 2 {
            for suffix in ["ers", "ians", "ans", "ites", "ese"] where last.hasSuffix(suffix) && last.count > suffix.count + 2 {
                let stem = String(last.dropLast(suffix.count))
                if lexicon.place(NameLexicon.key(real.dropLast() + [stem])) != nil {
                    weight.isPlaceOrNationality = true
                    return weight
                }
            }
        }
        // "North Carolina Republican", "Texas Democrat": a place, then a party's member, names no one.
        if real.count >= 2, let last = real.last, ["republican", "republicans", "democrat", "democrats"].contains(last.lowercased()),
            lexicon.place(NameLexicon.key(real.dropLast())) != nil || lexicon.place(NameLexicon.key(Array(real.dropLast().suffix(1)))) != nil
        {
            weight.isPlaceOrNationality = true
            return weight
        }
        var givenFirst = isStrongGivenName(first, lexicon: lexicon)
        // "Boston Marathon", "Houston Chronicle": a large city that is also a less common given name, before
        // nothing but everyday words, is the city.
        // "Virginia Tech", "Georgia Tech": so is a state or country that is a given name, before very common words.
        if givenFirst, real.count >= 2, let place = lexicon.place(NameLexicon.key(first)) {
            let rest = real.dropFirst()
            let namesNothing = rest.allSatisfy { lexicon.givenName(NameLexicon.key($0)) == nil }
            switch place {
            case .city(let size) where size >= 5 && (lexicon.givenName(NameLexicon.key(first))?.strength ?? 0) < 5:
                if namesNothing, rest.allSatisfy({ isEverydayWord($0, lexicon: lexicon) }) { givenFirst = false }
            case .country, .region:
                if namesNothing, rest.allSatisfy({ (lexicon.commonRank($0.lowercased()) ?? .max) <= 3_000 }) { givenFirst = false }
            default:
                break
            }
        }
        // "West African", "Latin American": a nationality word last, after no given name.
        if !givenFirst, real.count >= 2, let last = real.last, isNationality(last, lexicon: lexicon) {
            weight.isPlaceOrNationality = true
            return weight
        }
        if givenFirst { weight.personCues += 2 }
        if !givenFirst {
            // "Chicago O'Hare", "Tennessee House Republicans": a place, then other words.
            for length in stride(from: real.count - 1, through: 1, by: -1) {
                if let kind = lexicon.place(NameLexicon.key(real.prefix(length))) {
                    if case .city(let size) = kind, size < 5, length == 1 { continue }
                    // "Vladimir Putin": a city that is also a given name is the name.
                    if length == 1, case .city = kind, (lexicon.givenName(NameLexicon.key(first))?.strength ?? 0) >= 3 { continue }
                    // "Sal Guatieri" (Sal, a province), "Washington Dulles": a province that is also a given name
                    // before a word that is no place or everyday word is only a weak sign either way.
                    if length == 1, case .region = kind, (lexicon.givenName(NameLexicon.key(first))?.strength ?? 0) >= 3,
                        real.count == 2, let last = real.last, !isEverydayWord(last, lexicon: lexicon), lexicon.place(NameLexicon.key(last)) == nil
                    {
                        weight.otherCues += 1
                        break
                    }
                    weight.otherCues += 3
                    break
                }
            }
            // Nothing but everyday words in title case: "Play Video", "Disease Control".
            // Not a nickname before a rarer word: "Mick Lynch", "Bob Marsh".
            let nicknamed = real.count == 2 && lexicon.isNickname(NameLexicon.key(first))
                && (real.last.flatMap { lexicon.commonRank($0.lowercased()) } ?? .max) > 2_000
            if !nicknamed, real.allSatisfy({ isEverydayWord($0, lexicon: lexicon) }) { weight.otherCues += 4 }
        }
        // "Real Madrid", "Borussia Dortmund": a word that is no given name, then a large city or a country
        // (a club or a firm named for its home).
        let firstKey = NameLexicon.key(first)
        let noGivenName = lexicon.givenName(firstKey) == nil && !lexicon.isNickname(firstKey)
        if real.count >= 2, !givenFirst, let last = real.last, let kind = lexicon.place(NameLexicon.key(last)) {
            switch kind {
            case .country: weight.otherCues += 3
            case .city(let size) where size >= 5: weight.otherCues += 3
            // A region after a word that is no given name at all ("Breitbart Texas").
            case .region where noGivenName: weight.otherCues += 3
            default: break
            }
        }
        // "Le Monde", "El Universal", "Die Zeit": a foreign article and one word, a title more often than a name.
        if real.count == 2, ["le", "la", "les", "el", "il", "lo", "los", "las", "die", "der", "das", "het"].contains(first.lowercased()) {
            weight.otherCues += 2
        }
        // "Hellenic Train", "Deutsche Bank": a word that is no given name, then a common noun.
        if real.count == 2, !givenFirst, noGivenName, let last = real.last,
            let rank = lexicon.commonRank(last.lowercased()), rank <= 10_000
        {
            weight.otherCues += 3
        }
        // "Griffith Park", "Yarnell Hill": a word for a kind of place at the end (also a surname: weighed).
        if let last = real.last, real.count >= 2, Lexicon.placeTails.contains(last.lowercased()) { weight.otherCues += 2 }
        // "… Republicans", "… Kongers": a plural everyday noun or a people's name at the end.
        if let last = real.last, real.count >= 2, last.hasSuffix("s"), last.count > 4 {
            let singular = String(last.lowercased().dropLast())
            if lexicon.commonRank(singular) != nil && lexicon.commonRank(last.lowercased()) != nil { weight.otherCues += 2 }
        }
        return weight
    }
}
