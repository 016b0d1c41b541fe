extension Plan {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> Plan? {
        var r = FieldReader(file)
        let title = r.string("title", required: true)
        let number = r.string("number") ?? ""
        let issued = r.date("issued", required: true)
        let issuer = r.string("issuer", required: true)
        let signer = r.string("signer") ?? ""
        let summary = r.string("summary") ?? ""
        var start: CalendarDate?
        var end: CalendarDate?
        if var p = r.nested("period", required: true) {
            start = p.date("start", required: true)
            end = p.date("end", required: true)
            if let s = start, let e = end, e < s {
                p.error(at: p.origin.location(of: "end"), "period ends (\(e)) before it starts (\(s))")
            }
            p.reportUnknownFields(in: "period")
            r.absorb(p)
        }
        var basis: [BasisDocument] = []
        if let node = r.value("basis") {
            for item in node.sequence.map(Array.init) ?? [node] {
                var b = FieldReader(document: file.frontMatter, node: item, anchor: r.location(of: item))
                if item.scalar != nil {
                    basis.append(BasisDocument(document: item.scalar?.string ?? "", date: nil, issuer: nil, subject: nil))
                    continue
                }
                if let document = b.string("document", required: true) {
                    basis.append(
                        BasisDocument(
                            document: document, date: b.date("date"), issuer: b.string("issuer"),
                            subject: b.string("subject")))
                }
                b.reportUnknownFields(in: "basis document")
                r.absorb(b)
            }
        }
        r.reportUnknownFields(in: "the plan")
        log.append(contentsOf: r.diagnostics)
        guard let title, let issued, let issuer, let start, let end else { return nil }
        return Plan(
            title: title, number: number, issued: issued, issuer: issuer, signer: signer, periodStart: start,
            periodEnd: end, basis: basis, summary: summary, body: file.body, origin: r.origin)
    }
}
