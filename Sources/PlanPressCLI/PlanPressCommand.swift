import ArgumentParser
import Foundation
import PlanPress

/// `planpress`: builds a reform plan's progress website from content files.
@main
struct PlanPressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Build a public reform plan's progress website from Markdown and YAML files.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self, ExportCommand.self, ImportCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Exit codes: 0 success, 1 content errors, 2 usage errors.
    static func main() async {
        let interrupts = InterruptHandler.install()
        defer { withExtendedLifetime(interrupts) {} }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as BuildFailure {
            Terminal.report(failure)
            Foundation.exit(1)
        } catch let usage as UsageError {
            Terminal.error("error: \(usage.description)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            Terminal.error(message)
            Foundation.exit(2)
        }
    }
}

/// Options shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding planpress.yaml and content/.")
    var source: String = "."

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Include news marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include news dated after today (Asia/Ho_Chi_Minh).")
    var future = false

    var sourceURL: URL { URL(fileURLWithPath: source).standardizedFileURL }
}
