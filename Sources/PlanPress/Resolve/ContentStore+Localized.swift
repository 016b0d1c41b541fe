/// One language edition of the content: the originals with their translated words put in.
extension ContentStore {
    struct Localized {
        var store: ContentStore
        /// Paths of the items shown in the original language, with a notice.
        var untranslated: Set<String>
        /// Paths of the items left out of this edition (`fallback: omit`).
        var omitted: [String]
    }

    /// The content as the `language` edition shows it; list fields must keep their original length.
    func localized(to language: String, log: inout DiagnosticLog) -> Localized {
        guard language != config.defaultLanguage else { return Localized(store: self, untranslated: [], omitted: []) }
        let words = translations[language] ?? [:]
        var copy = self
        var untranslated = Set<String>()
        copy.config = config.localized(to: language)

        func translation(for origin: Origin) -> Translation? {
            if let t = words[origin.path] { return t }
            untranslated.insert(origin.path)
            return nil
        }
        func sameLength<T>(_ translated: [T]?, _ original: [T], field: String, in t: Translation) -> [T]? {
            Self.sameLength(translated, original, field: field, in: t, log: &log)
        }

        if let t = translation(for: plan.origin) {
            copy.plan.title = t.title ?? plan.title
            copy.plan.summary = t.summary ?? plan.summary
            copy.plan.issuer = t.issuer ?? plan.issuer
            copy.plan.body = t.body ?? plan.body
            if let basis = sameLength(t.basis, plan.basis.map { _ in (document: String?.none, subject: String?.none) }, field: "basis", in: t) {
                for (index, item) in basis.enumerated() {
                    copy.plan.basis[index].document = item.document ?? plan.basis[index].document
                    copy.plan.basis[index].subject = item.subject ?? plan.basis[index].subject
                }
            }
        }
        if let names = units.first.flatMap({ words[$0.origin.path] })?.unitNames {
            for index in copy.units.indices { copy.units[index].name = names[units[index].id] ?? units[index].name }
        }
        for (index, area) in areas.enumerated() {
            guard let t = translation(for: area.origin) else { continue }
            copy.areas[index].title = t.title ?? area.title
            copy.areas[index].summary = t.summary ?? area.summary
            copy.areas[index].objectives = sameLength(t.objectives, area.objectives, field: "objectives", in: t) ?? area.objectives
            copy.areas[index].body = t.body ?? area.body
        }
        for (index, task) in tasks.enumerated() {
            guard let t = translation(for: task.origin) else { continue }
            copy.tasks[index].title = t.title ?? task.title
            copy.tasks[index].product = t.product ?? task.product
            copy.tasks[index].dueText = t.dueText ?? task.dueText
            copy.tasks[index].body = t.body ?? task.body
        }
        for (index, indicator) in indicators.enumerated() {
            guard let t = translation(for: indicator.origin) else { continue }
            copy.indicators[index].title = t.title ?? indicator.title
            copy.indicators[index].source = t.source ?? indicator.source
            copy.indicators[index].target.text = t.targetText ?? indicator.target.text
            copy.indicators[index].body = t.body ?? indicator.body
        }
        for (index, report) in reports.enumerated() {
            guard let t = translation(for: report.origin) else { continue }
            copy.reports[index].title = t.title ?? report.title
            copy.reports[index].body = t.body ?? report.body
            for (id, note) in t.notes.sorted(by: { $0.key < $1.key }) {
                guard report.tasks[id] != nil else {
                    log.error(
                        at: t.origin.location(of: "notes"), "note for task '\(id)', which \(report.origin.path) does not mention",
                        hint: "translate only the notes of the original report")
                    continue
                }
                copy.reports[index].tasks[id]?.note = note
            }
        }
        for (index, item) in news.enumerated() {
            guard let t = translation(for: item.origin) else { continue }
            copy.news[index] = Self.localized(item, by: t, log: &log)
        }
        for (index, page) in pages.enumerated() {
            guard let t = translation(for: page.origin) else { continue }
            copy.pages[index].title = t.title ?? page.title
            copy.pages[index].summary = t.summary ?? page.summary
            copy.pages[index].body = t.body ?? page.body
        }
        var omitted: [String] = []
        if config.fallback == .omit {
            omitted = (copy.news.map(\.origin.path) + copy.pages.map(\.origin.path)).filter(untranslated.contains)
            copy.news.removeAll { untranslated.contains($0.origin.path) }
            copy.pages.removeAll { untranslated.contains($0.origin.path) }
        }
        return Localized(store: copy, untranslated: untranslated, omitted: omitted)
    }

    /// A story with the words of its translation `t` put in; the preview re-localizes an edited story alone.
    static func localized(_ item: NewsItem, by t: Translation, log: inout DiagnosticLog) -> NewsItem {
        var copy = item
        copy.title = t.title ?? item.title
        copy.summary = t.summary ?? item.summary
        copy.imageAlt = t.imageAlt ?? item.imageAlt
        copy.tags = sameLength(t.tags, item.tags, field: "tags", in: t, log: &log) ?? item.tags
        copy.body = t.body ?? item.body
        return copy
    }

    /// `translated` when it has as many items as `original`; an error otherwise.
    private static func sameLength<T>(
        _ translated: [T]?, _ original: [T], field: String, in t: Translation, log: inout DiagnosticLog
    ) -> [T]? {
        guard let translated else { return nil }
        guard translated.count == original.count else {
            log.error(
                at: t.origin.location(of: field),
                "'\(field)' has \(translated.count) items but the original has \(original.count)",
                hint: "translate every item of \(t.originalPath), in the same order")
            return nil
        }
        return translated
    }
}
