import Foundation

/// The generated data (see `Generated/`), as newline-separated text compiled into the binary: no file
/// to find at run time, nothing to go missing when the binary is copied.
enum NameData {}

/// What open data says about a word or phrase: whether it is a given name (and how common, and for
/// whom), a place, a nationality, or an everyday English word. Loaded once, on first use; every look-up
/// is one hash of the phrase's key.
public struct NameLexicon: Sendable {
    public struct GivenName: Sendable, Hashable {
        public enum Sex: Sendable, Hashable { case male, female, either }
        public var sex: Sex
        /// 1–7: log10 of how many US births were given the name (1 for names only the international
        /// dictionary lists, which are the weakest evidence).
        public var strength: Int
    }

    public enum PlaceKind: Sendable, Hashable {
        case country, region
        /// A city, with log10 of its population (4–8).
        case city(Int)
    }

    public static let shared = NameLexicon()

    private let given: [String: GivenName]
    private let placeKinds: [String: PlaceKind]
    private let nationalityKeys: Set<String>
    private let commonRanks: [String: Int]
    /// Each given name's group of interchangeable forms (William, Bill, Billy, Will…), by index.
    private let nicknameGroups: [String: [Int]]

    private init() {
        var given: [String: GivenName] = [:]
        given.reserveCapacity(160_000)
        for line in NameData.givenNames.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let code = line[line.index(after: space)...].utf8
            guard let sexByte = code.first, let strengthByte = code.dropFirst().first else { continue }
            let sex: GivenName.Sex = sexByte == UInt8(ascii: "m") ? .male : sexByte == UInt8(ascii: "f") ? .female : .either
            given[String(line[..<space])] = GivenName(sex: sex, strength: Int(strengthByte) - 48)
        }
        self.given = given
        var places: [String: PlaceKind] = [:]
        for line in NameData.places.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let code = line[line.index(after: space)...]
            let kind: PlaceKind =
                code == "c" ? .country : code == "a" ? .region : .city(code.last.flatMap { Int(String($0)) } ?? 4)
            places[String(line[..<space])] = kind
        }
        placeKinds = places
        nationalityKeys = Set(NameData.nationalities.split(separator: "\n").map(String.init))
        var ranks: [String: Int] = [:]
        for (index, word) in NameData.commonWords.split(separator: "\n").enumerated() { ranks[String(word)] = index + 1 }
        commonRanks = ranks
        var groups: [String: [Int]] = [:]
        for (index, line) in NameData.nicknames.split(separator: "\n").enumerated() {
            for name in line.split(separator: " ") { groups[String(name), default: []].append(index) }
        }
        nicknameGroups = groups
    }

    /// The key names are looked up by: letters only, lowercase, without diacritics ("São Paulo" →
    /// "saopaulo", "O'Hare" → "ohare").
    public static func key(_ words: some Sequence<some StringProtocol>) -> String {
        var result = ""
        for word in words { appendKey(of: word, to: &result) }
        return result
    }

    public static func key(_ word: some StringProtocol) -> String {
        var result = ""
        appendKey(of: word, to: &result)
        return result
    }

    private static func appendKey(of word: some StringProtocol, to result: inout String) {
        var needsFolding = false
        for byte in word.utf8 {
            if byte >= 0x80 {
                needsFolding = true
                break
            }
        }
        if !needsFolding {
            // The letters, lowercased, gathered as bytes and appended once.
            let letters = [UInt8](unsafeUninitializedCapacity: word.utf8.count) { buffer, count in
                count = 0
                for byte in word.utf8 {
                    if byte &- 0x41 < 26 {
                        buffer[count] = byte | 0x20
                        count += 1
                    } else if byte &- 0x61 < 26 {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            result += String(decoding: letters, as: UTF8.self)
            return
        }
        let folded = String(word).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic { result.unicodeScalars.append(scalar) }
    }

    public func givenName(_ key: String) -> GivenName? { given[key] }

    public func place(_ key: String) -> PlaceKind? { placeKinds[key] }

    public func isNationality(_ key: String) -> Bool { nationalityKeys.contains(key) }

    /// The word's frequency rank among everyday English words (1 = "the"), for a lowercase word.
    public func commonRank(_ word: String) -> Int? { commonRanks[word] }

    /// True when the key is a known nickname or formal given name of a nickname group ("mick", "bill").
    public func isNickname(_ key: String) -> Bool { nicknameGroups[key] != nil }

    /// True when two given names can be one person's: the same, or forms of one name (William, Bill).
    public func areNicknames(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        guard let left = nicknameGroups[lhs], let right = nicknameGroups[rhs] else { return false }
        return left.contains { right.contains($0) }
    }
}
