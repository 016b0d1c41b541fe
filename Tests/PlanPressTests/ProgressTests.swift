import Testing

@testable import PlanPress

/// Task status from the latest report, weighted progress, overdue tasks and indicator standing.
@Suite struct ProgressTests {
    static func task(_ id: String, due: String, weight: Double = 1) -> PlanTask {
        PlanTask(
            id: id, area: "I", title: id, lead: "u", partners: [], due: Due(due)!, dueText: nil, product: "",
            indicators: [], weight: weight, body: .empty, origin: Origin(path: "t"))
    }

    static func report(_ period: String, asOf: String, tasks: [String: (TaskStatus, Double)], indicators: [String: Double] = [:]) -> Report {
        Report(
            period: ReportPeriod(period)!, title: "", asOf: CalendarDate(iso: asOf)!, published: CalendarDate(iso: asOf)!,
            illustrative: false,
            tasks: tasks.mapValues { TaskUpdate(status: $0.0, progress: $0.1, note: nil, location: SourceLocation(path: "r")) },
            indicators: indicators, body: .empty, origin: Origin(path: "r"))
    }

    @Test func statusComesFromTheLatestReportThatMentionsTheTask() {
        let reports = [
            Self.report("2026-Q1", asOf: "2026-03-31", tasks: ["A": (.onTrack, 10), "B": (.atRisk, 5)]),
            Self.report("2026-Q2", asOf: "2026-06-30", tasks: ["A": (.done, 100)]),
        ]
        let b = TaskState.compute(for: Self.task("B", due: "2026-2030"), reports: reports, asOf: reports.last?.asOf)
        #expect(b.status == .atRisk)
        #expect(b.period == ReportPeriod("2026-Q1"))
        #expect(b.history.count == 1)
        let c = TaskState.compute(for: Self.task("C", due: "2026-2030"), reports: reports, asOf: reports.last?.asOf)
        #expect(c.status == .notStarted && c.progress == 0 && c.period == nil)
    }

    @Test func aTaskPastItsDueDateAndNotDoneIsOverdueAsOfTheReportDate() {
        let asOf = CalendarDate(iso: "2026-09-30")
        let reports = [Self.report("2026-Q3", asOf: "2026-09-30", tasks: ["A": (.onTrack, 50), "B": (.done, 100)])]
        #expect(TaskState.compute(for: Self.task("A", due: "2026-06"), reports: reports, asOf: asOf).isOverdue)
        #expect(!TaskState.compute(for: Self.task("B", due: "2026-06"), reports: reports, asOf: asOf).isOverdue)
        #expect(!TaskState.compute(for: Self.task("A", due: "2026-09-30"), reports: reports, asOf: asOf).isOverdue)
        #expect(!TaskState.compute(for: Self.task("A", due: "yearly"), reports: reports, asOf: asOf).isOverdue)
    }

    @Test func progressIsTheWeightedMeanOfTaskProgress() {
        let tasks = [Self.task("A", due: "2026-2030", weight: 1), Self.task("B", due: "2026-2030", weight: 3)]
        let reports = [Self.report("2026-Q1", asOf: "2026-03-31", tasks: ["A": (.onTrack, 40), "B": (.delayed, 60)])]
        var states: [String: TaskState] = [:]
        for task in tasks { states[task.id] = TaskState.compute(for: task, reports: reports, asOf: nil) }
        let summary = ProgressSummary.compute(tasks, states: states)
        #expect(summary.progress == 55)
        #expect(summary.weightedSum == 220 && summary.totalWeight == 4)
        #expect(summary.countByStatus[.delayed] == 1)
    }

    static func indicator(direction: Direction, kind: IndicatorKind, target: Double?) -> Indicator {
        Indicator(
            id: "x", title: "x", area: "I", kind: kind, unit: "", direction: direction, baseline: nil,
            target: Target(value: target, byYear: 2030, text: target == nil ? "Cải thiện" : nil), source: "",
            planReference: nil, body: .empty, origin: Origin(path: "i"))
    }

    @Test func indicatorStandingReadsTheDirection() {
        let reports = [
            Self.report("2026-Q1", asOf: "2026-03-31", tasks: [:], indicators: ["x": 6]),
            Self.report("2026-Q2", asOf: "2026-06-30", tasks: [:], indicators: ["x": 4]),
        ]
        let rank = IndicatorState.compute(for: Self.indicator(direction: .down, kind: .rank, target: 5), reports: reports)
        #expect(rank.standing == .onTrack)
        #expect(rank.latest?.value == 4 && rank.previous?.value == 6)
        let percent = IndicatorState.compute(for: Self.indicator(direction: .up, kind: .percent, target: 5), reports: reports)
        #expect(percent.standing == .offTrack)
        #expect(percent.distance == 1)
        let words = IndicatorState.compute(for: Self.indicator(direction: .down, kind: .rank, target: nil), reports: reports)
        #expect(words.standing == .notAssessed)
        let none = IndicatorState.compute(for: Self.indicator(direction: .up, kind: .percent, target: 90), reports: [])
        #expect(none.standing == .unknown && none.latest == nil)
    }
}
