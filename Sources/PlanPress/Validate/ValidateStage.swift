/// Stage 2: turn each loaded file into a typed content item, checking every field's type, range and form.
///
/// Cross-references between items are checked later, by the resolve stage.
enum ValidateStage {
    static func run(_ site: LoadedSite, log: inout DiagnosticLog) -> ContentStore? {
        var cache: [String: Decoded] = [:]
        return run(site, cache: &cache, log: &log)
    }

    /// `run`, re-using the decoded items of files whose stamp is unchanged since the last run (the preview's rebuilds).
    static func run(_ site: LoadedSite, cache: inout [String: Decoded], log: inout DiagnosticLog) -> ContentStore? {
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
        // Files are picked by index: copying ten thousand loaded files, one after another, kept the other core idle.
        // (`contains(where:)` copies each one too.)
        let files = site.files
        var hasTranslations = false
        var hasPlan = false
        for index in files.indices {
            if files[index].language != nil { hasTranslations = true }
            if files[index].kind == .plan { hasPlan = true }
        }
        // Every original that was read, parsed or not, so a broken original is not reported as missing too;
        // gathered only when there are translations to check.
        let originals = hasTranslations ? Set(site.readPaths) : []
        var decodable: [Int] = []
        decodable.reserveCapacity(files.count)
        for index in files.indices {
            if let language = files[index].language, !originals.contains(files[index].originalPath) {
                log.error(
                    at: SourceLocation(path: files[index].path),
                    "translation of \(files[index].originalPath), which does not exist",
                    hint: "name the translation after its original: <name>.\(language).md beside <name>.md")
                continue
            }
            decodable.append(index)
        }
        // Each file decodes on its own, so files are decoded on every core; an unchanged file reuses its result.
        let results = ParallelMap.map(decodable) { index -> Decoded in
            let file = files[index]
            if let stamp = file.stamp, let cached = cache[file.path], cached.stamp == stamp { return cached }
            return decode(file)
        }
        var fresh: [String: Decoded] = [:]
        fresh.reserveCapacity(decodable.count)
        news.reserveCapacity(decodable.count)
        for (index, result) in zip(decodable, results) {
            let file = (stamp: files[index].stamp, path: files[index].path, kind: files[index].kind, language: files[index].language)
            log.append(contentsOf: result.diagnostics)
            if file.stamp != nil { fresh[file.path] = result }
            if file.kind == .units, file.language == nil { sawUnits = true }
            switch result.item {
            case nil: continue
            case let .translation(translation):
                translations[file.language ?? "", default: [:]][files[index].originalPath] = translation
            case let .plan(item): plan = item
            case let .units(items): units = items
            case let .area(item): areas.append(item)
            case let .task(item): tasks.append(item)
            case let .indicator(item): indicators.append(item)
            case let .report(item): reports.append(item)
            case let .news(item): news.append(item)
            case let .page(item): pages.append(item)
            case let .assessment(item): assessments.append(item)
            }
        }
        cache = fresh
        if site.config != nil, !hasPlan {
            log.error(
                at: SourceLocation(path: "content/plan.md"), "the site has no plan",
                hint: "write content/plan.md with the plan's title, number, issued date, issuer and period")
        }
        if site.config != nil, !sawUnits {
            log.error(
                at: SourceLocation(path: "content/units.yaml"), "the site has no list of units",
                hint: "write content/units.yaml with one 'id: Agency name' per line")
        }
        guard let config, let plan else { return nil }
        let store = ContentStore(
            config: config, plan: plan, units: units, areas: areas, tasks: tasks, indicators: indicators,
            reports: reports, news: news, pages: pages, assessments: assessments, translations: translations)
        guard !log.hasErrors else {
            // The items that decoded are checked against each other too, so one run reports every file's errors;
            // ids of a kind with a broken or unreadable file are uncertain, and references to them are not judged.
            var unknowable = Set<ContentKind>()
            for error in log.errors { unknowable.formUnion(ContentKind.kinds(under: error.location.path)) }
            ReferenceCheck(store, unknowable: unknowable).run(log: &log)
            return nil
        }
        return store
    }

    /// One file's decoded item and the diagnostics decoding it gave. A class: ten thousand of them go from the
    /// decoding threads to the cache and the store, and copying each one's fields held up a core.
    final class Decoded: Sendable {
        enum Item: Sendable {
            case plan(Plan), units([AgencyUnit]), area(Area), task(PlanTask), indicator(Indicator), report(Report)
            case news(NewsItem), page(Page), assessment(Assessment), translation(Translation)
        }

        let stamp: FileStamp?
        let item: Item?
        let diagnostics: [Diagnostic]

        init(stamp: FileStamp?, item: Item?, diagnostics: [Diagnostic]) {
            self.stamp = stamp
            self.item = item
            self.diagnostics = diagnostics
        }
    }

    static func decode(_ file: LoadedFile) -> Decoded {
        var log = DiagnosticLog()
        let item: Decoded.Item?
        if let language = file.language {
            item = Translation.decode(file, language: language, log: &log).map { .translation($0) }
        } else {
            switch file.kind {
            case .plan: item = Plan.decode(file, log: &log).map { .plan($0) }
            case .units: item = .units(AgencyUnit.decodeAll(file, log: &log))
            case .area: item = Area.decode(file, log: &log).map { .area($0) }
            case .task: item = PlanTask.decode(file, log: &log).map { .task($0) }
            case .indicator: item = Indicator.decode(file, log: &log).map { .indicator($0) }
            case .report: item = Report.decode(file, log: &log).map { .report($0) }
            case .news: item = NewsItem.decode(file, log: &log).map { .news($0) }
            case .page: item = Page.decode(file, log: &log).map { .page($0) }
            case .assessment: item = Assessment.decode(file, log: &log).map { .assessment($0) }
            }
        }
        return Decoded(stamp: file.stamp, item: item, diagnostics: log.entries)
    }
}
