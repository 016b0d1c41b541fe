/// The translated words of one content item in one language; everything else comes from the original.
///
/// A translator writes only these fields, so ids, dates, figures and links can never fall out of step.
public struct Translation: Sendable {
    public var language: String
    /// The original file, e.g. `content/tasks/I.1.md`.
    public var originalPath: String
    public var origin: Origin
    public var title: String?
    public var summary: String?
    public var issuer: String?
    public var product: String?
    public var dueText: String?
    public var source: String?
    public var targetText: String?
    public var imageAlt: String?
    public var objectives: [String]?
    public var tags: [String]?
    /// The plan's basis documents, item by item: translated document name and subject.
    public var basis: [(document: String?, subject: String?)]?
    /// A report's task notes by task id.
    public var notes: [String: String]
    /// Unit names by unit id (from `units.<lang>.yaml`).
    public var unitNames: [String: String]
    public var body: MarkdownSource?
}
