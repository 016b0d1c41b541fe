/// Stage 2: turn each loaded file into a typed content item, checking every field's type, range and form.
///
/// Cross-references between items are checked later, by the resolve stage.
enum ValidateStage {
    static func run(_ site: LoadedSite, log: inout DiagnosticLog) -> ContentStore? {
        let config = site.config.flatMap { SiteConfig.decode($0, log: &log) }
        var plan: Plan?
        var units: [AgencyUnit] = []
        var areas: [Area] = []
        var tasks: [PlanTask] = []
        var indicators: [Indicator] = []
        var reports: [Report] = []
        var news: [NewsItem] = []
        var pages: [Page] = []
        var assessments: [Assessment] = []
        var sawUnits = false
        var translations: [String: [String: Translation]] = [:]
        // Every original that was read, parsed or not, so a broken original is not reported as missing too.
        let originals = Set(site.sources.keys)

        for file in site.files {
            if let language = file.language {
                guard originals.contains(file.originalPath) else {
                    log.error(
                        at: SourceLocation(path: file.path), "translation of \(file.originalPath), which does not exist",
                        hint: "name the translation after its original: <name>.\(language).md beside <name>.md")
                    continue
                }
                if let translation = Translation.decode(file, language: language, log: &log) {
                    translations[language, default: [:]][file.originalPath] = translation
                }
                continue
            }
            switch file.kind {
            case .plan: plan = Plan.decode(file, log: &log)
            case .units:
                sawUnits = true
                units = AgencyUnit.decodeAll(file, log: &log)
            case .area: Area.decode(file, log: &log).map { areas.append($0) }
            case .task: PlanTask.decode(file, log: &log).map { tasks.append($0) }
            case .indicator: Indicator.decode(file, log: &log).map { indicators.append($0) }
            case .report: Report.decode(file, log: &log).map { reports.append($0) }
            case .news: NewsItem.decode(file, log: &log).map { news.append($0) }
            case .page: Page.decode(file, log: &log).map { pages.append($0) }
            case .assessment: Assessment.decode(file, log: &log).map { assessments.append($0) }
            }
        }
        if site.config != nil, !site.files.contains(where: { $0.kind == .plan }) {
            log.error(
                at: SourceLocation(path: "content/plan.md"), "the site has no plan",
                hint: "write content/plan.md with the plan's title, number, issued date, issuer and period")
        }
        if site.config != nil, !sawUnits {
            log.error(
                at: SourceLocation(path: "content/units.yaml"), "the site has no list of units",
                hint: "write content/units.yaml with one 'id: Agency name' per line")
        }
        guard let config, let plan, !log.hasErrors else { return nil }
        return ContentStore(
            config: config, plan: plan, units: units, areas: areas, tasks: tasks, indicators: indicators,
            reports: reports, news: news, pages: pages, assessments: assessments, translations: translations)
    }
}
