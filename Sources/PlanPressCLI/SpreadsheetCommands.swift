import ArgumentParser
import Foundation
import PlanPress

/// `planpress export report-template|tasks`: spreadsheets for the units to fill in.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write CSV files for spreadsheets.", subcommands: [ExportReportTemplate.self, ExportTasks.self])
}

struct ExportReportTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-template", abstract: "Write tasks.csv and indicators.csv to fill in for a report period.")

    @Argument(help: "The period, e.g. 2026-Q4.") var period: String
    @Option(name: .long, help: "The site folder.") var source: String = "."
    @Option(name: .long, help: "The folder to write the CSV files to.") var output: String = "."

    func run() throws {
        guard let period = ReportPeriod(period) else { throw ValidationError("'\(period)' is not a period such as 2026-Q4") }
        for path in try SpreadsheetActions.exportReportTemplate(source: url(source), period: period, output: url(output)) {
            print("Wrote \(path)")
        }
    }
}

struct ExportTasks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tasks", abstract: "Write the task catalogue as tasks.csv.")

    @Option(name: .long, help: "The site folder.") var source: String = "."
    @Option(name: .long, help: "The folder to write tasks.csv to.") var output: String = "."

    func run() throws {
        for path in try SpreadsheetActions.exportTasks(source: url(source), output: url(output)) { print("Wrote \(path)") }
    }
}

/// `planpress import report|tasks`: filled spreadsheets back into content/.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Read filled CSV files into content/.", subcommands: [ImportReport.self, ImportTasks.self])
}

struct ImportReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write content/reports/<period>.md from tasks.csv (and indicators.csv).")

    @Argument(help: "The period, e.g. 2026-Q4.") var period: String
    @Argument(help: "The filled tasks.csv.") var tasks: String
    @Argument(help: "The filled indicators.csv.") var indicators: String?
    @Option(name: .long, help: "The site folder.") var source: String = "."
    @Flag(name: .customLong("dry-run"), help: "Show what would change, write nothing.") var dryRun = false

    func run() throws {
        guard let period = ReportPeriod(period) else { throw ValidationError("'\(period)' is not a period such as 2026-Q4") }
        let lines = try SpreadsheetActions.importReport(
            source: url(source), period: period, tasks: url(tasks), indicators: indicators.map(url), dryRun: dryRun)
        lines.forEach { print($0) }
    }
}

struct ImportTasks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tasks", abstract: "Add or update tasks from tasks.csv.")

    @Argument(help: "The filled tasks.csv.") var file: String
    @Option(name: .long, help: "The site folder.") var source: String = "."
    @Flag(name: .customLong("dry-run"), help: "Show what would change, write nothing.") var dryRun = false

    func run() throws {
        try SpreadsheetActions.importTasks(source: url(source), file: url(file), dryRun: dryRun).forEach { print($0) }
    }
}

private func url(_ path: String) -> URL { URL(fileURLWithPath: path).standardizedFileURL }
