import ArgumentParser
import Foundation
import PlanPress
import PlanPressPreview

/// `planpress serve`: builds in memory, serves on loopback, rebuilds on every change and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Preview the site with live reload (never touches site/).")

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 1313

    @Option(name: .long, help: "The address to listen on; keep the loopback default unless you mean to share the preview.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Include news marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include news dated after today.")
    var future = false

    func run() async throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let options = BuildOptions(
            source: root, baseURL: "http://\(host):\(port)/", includeDrafts: drafts, includeFuture: future)
        let state = PreviewState(options: options)
        Terminal.progress(await state.rebuild())
        let server: PreviewServer
        do {
            server = try PreviewServer(state: state, host: host, port: port)
        } catch {
            throw UsageError("cannot listen on \(host):\(port): \(error)")
        }
        let watcher = FileWatcher(root: root) { changed in
            Task {
                let line = await state.rebuild(changed: changed)
                Terminal.progress("\(changed.sorted().prefix(3).joined(separator: ", ")): \(line)")
            }
        }
        watcher.start()
        Terminal.progress("Watching content/, static/, themes/ and planpress.yaml (\(watcher.usesInotify ? "inotify" : "polling"))")
        Terminal.progress("Serving at http://\(host):\(port)/ (Ctrl+C to stop)")
        try await server.run()
    }
}
