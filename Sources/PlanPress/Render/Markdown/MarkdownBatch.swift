import Foundation

/// Markdown texts with their live-data tags taken out, and the HTML each tag's token becomes after rendering.
struct MarkdownBatch {
    var texts: [Substring] = []
    var replacements: [[(token: String, html: String)]] = []

    /// The rendered `texts` with each token replaced by its tag's HTML.
    func html(_ rendered: [HTMLFragment]) -> [HTMLFragment] {
        zip(rendered, replacements).map { html, tokens in
            guard !tokens.isEmpty else { return html }
            var text = html.text
            for (token, replacement) in tokens {
                text = text.replacingOccurrences(of: "<p>\(token)</p>", with: replacement)
                    .replacingOccurrences(of: token, with: replacement)
            }
            return HTMLFragment(text)
        }
    }
}
