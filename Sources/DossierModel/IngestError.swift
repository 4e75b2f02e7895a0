/// Why a seed file could not become an article. Each case names the file.
public enum IngestError: Error, Equatable, CustomStringConvertible, Sendable {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case noBody(file: String)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .noBody(let file): file
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .empty(let file): "\(file): the file is empty"
        case .noBody(let file): "\(file): no article text found (no paragraph of running prose)"
        }
    }
}
