/// The plan document itself: its identity, legal basis, period and text.
public struct Plan: Sendable {
    public var title: String
    public var number: String
    public var issued: CalendarDate
    public var issuer: String
    public var signer: String
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    public var basis: [BasisDocument]
    public var summary: String
    public var body: MarkdownSource
    public var origin: Origin
}

/// A document the plan rests on or cites.
public struct BasisDocument: Sendable {
    public var document: String
    public var date: CalendarDate?
    public var issuer: String?
    public var subject: String?
}
