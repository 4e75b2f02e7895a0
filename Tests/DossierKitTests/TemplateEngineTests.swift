import Foundation
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

/// A view for the tests: fields by name.
private struct Fields: TemplateObject {
    var values: [String: TemplateValue]

    init(_ values: [String: TemplateValue]) { self.values = values }

    func templateValue(for key: String) -> TemplateValue? { values[key] }
}

@Suite("Mustache templates")
struct TemplateEngineTests {
    private func render(_ templates: [String: String], _ name: String, _ values: [String: TemplateValue]) throws -> (String, [TemplateWarning]) {
        let library = try TemplateLibrary(sources: templates)
        let result = try #require(library.render(name, with: .object(Fields(values))))
        return (String(decoding: result.bytes, as: UTF8.self), result.warnings)
    }

    @Test("Variables are escaped byte by byte, so a quote joined to a mark or a joiner is still escaped")
    func escaping() throws {
        let hostile = "\"\u{0301} onfocus=alert(1) autofocus x=\"\u{200D}<b>&'"
        let (html, _) = try render(["t": #"<a title="{{v}}">{{v}}</a>{{{raw}}}"#], "t", ["v": .text(hostile), "raw": .text("<i>ok</i>")])
        let joinedQuote = "\"\u{0301}"
        let expected = "<a title=\"&quot;\u{0301} onfocus=alert(1) autofocus x=&quot;\u{200D}&lt;b&gt;&amp;&#39;\">"
        let joinerEscaped = HTMLEscaping.escaped("a\"\u{200D}b") == "a&quot;\u{200D}b"
        let unescaped = html.contains(joinedQuote)
        #expect(!unescaped)
        #expect(html.hasPrefix(expected))
        #expect(html.hasSuffix("<i>ok</i>"))
        #expect(joinerEscaped)
    }

    @Test("Sections repeat over lists, show for true, hide for empty, zero and null; inverted sections do the opposite")
    func sections() throws {
        let items: TemplateValue = .list([.object(Fields(["n": .text("a")])), .object(Fields(["n": .text("b")]))])
        let template = "{{#items}}[{{n}}]{{/items}}{{#flag}}F{{/flag}}{{^none}}N{{/none}}{{#zero}}Z{{/zero}}{{^empty}}E{{/empty}}{{#words}}<{{.}}>{{/words}}"
        let (html, warnings) = try render(
            ["t": template], "t",
            ["items": items, "flag": .bool(true), "none": .null, "zero": .number(0), "empty": .list([]),
             "words": .list([.text("x"), .text("y")])])
        #expect(html == "[a][b]FNE<x><y>")
        #expect(warnings.isEmpty)
    }

    @Test("Dotted names, and names looked up in enclosing views")
    func lookups() throws {
        let page = TemplateValue.object(Fields(["root": .text("../")]))
        let (html, _) = try render(["t": "{{#rows}}{{page.root}}{{href}} {{/rows}}"], "t",
            ["page": page, "rows": .list([.object(Fields(["href": .text("a.html")]))])])
        #expect(html == "../a.html ")
    }

    @Test("Partials and layouts with blocks; standalone tags take their line with them")
    func inheritance() throws {
        let templates = [
            "layout": "<main>\n{{$main}}\ndefault\n{{/main}}\n</main>\n",
            "page": "{{<layout}}\n{{$main}}\n{{>partial}}\n{{/main}}\n{{/layout}}\n",
            "partial": "<p>{{title}}</p>\n",
        ]
        let (html, _) = try render(templates, "page", ["title": .text("Hi")])
        #expect(html == "<main>\n<p>Hi</p>\n</main>\n")
    }

    @Test("A name no view provides renders empty and is reported with its template and line")
    func unknownNames() throws {
        let (html, warnings) = try render(["t": "a\n{{missing}}b\n{{#also}}x{{/also}}"], "t", [:])
        #expect(html == "a\nb\n")
        #expect(warnings.map(\.description) == [
            "template t.mustache, line 2: no value named missing", "template t.mustache, line 3: no value named also",
        ])
    }

    @Test("Parse errors say where and what, in words")
    func parseErrors() {
        for (text, expected) in [
            ("a\n{{#x}}", "line 2, column 1: {{#x}} is never closed ({{/x}} missing)"),
            ("{{#x}}{{/y}}", "line 1, column 7: {{/y}} closes a section opened as {{#x}} on line 1"),
            ("{{x", "line 1, column 1: a tag is not finished (missing }})"),
            ("{{/x}}", "line 1, column 1: {{/x}} closes a section that was never opened"),
        ] {
            do {
                _ = try Template(text)
                Issue.record("\(text) should not parse")
            } catch {
                #expect(error.description == expected)
            }
        }
    }

    @Test("Set-delimiter tags change the tag markers")
    func delimiters() throws {
        let (html, _) = try render(["t": "{{=<% %>=}}<% a %>{{a}}"], "t", ["a": .text("1")])
        #expect(html == "1{{a}}")
    }
}
