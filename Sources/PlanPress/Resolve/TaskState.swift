/// A task as the reports leave it: its latest status and progress, its history, and whether it is overdue.
public struct TaskState: Sendable {
    /// One report's word on the task.
    public struct Entry: Sendable {
        public var period: ReportPeriod
        public var status: TaskStatus
        public var progress: Double
        public var note: String?
    }

    public var status: TaskStatus
    public var progress: Double
    public var note: String?
    /// The report the status comes from; nil when no report mentions the task.
    public var period: ReportPeriod?
    /// Oldest first.
    public var history: [Entry]
    /// Past its deadline and not done, as of the latest report's date.
    public var isOverdue: Bool
    /// No report has mentioned the task for two reports or more.
    public var isStale = false

    /// Reads a task's state from the reports, which must be sorted oldest first.
    static func compute(for task: PlanTask, reports: [Report], asOf: CalendarDate?) -> TaskState {
        var history: [Entry] = []
        for index in reports.indices {
            if let update = reports[index].tasks[task.id] {
                history.append(Entry(period: reports[index].period, status: update.status, progress: update.progress, note: update.note))
            }
        }
        return TaskState(deadline: task.due.deadline, history: history, asOf: asOf)
    }
}

extension TaskState {
    /// The state a task's history leaves, oldest report first, for a task due by `deadline`.
    init(deadline: CalendarDate?, history: [Entry], asOf: CalendarDate?) {
        let latest = history.last
        let status = latest?.status ?? .notStarted
        var overdue = false
        if let asOf, let deadline, status != .done {
            overdue = deadline < asOf
        }
        self.init(
            status: status, progress: latest?.progress ?? 0, note: latest?.note, period: latest?.period,
            history: history, isOverdue: overdue)
    }
}
