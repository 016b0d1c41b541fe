extension PlanTask {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> PlanTask? {
        var r = FieldReader(file)
        let id = r.string("id", required: true)
        if let id, !Slug.isValidID(id) {
            r.error(
                at: r.origin.location(of: "id"), "task id '\(id)' must be letters, digits, dots and hyphens",
                hint: "e.g. 'II.3'")
        }
        let area = r.string("area", required: true)
        let title = r.string("title", required: true)
        let lead = r.string("lead", required: true)
        let partners = r.strings("partners")
        var due: Due?
        if let text = r.string("due", required: true) {
            due = Due(text)
            if due == nil {
                r.error(
                    at: r.origin.location(of: "due"), "due '\(text)' is not a deadline PlanPress understands",
                    hint: "write a year range '2026-2030', a month '2027-02', a date '2027-02-28' or 'yearly'")
            }
        }
        let dueText = r.string("due_text")
        let product = r.string("product") ?? ""
        let indicators = r.strings("indicators")
        let weight = r.number("weight", in: 0...1000) ?? 1
        r.reportUnknownFields(in: "task")
        log.append(contentsOf: r.diagnostics)
        guard let id, let area, let title, let lead, let due else { return nil }
        return PlanTask(
            id: id, area: area, title: title, lead: lead, partners: partners, due: due, dueText: dueText,
            product: product, indicators: indicators, weight: weight, body: file.body, origin: r.origin)
    }
}
