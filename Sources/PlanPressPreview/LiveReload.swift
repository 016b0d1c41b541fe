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
    ///
    /// - Parameter overlay: The error box of a failed rebuild, from `errorBox(_:)`.
    public static func inject(into html: String, overlay: String?) -> String {
        var page = html
            .replacingOccurrences(of: "script-src 'none'", with: "script-src 'self'")
            .replacingOccurrences(of: "connect-src 'none'", with: "connect-src 'self'")
        var addition = "<script src=\"\(scriptPath)\"></script>"
        if let overlay { addition = "<link rel=\"stylesheet\" href=\"\(stylesheetPath)\">" + overlay + addition }
        if let range = page.range(of: "</body>", options: .backwards) {
            page.replaceSubrange(range, with: addition + "</body>")
        } else {
            page += addition
        }
        return page
    }

    // MARK: - The error box

    /// The most errors the box lists; the others are counted.
    static let boxErrors = 50
    /// The longest message, hint, path or source line shown, in characters; longer ones are cut.
    static let boxFieldLength = 2000

    /// The diagnostics, escaped, in a box fixed over the page. However many errors there are and however long or
    /// odd their text (markup, quotes, control characters), the box stays escaped and at most some 50 × 8 KB.
    public static func errorBox(_ failure: BuildFailure) -> String {
        "<div id=\"planpress-error\" role=\"alert\" lang=\"en\"><p><strong>PlanPress: the content has an error. "
            + "The last good build is shown; fix the file and this page reloads.</strong></p><pre>\(escape(errorText(failure)))</pre></div>"
    }

    /// The first `boxErrors` errors as the terminal shows them, each field cut to `boxFieldLength`.
    public static func errorText(_ failure: BuildFailure) -> String {
        let errors = failure.errors
        var text = errors.prefix(boxErrors).map { DiagnosticFormatter.format(shortened($0)) }.joined(separator: "\n")
        if errors.count > boxErrors { text += "\n… and \(errors.count - boxErrors) more errors" }
        return text
    }

    static func shortened(_ diagnostic: Diagnostic) -> Diagnostic {
        func cut(_ text: String) -> String {
            text.utf8.count <= boxFieldLength ? text : String(text.prefix(boxFieldLength)) + "…"
        }
        var short = diagnostic
        short.message = cut(diagnostic.message)
        short.hint = diagnostic.hint.map(cut)
        short.location.path = cut(diagnostic.location.path)
        if let line = diagnostic.sourceLine, line.utf8.count > boxFieldLength || diagnostic.location.column > boxFieldLength {
            // The caret is drawn with spaces: none is drawn past the cut line.
            short.sourceLine = diagnostic.location.column <= boxFieldLength ? cut(line) : nil
        }
        return short
    }

    /// Text made safe inside an element or an attribute: markup characters become references, and control
    /// characters (but tab and line feed) the replacement character, as HTML would show them.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
