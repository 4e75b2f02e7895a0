import DossierModel
import Foundation

/// A compiled regular expression with a Swift-string interface; compiled once, shared across threads.
package struct TextPattern: @unchecked Sendable {
    /// One match: the whole range and each capture group (nil when the group did not take part).
    package struct Match {
        package let range: Range<String.Index>
        let groups: [Substring?]

        package var text: Substring { groups[0] ?? "" }

        package func group(_ index: Int) -> String? {
            guard index < groups.count, let value = groups[index] else { return nil }
            return String(value)
        }

    }

    private let expression: NSRegularExpression

    /// Patterns are compile-time constants; a bad one is a programming error caught by the tests.
    package init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            expression = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    package func matches(in text: String) -> [Match] {
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            let groups: [Substring?] = (0..<result.numberOfRanges).map { index in
                Range(result.range(at: index), in: text).map { text[$0] }
            }
            return Match(range: range, groups: groups)
        }
    }

    package func firstMatch(in text: String) -> Match? {
        let whole = NSRange(text.startIndex..., in: text)
        guard let result = expression.firstMatch(in: text, range: whole),
            let range = Range(result.range, in: text)
        else { return nil }
        let groups: [Substring?] = (0..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { text[$0] }
        }
        return Match(range: range, groups: groups)
    }

    package func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    package func replacing(in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
