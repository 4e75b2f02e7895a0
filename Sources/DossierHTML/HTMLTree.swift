import CGumbo

/// A parsed HTML document as Swift values. Gumbo (an HTML5 parser) reads the bytes; its C tree is turned
/// into these values at once and freed, so no C pointer leaves `HTMLTree.parse`.
public struct HTMLElement: Sendable, Hashable {
    public var tag: String
    public var attributes: [String: String]
    public var children: [HTMLNode]

    public init(tag: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.tag = tag
        self.attributes = attributes
        self.children = children
    }

    public subscript(_ name: String) -> String? { attributes[name] }

    /// The element's text, with spaces collapsed.
    public var text: String {
        var result = ""
        HTMLElement.appendText(of: self, to: &result)
        return result.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    static func appendText(of element: HTMLElement, to result: inout String) {
        var stack: [HTMLNode] = element.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let text): result += text
            case .element(let child):
                if child.tag == "script" || child.tag == "style" || child.tag == "noscript" { continue }
                if HTMLElement.blockTags.contains(child.tag) || child.tag == "br" { result += " " }
                stack.append(contentsOf: child.children.reversed())
            }
        }
    }

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol", "h1", "h2",
        "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "pre", "dl", "dt", "dd",
    ]

    /// Every element below this one, depth first, in document order (no recursion: pages nest deep).
    public func descendants() -> [HTMLElement] {
        var result: [HTMLElement] = []
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            guard case .element(let element) = node else { continue }
            result.append(element)
            stack.append(contentsOf: element.children.reversed())
        }
        return result
    }
}

public enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    case text(String)
}

public enum HTMLTree {
    /// Nesting past this depth is flattened: its text is kept, its structure is not.
    public static let maximumDepth = 256

    /// The document's root (`<html>`) from UTF-8 bytes.
    public static func parse(_ utf8: [UInt8]) -> HTMLElement {
        var options = kGumboDefaultOptions
        options.max_errors = 0
        let output: UnsafeMutablePointer<GumboOutput>? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { gumbo_parse_with_options(&options, $0, buffer.count) }
            }
        }
        guard let output else { return HTMLElement(tag: "html") }
        defer { gumbo_destroy_output(&options, output) }
        guard let root = output.pointee.root else { return HTMLElement(tag: "html") }
        return convert(root)
    }

    /// The C tree as values, without recursion: each element is finished when its last child is.
    private static func convert(_ root: UnsafeMutablePointer<GumboNode>) -> HTMLElement {
        struct Frame {
            var element: HTMLElement
            var node: UnsafeMutablePointer<GumboNode>
            var next: Int
        }
        var stack = [Frame(element: element(from: root), node: root, next: 0)]
        while var frame = stack.popLast() {
            let children = frame.node.pointee.v.element.children
            if frame.next < Int(children.length), let raw = children.data[frame.next] {
                frame.next += 1
                let child = raw.assumingMemoryBound(to: GumboNode.self)
                switch child.pointee.type {
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                    if stack.count + 1 >= maximumDepth {
                        // Too deep: keep the text only.
                        frame.element.children.append(.text(flatText(child)))
                        stack.append(frame)
                    } else {
                        stack.append(frame)
                        stack.append(Frame(element: element(from: child), node: child, next: 0))
                    }
                case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                    if let text = child.pointee.v.text.text { frame.element.children.append(.text(String(cString: text))) }
                    stack.append(frame)
                default:
                    stack.append(frame)
                }
                continue
            }
            // Finished: hand the element to its parent, or return it as the root.
            guard !stack.isEmpty else { return frame.element }
            stack[stack.count - 1].element.children.append(.element(frame.element))
        }
        return HTMLElement(tag: "html")
    }

    private static func element(from node: UnsafeMutablePointer<GumboNode>) -> HTMLElement {
        let element = node.pointee.v.element
        var tag = ""
        if element.tag == GUMBO_TAG_UNKNOWN {
            let piece = element.original_tag
            if let data = piece.data, piece.length > 0 {
                let raw = String(decoding: UnsafeRawBufferPointer(start: data, count: piece.length), as: UTF8.self)
                // "<my-tag attr>": the name runs to the first space, slash or bracket.
                tag = String(raw.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }).lowercased()
            }
        } else if let name = gumbo_normalized_tagname(element.tag) {
            tag = String(cString: name)
        }
        var attributes: [String: String] = [:]
        let list = element.attributes
        for index in 0..<Int(list.length) {
            guard let raw = list.data[index] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
            guard let name = attribute.name, let value = attribute.value else { continue }
            let key = String(cString: name).lowercased()
            if attributes[key] == nil { attributes[key] = String(cString: value) }
        }
        return HTMLElement(tag: tag, attributes: attributes)
    }

    /// The text below a node, for nesting too deep to keep.
    private static func flatText(_ node: UnsafeMutablePointer<GumboNode>) -> String {
        var result = ""
        var stack = [node]
        while let current = stack.popLast() {
            switch current.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                if let text = current.pointee.v.text.text { result += String(cString: text) + " " }
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let children = current.pointee.v.element.children
                for index in stride(from: Int(children.length) - 1, through: 0, by: -1) {
                    if let raw = children.data[index] { stack.append(raw.assumingMemoryBound(to: GumboNode.self)) }
                }
            default:
                break
            }
        }
        return result
    }
}
