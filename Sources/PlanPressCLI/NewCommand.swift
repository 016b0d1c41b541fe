import ArgumentParser
import Foundation
import PlanPress

/// `planpress new news|report|task`: writes a new content file with its front matter filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a content file: a news item, a report or a task.",
        subcommands: [NewNews.self, NewReport.self, NewTask.self])
}

struct NewNews: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "news", abstract: "Write content/news/<date>-<slug>.md as a draft dated today (Asia/Ho_Chi_Minh).")

    @Argument(help: "The story's title, e.g. \"Đẩy mạnh dịch vụ công trực tuyến\".")
    var title: String

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    func run() throws {
        guard !Slug.make(title).isEmpty else { throw ValidationError("the title needs letters or digits for its URL") }
        let file = Scaffold.news(title: title, today: .today())
        try NewFile.write([file], source: source)
    }
}

struct NewReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write content/reports/<period>.md prefilled with every task's and indicator's last status or value.")

    @Argument(help: "The period: 2026-Q4, 2026-H2 or 2026.")
    var period: String

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    func run() throws {
        guard let period = ReportPeriod(period) else { throw ValidationError("'\(period)' is not a period such as 2026-Q4, 2026-H2 or 2026") }
        let site = try NewFile.currentSite(source: source)
        try NewFile.write([Scaffold.report(period: period, site: site, today: .today())], source: source)
    }
}

struct NewTask: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: "Write content/tasks/<id>.md with every field to fill in.")

    @Argument(help: "The task's id, e.g. II.6.")
    var id: String

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    func run() throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
            throw ValidationError("task id '\(id)' must be letters, digits, dots and hyphens, e.g. II.6")
        }
        let site = try NewFile.currentSite(source: source)
        try NewFile.write([Scaffold.task(id: id, site: site)], source: source)
    }
}

/// `planpress init DIR`: a new, minimal site for another agency's plan, which builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new, minimal, valid site in DIR.")

    @Argument(help: "The new site's folder; it must not hold a site already.")
    var directory: String

    @Option(name: .long, help: "The site's title.")
    var title: String = "Cải cách hành chính"

    @Option(name: .long, help: "The agency publishing the plan.")
    var organization: String = "Tên cơ quan"

    @Option(name: .customLong("theme-from"), help: "A site folder whose themes/default is copied (default: the current folder).")
    var themeFrom: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let theme = URL(fileURLWithPath: themeFrom).standardizedFileURL.appendingPathComponent("themes/default")
        guard FileManager.default.fileExists(atPath: theme.appendingPathComponent("templates").path) else {
            throw UsageError("no theme at \(theme.path): run init from a PlanPress site folder or pass --theme-from DIR")
        }
        do {
            try ScaffoldWriter.requireNewFolder(root)
            try ScaffoldWriter.write(NewSite.files(title: title, organization: organization, today: .today()), into: root)
        } catch let refusal as ScaffoldWriter.Refusal {
            throw UsageError(refusal.description)
        }
        let target = root.appendingPathComponent("themes/default")
        if !FileManager.default.fileExists(atPath: target.path) {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: theme, to: target)
        }
        print("Created a new site in \(root.path). Build it with: planpress build --source \(directory)")
    }
}

/// Shared steps of the `new` commands.
enum NewFile {
    static func write(_ files: [(path: String, text: String)], source: String) throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        do {
            try ScaffoldWriter.write(files, into: root)
        } catch let refusal as ScaffoldWriter.Refusal {
            throw UsageError(refusal.description)
        }
        for file in files { print("Created \(file.path)") }
    }

    /// The site as it stands, for prefilling; content errors stop here with their messages.
    static func currentSite(source: String) throws -> ResolvedSite {
        let options = BuildOptions(source: URL(fileURLWithPath: source).standardizedFileURL)
        guard let site = try Pipeline.check(options).0.first else { throw UsageError("no site in \(source)") }
        return site
    }
}
