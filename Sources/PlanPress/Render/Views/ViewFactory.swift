import Foundation

/// Turns resolved content into the view values templates show, formatted for the page's language.
struct ViewFactory {
    let site: ResolvedSite
    let l: Localizer
    let markdown: MarkdownRenderer
    let editions: EditionMap
    let theme: Theme
    /// The site part of pages, made once per section (`siteData(current:)`).
    let siteParts = TemplateDataCache()
    /// Story cards, made once per story (`newsCard(_:)`).
    let newsCards = TemplateDataCache()
    /// Task rows, made once per task (`taskRow(_:)`).
    let taskRows = TemplateDataCache()
    /// What the metadata of every page shares (`meta`).
    let pageParts: PageParts

    /// The parts of every page's metadata that do not depend on the page.
    struct PageParts {
        let homeTitle: String
        let homeURL: String
        let buildDate: String
        let siteFeed: FeedLinks
    }

    init(site: ResolvedSite, l: Localizer, markdown: MarkdownRenderer, editions: EditionMap, theme: Theme) {
        self.site = site
        self.l = l
        self.markdown = markdown
        self.editions = editions
        self.theme = theme
        let link = { (path: String) in site.config.baseURL.link(site.edition.pathPrefix + path) }
        pageParts = PageParts(
            homeTitle: l.t("nav_home"), homeURL: link(""), buildDate: l.date(site.buildDate),
            siteFeed: FeedLinks(atom: link("feed.xml"), json: link("feed.json")))
    }

    var base: BaseURL { site.config.baseURL }

    /// A site path in this page's edition, as a root-relative link under the base path.
    func link(_ path: String) -> String { base.link(site.edition.pathPrefix + path) }

    /// A site path in this edition as an absolute URL.
    func absolute(_ path: String) -> String { base.absolute(site.edition.pathPrefix + path) }

    /// Markdown to HTML, with live-data tags replaced by the current figures of the item they name.
    func html(_ source: MarkdownSource) -> HTMLFragment { html([source])[0] }

    /// The HTML of a text transcribed from the plan, its uncertain readings (`[?]`) marked and explained.
    func transcribed(_ source: MarkdownSource) -> HTMLFragment {
        UncertainReadings.mark(html(source), explanation: l.t("uncertain_reading"))
    }

    /// A plain text transcribed from the plan, escaped, with its uncertain readings marked.
    func transcribed(text: String) -> HTMLFragment {
        UncertainReadings.mark(text: text, explanation: l.t("uncertain_reading"))
    }

    /// The HTML of several bodies, parsed together (`MarkdownRenderer.render(_:)` of a list).
    func html(_ sources: [MarkdownSource]) -> [HTMLFragment] {
        let batch = markdownBatch(sources)
        return batch.html(markdown.render(batch.texts))
    }

    /// Bodies ready for cmark-gfm: live-data tags become tokens cmark-gfm leaves alone.
    func markdownBatch(_ sources: [MarkdownSource]) -> MarkdownBatch {
        var batch = MarkdownBatch()
        for source in sources {
            guard source.mayContainShortcodes else {
                batch.texts.append(source.markdown)
                batch.replacements.append([])
                continue
            }
            var text = source.text
            var tokens: [(token: String, html: String)] = []
            for (index, code) in Shortcode.all(in: source.text).enumerated() {
                let token = "PLANPRESSTAG\(index)X"
                text = text.replacingOccurrences(of: code.text, with: token)
                tokens.append((token, shortcodeHTML(code)))
            }
            batch.texts.append(text[...])
            batch.replacements.append(tokens)
        }
        return batch
    }

    private func shortcodeHTML(_ code: Shortcode) -> String {
        struct TagContext: Encodable {
            var t: [String: String]
            var card: IndicatorCard?
            var row: Shared<TaskRow>?
        }
        switch Shortcode.Name(rawValue: code.name) {
        case .indicator:
            guard let indicator = site.indicator(code.argument) else { return "" }
            var card = indicatorCard(indicator)
            card.sparkline = nil
            let context = TagContext(t: l.strings, card: card, row: nil)
            return (try? theme.render(context, template: "tag-indicator")) ?? ""
        case .task:
            guard let task = site.task(code.argument) else { return "" }
            let context = TagContext(t: l.strings, card: nil, row: taskRow(task))
            return (try? theme.render(context, template: "tag-task")) ?? ""
        case nil:
            return ""
        }
    }

    // MARK: - Page frame

    private static let sections: [(key: String, path: String)] = [
        ("nav_home", Permalinks.home), ("nav_plan", Permalinks.plan), ("nav_areas", Permalinks.areas),
        ("nav_tasks", Permalinks.tasks), ("nav_indicators", Permalinks.indicators),
        ("nav_reports", Permalinks.reports), ("nav_summary", Permalinks.statusSummary), ("nav_news", Permalinks.news),
    ]

    private static func isCurrent(_ section: String, _ current: String) -> Bool {
        section.isEmpty ? current.isEmpty : current.hasPrefix(section)
    }

    func siteView(current: String) -> SiteView {
        let navigation = Self.sections.map { key, path in
            NavigationLink(title: l.t(key), url: link(path), current: Self.isCurrent(path, current))
        }
        let footerPages = site.pages.map {
            NavigationLink(title: $0.title, url: link(Permalinks.page($0)), current: current == Permalinks.page($0))
        }
        let illustrative = site.config.illustrative
        return SiteView(
            title: site.config.title, organization: site.config.organization, language: l.language,
            homeURL: link(""), stylesheetURL: base.link("assets/css/style.css"),
            iconURL: base.link("assets/favicon.svg"), navigation: navigation,
            footerPages: footerPages, illustrative: illustrative)
    }

    /// Metadata for a page at `path`; `crumbs` are the steps between home and the page itself.
    func meta(
        title: String, description: String, path: String, kind: String, crumbs: [Crumb] = [],
        updated: CalendarDate?, feedbackID: String, source: Origin? = nil, feed: Bool = false
    ) -> PageMeta {
        let updatedDate = updated ?? site.asOf ?? site.plan.issued
        let parts = pageParts
        // The home page has no trail to show: a breadcrumb of only "Home" says nothing.
        let breadcrumb = path.isEmpty
            ? []
            : [Crumb(title: parts.homeTitle, url: parts.homeURL)] + crumbs + [Crumb(title: title, url: nil)]
        let documentTitle = path.isEmpty ? site.config.title : "\(title) – \(site.config.title)"
        let pageDescription = description.isEmpty ? site.config.description : description
        let canonicalURL = absolute(path)
        return PageMeta(
            title: title, documentTitle: documentTitle, description: Self.oneLine(pageDescription, limit: 300),
            url: link(path), canonicalURL: canonicalURL, kind: kind, breadcrumb: breadcrumb,
            updated: l.date(updatedDate), updatedISO: updatedDate.iso,
            feedbackURL: FeedbackLink.url(
                for: site.config.feedback, pageURL: canonicalURL, title: title, id: feedbackID,
                subject: l.fill("feedback_subject") { $0 == "title" ? title : $0 == "id" ? feedbackID : nil },
                body: l.fill("feedback_body") { $0 == "url" ? canonicalURL : $0 == "date" ? parts.buildDate : nil }),
            alternates: editions.alternates(of: path, current: site.edition, base: base),
            untranslated: source.map { site.untranslated.contains($0.path) } ?? false,
            itemFeed: feed ? feedLinks(path) : nil, siteFeed: parts.siteFeed)
    }

    func feedLinks(_ folder: String) -> FeedLinks {
        FeedLinks(atom: link(folder + "feed.xml"), json: link(folder + "feed.json"))
    }

    func context<Content: Encodable>(_ meta: PageMeta, path: String, content: Content) -> PageContext<Content> {
        PageContext(site: siteData(current: path), t: l.strings, page: meta, content: content)
    }

    /// `siteView(current:)` as template data. It differs between pages only in which link is marked current, so
    /// it is made once for each such set of links.
    func siteData(current: String) -> TemplateData {
        let key = Self.sections.indices.filter { Self.isCurrent(Self.sections[$0].path, current) }.map(String.init)
            + site.pages.indices.filter { current == Permalinks.page(site.pages[$0]) }.map { "p\($0)" }
        return siteParts.value(for: key.joined(separator: ",")) { TemplateDataEncoder.encode(siteView(current: current)) }
    }

    /// The page that explains how progress is computed: a free page with slug `phuong-phap`, else the plan.
    var methodologyURL: String {
        site.pages.first { $0.slug == "phuong-phap" }.map { link(Permalinks.page($0)) } ?? link(Permalinks.plan)
    }

    // MARK: - Shared rows and cards

    func taskRow(_ task: PlanTask) -> Shared<TaskRow> {
        Shared(data: taskRows.value(for: task.id) { TemplateDataEncoder.encode(taskRowView(task)) })
    }

    /// The row of the task `id`, or nil when no task has it; the task is read only if its row is not made yet.
    func taskRow(id: String) -> Shared<TaskRow>? {
        guard let index = site.taskIndex[id] else { return nil }
        return Shared(data: taskRows.value(for: id) { TemplateDataEncoder.encode(taskRowView(site.tasks[index])) })
    }

    func taskRowView(_ task: PlanTask) -> TaskRow {
        let state = site.taskStates[task.id]
        let area = site.area(task.area)
        return TaskRow(
            id: task.id, title: task.title, url: link(Permalinks.task(task)), areaTitle: area?.title ?? task.area,
            areaURL: area.map { link(Permalinks.area($0)) } ?? "", lead: site.unitName(task.lead),
            due: task.dueText ?? l.due(task.due), status: (state?.status ?? .notStarted).rawValue,
            statusLabel: l.status(state?.status ?? .notStarted), progress: l.percent(state?.progress ?? 0),
            progressValue: Int((state?.progress ?? 0).rounded()), overdue: state?.isOverdue ?? false,
            note: state?.note,
            stale: state.flatMap { $0.isStale ? l.t("not_updated_since", ["period": $0.period.map(l.period) ?? "–"]) : nil })
    }

    func statusCounts(_ summary: ProgressSummary) -> [StatusCount] {
        TaskStatus.allCases.map {
            StatusCount(status: $0.rawValue, label: l.status($0), count: summary.countByStatus[$0] ?? 0)
        }
    }

    func areaCard(_ area: Area) -> AreaCard {
        let summary = site.areaProgress[area.id] ?? ProgressSummary.empty
        return AreaCard(
            id: area.id, title: area.title, url: link(Permalinks.area(area)), summary: area.summary,
            progress: l.percent(summary.progress), progressValue: Int(summary.progress.rounded()),
            taskCount: summary.taskCount, overdueCount: summary.overdueCount, hasOverdue: summary.overdueCount > 0,
            statusCounts: statusCounts(summary))
    }

    func targetLabel(_ indicator: Indicator) -> String {
        guard let value = indicator.target.value else {
            return l.t("target_words", ["text": indicator.target.text ?? "", "year": String(indicator.target.byYear)])
        }
        return l.t(
            "target_value",
            [
                "value": l.measure(value, kind: indicator.kind, unit: indicator.unit),
                "year": String(indicator.target.byYear),
            ])
    }

    func indicatorCard(_ indicator: Indicator) -> IndicatorCard {
        let state = site.indicatorStates[indicator.id]
        let standing = state?.standing ?? .unknown
        return IndicatorCard(
            id: indicator.id, title: indicator.title, url: link(Permalinks.indicator(indicator)),
            areaTitle: site.area(indicator.area)?.title ?? indicator.area,
            latest: state?.latest.map { l.measure($0.value, kind: indicator.kind, unit: indicator.unit) },
            latestPeriod: state?.latest.map { l.period($0.period) }, target: targetLabel(indicator),
            standing: standing.rawValue, standingLabel: l.standing(standing),
            distance: state?.distance.flatMap { $0 > 0 ? distanceLabel($0, for: indicator) : nil },
            lastUpdate: state?.latest.map { l.period($0.period) },
            nextExpected: state?.nextExpected.map(l.period),
            stale: state.flatMap { s in s.isStale ? s.latest.map { l.t("not_updated_since", ["period": l.period($0.period)]) } : nil },
            sparkline: sparkline(indicator))
    }

    /// "12,5%" short of a percent target, "2 hạng" short of a rank target.
    func distanceLabel(_ distance: Double, for indicator: Indicator) -> String {
        indicator.kind == .rank
            ? l.measure(distance, kind: .count, unit: l.t("unit_ranks"))
            : l.measure(distance, kind: indicator.kind, unit: indicator.unit)
    }

    func reportTitle(_ report: Report) -> String {
        report.title.isEmpty ? l.t("report_title", ["period": l.period(report.period)]) : report.title
    }

    func reportRow(_ report: Report) -> ReportRow {
        ReportRow(
            title: reportTitle(report), url: link(Permalinks.report(report.period)), period: l.period(report.period),
            asOf: l.date(report.asOf), published: l.date(report.published))
    }

    /// The story's card, made once in a render and shared by every page that lists the story.
    func newsCard(_ item: NewsItem) -> Shared<NewsCard> {
        Shared<NewsCard>(data: newsCards.value(for: item.origin.path) { TemplateDataEncoder.encode(newsCardView(item)) })
    }

    func newsCardView(_ item: NewsItem) -> NewsCard {
        NewsCard(
            title: item.title, url: link(Permalinks.newsItem(item)), date: l.date(item.date), dateISO: item.date.iso,
            summary: item.summary, image: item.image.map(assetLink), imageAlt: item.imageAlt,
            tags: zip(item.tags, item.tagSlugs).map { TagLink(name: $0, url: link(Permalinks.tag(slug: $1)), count: 0) })
    }

    /// An image path from front matter (a file of `static/`, shared by every edition) as a link.
    func assetLink(_ path: String) -> String { base.link(Self.sitePath(ofAsset: path)) }

    /// The same, as an absolute URL for share cards.
    func absoluteAsset(_ path: String) -> String { base.absolute(Self.sitePath(ofAsset: path)) }

    static func sitePath(ofAsset path: String) -> String { path.hasPrefix("/") ? String(path.dropFirst()) : path }

    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = isOneLine(text) ? text : text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // A text of at most `limit` bytes has at most `limit` characters, which spares counting them.
        guard flat.utf8.count > limit, flat.count > limit else { return flat }
        return String(flat.prefix(limit - 1)) + "…"
    }

    /// Whether `text` is already one line: single spaces between words and no other white space. Most
    /// descriptions are, and need no splitting.
    static func isOneLine(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previous == " " { return false }
            } else if isWhitespace(scalar) {
                return false
            } else if previous == " ", scalar.value >= 0x80, extendsCharacter(scalar) {
                // A mark on a space makes one character of both, which is white space as a whole.
                return false
            }
            previous = scalar
        }
        return previous != " " || text.isEmpty
    }

    private static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend || scalar.value == 0x200D
        }
    }

    /// Unicode's White_Space property, which `Character.isWhitespace` tests, written out.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// Template data a render makes once and uses on many pages, by key; shared by the threads of one render.
final class TemplateDataCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: TemplateData] = [:]

    func value(for key: String, make: () -> TemplateData) -> TemplateData {
        if let data = lock.withLock({ made[key] }) { return data }
        let data = make()
        lock.withLock { made[key] = data }
        return data
    }
}
