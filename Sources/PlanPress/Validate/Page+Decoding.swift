extension Page {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> Page? {
        var r = FieldReader(file)
        let title = r.string("title", required: true)
        let slug = r.string("slug")
        let summary = r.string("summary") ?? ""
        let order = r.integer("order") ?? 100
        let layout = r.string("layout") ?? "page"
        r.reportUnknownFields(in: "page")
        log.append(contentsOf: r.diagnostics)
        guard let title else { return nil }
        return Page(
            title: title, slug: slug.map(Slug.make) ?? Slug.make(Self.fileStem(file.path)), summary: summary, order: order, layout: layout,
            body: file.body, origin: r.origin)
    }

    /// `content/pages/gioi-thieu.md` → `gioi-thieu`: free pages keep the address their file name gives.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
