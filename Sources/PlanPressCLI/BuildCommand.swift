import ArgumentParser
import Foundation
import PlanPress

/// `planpress build`: renders the site into the output folder, atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Render content/ into a static website (default: site/).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The output folder (default: site/ in the source folder).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Override baseURL from planpress.yaml, e.g. / for a local preview.")
    var baseURL: String?

    func validate() throws {
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url '\(baseURL)' is not an http(s) URL or a path such as /cchc/")
        }
    }

    func run() throws {
        var options = BuildOptions(
            source: site.sourceURL, output: output.map { URL(fileURLWithPath: $0).standardizedFileURL },
            strict: site.strict, baseURL: baseURL, includeDrafts: site.drafts,
            includeFuture: site.future)
        options.keepsContentUntilExit = true
        let report = try Pipeline.build(options) { stage, seconds in
            Terminal.progress("  \(stage.padding(toLength: 9, withPad: " ", startingAt: 0)) \(Terminal.milliseconds(seconds))")
        }
        Terminal.warnings(report.warnings)
        print(Terminal.summary(report, output: options.output))
    }
}
