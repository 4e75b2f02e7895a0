/// Where a fact comes from: an article, a paragraph (1-based, as in `#p3`) and the sentence itself.
public struct Citation: Sendable, Hashable, Codable, Comparable {
    public var article: String
    public var paragraph: Int
    public var sentence: String

    public init(article: String, paragraph: Int, sentence: String) {
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        (lhs.article, lhs.paragraph, lhs.sentence) < (rhs.article, rhs.paragraph, rhs.sentence)
    }
}
