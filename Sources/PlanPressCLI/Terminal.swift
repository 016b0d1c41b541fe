import Foundation
import PlanPress

/// How the command line talks: diagnostics and progress to stderr, the summary to stdout.
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func progress(_ text: String) { error(text) }

    static func report(_ failure: BuildFailure) {
        error(DiagnosticFormatter.format(failure.diagnostics))
        let warnings = failure.diagnostics.count - failure.errors.count
        error("\(failure.description)\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""); nothing was written")
    }

    static func warnings(_ warnings: [Diagnostic]) {
        guard !warnings.isEmpty else { return }
        error(DiagnosticFormatter.format(warnings))
    }

    static func milliseconds(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded())) ms" }

    static func summary(_ report: BuildReport, output: URL) -> String {
        var lines = ["Built \(report.pageCount) pages (\(report.fileCount) files) into \(output.path)"]
        for (kind, count) in report.pagesByKind.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(kind.padding(toLength: 12, withPad: " ", startingAt: 0)) \(count)")
        }
        if !report.leftOut.isEmpty {
            lines.append("Left out or untranslated:")
            lines += report.leftOut.map { "  \($0)" }
        }
        let total = report.stageTimes.reduce(0) { $0 + $1.seconds }
        lines.append("\(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s"), \(milliseconds(total))")
        return lines.joined(separator: "\n")
    }
}
