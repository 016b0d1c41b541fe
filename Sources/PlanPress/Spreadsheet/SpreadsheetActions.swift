import Foundation

/// `planpress export` and `planpress import`: the spreadsheet round trip, with its files read and written here.
/// Nothing is written unless every row is valid.
public enum SpreadsheetActions {
    /// Writes tasks.csv and indicators.csv for `period` into `output`; returns the paths written.
    public static func exportReportTemplate(source: URL, period: ReportPeriod, output: URL) throws -> [String] {
        let site = try currentSite(source)
        let (tasks, indicators) = ReportSpreadsheet.template(for: period, site: site)
        return try write(["tasks.csv": tasks, "indicators.csv": indicators], into: output)
    }

    public static func exportTasks(source: URL, output: URL) throws -> [String] {
        try write(["tasks.csv": TaskSpreadsheet.export(try currentSite(source))], into: output)
    }

    /// Imports a filled template into `content/reports/<period>.md` (or shows the changes with `dryRun`).
    public static func importReport(
        source: URL, period: ReportPeriod, tasks: URL, indicators: URL?, dryRun: Bool, today: CalendarDate = .today()
    ) throws -> [String] {
        let (site, theme) = try currentSiteAndTheme(source)
        var log = DiagnosticLog()
        let tasksFile = read(tasks, log: &log)
        let indicatorsFile = indicators.flatMap { read($0, log: &log) }
        var labels: [String: TaskStatus] = [:]
        for localizer in theme.localizers.values {
            for status in TaskStatus.allCases { labels[localizer.status(status).lowercased()] = status }
        }
        let imported = tasksFile.map {
            ReportSpreadsheet.read(tasks: $0, indicators: indicatorsFile, site: site, statusLabels: labels, log: &log)
        }
        guard let imported, !log.hasErrors else { throw BuildFailure(stage: "import", diagnostics: log.sorted) }
        let path = "content/reports/\(period.slug).md"
        let existing = site.reports.first { $0.period == period }
        let changes = ReportSpreadsheet.changes(imported, existing: existing)
        if dryRun { return changes.isEmpty ? ["no changes to \(path)"] : changes.map { "would change \($0)" } }
        let text = ReportSpreadsheet.reportText(period: period, imported: imported, existing: existing, site: site, today: today)
        try Data(text.utf8).write(to: source.appendingPathComponent(existing?.origin.path ?? path))
        return ["wrote \(existing?.origin.path ?? path)"] + changes
    }

    /// Adds or updates task files from a spreadsheet of the catalogue.
    public static func importTasks(source: URL, file: URL, dryRun: Bool) throws -> [String] {
        let site = try currentSite(source)
        var log = DiagnosticLog()
        let changes = read(file, log: &log).map { TaskSpreadsheet.read($0, site: site, log: &log) } ?? []
        guard !log.hasErrors else { throw BuildFailure(stage: "import", diagnostics: log.sorted) }
        if changes.isEmpty { return ["no changes"] }
        if dryRun { return changes.map { "would \($0.isNew ? "add" : "update") \($0.path)" } }
        for change in changes {
            let url = source.appendingPathComponent(change.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change.text.utf8).write(to: url)
        }
        return changes.map { "\($0.isNew ? "added" : "updated") \($0.path)" }
    }

    static func currentSite(_ source: URL) throws -> ResolvedSite { try currentSiteAndTheme(source).0 }

    static func currentSiteAndTheme(_ source: URL) throws -> (ResolvedSite, Theme) {
        let (sites, theme, _) = try Pipeline.check(BuildOptions(source: source))
        guard let site = sites.first else { throw UsageError("no site in \(source.path)") }
        return (site, theme)
    }

    static func read(_ url: URL, log: inout DiagnosticLog) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(at: SourceLocation(path: url.path), "cannot read the file", hint: "check the path")
            return nil
        }
        return SourceReader.decode(data, path: url.lastPathComponent, into: &log)
    }

    static func write(_ files: [String: String], into folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try files.keys.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            try Data(files[name, default: ""].utf8).write(to: url)
            return url.path
        }
    }
}
