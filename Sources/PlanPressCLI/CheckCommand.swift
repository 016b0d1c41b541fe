import ArgumentParser
import Foundation
import PlanPress

/// `planpress check`: validates the content without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate content and theme without writing the site.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = BuildOptions(source: site.sourceURL, strict: site.strict, includeDrafts: site.drafts)
        let (resolved, _, diagnostics) = try Pipeline.check(options)
        let warnings = diagnostics.filter { $0.severity == .warning }
        Terminal.warnings(warnings)
        print(
            "ok: \(resolved.areas.count) areas, \(resolved.tasks.count) tasks, \(resolved.indicators.count) indicators, "
                + "\(resolved.reports.count) reports, \(resolved.news.count) news, \(warnings.count) warnings")
    }
}
