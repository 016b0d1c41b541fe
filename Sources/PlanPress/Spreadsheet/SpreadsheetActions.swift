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

    /// Imports a filled template into the report for `period` (or shows the changes with `dryRun`).
    ///
    /// The report is found by its period, whatever its file is called; a new report goes to
    /// `content/reports/<period>.md`, which must not exist. Without `indicators`, the indicator values stay.
    public static func importReport(
        source: URL, period: ReportPeriod, tasks: URL, indicators: URL?, dryRun: Bool, today: CalendarDate = .today()
    ) throws -> [String] {
        let (site, theme) = try currentSiteAndTheme(source)
        var log = DiagnosticLog()
        let tasksSheet = readSheet(tasks, log: &log)
        let indicatorsSheet = indicators.flatMap { readSheet($0, log: &log) }
        var labels: [String: TaskStatus] = [:]
        for localizer in theme.localizers.values {
            for status in TaskStatus.allCases { labels[localizer.status(status).lowercased()] = status }
        }
        let existing = site.reports.first { $0.period == period }
        let path = existing?.origin.path ?? "content/reports/\(period.slug).md"
        if existing == nil { refuseTakenReportFile(path, period: period, site: site, source: source, log: &log) }
        let imported = tasksSheet.map {
            ReportSpreadsheet.read(tasks: $0, indicators: indicatorsSheet, site: site, existing: existing, statusLabels: labels, log: &log)
        }
        guard let imported, !log.hasErrors else { throw BuildFailure(stage: "import", diagnostics: log.sorted) }
        let changes = ReportSpreadsheet.changes(imported, existing: existing)
        if changes.isEmpty { return ["no changes to \(path)"] }
        if dryRun { return changes.map { "would change \($0)" } }
        let text = ReportSpreadsheet.reportText(period: period, imported: imported, existing: existing, site: site, today: today)
        try refuseOversized(text, path: path, location: SourceLocation(path: tasksSheet?.path ?? path))
        try write(text, to: path, in: source, mode: existing == nil ? .create : .replace)
        return ["wrote \(path)"] + changes
    }

    /// Adds or updates task files from a spreadsheet of the catalogue; a new task never takes an existing file.
    public static func importTasks(source: URL, file: URL, dryRun: Bool) throws -> [String] {
        let site = try currentSite(source)
        var log = DiagnosticLog()
        let taskFiles = (try? FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent("content/tasks").path)) ?? []
        let changes = readSheet(file, log: &log).map { TaskSpreadsheet.read($0, site: site, taskFiles: taskFiles, log: &log) } ?? []
        guard !log.hasErrors else { throw BuildFailure(stage: "import", diagnostics: log.sorted) }
        if changes.isEmpty { return ["no changes"] }
        if dryRun { return changes.map { "would \($0.isNew ? "add" : "update") \($0.path)" } }
        for change in changes { try write(change.text, to: change.path, in: source, mode: change.isNew ? .create : .replace) }
        return changes.map { "\($0.isNew ? "added" : "updated") \($0.path)" }
    }

    static func currentSite(_ source: URL) throws -> ResolvedSite { try currentSiteAndTheme(source).0 }

    static func currentSiteAndTheme(_ source: URL) throws -> (ResolvedSite, Theme) {
        let (sites, theme, _) = try Pipeline.check(BuildOptions(source: source))
        guard let site = sites.first else { throw UsageError("no site in \(source.path)") }
        return (site, theme)
    }

    /// Reads and parses a spreadsheet, its issues into `log`; nil when not even its header could be read.
    static func readSheet(_ url: URL, log: inout DiagnosticLog) -> SpreadsheetFile? {
        let name = url.lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > ContentLimits.fileSize {
            log.append(SpreadsheetIssue(at: SourceLocation(path: name), .fileTooLarge(bytes: size)).diagnostic)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(at: SourceLocation(path: url.path), "cannot read the file", hint: "check the path")
            return nil
        }
        let parse = SpreadsheetFile.parse(bytes: data, path: name)
        log.append(contentsOf: parse.issues.map(\.diagnostic))
        return parse.file
    }

    /// A new report's file must not exist: it would hold another period, or be something else.
    static func refuseTakenReportFile(_ path: String, period: ReportPeriod, site: ResolvedSite, source: URL, log: inout DiagnosticLog) {
        let folder = source.appendingPathComponent("content/reports")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let name = String(path.dropFirst("content/reports/".count))
        guard let taken = names.first(where: { $0.lowercased() == name.lowercased() }) else { return }
        let takenPath = "content/reports/\(taken)"
        let text = (try? String(contentsOf: folder.appendingPathComponent(taken), encoding: .utf8)) ?? ""
        let line = (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("period:") } ?? 0) + 1
        let holds = site.reports.first { $0.origin.path == takenPath }.map { "which holds period \($0.period)" } ?? "which exists"
        log.error(
            at: SourceLocation(path: takenPath, line: line), "the report for \(period) would be written to \(path), \(holds)",
            hint: "PlanPress never replaces another report; rename that file, or check its period")
    }

    /// A file the build would refuse is refused now, before anything is written.
    static func refuseOversized(_ text: String, path: String, location: SourceLocation) throws {
        guard text.utf8.count > ContentLimits.fileSize else { return }
        throw BuildFailure(stage: "import", diagnostics: [
            .error(
                at: location, "\(path) would hold \(text.utf8.count) bytes, more than the limit of \(ContentLimits.fileSize) (\(ContentLimits.fileSize / 1_048_576) MB)",
                hint: "shorten the notes; the build refuses a larger file")
        ])
    }

    /// Writes one planned file atomically; a failure is reported like any import error.
    static func write(_ text: String, to path: String, in root: URL, mode: ContentFileWriter.Mode) throws {
        do {
            try ContentFileWriter.write(text, to: path, in: root, mode: mode)
        } catch let failure as ContentFileWriter.Failure {
            throw BuildFailure(stage: "import", diagnostics: [.error(at: SourceLocation(path: path), failure.description, hint: "nothing of this file was changed")])
        }
    }

    /// Writes exported files into `folder`, each atomically; returns their paths.
    static func write(_ files: [String: String], into folder: URL) throws -> [String] {
        try files.keys.sorted().map { name in
            try ContentFileWriter.write(files[name, default: ""], to: name, in: folder, mode: .replace)
            return folder.appendingPathComponent(name).path
        }
    }
}
