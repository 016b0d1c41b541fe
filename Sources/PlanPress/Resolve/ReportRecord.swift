/// A report as the permanent record of one period: the figures as of its date and what changed since the
/// report before it. Half-year and year records are derived from their latest quarter when not written.
public struct ReportRecord: Sendable {
    /// A task whose status differs from the previous report's.
    public struct StatusChange: Sendable {
        public var taskID: String
        public var from: TaskStatus?
        public var to: TaskStatus
    }

    /// An indicator's value in this report against the previous one.
    public struct IndicatorChange: Sendable {
        public var indicatorID: String
        public var value: Double
        public var previous: Double?
        /// Better, worse or the same, read in the indicator's direction; nil without a previous value.
        public var improved: Bool?

        public var delta: Double? { previous.map { value - $0 } }
    }

    public var report: Report
    /// The quarter a half-year or year record was derived from, when no report was written for it.
    public var derivedFrom: ReportPeriod?
    public var previous: ReportPeriod?
    public var taskStates: [String: TaskState]
    public var planProgress: ProgressSummary
    public var areaProgress: [String: ProgressSummary]
    public var statusChanges: [StatusChange]
    public var newlyOverdue: [String]
    public var newlyCompleted: [String]
    public var indicatorChanges: [IndicatorChange]

    public var period: ReportPeriod { report.period }

    /// Records for every written report, plus derived half-years and years; oldest first. `prefixStates` are
    /// `statesOfPrefixes(reports, tasks:)`: every record compares two prefixes of the reports.
    static func all(
        reports: [Report], tasks: [PlanTask], indicators: [Indicator], areas: [Area], prefixStates: [[String: TaskState]]
    ) -> [ReportRecord] {
        var sources: [(report: Report, derivedFrom: ReportPeriod?)] = reports.map { ($0, nil) }
        let written = Set(reports.map(\.period))
        for source in reports {
            guard case let .quarter(year, quarter) = source.period, quarter == 2 || quarter == 4 else { continue }
            var derivedPeriods: [ReportPeriod] = [.half(year: year, half: quarter / 2)]
            if quarter == 4 { derivedPeriods.append(.year(year)) }
            for period in derivedPeriods where !written.contains(period) {
                var copy = source
                copy.period = period
                copy.title = ""
                sources.append((copy, source.period))
            }
        }
        sources.sort { $0.report.period < $1.report.period }
        func statesOfFirst(_ count: Int) -> [String: TaskState] { prefixStates[count] }
        // Grouped once: filtering the tasks for every record copied each task, a dozen retains apiece. For the same
        // reason the records read the tasks' ids, not the tasks.
        let tasksByArea = Dictionary(grouping: tasks, by: \.area)
        let taskIDs = tasks.map(\.id)
        // Each record reads only the reports and the prefix states, so the records are made on every core too.
        return ParallelMap.map(sources, minimumCount: 2) { source in
            let basis = source.derivedFrom ?? source.report.period
            let previous = reports.last { $0.period.end < basis.end }
            let states = statesOfFirst(reports.count(where: { $0.period <= basis }))
            let before = previous.map { p in statesOfFirst(reports.count(where: { $0.period <= p.period })) } ?? [:]
            return ReportRecord(
                report: source.report, derivedFrom: source.derivedFrom, previous: previous?.period, taskStates: states,
                planProgress: ProgressSummary.compute(tasks, states: states),
                areaProgress: Dictionary(uniqueKeysWithValues: areas.map { area in
                    (area.id, ProgressSummary.compute(tasksByArea[area.id] ?? [], states: states))
                }),
                statusChanges: taskIDs.compactMap { id in
                    guard let now = states[id], source.report.tasks[id] != nil else { return nil }
                    let was = before[id].flatMap { $0.history.isEmpty ? nil : $0.status }
                    return was == now.status ? nil : StatusChange(taskID: id, from: was, to: now.status)
                },
                newlyOverdue: taskIDs.compactMap { id in
                    states[id]?.isOverdue == true && before[id]?.isOverdue != true ? id : nil
                },
                newlyCompleted: taskIDs.compactMap { id in
                    let done = states[id]?.status == .done
                    return done && (before[id].map { $0.status != .done || $0.history.isEmpty } ?? true) ? id : nil
                },
                indicatorChanges: indicators.compactMap { indicator in
                    guard let value = source.report.indicators[indicator.id] else { return nil }
                    let earlier = previous.flatMap { p in
                        reports.filter { $0.period <= p.period }.last { $0.indicators[indicator.id] != nil }?.indicators[indicator.id]
                    }
                    let improved = earlier.flatMap { $0 == value ? nil : indicator.direction.isBetter(value, than: $0) }
                    return IndicatorChange(indicatorID: indicator.id, value: value, previous: earlier, improved: improved)
                })
        }
    }

    /// The task states after the first 0, 1, … `reports.count` reports. Each prefix extends the histories of the
    /// one before by one report: computing every prefix from scratch read each report once per later prefix.
    static func statesOfPrefixes(_ reports: [Report], tasks: [PlanTask]) -> [[String: TaskState]] {
        var histories = [[TaskState.Entry]](repeating: [], count: tasks.count)
        var prefixes: [[String: TaskState]] = []
        prefixes.reserveCapacity(reports.count + 1)
        for count in 0...reports.count {
            if count > 0 {
                let report = reports[count - 1]
                for index in tasks.indices {
                    guard let update = report.tasks[tasks[index].id] else { continue }
                    histories[index].append(
                        TaskState.Entry(period: report.period, status: update.status, progress: update.progress, note: update.note))
                }
            }
            let asOf = count > 0 ? reports[count - 1].asOf : nil
            // Two tasks with one id are an error the checks report, at the same time as this runs: the first is kept.
            prefixes.append(Dictionary(tasks.indices.map { index in
                (tasks[index].id, TaskState(deadline: tasks[index].due.deadline, history: histories[index], asOf: asOf))
            }) { first, _ in first })
        }
        return prefixes
    }
}
