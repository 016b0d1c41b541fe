import Foundation

/// Every live-data tag in every body must name a known kind and an existing id.
enum ShortcodeCheck {
    static func run(_ store: ContentStore, log: inout DiagnosticLog) {
        let tasks = Set(store.tasks.map(\.id))
        let indicators = Set(store.indicators.map(\.id))
        var bodies: [(MarkdownSource, Origin)] = [(store.plan.body, store.plan.origin)]
        bodies += store.areas.map { ($0.body, $0.origin) } + store.tasks.map { ($0.body, $0.origin) }
        bodies += store.indicators.map { ($0.body, $0.origin) } + store.reports.map { ($0.body, $0.origin) }
        bodies += store.news.map { ($0.body, $0.origin) } + store.pages.map { ($0.body, $0.origin) }
        for translations in store.translations.values {
            bodies += translations.values.compactMap { t in t.body.map { ($0, t.origin) } }
        }
        for (body, origin) in bodies where body.mayContainShortcodes {
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
}
