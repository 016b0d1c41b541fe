/// A story for the public about the reform.
public struct NewsItem: Sendable {
    public var title: String
    public var slug: String
    public var date: CalendarDate
    public var summary: String
    public var image: String?
    public var imageAlt: String?
    public var tags: [String]
    /// Each tag's URL slug, from the original language, so every edition shares tag addresses.
    public var tagSlugs: [String]
    public var related: [String]
    public var draft: Bool
    public var illustrative: Bool
    public var body: MarkdownSource
    public var origin: Origin
}
