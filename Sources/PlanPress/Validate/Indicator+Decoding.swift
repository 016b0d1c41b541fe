extension Indicator {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> Indicator? {
        var r = FieldReader(file)
        let id = r.string("id", required: true)
        if let id, !Slug.isValidID(id) {
            r.error(
                at: r.origin.location(of: "id"), "indicator id '\(id)' must be ASCII letters, digits and hyphens",
                hint: "e.g. 'ty-le-ho-so-truc-tuyen'")
        }
        let title = r.string("title", required: true)
        let area = r.string("area", required: true)
        let kind: IndicatorKind? = r.choice("kind", required: true)
        let unit = r.string("unit") ?? (kind == .percent ? "%" : kind == .rank ? "hạng" : "")
        let direction: Direction = r.choice("direction") ?? (kind == .rank ? .down : .up)
        if kind == .rank, direction == .up {
            r.warning(
                at: r.origin.location(of: "direction"), "a rank with direction 'up' reads higher numbers as better",
                hint: "ranks are better when lower: use 'direction: down'")
        }
        var baseline: Observation?
        if var b = r.nested("baseline") {
            if let value = b.number("value", required: true) {
                if kind == .rank, !Indicator.isRank(value) {
                    b.error(
                        at: b.origin.location(of: "value"), "a rank's baseline must be a whole number from 1, found \(FieldReader.plain(value))",
                        hint: "a rank is a place in a list: 1 is the first")
                }
                baseline = Observation(value: value, date: b.date("date"))
            }
            b.reportUnknownFields(in: "baseline")
            r.absorb(b)
        }
        var target: Target?
        if var t = r.nested("target", required: true) {
            let valueRange: ClosedRange<Double>? = kind == .percent ? -1000...1000 : nil
            let value = t.number("value", in: valueRange)
            if kind == .rank, let value, !Indicator.isRank(value) {
                t.error(
                    at: t.origin.location(of: "value"), "a rank's target must be a whole number from 1, found \(FieldReader.plain(value))",
                    hint: "a rank is a place in a list: 1 is the first")
            }
            let by = t.integer("by", required: true, in: 1900...2200)
            let text = t.string("text")
            _ = t.string("comparator")
            if value == nil, text == nil {
                t.error(
                    at: t.anchor, "target needs a 'value' or, when the plan gives no number, a 'text'",
                    hint: "e.g. 'value: 100' or 'text: Từng bước cải thiện'")
            }
            if let by { target = Target(value: value, byYear: by, text: text) }
            t.reportUnknownFields(in: "target")
            r.absorb(t)
        }
        let source = r.string("source") ?? ""
        let planReference = r.string("plan_ref")
        let frequency: ReportFrequency = r.choice("frequency") ?? .quarterly
        r.reportUnknownFields(in: "indicator")
        log.append(contentsOf: r.diagnostics)
        guard let id, let title, let area, let kind, let target else { return nil }
        return Indicator(
            id: id, title: title, area: area, kind: kind, unit: unit, direction: direction, baseline: baseline,
            target: target, source: source, planReference: planReference, frequency: frequency, body: file.body,
            origin: r.origin)
    }
}
