import Foundation
import PlanPress

/// The few lines that reload open pages after a rebuild, added to HTML in serve mode only, and the error
/// box shown over the last good page while the content has an error.
public enum LiveReload {
    public static let scriptPath = "/__planpress/live.js"
    public static let socketPath = "/__planpress/live"
    public static let stylesheetPath = "/__planpress/live.css"

    public static let stylesheet = """
        #planpress-error { position: fixed; inset: 1rem 1rem auto 1rem; z-index: 1000; max-height: 80vh; overflow: auto;
          background: #fff; color: #1b1f24; border: 3px solid #a3262a; border-radius: 6px; padding: 1rem;
          box-shadow: 0 4px 24px rgba(0, 0, 0, 0.3); font: 14px/1.5 system-ui, sans-serif; }
        #planpress-error pre { white-space: pre-wrap; font: 13px/1.4 ui-monospace, monospace; }
        """

    public static let script = """
        (function () {
          var delay = 500;
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
            socket.onmessage = function () { location.reload(); };
            socket.onopen = function () { delay = 500; };
            socket.onclose = function () { setTimeout(connect, delay); delay = Math.min(delay * 2, 5000); };
          }
          connect();
        })();
        """

    /// Adds the reload script (and the error box, if any) to an HTML page, and lets its policy allow them.
    public static func inject(into html: String, failure: BuildFailure?) -> String {
        var page = html
            .replacingOccurrences(of: "script-src 'none'", with: "script-src 'self'")
            .replacingOccurrences(of: "connect-src 'none'", with: "connect-src 'self'")
        var addition = "<script src=\"\(scriptPath)\"></script>"
        if let failure { addition = "<link rel=\"stylesheet\" href=\"\(stylesheetPath)\">" + errorBox(failure) + addition }
        if let range = page.range(of: "</body>", options: .backwards) {
            page.replaceSubrange(range, with: addition + "</body>")
        } else {
            page += addition
        }
        return page
    }

    /// The diagnostics, escaped, in a box fixed over the page.
    static func errorBox(_ failure: BuildFailure) -> String {
        let text = DiagnosticFormatter.format(failure.diagnostics.filter { $0.severity == .error })
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return "<div id=\"planpress-error\" role=\"alert\" lang=\"en\"><p><strong>PlanPress: the content has an error. "
            + "The last good build is shown; fix the file and this page reloads.</strong></p><pre>\(escaped)</pre></div>"
    }
}
