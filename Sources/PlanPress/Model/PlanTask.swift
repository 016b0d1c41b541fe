/// A task of the plan's annex: who leads it, with whom, by when, and what it produces.
public struct PlanTask: Sendable {
    public var id: String
    public var area: String
    public var title: String
    public var lead: String
    public var partners: [String]
    public var due: Due
    /// The deadline as the plan words it, when that differs from `due`.
    public var dueText: String?
    public var product: String
    public var indicators: [String]
    public var weight: Double
    public var body: MarkdownSource
    public var origin: Origin
}
