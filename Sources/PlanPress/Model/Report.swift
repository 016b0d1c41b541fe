/// A periodic progress report: the status of tasks and the values of indicators at a date.
public struct Report: Sendable {
    public var period: ReportPeriod
    public var title: String
    /// The report's official number, e.g. "152/BC-SNgV", printed in the issuer block.
    public var number: String? = nil
    public var asOf: CalendarDate
    public var published: CalendarDate
    public var illustrative: Bool
    public var tasks: [String: TaskUpdate]
    public var indicators: [String: Double]
    public var body: MarkdownSource
    public var origin: Origin
}

/// A task's state in one report.
public struct TaskUpdate: Sendable {
    public var status: TaskStatus
    public var progress: Double
    public var note: String?
    public var location: SourceLocation
}
