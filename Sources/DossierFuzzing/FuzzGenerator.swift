import DossierModel
import DossierIngest
import DossierMarkdown
import DossierExtract
/// A deterministic stream of hostile seed files: each input is a corpus file (or nothing) with a few
/// random mutations that real pastes, broken encodings and attackers produce. Input `n` of a given
/// `seed` is always the same bytes, so any failure can be replayed from its number alone.
public struct FuzzGenerator: Sendable {
    private let corpus: [[UInt8]]
    private let seed: UInt64

    public init(corpus: [[UInt8]], seed: UInt64) {
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.seed = seed
    }

    /// Fragments that have broken text tools before: markup, escapes, joiners and combining marks right
    /// after quotes, numbers past every integer type, date and clock forms, quote runs, chrome lines.
    static let fragments: [String] = [
        "\"", "'", "<", ">", "&", "\"\u{200D}", "\"\u{0301}", "<\u{0301}", "'\u{200D}onfocus=alert(1) x='",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "![", "](", "[x](javascript:alert(1))",
        "**", "__", "*", "`", "~~", "|", "\\", "#", "> ", "- ", "1. ", "---", "***", "=", "+", "-", "@",
        "\n", "\r", "\r\n", "\n\n", "\t", "\u{00A0}", "\u{FEFF}", "\u{202E}", "\u{2028}", "\u{0000}",
        "99999999999999999999999", "1e308", "-0", "0.000000001", "1,2,3,4,5,6", "12,345,678,901,234,567,890",
        "$", "€", "£", "%", " percent", " million", " billion", " trillion", "fold",
        "on 31 February 2019", "April 24, 2019 10:08 p.m. ET", "Wed, 24 Apr 2019 17:44 GMT", "1700 GMT",
        "1950-53", "the 1990s", "last week", "yesterday", "Thursday", "99999 years ago", "3000 weeks after",
        "“", "”", "‘", "’", "«", "»", "\" said Jane Doe.", " said Mr. Smith", "By ", "By Jane Doe and John Roe (AP)",
        "Copyright 2020", "©", "Skip to main content", "Share", "Related", "1 of 6", "Photo: A B/Getty Images",
        "Mr. ", "Dr. ", "U.S. ", "President ", "Jean-Claude Van", "O'Brien", "al-", "III",
        "Москва", "東京", "😀", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "e\u{0301}\u{0301}\u{0301}",
        "---\ntitle: x\n---\n", "---\n[", "title: \"", "http://", "https://example.org/a?b=<c>",
        // Markup for the HTML reader: broken nesting, comments, entities, charsets, JSON-LD, links.
        "<p>", "</p>", "<div class=\"article-body\">", "</div>", "<article>", "<!--", "-->", "<![CDATA[", "<br>",
        "&amp;", "&amp;lt;", "&#0;", "&#x110000;", "&#55296;", "&nbsp;", "<meta charset=\"windows-1252\">",
        "<meta charset=\"utf-16\">", "<meta property=\"og:title\" content=\"", "<time datetime=\"",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"", "<a href=\"javascript:alert(1)\">",
        "<a href=\"https://x.org/)](javascript:alert(1)\">x</a>", "<a href=\"https://x.org/\"><a href=\"https://y.org/\">",
        "<h2>", "<figure><img alt=\"", "<figcaption>", "<table><tr><td>", "<svg><script>", "<template>", "<noscript>",
    ]

    /// The file name input `index` is read under: every third input is a saved web page (`.html`), the
    /// rest are text seeds, so both readers see every kind of bytes.
    public func name(_ index: Int) -> String {
        "fuzz-\(index)" + (index % 3 == 0 ? ".html" : ".txt")
    }

    /// Input number `index`.
    public func input(_ index: Int) -> [UInt8] {
        var random = SplitMix(seed: seed &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        var bytes = random.next(below: 8) == 0 ? [] : corpus[random.next(below: corpus.count)]
        let mutations = 1 + random.next(below: 8)
        for _ in 0..<mutations {
            let position = bytes.isEmpty ? 0 : random.next(below: bytes.count + 1)
            switch random.next(below: 10) {
            case 0, 1, 2:
                let fragment = Array(Self.fragments[random.next(below: Self.fragments.count)].utf8)
                bytes.insert(contentsOf: fragment, at: position)
            case 3:
                // A long run of one fragment: quadratic code shows itself here.
                let fragment = Array(Self.fragments[random.next(below: Self.fragments.count)].utf8)
                let count = 50 + random.next(below: 2000)
                bytes.insert(contentsOf: Array([[UInt8]](repeating: fragment, count: count).joined()), at: position)
            case 4:
                guard !bytes.isEmpty else { continue }
                let end = min(bytes.count, position + random.next(below: 200))
                bytes.removeSubrange(position..<end)
            case 5:
                guard !bytes.isEmpty else { continue }
                let start = random.next(below: bytes.count)
                let end = min(bytes.count, start + 1 + random.next(below: 400))
                let piece = Array(bytes[start..<end])
                let copies = 1 + random.next(below: 20)
                bytes.insert(contentsOf: Array([[UInt8]](repeating: piece, count: copies).joined()), at: position)
            case 6:
                guard !bytes.isEmpty else { continue }
                bytes[random.next(below: bytes.count)] = UInt8(truncatingIfNeeded: random.next(below: 256))
            case 7:
                let count = 1 + random.next(below: 16)
                bytes.insert(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next(below: 256)) }, at: position)
            case 8:
                // A number of random length: integer overflows and float edge cases.
                let digits = 1 + random.next(below: 40)
                bytes.insert(contentsOf: (0..<digits).map { _ in UInt8(ascii: "0") + UInt8(random.next(below: 10)) }, at: position)
            default:
                let lineBreak: [UInt8] = [[10], [13], [13, 10], [10, 10]][random.next(below: 4)]
                bytes.insert(contentsOf: lineBreak, at: position)
            }
            if bytes.count > 1 << 20 { bytes.removeLast(bytes.count - (1 << 20)) }
        }
        return bytes
    }
}

/// SplitMix64: small, fast, and the same on every platform.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(max(bound, 1)))
    }
}
