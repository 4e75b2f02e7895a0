import DossierModel
import DossierText
import CCmarkGFM
import Foundation

/// The cmark-gfm C library, wrapped once: GitHub Flavored Markdown in, HTML out. Tables, autolinks,
/// strikethrough and the tag filter are on; raw HTML is never passed through (no `CMARK_OPT_UNSAFE`).
public enum CommonMark {
    /// A top-level block of a rendered document.
    public struct Block: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case paragraph, heading(level: Int), other }
        public var kind: Kind
        /// Inner HTML for paragraphs and headings (no wrapping tag); the whole element otherwise.
        public var html: String
    }

    package static let extensionNames = ["table", "autolink", "strikethrough", "tagfilter"]
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// The whole document as one HTML string.
    public static func html(from markdown: String) -> String {
        withDocument(markdown) { document, extensions in
            render(document, extensions: extensions)
        }
    }

    /// The document's top-level blocks, so that templates can give paragraphs their own ids.
    public static func blocks(from markdown: String) -> [Block] {
        withDocument(markdown) { document, extensions in
            var blocks: [Block] = []
            var node = cmark_node_first_child(document)
            while let current = node {
                switch cmark_node_get_type(current) {
                case CMARK_NODE_PARAGRAPH:
                    blocks.append(Block(kind: .paragraph, html: renderChildren(current, extensions: extensions)))
                case CMARK_NODE_HEADING:
                    let level = Int(cmark_node_get_heading_level(current))
                    blocks.append(
                        Block(kind: .heading(level: level), html: renderChildren(current, extensions: extensions)))
                default:
                    blocks.append(Block(kind: .other, html: render(current, extensions: extensions)))
                }
                node = cmark_node_next(current)
            }
            return blocks
        }
    }

    private static func withDocument<Result>(
        _ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result
    ) -> Result {
        _ = registration
        guard let parser = cmark_parser_new(options) else { preconditionFailure("cmark_parser_new failed") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        guard let document = cmark_parser_finish(parser) else { preconditionFailure("cmark_parser_finish failed") }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    private static func render(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let pointer = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func renderChildren(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?)
        -> String
    {
        var html = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            html += render(current, extensions: extensions)
            child = cmark_node_next(current)
        }
        return html
    }
}
