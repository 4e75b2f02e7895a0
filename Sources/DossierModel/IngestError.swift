/// Why a seed file could not become an article. Each case names the file.
public enum IngestError: Error, Equatable, CustomStringConvertible, Sendable {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case noBody(file: String)
    /// The file holds something else: a cookie notice, a page of links, only menus.
    case notArticle(file: String, reason: String)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .noBody(let file), .notArticle(let file, _): file
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .empty(let file): "\(file): the file is empty"
        case .noBody(let file): "\(file): no article text found (no paragraph of running prose)"
        case .notArticle(let file, let reason): "\(file): not an article: \(reason)"
        }
    }
}
