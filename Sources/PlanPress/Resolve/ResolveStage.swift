/// Stage 3: check cross-references and URLs, then compute every status and figure the pages show.
enum ResolveStage {
    struct Options {
        var includeDrafts = false
        var includeFuture = false
        /// The build date; news dated later are left out unless `includeFuture`.
        var today = CalendarDate.today()
        /// The previous build's sites, when only news changed since (the preview): their report records, which
        /// depend on the plan, tasks, indicators and reports alone, are re-used.
        var unchangedPlanFrom: [ResolvedSite] = []
    }

    /// Resolves every language edition; the default language's diagnostics are the site's.
    static func run(_ store: ContentStore, options: Options = Options(), log: inout DiagnosticLog) -> [ResolvedSite] {
        let editions = Edition.all(for: store.config)
        guard let first = editions.first,
            let base = run(store, edition: first, editions: editions, untranslated: [], leftOut: [], options: options, log: &log)
        else { return [] }
        var sites = [base]
        for edition in editions.dropFirst() {
            let localized = store.localized(to: edition.language, log: &log)
            var scratch = DiagnosticLog()
            let omitted = localized.omitted.map { "untranslated (\(edition.language)): \($0)" }
            guard
                let site = run(
                    localized.store, edition: edition, editions: editions, untranslated: localized.untranslated,
                    leftOut: omitted, options: options, log: &scratch)
            else {
                log.append(contentsOf: scratch.errors)
                return []
            }
            if store.config.fallback == .notice {
                sites[0].leftOut += localized.untranslated.sorted().map {
                    "not translated into \(edition.language), shown with a notice: \($0)"
                }
            }
            sites[0].leftOut.append(contentsOf: omitted)
            sites.append(site)
        }
        return log.hasErrors ? [] : sites
    }

    static func run(
        _ store: ContentStore, edition: Edition, editions: [Edition], untranslated: Set<String>, leftOut: [String],
        options: Options, log: inout DiagnosticLog
    ) -> ResolvedSite? {
        let areas = store.areas.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        let areaOrder = Dictionary(areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tasks = TaskOrder.sorted(store.tasks, areaOrder: areaOrder)
        let indicators = store.indicators.sorted {
            (areaOrder[$0.area] ?? .max, $0.id) < (areaOrder[$1.area] ?? .max, $1.id)
        }
        let reports = store.reports.sorted { $0.period < $1.period }
        func isFuture(_ item: NewsItem) -> Bool { !options.includeFuture && item.date > options.today }
        // Sorted on arrays of their dates and titles: reading them through each story's storage costs more.
        let shown = store.news.filter { (options.includeDrafts || !$0.draft) && !isFuture($0) }
        let (dates, titles) = (shown.map(\.date), shown.map(\.title))
        let news = shown.indices.sorted { NewsOrder.precedes(dates[$0], titles[$0], dates[$1], titles[$1]) }.map { shown[$0] }
        let drafts = store.news.filter { !options.includeDrafts && $0.draft }.map { "draft: \($0.origin.path)" }
            + store.news.filter { !$0.draft && isFuture($0) }.map { "future (dated \($0.date)): \($0.origin.path)" }
        let asOf = reports.last?.asOf

        let reused = options.unchangedPlanFrom.first { $0.language == edition.language }
        // Checks only report, and the plan's figures and the indexes need nothing from them: the checks run on one
        // core; the figures, the task states after each report, the tags and the related-news index on the other.
        // (They are made even when a check fails; then they are not used.)
        let (checks, (figures, prefixStates, tags, relatedNews)) = ParallelMap.both({
            var checks = DiagnosticLog()
            ReferenceCheck(store).run(log: &checks)
            if edition.isDefault { ShortcodeCheck.run(store, log: &checks) }
            claimURLs(store, areas: areas, tasks: tasks, indicators: indicators, news: news, log: &checks)
            return checks
        }, {
            (reused?.figures ?? planFigures(tasks: tasks, indicators: indicators, areas: areas, reports: reports, asOf: asOf),
             reused == nil ? ReportRecord.statesOfPrefixes(reports, tasks: tasks) : nil,
             ResolvedSite.tags(of: news, language: edition.language), ResolvedSite.relatedNews(of: news))
        })
        log.append(contentsOf: checks.entries)
        log.append(contentsOf: figures.warnings)
        let (taskStates, indicatorStates, areaProgress, planProgress) =
            (figures.taskStates, figures.indicatorStates, figures.areaProgress, figures.planProgress)
        guard !log.hasErrors else { return nil }
        let records = reused?.reportRecords
            ?? ReportRecord.all(
                reports: reports, tasks: tasks, indicators: indicators, areas: areas,
                prefixStates: prefixStates ?? ReportRecord.statesOfPrefixes(reports, tasks: tasks))
        var site = ResolvedSite(
            edition: edition, editions: editions, untranslated: untranslated, buildDate: options.today,
            config: store.config, plan: store.plan, units: Dictionary(store.units.map { ($0.id, $0) }) { a, _ in a },
            areas: areas, tasks: tasks, indicators: indicators, reports: reports, reportRecords: records, news: news,
            pages: store.pages.sorted { ($0.order, $0.title) < ($1.order, $1.title) },
            assessments: store.assessments.sorted { $0.year < $1.year }, taskStates: taskStates,
            indicatorStates: indicatorStates, areaProgress: areaProgress, planProgress: planProgress, asOf: asOf,
            leftOut: edition.isDefault ? drafts : leftOut)
        site.planWarnings = figures.warnings
        site.index(tags: tags, relatedNews: relatedNews)
        return site
    }

    /// Every page's address must be one page's only; a second claim is an error at the item that made it.
    private static func claimURLs(
        _ store: ContentStore, areas: [Area], tasks: [PlanTask], indicators: [Indicator], news: [NewsItem],
        log: inout DiagnosticLog
    ) {
        var urls = URLRegistry()
        for area in areas { urls.claim(Permalinks.area(area), by: area.origin.location(of: "title"), log: &log) }
        for task in tasks { urls.claim(Permalinks.task(task), by: task.origin.location(of: "id"), log: &log) }
        for indicator in indicators {
            urls.claim(Permalinks.indicator(indicator), by: indicator.origin.location(of: "id"), log: &log)
        }
        for index in news.indices {
            urls.claim(Permalinks.newsItem(news[index]), by: news[index].origin.location(of: "title"), log: &log)
        }
        let reserved = [Permalinks.plan, Permalinks.areas, Permalinks.tasks, Permalinks.indicators,
            Permalinks.reports, Permalinks.news, Permalinks.tags, Permalinks.statusSummary, Permalinks.openData,
            Permalinks.assessments, "assets/", "data/"]
        for path in reserved { urls.claim(path, by: SourceLocation(path: "(PlanPress)"), log: &log) }
        // The other languages' editions live under /<lang>/: a page of that name would hide one's home.
        for language in store.config.languages.dropFirst() {
            urls.claim("\(language)/", by: SourceLocation(path: "(PlanPress: the home of the '\(language)' edition)"), log: &log)
        }
        for page in store.pages { urls.claim(Permalinks.page(page), by: page.origin.location(of: "title"), log: &log) }
    }

    /// Task and indicator states and progress from the reports, with the warnings about stale items.
    private static func planFigures(
        tasks: [PlanTask], indicators: [Indicator], areas: [Area], reports: [Report], asOf: CalendarDate?
    ) -> PlanFigures {
        var planLog = DiagnosticLog()
        var taskStates: [String: TaskState] = [:]
        for task in tasks {
            var state = TaskState.compute(for: task, reports: reports, asOf: asOf)
            let sinceMention = reports.count - 1 - (reports.lastIndex { $0.tasks[task.id] != nil } ?? -1)
            state.isStale = reports.count >= 2 && sinceMention >= 2
            taskStates[task.id] = state
            if !reports.isEmpty, state.history.isEmpty {
                planLog.warning(
                    at: task.origin.location(of: "id"), "no report mentions task \(task.id)",
                    hint: "add it under 'tasks:' in the latest report")
            } else if state.isStale, let last = state.period {
                planLog.warning(
                    at: task.origin.location(of: "id"), "task \(task.id) has not been updated since \(last) (\(sinceMention) reports)",
                    hint: "give its status in the next report")
            }
        }
        var indicatorStates: [String: IndicatorState] = [:]
        for indicator in indicators {
            var state = IndicatorState.compute(for: indicator, reports: reports)
            let months = indicator.frequency.months
            if let latest = state.latest {
                state.nextExpected = latest.period.quarter(after: months)
                if let asOf, latest.period.quarter(after: 2 * months).end <= asOf {
                    state.isStale = true
                    planLog.warning(
                        at: indicator.origin.location(of: "id"), "indicator \(indicator.id) has not been updated since \(latest.period)",
                        hint: "give its value in the next report, or set 'frequency: yearly' if it is measured once a year")
                }
            }
            indicatorStates[indicator.id] = state
        }
        var areaProgress: [String: ProgressSummary] = [:]
        for area in areas {
            areaProgress[area.id] = ProgressSummary.compute(tasks.filter { $0.area == area.id }, states: taskStates)
        }
        let planProgress = ProgressSummary.compute(tasks, states: taskStates)
        return PlanFigures(
            taskStates: taskStates, indicatorStates: indicatorStates, areaProgress: areaProgress,
            planProgress: planProgress, warnings: planLog.entries)
    }
}
