import Foundation
import DossierModel
import DossierNames
import DossierText

/// A byline read apart: "By Jane Doe and John Roe (Reuters)", "By A, B and C | Reuters",
/// "By Jane Doe, CNN", "Written by Jane Doe, Staff Writer", "By Jane Doe 1 hour ago in World".
package struct Byline: Equatable {
    package var authors: [String] = []
    /// A wire agency credited in the byline.
    package var agency: String?
    /// An organisation credited in the byline that is not a wire agency ("CNN", "Bloomberg").
    package var organization: String?

    private static let openers = ["by: ", "by ", "written by ", "words by ", "story by ", "reporting by ", "posted by ", "from "]
    /// Jobs in parentheses that credit someone besides the writer: "Adrian Malloch (photography)".
    private static let otherCredits: Set<String> = ["photography", "photographs", "photos", "photo", "pictures", "video", "graphics", "illustration", "illustrations", "design", "data"]
    /// Words that describe a writer's job rather than name them.
    private static let roles: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "producer", "analyst",
        "chief", "senior", "special", "bureau", "team", "desk", "news", "service", "associate", "assistant",
        "political", "foreign", "national", "international", "business", "science", "health", "sports", "white",
        "house", "diplomatic", "security", "legal", "affairs", "investigative", "digital", "global", "deputy",
        "managing", "executive", "photographer", "videographer", "journalist", "intern", "fellow", "anchor", "host",
    ]
    private static let trailing = ["ago", "updated", "published", "posted", "minutes", "hours", "hour", "min", "read"]

    /// The byline of a line that is one ("By …"), or nil.
    package static func parse(_ line: String) -> Byline? {
        var trimmed = PageChrome.trim(line)
        // "ByAnna Kowalski": the space lost when the page was copied.
        if trimmed.hasPrefix("By"), trimmed.count > 3, trimmed.dropFirst(2).first?.isUppercase == true,
            trimmed.dropFirst(3).first?.isLowercase == true
        {
            trimmed.insert(" ", at: trimmed.index(trimmed.startIndex, offsetBy: 2))
        }
        // The openers are short: only the line's start is lowercased, not a whole paragraph.
        let lower = trimmed.prefix(24).lowercased()
        guard let opener = openers.first(where: { lower.hasPrefix($0) }) else { return nil }
        // "From the section US & Canada": a section label, not a credit.
        if opener == "from ", lower.hasPrefix("from the section") || lower.hasPrefix("from our ") { return nil }
        // "By Alex Heath, a deputy editor … He’s covered …": the byline is its first sentence.
        if PageChrome.wordCount(trimmed) > 30, let stop = trimmed.range(of: ". ") {
            trimmed = String(trimmed[..<stop.lowerBound])
        }
        guard PageChrome.wordCount(trimmed) <= 30 else { return nil }
        let rest = String(trimmed.dropFirst(opener.count))
        let byline = names(rest)
        return byline.authors.isEmpty && byline.agency == nil && byline.organization == nil ? nil : byline
    }

    /// A byline printed without "By": a name, then the writer's job ("Jon Henley Europe correspondent",
    /// "Larry Elliott Economics editor", "Ana Ruiz, staff writer"), as some sites set it above the date.
    package static func unmarked(_ line: String) -> Byline? {
        let trimmed = PageChrome.trim(line)
        let words = trimmed.split(separator: " ").map { String($0).trimming(.punctuationCharacters) }.filter { !$0.isEmpty }
        guard (3...9).contains(words.count), let last = words.last, roles.contains(last.lowercased()), !isRole(trimmed) else { return nil }
        // The name: the longest run of two or three words at the start that has a person's shape.
        for length in stride(from: min(3, words.count - 1), through: 2, by: -1) {
            let name = words.prefix(length).joined(separator: " ")
            let rest = words.dropFirst(length)
            guard isPersonName(name), !isPublicationName(name), !rest.isEmpty, rest.count <= 4,
                rest.dropLast().allSatisfy({ $0.first?.isUppercase == true || roles.contains($0.lowercased()) || ["of", "for", "the"].contains($0.lowercased()) })
            else { continue }
            // "Europe correspondent": the words before the job are its desk, not more of the name.
            if rest.count == 1, length == 3, !roles.contains(words[2].lowercased()), words[2].first?.isUppercase == true {
                continue
            }
            return Byline(authors: [name])
        }
        return nil
    }

    /// Reads the names after "By".
    package static func names(_ text: String) -> Byline {
        var byline = Byline()
        var body = TextCleaner.plainText(fromMarkdown: text)
        // "(Reuters)", "(AP)": an agency in parentheses.
        while let open = body.lastIndex(of: "("), let close = body[open...].firstIndex(of: ")") {
            let inside = String(body[body.index(after: open)..<close]).trimming(.whitespaces)
            if WireAgencies.contains(inside) { byline.agency = byline.agency ?? inside } else if isOrganization(inside) { byline.organization = byline.organization ?? inside }
            if otherCredits.contains(inside.lowercased()) {
                // "… and Adrian Malloch (photography)": the photographer is credited, not an author.
                let before = body[..<open]
                let start = [before.range(of: " and ", options: .backwards)?.lowerBound, before.range(of: ",", options: .backwards)?.lowerBound]
                    .compactMap { $0 }.max() ?? body.startIndex
                body.removeSubrange(start...close)
            } else {
                body.removeSubrange(open...close)
            }
        }
        // What follows a relative time or a date is not part of the byline: "1 hour ago in World".
        // "Lucas Nolan22 Dec 2016": a date run on to the name.
        body = Self.spacedDigits(body)
        // "Ahiza Garcia @ahiza_garcia", "Follow @erinwalsh": handles are not names.
        var words = body.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.hasPrefix("@") }
        while let last = words.last, ["follow", "on"].contains(last.lowercased()) { words.removeLast() }
        // "Erin Cunningham March 18 at 3:57 PM": a date glued after the name.
        if let month = words.firstIndex(where: { CalendarWords.month($0.trimming(.punctuationCharacters)) != nil && $0.first?.isUppercase == true && $0.count > 2 }),
            month >= 2, month + 1 < words.count, words[month + 1].first?.isNumber == true
        {
            words = Array(words[..<month])
        }
        if let cut = words.firstIndex(where: { trailing.contains($0.lowercased().trimming(.punctuationCharacters)) || $0.first?.isNumber == true }) {
            var end = cut
            // "1 hour ago": the number belongs to the time.
            while end > 0, words[end - 1].first?.isNumber == true { end -= 1 }
            words = Array(words[..<end])
        }
        if let month = words.firstIndex(where: { CalendarWords.month($0) != nil && $0.first?.isUppercase == true && $0.count > 3 }), month > 0,
            month + 1 < words.count, words[month + 1].first?.isNumber == true
        {
            words = Array(words[..<month])
        }
        let joined = words.joined(separator: " ")
        // Names are separated by commas, semicolons, bars, "and", "&".
        var parts: [String] = []
        for piece in joined.split(whereSeparator: { ",;|/•·".contains($0) }) {
            for part in piece.components(separatedBy: " and ").flatMap({ $0.components(separatedBy: " & ") }) {
                let clean = part.trimming(.whitespaces.union(.punctuationCharacters))
                if !clean.isEmpty { parts.append(clean) }
            }
        }
        for part in parts {
            // ", a deputy editor and author of the newsletter": a description of the writer, not a name.
            if part.first?.isLowercase == true { continue }
            if WireAgencies.contains(part) {
                byline.agency = byline.agency ?? part
            } else if isRole(part) {
                continue
            } else if isPublicationName(part) {
                byline.organization = byline.organization ?? part
            } else if isPersonName(part) {
                byline.authors.append(part)
            } else if let name = titleCasedName(part) {
                // "By ANNA KOWALSKI": a name set in capitals.
                byline.authors.append(name)
            } else if isOrganization(part) {
                byline.organization = byline.organization ?? part
            }
        }
        return byline
    }

    /// The nouns newspapers, broadcasters and news sites name themselves with: "Kansas Reflector",
    /// "The Washington Times", "Fox News". General English words, no outlet's name.
    private static let publicationNouns: Set<String> = [
        "times", "post", "news", "journal", "herald", "tribune", "press", "daily", "gazette", "observer", "monitor",
        "chronicle", "review", "magazine", "radio", "tv", "television", "network", "media", "report", "star", "sun",
        "mail", "telegraph", "express", "guardian", "independent", "standard", "reflector", "lookout", "examiner",
        "recorder", "phoenix", "current", "beacon", "bulletin", "sentinel", "courier", "dispatch", "ledger",
        "register", "record", "citizen", "leader", "enquirer", "inquirer", "mirror", "globe", "bee", "democrat",
        "republican", "free", "wire", "agency", "service", "bureau", "newsroom", "online", "digest", "weekly",
        "broadcasting", "channel", "today", "world", "hub", "insider", "voice", "voices", "statesman", "advocate",
    ]

    /// A name that ends in a publication noun ("Kansas Reflector", "USA Today"): an outlet, not a person.
    static func isPublicationName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), let last = words.last, text.first?.isUppercase == true else { return false }
        return publicationNouns.contains(last.lowercased().trimming(.punctuationCharacters))
            && words.allSatisfy { $0.first?.isUppercase == true || ["of", "the", "and"].contains($0.lowercased()) }
    }

    /// "BuzzFeed News Reporter", "Reuters Staff": a publication's name, then a writer's job; the publication.
    static func staffLine(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard (2...7).contains(words.count) else { return nil }
        for cut in stride(from: words.count - 1, through: 1, by: -1) {
            let name = words[..<cut].joined(separator: " ")
            let job = words[cut...].joined(separator: " ")
            if isRole(job), isPublicationName(name) || WireAgencies.contains(name) { return name }
        }
        return nil
    }

    /// "Staff Writer", "Chief White House Correspondent": a job, not a name.
    static func isRole(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return !words.isEmpty && words.allSatisfy { roles.contains(String($0)) || ["for", "of", "the", "at", "our", "a"].contains(String($0)) }
            && words.contains { roles.contains(String($0)) }
    }

    /// Two to five capitalised words (particles and initials allowed), no digits: a person's name.
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), words[0] != "The" else { return false }
        let particles: Set<String> = ["de", "da", "van", "von", "der", "del", "la", "le", "bin", "al", "el", "di", "du", "dos", "das"]
        return words.allSatisfy { word in
            guard let first = word.first, !word.contains(where: \.isNumber) else { return false }
            // Capitalised, not set in capitals (initials aside: "C.", "JR").
            let shaped = first.isUppercase && (word.contains(where: \.isLowercase) || word.count <= 2 || word.hasSuffix("."))
            return shaped || particles.contains(word.lowercased()) || word.lowercased().hasPrefix("al-")
        } && words.contains { $0.count > 2 }
    }

    /// "Sarah Gooding March 9, 2017 13", "Joe Wee  Monday, February 29, 2016 @ 11:10 PM UTC", "Alex Perry 1 day
    /// ago": a writer's name, then the date (or how long ago), as some sites set the byline.
    static func nameBeforeDate(_ line: String) -> String? {
        let words = line.split(separator: " ").map(String.init)
        guard (3...16).contains(words.count) else { return nil }
        for length in [3, 2] where length < words.count {
            let name = words.prefix(length).joined(separator: " ").trimming(ScalarSet(charactersIn: ",-|·• "))
            // "Joe Wee Monday, February 29": the weekday starts the date.
            if let last = name.split(separator: " ").last.map({ $0.lowercased().trimming(.punctuationCharacters) }),
                CalendarWords.weekday(last) != nil || CalendarWords.month(last) != nil
            {
                continue
            }
            let rest = words.dropFirst(length).joined(separator: " ")
            guard startsWithGivenName(name), !isPublicationName(name), !isRole(name) else { continue }
            let first = rest.trimming(ScalarSet(charactersIn: " ,-|·•")).first
            guard first?.isNumber == true || first?.isUppercase == true else { continue }
            if DateLineParser.isRelative(rest) { return name }
            if let found = DateLineParser.dates(in: rest).first, found.words.lowerBound <= 2, found.date.year != nil || found.date.hour != nil {
                return name
            }
        }
        return nil
    }

    /// A space between a lowercase letter and a digit that follows it ("Nolan22" → "Nolan 22").
    static func spacedDigits(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            if character.isNumber, previous?.isLowercase == true { result.append(" ") }
            result.append(character)
            previous = character
        }
        return result
    }

    /// "Games Editor", "Senior Writer": a line that ends with a writer's job.
    static func isJobLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let last = words.last else { return false }
        return roles.contains(last.lowercased().trimming(.punctuationCharacters)) && words.allSatisfy { $0.first?.isUppercase == true || ["of", "for", "the", "at"].contains($0.lowercased()) }
    }

    /// "Dan Goodin": a person's name shape whose first word is a given name in the open name lists.
    static func startsWithGivenName(_ text: String) -> Bool {
        guard isPersonName(text), let first = text.split(separator: " ").first else { return false }
        return NameLexicon.shared.givenName(NameLexicon.key(String(first))) != nil
    }

    /// A name set in capitals ("ANNA KOWALSKI", "JEAN-PAUL DE LA ROCHE") in title case, when it then has a
    /// person's name shape and is not a wire agency or an outlet.
    static func titleCasedName(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." } })
        else { return nil }
        let name = words.map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        }.joined(separator: " ")
        guard isPersonName(name), !isPublicationName(name), !WireAgencies.contains(text), !isRole(name) else { return nil }
        return name
    }

    /// One to four capitalised words that are not a person's name shape: "CNN", "The Washington Times".
    static func isOrganization(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let first = text.first, first.isUppercase else { return false }
        return words.count == 1 || words.allSatisfy { $0.first?.isUppercase == true || ["of", "the", "and"].contains($0.lowercased()) }
    }
}
