extension Report {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> Report? {
        var r = FieldReader(file)
        var period: ReportPeriod?
        if let text = r.string("period", required: true) {
            period = ReportPeriod(text)
            if period == nil {
                r.error(
                    at: r.origin.location(of: "period"), "period '\(text)' is not a quarter, half year or year",
                    hint: "write '2026-Q3', '2026-H1' or '2026'")
            }
        }
        let title = r.string("title")
        let number = r.string("number")
        let asOf = r.date("as_of", required: true)
        let published = r.date("published")
        if let period, let asOf, asOf < period.start || asOf > period.end {
            r.error(
                at: r.origin.location(of: "as_of"),
                "as_of \(asOf) lies outside the report's period \(period) (\(period.start) to \(period.end))",
                hint: "as_of is the day the figures were taken, within the period; check the year and the period")
        }
        if let asOf, let published, published < asOf {
            r.warning(at: r.origin.location(of: "published"), "published (\(published)) is before as_of (\(asOf))")
        }
        let illustrative = r.bool("illustrative", default: false)
        var tasks: [String: TaskUpdate] = [:]
        for entry in r.entries("tasks") {
            var t = FieldReader(document: file.frontMatter, node: entry.value, anchor: entry.location)
            let status: TaskStatus? = t.choice("status", required: true)
            let defaultProgress: Double? = status == .done ? 100 : status == .notStarted ? 0 : nil
            let progress = t.number("progress", required: defaultProgress == nil, in: 0...100) ?? defaultProgress
            let note = t.string("note")
            if status == .done, let progress, progress < 100 {
                t.warning(
                    at: t.origin.location(of: "progress"), "task \(entry.key) is done but its progress is \(FieldReader.plain(progress))",
                    hint: "set 'progress: 100' or choose another status")
            }
            t.reportUnknownFields(in: "the report entry of task \(entry.key)")
            r.absorb(t)
            if let status, let progress {
                tasks[entry.key] = TaskUpdate(status: status, progress: progress, note: note, location: entry.location)
            }
        }
        var indicators: [String: Double] = [:]
        var indicatorLocations: [String: (key: SourceLocation, value: SourceLocation)] = [:]
        for entry in r.entries("indicators") {
            if let value = r.number(entry.value, named: entry.key) {
                indicators[entry.key] = value
                indicatorLocations[entry.key] = (entry.location, r.location(of: entry.value))
            }
        }
        r.reportUnknownFields(in: "report")
        log.append(contentsOf: r.diagnostics)
        guard let period, let asOf else { return nil }
        var origin = r.origin
        for (id, location) in indicatorLocations {
            origin.fields["indicators.\(id)"] = location.key
            origin.fields["indicators.\(id).value"] = location.value
        }
        return Report(
            period: period, title: title ?? "", number: number, asOf: asOf, published: published ?? asOf, illustrative: illustrative,
            tasks: tasks, indicators: indicators, body: file.body, origin: origin)
    }
}
