import Foundation

/// Every live-data tag in every body must name a known kind and an existing id.
enum ShortcodeCheck {
    static func run(_ store: ContentStore, log: inout DiagnosticLog) {
        let tasks = Set(store.tasks.map(\.id))
        let indicators = Set(store.indicators.map(\.id))
        func check(_ body: MarkdownSource, _ origin: Origin) {
            Self.check(body, of: origin, tasks: tasks, indicators: indicators, log: &log)
        }
        check(store.plan.body, store.plan.origin)
        // Read by index: a loop over the items copied ten thousand stories, every field of each.
        for index in store.areas.indices { check(store.areas[index].body, store.areas[index].origin) }
        for index in store.tasks.indices { check(store.tasks[index].body, store.tasks[index].origin) }
        for index in store.indicators.indices { check(store.indicators[index].body, store.indicators[index].origin) }
        for index in store.reports.indices { check(store.reports[index].body, store.reports[index].origin) }
        for index in store.news.indices where store.news[index].body.mayContainShortcodes {
            check(store.news[index].body, store.news[index].origin)
        }
        for index in store.pages.indices { check(store.pages[index].body, store.pages[index].origin) }
        for translations in store.translations.values {
            for translation in translations.values {
                if let body = translation.body { check(body, translation.origin) }
            }
        }
    }

    /// Checks one body's tags against the known task and indicator ids; only bodies with a `{{<` marker, found
    /// when the file was read, are looked at.
    static func check(
        _ body: MarkdownSource, of origin: Origin, tasks: Set<String>, indicators: Set<String>, log: inout DiagnosticLog
    ) {
        guard body.mayContainShortcodes else { return }
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        for code in Shortcode.all(in: body.text) {
            let location = SourceLocation(path: origin.path, line: body.firstLine + code.line - 1, column: code.column)
            if lines[code.line - 1].trimmingCharacters(in: .whitespaces) != code.text {
                log.error(
                    at: location, "\(code.text) must stand on a line of its own",
                    hint: "put an empty line before and after it; it becomes a box with the item's current figures")
                continue
            }
            switch Shortcode.Name(rawValue: code.name) {
            case .indicator where !indicators.contains(code.argument):
                log.error(at: location, "unknown indicator '\(code.argument)' in \(code.text)", hint: ReferenceCheck.knownHint(indicators, near: code.argument))
            case .task where !tasks.contains(code.argument):
                log.error(at: location, "unknown task '\(code.argument)' in \(code.text)", hint: ReferenceCheck.knownHint(tasks, near: code.argument))
            case nil:
                log.error(
                    at: location, "unknown tag '\(code.name)' in \(code.text)",
                    hint: "write {{< indicator ID >}} or {{< task ID >}}")
            default:
                continue
            }
        }
    }
}
