extension Assessment {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> Assessment? {
        var r = FieldReader(file)
        let year = r.integer("year", required: true, in: 1900...2200)
        let title = r.string("title") ?? ""
        let illustrative = r.bool("illustrative", default: false)
        var groups: [AssessmentGroup] = []
        if let node = r.value("groups", required: true) {
            for groupNode in node.sequence.map(Array.init) ?? [] {
                var g = FieldReader(document: file.frontMatter, node: groupNode, anchor: r.location(of: groupNode))
                let area = g.string("area", required: true) ?? ""
                let groupTitle = g.string("title", required: true) ?? ""
                var criteria: [Criterion] = []
                for criterionNode in g.value("criteria", required: true)?.sequence.map(Array.init) ?? [] {
                    var c = FieldReader(document: file.frontMatter, node: criterionNode, anchor: g.location(of: criterionNode))
                    let id = c.string("id", required: true) ?? ""
                    let criterionTitle = c.string("title", required: true) ?? ""
                    let maximum = c.number("max", required: true, in: 0...1000) ?? 0
                    let score = c.number("score", required: true, in: 0...1000) ?? 0
                    if score > maximum {
                        c.error(
                            at: c.origin.location(of: "score"),
                            "criterion \(id) scores \(FieldReader.plain(score)) points, above its maximum of \(FieldReader.plain(maximum))",
                            hint: "self-assessed points cannot exceed the criterion's maximum")
                    }
                    let evidence = c.strings("evidence")
                    for (index, link) in evidence.enumerated() where link.contains(":") && !SiteConfig.isWebURL(link) {
                        c.error(
                            at: c.origin.location(of: "evidence[\(index)]"), "evidence '\(link)' is not a web address or a site path",
                            hint: "write https://… or a path of this site such as bao-cao/2026-q3/")
                    }
                    c.reportUnknownFields(in: "criterion")
                    g.absorb(c)
                    criteria.append(Criterion(id: id, title: criterionTitle, maximum: maximum, score: score, evidence: evidence))
                }
                g.reportUnknownFields(in: "criteria group")
                r.absorb(g)
                groups.append(AssessmentGroup(area: area, title: groupTitle, criteria: criteria))
            }
        }
        r.reportUnknownFields(in: "self-assessment")
        log.append(contentsOf: r.diagnostics)
        guard let year else { return nil }
        return Assessment(year: year, title: title, illustrative: illustrative, groups: groups, origin: r.origin)
    }
}
