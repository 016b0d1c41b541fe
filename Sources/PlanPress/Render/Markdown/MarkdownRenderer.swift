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
        render([markdown[...]])[0].text
    }

    /// Renders several documents, parsing them all under one hold of the lock: threads that render many stories
    /// then meet at the lock once per batch instead of once per story.
    public func render(_ documents: [Substring]) -> [HTMLFragment] {
        html(Self.parseLock.withLock { parse(documents) })
    }

    /// `render(_:)`, or nil at once when another thread is parsing: the caller has other work to do meanwhile,
    /// and a thread that waits for the lock sleeps.
    public func renderIfParserFree(_ documents: [Substring]) -> [HTMLFragment]? {
        guard Self.parseLock.try() else { return nil }
        let trees = parse(documents)
        Self.parseLock.unlock()
        return html(trees)
    }

    private var options: Int32 {
        CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
    }

    /// Parses each document with its own parser; only under the lock.
    private func parse(_ documents: [Substring]) -> [(parser: OpaquePointer, document: OpaquePointer?)?] {
        documents.map { markdown in
            guard let parser = cmark_parser_new(options) else { return nil }
            for name in Self.extensionNames {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            var markdown = markdown
            markdown.withUTF8 { bytes in
                guard let start = bytes.baseAddress else { return }
                // cmark-gfm takes the length: the text needs no terminating NUL, and one inside it is replaced.
                start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
            }
            return (parser, cmark_parser_finish(parser))
        }
    }

    /// Renders parsed trees to HTML, which threads may do at once, and frees them.
    private func html(_ trees: [(parser: OpaquePointer, document: OpaquePointer?)?]) -> [HTMLFragment] {
        trees.map { tree in
            guard let (parser, document) = tree else { return HTMLFragment() }
            defer { cmark_parser_free(parser) }
            guard let document else { return HTMLFragment() }
            defer { cmark_node_free(document) }
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
                return HTMLFragment()
            }
            defer { free(html) }
            // cmark-gfm writes valid UTF-8: it replaces invalid input as it parses.
            return HTMLFragment(bytes: Array(UnsafeRawBufferPointer(start: html, count: strlen(html))))
        }
    }
}
