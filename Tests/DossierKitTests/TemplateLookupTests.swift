import Testing

@testable import DossierKit
@testable import DossierModel
@testable import DossierText
@testable import DossierIngest
@testable import DossierMarkdown
@testable import DossierExtract
@testable import DossierTemplates
@testable import DossierSite
@testable import DossierRender

@Suite("Template lookups")
struct TemplateLookupTests {
    /// Every stored property that `Mirror` sees must be answered by `templateValue(for:)`, or templates
    /// would render it empty.
    private func answersEveryProperty(_ value: any TemplateObject) -> [String] {
        Mirror(reflecting: value).children.compactMap { child -> String? in
            guard let label = child.label else { return nil }
            return value.templateValue(for: label) == nil ? label : nil
        }
    }

    /// Every view reachable from `value`: itself, and the views its properties hold.
    private func views(in value: Any) -> [any TemplateObject] {
        var found: [any TemplateObject] = []
        if let object = value as? any TemplateObject { found.append(object) }
        for child in Mirror(reflecting: value).children {
            if let object = child.value as? any TemplateObject {
                found += views(in: object)
            } else if let list = child.value as? [Any] {
                for item in list { found += views(in: item) }
            } else if let optional = Mirror(reflecting: child.value).children.first, Mirror(reflecting: child.value).displayStyle == .optional {
                found += views(in: optional.value)
            }
        }
        return found
    }

    @Test("Every view of every page of the sample answers every stored property")
    func everyPropertyAnswered() throws {
        let site = try Fixtures.builtSite()
        var markdown: [String: String] = [:]
        for article in site.dossier.articles { markdown[article.id] = try Fixtures.text("articles/\(article.id).md", in: site) }
        let plan = SitePlan(site.dossier, markdown: markdown, address: SiteAddress())
        var checked = Set<String>()
        for route in plan.routes() {
            let page = try #require(plan.page(for: route))
            for view in views(in: page.context) {
                checked.insert(String(describing: type(of: view)))
                #expect(answersEveryProperty(view).isEmpty, "\(type(of: view)) misses \(answersEveryProperty(view))")
            }
        }
        #expect(checked.count >= 20, "\(checked.sorted())")
    }
}
