/// Where a task stands in a report.
public enum TaskStatus: String, Sendable, CaseIterable, Comparable {
    case notStarted = "not-started"
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case delayed
    case done

    private var rank: Int { TaskStatus.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: TaskStatus, b: TaskStatus) -> Bool { a.rank < b.rank }
}
