/// A free page such as "about", "methodology" or "feedback".
public struct Page: Sendable {
    public var title: String
    public var slug: String
    public var summary: String
    public var order: Int
    public var body: MarkdownSource
    public var origin: Origin
}
