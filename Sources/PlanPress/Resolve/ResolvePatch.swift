import Foundation

/// The resolve stage for an edit of news stories (the preview's most common rebuild): the last resolved sites get
/// the edited stories, and only those stories are checked.
///
/// A story that changed its date, title, address, tags or links is moved to its new place. Not applicable when an
/// edit shows or hides a story, or makes an error the whole stage would report: the stage then runs over the
/// whole site.
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
        let knownIDs = tasks.union(indicators)
        var sites = previous
        AssetCheck.check(items, sourceRoot: sourceRoot, log: &checks)
        for item in items {
            guard (options.includeDrafts || !item.draft), options.includeFuture || item.date <= options.today else { return nil }
            ShortcodeCheck.check(item.body, of: item.origin, tasks: tasks, indicators: indicators, log: &checks)
            for index in sites.indices {
                let language = sites[index].language
                guard !sites[index].edition.isDefault else {
                    guard sites[index].replaceNews(with: item, knownIDs: knownIDs) else { return nil }
                    continue
                }
                guard let translation = store.translations[language]?[item.origin.path] else {
                    // Shown untranslated, or left out of this edition: as before the edit.
                    if store.config.fallback == .omit { continue }
                    guard sites[index].replaceNews(with: item, knownIDs: knownIDs) else { return nil }
                    continue
                }
                if let body = translation.body {
                    ShortcodeCheck.check(body, of: translation.origin, tasks: tasks, indicators: indicators, log: &checks)
                }
                guard sites[index].replaceNews(with: ContentStore.localized(item, by: translation, log: &checks), knownIDs: knownIDs) else {
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
    /// Puts `item` in the place of the story from its file. A story that keeps its date, title, address, tags and
    /// links stays where it was; one that changed them is moved to its place in the news order, and the tags and
    /// links are indexed again. False when the story was not shown, names an unknown item, takes another story's
    /// address, or shares its day and title with another story (whose order would then be arbitrary).
    fileprivate mutating func replaceNews(with item: NewsItem, knownIDs: Set<String>) -> Bool {
        let path = item.origin.path
        guard let position = news.firstIndex(where: { $0.origin.path == path }) else { return false }
        let old = news[position]
        guard old.date == item.date, old.title == item.title, old.slug == item.slug, old.tags == item.tags,
            old.tagSlugs == item.tagSlugs, old.related == item.related
        else {
            guard item.related.allSatisfy(knownIDs.contains) else { return false }
            news.remove(at: position)
            guard !news.contains(where: { $0.slug == item.slug || ($0.date == item.date && $0.title == item.title) }) else {
                return false
            }
            // The first story that comes after it, by binary search.
            var (low, high) = (0, news.count)
            while low < high {
                let middle = (low + high) / 2
                if NewsOrder.precedes(news[middle], item) { low = middle + 1 } else { high = middle }
            }
            news.insert(item, at: low)
            index()
            return true
        }
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
