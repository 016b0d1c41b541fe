import Mustache

/// How `{{name}}` tags escape their text when swift-mustache renders (the reference the compiled templates are
/// tested against): the five characters Mustache escapes for HTML, replaced on the UTF-8 bytes as
/// `TemplateRenderer` does, not character by character. Every template is parsed with `pragma` in front, which
/// selects it.
struct TemplateEscaping: MustacheContentType {
    /// Put before each template's text; a line of its own, so it leaves no trace in the output.
    static let pragma = "{{% CONTENT_TYPE: PLANPRESS_HTML }}\n"

    /// Registers the escaping with Mustache; evaluated once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: "PLANPRESS_HTML")

    func escapeText(_ text: String) -> String { ByteEscaper.markup.escape(text) }
}
