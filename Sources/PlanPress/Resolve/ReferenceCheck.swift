/// Checks that every id a content item names exists, and that ids are unique.
///
/// After a failed validation it runs on the items that did decode, so that one run reports every file's errors;
/// references to a kind of which some file failed are not judged then (`unknowable`), since the id may be in it.
struct ReferenceCheck {
    let store: ContentStore
    let unknowable: Set<ContentKind>
    let unitIDs: Set<String>
    let areaIDs: Set<String>
    let taskIDs: Set<String>
    let indicatorIDs: Set<String>
    let indicatorsByID: [String: Indicator]

    init(_ store: ContentStore, unknowable: Set<ContentKind> = []) {
        self.store = store
        self.unknowable = unknowable
        unitIDs = Set(store.units.map(\.id))
        areaIDs = Set(store.areas.map(\.id))
        taskIDs = Set(store.tasks.map(\.id))
        indicatorIDs = Set(store.indicators.map(\.id))
        indicatorsByID = Dictionary(store.indicators.map { ($0.id, $0) }) { first, _ in first }
    }

    func run(log: inout DiagnosticLog) {
        checkUnique(store.areas.map { ($0.id, $0.origin) }, what: "area", log: &log)
        checkUnique(store.tasks.map { ($0.id, $0.origin) }, what: "task", log: &log)
        checkUnique(store.indicators.map { ($0.id, $0.origin) }, what: "indicator", log: &log)
        checkUnique(store.reports.map { ($0.period.description, $0.origin) }, what: "report period", field: "period", log: &log)

        for task in store.tasks {
            expect(task.area, in: areaIDs, what: .area, at: task.origin.location(of: "area"), log: &log)
            expect(task.lead, in: unitIDs, what: .units, at: task.origin.location(of: "lead"), log: &log)
            for (i, partner) in task.partners.enumerated() {
                expect(partner, in: unitIDs, what: .units, at: task.origin.location(of: "partners[\(i)]"), log: &log)
            }
            for (i, id) in task.indicators.enumerated() {
                expect(id, in: indicatorIDs, what: .indicator, at: task.origin.location(of: "indicators[\(i)]"), log: &log)
            }
        }
        for indicator in store.indicators {
            expect(indicator.area, in: areaIDs, what: .area, at: indicator.origin.location(of: "area"), log: &log)
        }
        for report in store.reports {
            checkReport(report, log: &log)
        }
        // By index: a loop over the stories copied each one whole.
        for index in store.news.indices where unknowable.isDisjoint(with: [.task, .indicator]) {
            for (i, id) in store.news[index].related.enumerated() where !taskIDs.contains(id) && !indicatorIDs.contains(id) {
                log.error(
                    at: store.news[index].origin.location(of: "related[\(i)]"), "unknown task or indicator '\(id)'",
                    hint: Self.knownHint(taskIDs.union(indicatorIDs), near: id))
            }
        }
    }

    private func checkReport(_ report: Report, log: inout DiagnosticLog) {
        let plan = store.plan
        if report.period.end < plan.periodStart || report.period.start > plan.periodEnd {
            log.error(
                at: report.origin.location(of: "period"),
                "report period \(report.period) is outside the plan's period \(plan.periodStart)–\(plan.periodEnd)",
                hint: "check the year")
        }
        for (id, update) in report.tasks.sorted(by: { $0.key < $1.key }) where !taskIDs.contains(id) && !unknowable.contains(.task) {
            log.error(at: update.location, "unknown task '\(id)'", hint: Self.knownHint(taskIDs, near: id))
        }
        for id in report.indicators.keys.sorted() where !indicatorIDs.contains(id) && !unknowable.contains(.indicator) {
            log.error(
                at: report.origin.location(of: "indicators.\(id)"), "unknown indicator '\(id)'",
                hint: Self.knownHint(indicatorIDs, near: id))
        }
        for (id, value) in report.indicators.sorted(by: { $0.key < $1.key }) {
            guard let indicator = indicatorsByID[id], indicator.kind == .rank, !Indicator.isRank(value) else { continue }
            log.error(
                at: report.origin.location(of: "indicators.\(id).value"),
                "'\(id)' is a rank and must be a whole number from 1, found \(FieldReader.plain(value))",
                hint: "a rank is a place in a list: 1 is the first")
        }
    }

    private func expect(
        _ id: String, in known: Set<String>, what kind: ContentKind, at location: SourceLocation, log: inout DiagnosticLog
    ) {
        guard !known.contains(id), !unknowable.contains(kind) else { return }
        let what = kind == .units ? "unit" : kind.rawValue
        log.error(at: location, "unknown \(what) '\(id)'", hint: Self.knownHint(known, near: id))
    }

    private func checkUnique(
        _ items: [(String, Origin)], what: String, field: String = "id", log: inout DiagnosticLog
    ) {
        var first: [String: Origin] = [:]
        for (id, origin) in items {
            if let earlier = first[id] {
                log.error(
                    at: origin.location(of: field), "duplicate \(what) '\(id)', also in \(earlier.path)",
                    hint: "each \(what) must be unique; rename one of them")
            } else {
                first[id] = origin
            }
        }
    }

    /// "did you mean 'x'? (known: a, b, c, …)"
    static func knownHint(_ known: Set<String>, near id: String) -> String {
        let sorted = known.sorted()
        let closest = sorted.min { FieldReader.distance($0, id) < FieldReader.distance($1, id) }
        let list = sorted.prefix(12).joined(separator: ", ") + (sorted.count > 12 ? ", …" : "")
        if let closest, FieldReader.distance(closest, id) <= max(2, id.count / 3) {
            return "did you mean '\(closest)'? (known: \(list))"
        }
        return sorted.isEmpty ? "none are defined yet" : "known: \(list)"
    }
}
