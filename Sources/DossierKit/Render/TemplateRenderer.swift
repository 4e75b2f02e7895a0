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
            } catch {
                throw .template(name: name, problem: "\(error)")
            }
        }
        self.library = library
    }

    public func render(_ page: SitePage) throws(BuildError) -> String {
        guard let html = library.render(page.context, withTemplate: page.template) else {
            throw .missingTemplate(name: page.template)
        }
        return html
    }
}
