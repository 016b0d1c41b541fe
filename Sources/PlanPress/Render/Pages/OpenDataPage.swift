/// The data catalogue: every open data file with its format and a description of every field.
struct OpenDataPage {
    struct Field: Encodable {
        var name: String
        var description: String
    }

    struct DataFile: Encodable {
        var title: String
        var description: String
        var links: [NavigationLink]
        var fields: [Field]
    }

    struct Content: Encodable {
        var files: [DataFile]
        var notes: String
    }

    static let taskFields = ["id", "area", "title", "lead", "lead_name", "partners", "due", "due_text", "product", "weight", "indicators", "status", "progress", "overdue", "last_report", "note"]
    static let indicatorFields = ["id", "title", "area", "kind", "unit", "direction", "frequency", "target_value", "target_year", "target_text", "baseline", "latest_value", "latest_period", "standing", "source", "values"]
    static let reportFields = ["period", "as_of", "published", "illustrative", "tasks", "indicators"]

    static func render(_ r: PageRenderer) throws(TemplateError) -> RenderedFile {
        let v = r.views
        let site = v.site
        func data(_ path: String) -> String { v.base.link("data/" + path) }
        /// A link to a data file, named by its file name.
        func file(_ path: String) -> NavigationLink {
            NavigationLink(title: String(path.split(separator: "/").last ?? ""), url: data(path), current: false)
        }
        func fields(_ names: [String]) -> [Field] { names.map { Field(name: $0, description: v.l.t("field_" + $0)) } }
        let files = [
            DataFile(
                title: v.l.t("data_tasks"), description: v.l.t("data_tasks_text"),
                links: [file("tasks.csv"), file("tasks.json"), file("schema/tasks.schema.json")],
                fields: fields(taskFields)),
            DataFile(
                title: v.l.t("data_indicators"), description: v.l.t("data_indicators_text"),
                links: [file("indicators.csv"), file("indicators.json"), file("schema/indicators.schema.json")],
                fields: fields(indicatorFields)),
            DataFile(
                title: v.l.t("data_reports"), description: v.l.t("data_reports_text"),
                links: site.reports.map { NavigationLink(title: "reports/\($0.period.slug).json", url: data("reports/\($0.period.slug).json"), current: false) }
                    + [file("schema/report.schema.json")],
                fields: fields(reportFields)),
        ]
        let meta = v.meta(
            title: v.l.t("data_title"), description: v.l.t("data_description"), path: Permalinks.openData, kind: "data",
            updated: site.latestReport?.published, feedbackID: "open-data")
        return try r.page("open-data", path: Permalinks.openData, meta: meta, content: Content(files: files, notes: v.l.t("data_notes")))
    }
}
