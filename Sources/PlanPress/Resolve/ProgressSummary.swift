/// The progress of a group of tasks (an area or the whole plan): a weighted mean, and counts by status.
public struct ProgressSummary: Sendable {
    /// Weighted mean of task progress, 0–100; 0 for an empty group.
    public var progress: Double
    public var taskCount: Int
    public var totalWeight: Double
    /// Σ weight × progress, shown on the methodology so readers can check the figure.
    public var weightedSum: Double
    public var countByStatus: [TaskStatus: Int]
    public var overdueCount: Int

    /// The summary of a group with no tasks.
    static let empty = ProgressSummary(progress: 0, taskCount: 0, totalWeight: 0, weightedSum: 0, countByStatus: [:], overdueCount: 0)

    /// Area progress = Σ(weightᵢ × progressᵢ) / Σ weightᵢ over the group's tasks.
    static func compute(_ tasks: [PlanTask], states: [String: TaskState]) -> ProgressSummary {
        var totalWeight = 0.0
        var weightedSum = 0.0
        var counts: [TaskStatus: Int] = [:]
        var overdue = 0
        // Read in place: a loop over copies of the tasks retained every field of each.
        for index in tasks.indices {
            guard let state = states[tasks[index].id] else { continue }
            let weight = tasks[index].weight
            totalWeight += weight
            weightedSum += weight * state.progress
            counts[state.status, default: 0] += 1
            if state.isOverdue { overdue += 1 }
        }
        return ProgressSummary(
            progress: totalWeight > 0 ? weightedSum / totalWeight : 0, taskCount: tasks.count,
            totalWeight: totalWeight, weightedSum: weightedSum, countByStatus: counts, overdueCount: overdue)
    }
}
