/// Why a build stopped. Each case names what to fix.
public enum BuildError: Error, Equatable, CustomStringConvertible, Sendable {
    case noArticles(seeds: String)
    case missingTemplate(name: String)
    case template(name: String, problem: String)
    case configuration(file: String, problem: String)
    case io(path: String, problem: String)
    /// `--strict`: the build gave warnings, so it failed and wrote nothing.
    case strict(warnings: String)
    /// The output folder may not be replaced: nothing was read or written.
    case unsafeOutput(path: String, problem: String)

    public var description: String {
        switch self {
        case .noArticles(let seeds): "no article could be read from \(seeds)"
        case .missingTemplate(let name): "template \(name).mustache is missing from the templates folder"
        case .template(let name, let problem): "template \(name).mustache: \(problem)"
        case .configuration(let file, let problem): "\(file): \(problem)"
        case .io(let path, let problem): "\(path): \(problem)"
        case .strict(let warnings): "\(warnings) with --strict; nothing was written"
        case .unsafeOutput(let path, let problem): "refusing to write the site to \(path): \(problem)"
        }
    }
}
