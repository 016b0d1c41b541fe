extension Area {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> Area? {
        var r = FieldReader(file)
        let id = r.string("id", required: true)
        let order = r.integer("order") ?? 0
        let title = r.string("title", required: true)
        let objectives = r.strings("objectives")
        let summary = r.string("summary") ?? ""
        let slug = r.string("slug")
        r.reportUnknownFields(in: "area")
        log.append(contentsOf: r.diagnostics)
        guard let id, let title else { return nil }
        return Area(
            id: id, order: order, title: title, slug: slug.map(Slug.make) ?? Slug.make(title), objectives: objectives,
            summary: summary, body: file.body, origin: r.origin)
    }
}
