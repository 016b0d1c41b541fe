import Foundation

/// The resolve stage for an edit of news stories that moves none of them (the preview's most common rebuild,
/// a change to a story's text): the last resolved sites get the edited stories in their places, and only those
/// stories are checked.
///
/// Not applicable when an edit changes a story's date, title, address, tags or what it names, or hides it:
/// such an edit can move stories between pages, and the stage then runs over the whole site.
enum ResolvePatch {
    /// The sites with the stories of the news files `changed` (originals or translations) put in; nil when
    /// the edit is not one this patch can make. Diagnostics go to `log` only when it can.
    static func apply(
        _ changed: Set<String>, to previous: [ResolvedSite], store: ContentStore, options: ResolveStage.Options,
        sourceRoot: URL, log: inout DiagnosticLog
    ) -> [ResolvedSite]? {
        guard let first = previous.first, previous.count == Edition.all(for: store.config).count else { return nil }
        let translated = Array(store.config.languages.dropFirst())
        let originals = Set(changed.map { TranslationPath.split($0, languages: translated).original })
        let items = store.news.filter { originals.contains($0.origin.path) }
        guard items.count == originals.count else { return nil }

        var checks = DiagnosticLog()
        let tasks = Set(store.tasks.map(\.id))
        let indicators = Set(store.indicators.map(\.id))
        var sites = previous
        for item in items {
            guard (options.includeDrafts || !item.draft), options.includeFuture || item.date <= options.today else { return nil }
            AssetCheck.check(item, sourceRoot: sourceRoot, log: &checks)
            ShortcodeCheck.check(item.body, of: item.origin, tasks: tasks, indicators: indicators, log: &checks)
            for index in sites.indices {
                let language = sites[index].language
                guard !sites[index].edition.isDefault else {
                    guard sites[index].replaceNews(with: item) else { return nil }
                    continue
                }
                guard let translation = store.translations[language]?[item.origin.path] else {
                    // Shown untranslated, or left out of this edition: as before the edit.
                    if store.config.fallback == .omit { continue }
                    guard sites[index].replaceNews(with: item) else { return nil }
                    continue
                }
                if let body = translation.body {
                    ShortcodeCheck.check(body, of: translation.origin, tasks: tasks, indicators: indicators, log: &checks)
                }
                guard sites[index].replaceNews(with: ContentStore.localized(item, by: translation, log: &checks)) else {
                    return nil
                }
            }
        }
        // The plan's figures, and so their warnings, are as the last build left them.
        log.append(contentsOf: first.planWarnings)
        log.append(contentsOf: checks.entries)
        return sites
    }
}

extension ResolvedSite {
    /// Puts `item` in the place of the story from its file, when it keeps that story's place in every list:
    /// the same date, title, address, tags and named items. False, and nothing changed, otherwise.
    fileprivate mutating func replaceNews(with item: NewsItem) -> Bool {
        let path = item.origin.path
        // The date is compared first: it is cheap, and it rules out nearly every other story.
        guard let position = news.firstIndex(where: { $0.date == item.date && $0.origin.path == path }) else { return false }
        let old = news[position]
        guard old.title == item.title, old.slug == item.slug, old.tags == item.tags, old.tagSlugs == item.tagSlugs,
            old.related == item.related
        else { return false }
        news[position] = item
        for slug in Set(item.tagSlugs) {
            guard let tag = tags.firstIndex(where: { $0.slug == slug }),
                let index = tags[tag].news.firstIndex(where: { $0.date == item.date && $0.origin.path == path })
            else { continue }
            tags[tag].news[index] = item
        }
        return true
    }
}
