/// Where a content item came from: its file and the position of each front matter field.
///
/// Later stages use it to point an error at the exact field, e.g. a task's unknown `lead`.
public struct Origin: Sendable {
    public var path: String
    public var fields: [String: SourceLocation]

    public init(path: String, fields: [String: SourceLocation] = [:]) {
        self.path = path
        self.fields = fields
    }

    /// The field's position, or the top of the file if the field is absent.
    public func location(of field: String) -> SourceLocation {
        fields[field] ?? SourceLocation(path: path)
    }
}

/// A Markdown body and the file line it starts on, so body positions map back to the file.
public struct MarkdownSource: Sendable {
    /// The body where it lies in its file's text, whose storage it shares: a site's bodies are not copied.
    public let markdown: Substring
    public var firstLine: Int
    /// Whether the text has `{{<` anywhere: found once, when the file is read, since every build looks.
    public let mayContainShortcodes: Bool

    public init(text: String, firstLine: Int) {
        self.init(markdown: text[...], firstLine: firstLine)
    }

    public init(markdown: Substring, firstLine: Int) {
        self.markdown = markdown
        self.firstLine = firstLine
        mayContainShortcodes = Shortcode.mayContain(markdown)
    }

    /// The body as a string of its own.
    public var text: String { String(markdown) }

    public static let empty = MarkdownSource(text: "", firstLine: 1)
}
