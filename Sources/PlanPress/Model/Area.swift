/// A reform area (I–VI, and VII for direction), grouping tasks and indicators.
public struct Area: Sendable {
    public var id: String
    public var order: Int
    public var title: String
    public var slug: String
    public var objectives: [String]
    public var summary: String
    public var body: MarkdownSource
    public var origin: Origin
}
