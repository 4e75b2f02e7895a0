/// A name in a paragraph to link to its person's page, or (with `address`) a link the source page
/// itself had: `offset` and `length` count Characters.
public struct NameLink: Sendable, Hashable, Codable {
    public var paragraph: Int
    public var offset: Int
    public var length: Int
    public var person: String
    /// A web address the source page linked these words to; nil for a person's link.
    public var address: String?

    public init(paragraph: Int, offset: Int, length: Int, person: String) {
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
        self.person = person
    }

    public init(paragraph: Int, offset: Int, length: Int, address: String) {
        self.init(paragraph: paragraph, offset: offset, length: length, person: "")
        self.address = address
    }
}
