import DossierModel
import DossierText
/// Recognises the text that web and print pages wrap around an article: menus, copyright lines,
/// comment policies, "click to" prompts, related-article links. General phrases only, never outlet names.
package enum SiteChrome {
    private static let phrases = [
        "printable page", "return to menu", "click to ", "click here", "comment policy", "welcomes your comments",
        "all rights reserved", "powered by", "related article", "related articles", "sign up for", "subscribe to",
        "share this article", "share this story", "follow us on", "terms of use", "privacy policy",
        "reprint permission", "view comments", "leave a comment", "newsletter", "skip to content",
        "skip to main content", "advertisement", "story continues below",
    ]
    private static let leading = TextPattern(
        "^(?:copyright\\b|©|\\(c\\)\\s*\\d{4}|related\\s*:|see also\\s*:|also read\\s*:|read more\\s*:|more from\\b|tags?\\s*:)",
        caseInsensitive: true)

    /// True for a line or block that is page furniture rather than article text.
    package static func isChrome(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
            .trimmingCharacters(in: CharacterSet(charactersIn: "*_#>-–— "))
        guard !trimmed.isEmpty else { return false }
        let words = trimmed.split(whereSeparator: \.isWhitespace).count
        guard words <= 25 else { return false }
        if leading.matches(trimmed) { return true }
        let lower = trimmed.lowercased()
        if lower.contains("©") { return true }
        return phrases.contains { lower.contains($0) }
    }
}

import Foundation
