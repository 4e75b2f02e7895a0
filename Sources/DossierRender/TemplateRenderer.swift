import DossierModel
import DossierSite
import DossierTemplates

/// Renders site pages through the Mustache templates in `Templates/`.
public struct TemplateRenderer: Sendable {
    private let library: TemplateLibrary

    /// `templates` maps a template name (`layout`, `article`, `partials/source`) to its Mustache text.
    public init(templates: [String: String]) throws(BuildError) {
        do {
            library = try TemplateLibrary(sources: templates)
        } catch {
            throw .template(name: error.name, problem: error.problem)
        }
    }

    /// The page's bytes, and the names its template asked for that no view provides.
    public func render(_ page: SitePage) throws(BuildError) -> (bytes: [UInt8], warnings: [TemplateWarning]) {
        guard let rendered = library.render(page.template, with: .object(page.context)) else {
            throw .missingTemplate(name: page.template)
        }
        return rendered
    }
}
