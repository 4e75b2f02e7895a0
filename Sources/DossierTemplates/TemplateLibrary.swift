/// A name a template uses that no view along the way provides: rendered empty, reported as a warning.
public struct TemplateWarning: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var problem: String

    public var description: String { "template \(template).mustache, line \(line): \(problem)" }

    public static func < (lhs: TemplateWarning, rhs: TemplateWarning) -> Bool {
        (lhs.template, lhs.line, lhs.problem) < (rhs.template, rhs.line, rhs.problem)
    }
}

/// The site's templates, parsed once, rendered straight into bytes.
public struct TemplateLibrary: Sendable {
    /// A template that cannot be parsed: its name and what is wrong where.
    public struct LoadError: Error, Sendable {
        public var name: String
        public var problem: String
    }

    private let templates: [String: Template]

    /// `sources` maps a template name (`layout`, `article`, `partials/source`) to its Mustache text.
    public init(sources: [String: String]) throws(LoadError) {
        var templates: [String: Template] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try Template(text)
            } catch {
                throw LoadError(name: name, problem: error.description)
            }
        }
        self.templates = templates
    }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// The template `name` rendered with `value` as its context, and the names it could not find.
    public func render(_ name: String, with value: TemplateValue) -> (bytes: [UInt8], warnings: [TemplateWarning])? {
        guard let template = templates[name] else { return nil }
        var run = TemplateRun(templates: templates, stack: [value])
        run.render(template.nodes, in: name, overrides: [:])
        return (run.output, run.warnings.sorted())
    }
}

/// One rendering: the output buffer, the context stack and what went unanswered.
private struct TemplateRun {
    /// A block override and the template it was written in (for warnings).
    package typealias Override = (nodes: [Template.Node], template: String)

    package let templates: [String: Template]
    package var stack: [TemplateValue]
    package var output: [UInt8] = []
    package var warnings: Set<TemplateWarning> = []
    private var depth = 0
    private static let depthLimit = 64

    package init(templates: [String: Template], stack: [TemplateValue]) {
        self.templates = templates
        self.stack = stack
        output.reserveCapacity(16_384)
    }

    package mutating func render(_ nodes: [Template.Node], in template: String, overrides: [String: Override]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output += bytes
            case .variable(let path, let escaped, let line):
                switch resolve(path, in: template, line: line) {
                case .text(let text):
                    if escaped { HTMLEscaping.append(text, to: &output) } else { output += text.utf8 }
                case .number(let number): output += String(number).utf8
                case .bool(let flag): output += (flag ? "true" : "false").utf8
                case .list, .object, .null: break
                }
            case .section(let path, let inverted, let children, let line):
                let value = resolve(path, in: template, line: line)
                if inverted {
                    if !value.isTruthy { render(children, in: template, overrides: overrides) }
                    continue
                }
                guard value.isTruthy else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(children, in: template, overrides: overrides)
                        stack.removeLast()
                    }
                case .bool:
                    render(children, in: template, overrides: overrides)
                default:
                    stack.append(value)
                    render(children, in: template, overrides: overrides)
                    stack.removeLast()
                }
            case .partial(let name, let line):
                include(name, from: template, line: line) { run, included in
                    run.render(included.nodes, in: name, overrides: overrides)
                }
            case .parent(let name, let blocks, let line):
                // The outermost override of a block wins: the page's own over its layout's defaults.
                var merged = overrides
                for (block, nodes) in blocks where merged[block] == nil { merged[block] = (nodes, template) }
                include(name, from: template, line: line) { run, included in
                    run.render(included.nodes, in: name, overrides: merged)
                }
            case .block(let name, let children):
                if let override = overrides[name] {
                    render(override.nodes, in: override.template, overrides: overrides)
                } else {
                    render(children, in: template, overrides: overrides)
                }
            }
        }
    }

    private mutating func include(
        _ name: String, from template: String, line: Int, _ body: (inout TemplateRun, Template) -> Void
    ) {
        guard let included = templates[name] else {
            warnings.insert(TemplateWarning(template: template, line: line, problem: "no template named \(name)"))
            return
        }
        guard depth < Self.depthLimit else {
            warnings.insert(TemplateWarning(template: template, line: line, problem: "\(name) includes itself too deeply"))
            return
        }
        depth += 1
        body(&self, included)
        depth -= 1
    }

    /// `name`, `a.b.c` or `.`: the first part is looked up from the innermost view outwards, the rest
    /// inside what it found.
    private mutating func resolve(_ path: [String], in template: String, line: Int) -> TemplateValue {
        guard let first = path.first, let top = stack.last else { return .null }
        if first == "." { return top }
        var found: TemplateValue?
        for value in stack.reversed() {
            if case .object(let object) = value, let field = object.templateValue(for: first) {
                found = field
                break
            }
        }
        guard var value = found else {
            warnings.insert(TemplateWarning(template: template, line: line, problem: "no value named \(path.joined(separator: "."))"))
            return .null
        }
        for part in path.dropFirst() {
            guard case .object(let object) = value, let field = object.templateValue(for: part) else {
                if case .object = value {
                    warnings.insert(TemplateWarning(template: template, line: line, problem: "no value named \(path.joined(separator: "."))"))
                }
                return .null
            }
            value = field
        }
        return value
    }
}
