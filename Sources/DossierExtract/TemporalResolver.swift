import DossierModel
import DossierText
import Foundation

/// The temporal expressions of a sentence given as text, resolved to calendar dates (relative ones
/// against the article's publication date, none without one): `TemporalTagger` on the sentence's own
/// tokens. Extraction calls the tagger on the paragraph's tokens directly.
public enum TemporalResolver {
    public struct Expression: Sendable, Hashable {
        public var text: String
        public var range: Range<String.Index>
        /// nil when the expression is relative and the article has no date.
        public var point: TimePoint?
    }

    public static func expressions(in sentence: String, published: PublicationDate?) -> [Expression] {
        let text = ParagraphText(sentence)
        let tagger = TemporalTagger(text, published: published)
        return text.sentences.indices.flatMap { tagger.expressions(inSentence: $0) }.filter { !$0.isTime }.map { found in
            let range = text.tokens[found.tokens.lowerBound].range.lowerBound..<text.tokens[found.tokens.upperBound - 1].range.upperBound
            return Expression(text: String(sentence[range]), range: range, point: found.point)
        }
    }

    package static func dayText(_ year: Int, _ month: Int, _ day: Int) -> String { TemporalTagger.dayText(year, month, day) }
    package static func monthText(_ year: Int, _ month: Int) -> String { TemporalTagger.monthText(year, month) }
}
