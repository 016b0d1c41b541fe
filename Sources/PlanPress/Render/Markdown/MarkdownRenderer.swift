import CCmarkGFM
import Foundation

/// Markdown to HTML with cmark-gfm: tables, strikethrough, autolinks, tag filter, task lists and footnotes.
///
/// This is the only file that talks to cmark-gfm. Parsing holds a process-wide lock, because cmark-gfm's
/// inline parser changes a global table while it works and gives wrong output when two threads parse at once.
public struct MarkdownRenderer: Sendable {
    /// Lets raw HTML and unsafe link schemes through; off unless the site's config allows it.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
        Self.registerExtensions
    }

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let parseLock = NSLock()
    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    public func render(_ markdown: String) -> String {
        render([markdown])[0]
    }

    /// Renders several documents, parsing them all under one hold of the lock: threads that render many stories
    /// then meet at the lock once per batch instead of once per story, and rarely sleep on it.
    public func render(_ documents: [String]) -> [String] {
        var options = CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        let parsers = documents.map { _ -> OpaquePointer? in
            guard let parser = cmark_parser_new(options) else { return nil }
            for name in Self.extensionNames {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            return parser
        }
        defer { for parser in parsers { cmark_parser_free(parser) } }
        let trees: [OpaquePointer?] = Self.parseLock.withLock {
            zip(documents, parsers).map { markdown, parser in
                guard let parser else { return nil }
                markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
                return cmark_parser_finish(parser)
            }
        }
        return zip(trees, parsers).map { document, parser in
            guard let document, let parser else { return "" }
            defer { cmark_node_free(document) }
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
                return ""
            }
            defer { free(html) }
            return String(cString: html)
        }
    }
}
