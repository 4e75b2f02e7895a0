import Foundation
import DossierModel
import DossierText

/// The dateline that opens a news story: `VLADIVOSTOK, Russia—`, `TOKYO (AP) --`, `LONDON (Reuters) -`,
/// `Tham Luang caves, Thailand (CNN)`, `WASHINGTON, July 1, 2013-` (a press release, with its date).
package struct Dateline: Equatable {
    package var place: String
    /// The credit in parentheses: an agency or the outlet itself ("(CNN)").
    package var credit: String?
    /// A date printed in the dateline.
    package var date: HeaderDate?
    /// The paragraph without its dateline.
    package var rest: String

    private static let dashes: [String] = ["—", "–", "--", "-", "―"]

    package static func split(_ paragraph: String) -> Dateline? {
        // The dateline ends at a dash (or, with a credit, at the closing parenthesis) within its first words.
        let head = String(paragraph.prefix(120))
        var credit: String?
        var placeEnd: String.Index?
        var restStart: String.Index?
        if let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") {
            let inside = String(head[head.index(after: open)..<close]).trimming(.whitespaces)
            // "Sen. Chris Murphy (D-Conn.) and fellow Democrats": a party and state after a name, no credit.
            let partyTag = inside.count >= 3 && inside.dropFirst().first == "-" && inside.first.map { "DRI".contains($0) } == true
            if !inside.isEmpty, inside.count <= 30, inside.first?.isUppercase == true, !inside.contains(where: \.isNumber), !partyTag {
                var after = head.index(after: close)
                while after < head.endIndex, head[after] == " " { after = head.index(after: after) }
                var dashed = false
                if let dash = dashes.first(where: { head[after...].hasPrefix($0) }) {
                    after = head.index(after, offsetBy: dash.count)
                    dashed = true
                }
                // "(CNN) A day after …", "(Reuters) - …": the story starts with a capital or after a dash.
                let nextLetter = head[after...].first { !$0.isWhitespace }
                if dashed || nextLetter?.isLowercase != true {
                    credit = inside
                    placeEnd = open
                    restStart = after
                }
            }
        }
        if placeEnd == nil {
            // "VLADIVOSTOK, Russia—" or "WASHINGTON, July 1, 2013-": an all-capital place, then a dash.
            guard let dashRange = dashes.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            let before = head[..<dashRange.lowerBound]
            let firstWord = before.split(separator: ",").first.map(String.init) ?? ""
            let letters = firstWord.filter(\.isLetter)
            let dash = String(head[dashRange])
            // "Overland Park — ": a capitalised place of a few words before a long dash will do too.
            let mixedCase = (dash == "—" || dash == "--") && before.split(separator: " ").count <= 4
                && before.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
                && head[dashRange.upperBound...].trimming(.whitespaces).first?.isUppercase == true
            guard letters.count >= 3, letters.allSatisfy(\.isUppercase) || mixedCase else { return nil }
            // A capitalised word and a hyphen alone ("NATO-led") is not a dateline.
            guard before.contains(",") || dash != "-" || head[dashRange.upperBound...].hasPrefix(" ") else { return nil }
            placeEnd = dashRange.lowerBound
            restStart = dashRange.upperBound
        }
        guard let placeEnd, let restStart else { return nil }
        var placeText = String(head[..<placeEnd]).trimming(.whitespaces.union(ScalarSet(charactersIn: ",")))
        guard !placeText.isEmpty, placeText.split(separator: " ").count <= 8, placeText.first?.isUppercase == true,
            !placeText.contains(where: { "!?\"“”".contains($0) }), Self.periodsAreAbbreviations(placeText)
        else { return nil }
        var date: HeaderDate?
        if let found = DateLineParser.publicationDate(in: placeText) {
            date = found.date
            let words = DateLineParser.words(placeText)
            // Keep the place words before the date.
            placeText = words[..<found.words.lowerBound].filter { $0 != "," }.joined(separator: " ")
        }
        let parts = placeText.split(separator: ",").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
        guard let city = parts.first, city.split(separator: " ").count <= 5 else { return nil }
        // Mixed-case places need a credit: "Tham Luang caves, Thailand (CNN)"; capitals stand alone.
        let cityIsCapitals = city.filter(\.isLetter).allSatisfy(\.isUppercase)
        let place = ([cityIsCapitals ? TextCleaner.titleCased(city) : city] + parts.dropFirst()).joined(separator: ", ")
        // `head` is a prefix of `paragraph`: the same byte offset is the same place in both.
        let offset = head.utf8.distance(from: head.startIndex, to: restStart)
        let rest = String(paragraph.utf8.dropFirst(offset)).map { $0.trimming(.whitespaces) } ?? ""
        guard !rest.isEmpty else { return nil }
        return Dateline(place: place, credit: credit, date: date, rest: rest)
    }

    /// "ANNAPOLIS, Md.", "ST. LOUIS", "WASHINGTON, D.C.": a full stop in a place only ends a short
    /// capitalised abbreviation; a sentence's full stop means this is no dateline.
    private static func periodsAreAbbreviations(_ place: String) -> Bool {
        place.split(separator: " ").allSatisfy { word in
            guard word.contains(".") else { return true }
            let bare = word.filter { $0 != "," }
            return bare.count <= 6 && bare.first?.isUppercase == true && bare.hasSuffix(".")
                && !bare.contains("..") && bare.allSatisfy { $0.isLetter || $0 == "." }
        }
    }
}
