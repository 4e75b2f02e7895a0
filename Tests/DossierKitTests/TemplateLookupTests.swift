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

    @Test("Views that answer lookups themselves answer every stored property")
    func everyPropertyAnswered() {
        let citation = CitationView(href: "a.html#p1", label: "AP, ¶1", sentence: "S.")
        let person = PersonLink(href: "people/a.html", name: "A")
        let views: [any TemplateObject] = [
            citation,
            SourcedView(text: "t", source: citation, variants: [], hasVariants: false),
            PersonRow(href: "h", name: "n", role: "r", articleCount: 1, mentionCount: 2, quoteCount: 0),
            MentionGroup(articleTitle: "t", articleHref: "h", outlet: "o", mentions: [citation]),
            EventView(
                id: "event-1", label: "2019", dateISO: "2019", text: "t", upcoming: false, approximate: false,
                sources: [citation], people: [person], hasPeople: true),
            person,
            FigureRow(display: "$1", subject: "s", when: "2019", qualifier: "about", vague: false, source: citation),
            BlockView(isParagraph: true, id: "p1", html: "<p>x</p>"),
            SearchItem(entry: 0, title: "t", detail: "d", href: "h"),
        ]
        for view in views {
            #expect(answersEveryProperty(view).isEmpty, "\(type(of: view)) misses \(answersEveryProperty(view))")
        }
    }
}
