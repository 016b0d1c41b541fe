import ArgumentParser
import Foundation
import PlanPress

/// `planpress check`: validates the content without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate content and theme without writing the site.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = BuildOptions(source: site.sourceURL, strict: site.strict, includeDrafts: site.drafts, includeFuture: site.future)
        let (editions, _, diagnostics) = try Pipeline.check(options)
        guard let resolved = editions.first else { return }
        let warnings = diagnostics.filter { $0.severity == .warning }
        Terminal.warnings(warnings)
        print(
            "ok: \(resolved.areas.count) areas, \(resolved.tasks.count) tasks, \(resolved.indicators.count) indicators, "
                + "\(resolved.reports.count) reports, \(resolved.news.count) news, \(editions.count) language\(editions.count == 1 ? "" : "s"), "
                + "\(warnings.count) warnings")
    }
}
