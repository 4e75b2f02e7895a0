import Mustache

/// Renders site pages through the Mustache templates in `Templates/`.
public struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary

    /// `templates` maps a template name (`layout`, `article`, `partials/source`) to its Mustache text.
    public init(templates: [String: String]) throws(BuildError) {
        var library = MustacheLibrary()
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .template(name: name, problem: Self.describe(error))
            } catch {
                throw .template(name: name, problem: "\(error)")
            }
        }
        self.library = library
    }

    /// "line 51, column 1: a section is never closed ({{/name}} missing)"
    static func describe(_ error: MustacheTemplate.ParserError) -> String {
        let place = "line \(error.context.lineNumber), column \(error.context.columnNumber)"
        let problem: String
        switch error.error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: problem = "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: problem = "a tag is not finished (missing }})"
        case MustacheTemplate.Error.expectedSectionEnd: problem = "a section is never closed ({{/name}} missing)"
        case MustacheTemplate.Error.invalidSetDelimiter: problem = "a set-delimiter tag is badly formed"
        default:
            let text = "\(error.error)"
            problem = text == "overflow" ? "the template ends inside an open tag or section" : text
        }
        return "\(place): \(problem)"
    }

    public func render(_ page: SitePage) throws(BuildError) -> String {
        guard let html = library.render(page.context, withTemplate: page.template) else {
            throw .missingTemplate(name: page.template)
        }
        return html
    }
}
