/// A name in a paragraph to link to its person's page: `offset` and `length` count Characters.
public struct NameLink: Sendable, Hashable {
    public var paragraph: Int
    public var offset: Int
    public var length: Int
    public var person: String

    public init(paragraph: Int, offset: Int, length: Int, person: String) {
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
        self.person = person
    }
}
