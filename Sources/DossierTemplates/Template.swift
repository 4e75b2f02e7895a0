import Foundation

/// A Mustache template, parsed once: text, variables (`{{name}}` escaped, `{{{name}}}` and `{{&name}}`
/// raw), sections (`{{#name}}`, `{{^name}}`), comments, partials (`{{>name}}`), inheritance
/// (`{{<parent}}` with `{{$block}}` overrides) and set-delimiter tags. Standalone tags take their whole
/// line with them, as the Mustache specification says.
public struct Template: Sendable {
    package indirect enum Node: Sendable {
        case text([UInt8])
        case variable(path: [String], escaped: Bool, line: Int)
        case section(path: [String], inverted: Bool, children: [Node], line: Int)
        case partial(name: String, line: Int)
        case parent(name: String, blocks: [String: [Node]], line: Int)
        case block(name: String, children: [Node])
    }

    /// Why a template cannot be parsed, and where.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var problem: String

        public var description: String { "line \(line), column \(column): \(problem)" }
    }

    package let nodes: [Node]

    public init(_ text: String) throws(ParseError) {
        var parser = TemplateParser(Array(text.utf8))
        nodes = try parser.parse()
    }
}

/// Reads a template's bytes into nodes.
private struct TemplateParser {
    private enum TagKind {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters

        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            default: true
            }
        }
    }

    /// A section, parent or block still open, with what has been read inside it so far.
    private struct Open {
        var kind: TagKind
        var name: String
        var line: Int
        var column: Int
        var nodes: [Template.Node] = []
    }

    private let bytes: [UInt8]
    /// Where `location(of:)` last stopped: it only moves forward, so finding every tag's line is linear.
    private var scanned = (index: 0, line: 1, lineStart: 0)
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    package mutating func parse() throws(Template.ParseError) -> [Template.Node] {
        var stack = [Open(kind: .section, name: "", line: 0, column: 0)]
        var position = 0
        var pendingText: [UInt8] = []
        func flushText() {
            if !pendingText.isEmpty {
                stack[stack.count - 1].nodes.append(.text(pendingText))
                pendingText.removeAll()
            }
        }
        while position < bytes.count {
            guard let tagStart = find(open, from: position) else {
                pendingText += bytes[position...]
                break
            }
            let (line, column) = location(of: tagStart)
            var contentStart = tagStart + open.count
            var kind = TagKind.variable
            var closing = close
            if contentStart < bytes.count {
                switch bytes[contentStart] {
                case UInt8(ascii: "{") where open == Array("{{".utf8):
                    kind = .unescaped
                    closing = Array("}".utf8) + close
                case UInt8(ascii: "&"): kind = .unescaped
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "="): kind = .delimiters
                default: break
                }
                if kind != .variable { contentStart += 1 }
            }
            guard let contentEnd = find(closing, from: contentStart) else {
                throw .init(line: line, column: column, problem: "a tag is not finished (missing \(String(decoding: close, as: UTF8.self)))")
            }
            var tagEnd = contentEnd + closing.count
            let content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)

            // A standalone tag: nothing but blanks around it on its line, which goes with it.
            var textEnd = tagStart
            if kind.canStandAlone, let lineStart = blankBefore(tagStart), let lineEnd = blankAfter(tagEnd) {
                textEnd = max(lineStart, position)
                tagEnd = lineEnd
            }
            pendingText += bytes[position..<textEnd]
            position = tagEnd

            switch kind {
            case .comment:
                continue
            case .delimiters:
                let parts = content.dropLast(content.hasSuffix("=") ? 1 : 0).split(separator: " ", omittingEmptySubsequences: true)
                guard content.hasSuffix("="), parts.count == 2 else {
                    throw .init(line: line, column: column, problem: "a set-delimiter tag is badly formed (write {{=<% %>=}})")
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
                continue
            default:
                break
            }
            guard !content.isEmpty else {
                throw .init(line: line, column: column, problem: "a tag has no name")
            }
            flushText()
            switch kind {
            case .variable, .unescaped:
                stack[stack.count - 1].nodes.append(.variable(path: Self.path(content), escaped: kind == .variable, line: line))
            case .partial:
                stack[stack.count - 1].nodes.append(.partial(name: content, line: line))
            case .section, .inverted, .parent, .block:
                stack.append(Open(kind: kind, name: content, line: line, column: column))
            case .close:
                guard stack.count > 1, let current = stack.popLast() else {
                    throw .init(line: line, column: column, problem: "{{/\(content)}} closes a section that was never opened")
                }
                guard current.name == content else {
                    throw .init(
                        line: line, column: column,
                        problem: "{{/\(content)}} closes a section opened as {{\(Self.sigil(current.kind))\(current.name)}} on line \(current.line)")
                }
                let node: Template.Node
                switch current.kind {
                case .parent:
                    var blocks: [String: [Template.Node]] = [:]
                    for case .block(let name, let children) in current.nodes { blocks[name] = children }
                    node = .parent(name: current.name, blocks: blocks, line: current.line)
                case .block:
                    node = .block(name: current.name, children: current.nodes)
                default:
                    node = .section(path: Self.path(current.name), inverted: current.kind == .inverted, children: current.nodes, line: current.line)
                }
                stack[stack.count - 1].nodes.append(node)
            case .comment, .delimiters:
                break
            }
        }
        flushText()
        if let unclosed = stack.last, stack.count > 1 {
            throw .init(
                line: unclosed.line, column: unclosed.column,
                problem: "{{\(Self.sigil(unclosed.kind))\(unclosed.name)}} is never closed ({{/\(unclosed.name)}} missing)")
        }
        return stack[0].nodes
    }

    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    private static func sigil(_ kind: TagKind) -> String {
        switch kind {
        case .inverted: "^"
        case .parent: "<"
        case .block: "$"
        default: "#"
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The start of the line holding `index`, when only blanks come before `index` on it.
    private func blankBefore(_ index: Int) -> Int? {
        var cursor = index
        while cursor > 0 {
            let byte = bytes[cursor - 1]
            if byte == UInt8(ascii: "\n") { return cursor }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return nil }
            cursor -= 1
        }
        return 0
    }

    /// Just past the end of the line (its newline included), when only blanks follow `index` on it.
    private func blankAfter(_ index: Int) -> Int? {
        var cursor = index
        while cursor < bytes.count {
            switch bytes[cursor] {
            case UInt8(ascii: "\n"): return cursor + 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): cursor += 1
            default: return nil
            }
        }
        return cursor
    }

    private mutating func location(of index: Int) -> (line: Int, column: Int) {
        for cursor in scanned.index..<max(index, scanned.index) where bytes[cursor] == UInt8(ascii: "\n") {
            scanned.line += 1
            scanned.lineStart = cursor + 1
        }
        scanned.index = max(index, scanned.index)
        return (scanned.line, index - scanned.lineStart + 1)
    }
}
