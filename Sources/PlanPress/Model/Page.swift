/// A free page such as "about", "methodology" or "feedback".
public struct Page: Sendable {
    public var title: String
    public var slug: String
    public var summary: String
    public var order: Int
    /// The template that renders it: `page` unless the front matter names another, e.g. `feedback`.
    public var layout: String
    public var body: MarkdownSource
    public var origin: Origin
}
