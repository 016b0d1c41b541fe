import Foundation
import Mustache

/// A theme folder: Mustache templates, UI strings per language, and static assets.
///
/// ```
/// themes/<name>/templates/*.mustache   page templates and partials
/// themes/<name>/i18n/<lang>.yaml       every UI string
/// themes/<name>/static/                copied to the site root
/// ```
public struct Theme: Sendable {
    public var name: String
    public var folder: URL
    /// The templates as swift-mustache parsed them: the reference `render(reference:)` uses.
    var library: MustacheLibrary
    /// The same templates compiled, which pages are rendered with.
    var renderer: TemplateRenderer
    /// Whether `render` uses swift-mustache instead of the compiled templates (`BuildOptions.referenceTemplates`).
    var rendersWithReference = false
    /// UI strings and formats per language.
    public var localizers: [String: Localizer]

    /// The strings of `language`; the theme loader has checked that every language has every key.
    public func localizer(for language: String) -> Localizer {
        localizers[language] ?? Localizer(language: language, strings: [:])
    }

    /// The templates every theme must provide, one per page kind.
    public static let requiredTemplates = [
        "home", "plan", "areas", "area", "tasks", "task", "indicators", "indicator", "reports", "report",
        "news-list", "news-archive", "news-item", "tags", "tag", "page", "feedback", "404", "tag-indicator", "tag-task", "status-summary", "open-data", "assessments", "assessment",
    ]

    public var staticFolder: URL { folder.appendingPathComponent("static") }

    public func hasTemplate(_ name: String) -> Bool { renderer.templates[name] != nil }

    /// Renders `view` with the template `name`; an unknown name is an error, never an empty page.
    func render(_ view: some Encodable, template name: String) throws(TemplateError) -> String {
        String(decoding: try renderBytes(view, template: name), as: UTF8.self)
    }

    /// `render(_:template:)` as the page's UTF-8 bytes, which is how the compiled templates write it.
    func renderBytes(_ view: some Encodable, template name: String) throws(TemplateError) -> [UInt8] {
        if rendersWithReference { return Array(try render(reference: view, template: name).utf8) }
        guard let html = renderer.render(name, TemplateDataEncoder.encode(view)) else {
            throw TemplateError.notFound(name: name, theme: self.name)
        }
        return html
    }

    /// Renders `view` with swift-mustache itself, which the compiled templates must match byte for byte.
    func render(reference view: some Encodable, template name: String) throws(TemplateError) -> String {
        guard let html = library.render(TemplateDataEncoder.encode(view).mustacheValue, withTemplate: name) else {
            throw TemplateError.notFound(name: name, theme: self.name)
        }
        return html
    }
}

/// A template the render stage asked for does not exist in the theme.
public enum TemplateError: Error, Sendable, CustomStringConvertible {
    case notFound(name: String, theme: String)

    public var description: String {
        switch self {
        case let .notFound(name, theme): return "template '\(name)' not found in theme '\(theme)'"
        }
    }
}
