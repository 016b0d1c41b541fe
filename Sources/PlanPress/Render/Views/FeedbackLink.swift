import Foundation

/// The feedback link of a page: the config's form template with `{url}`, `{title}`, `{id}` filled, or a mailto.
enum FeedbackLink {
    /// - Parameters:
    ///   - subject: the mail subject, e.g. "Góp ý: Nhiệm vụ II.3 [II.3]", so replies can be routed to the item.
    ///   - body: the mail body, holding the page address and the build date.
    static func url(for feedback: Feedback, pageURL: String, title: String, id: String, subject: String, body: String) -> String {
        if let form = feedback.form {
            return form
                .replacingOccurrences(of: "{url}", with: encode(pageURL))
                .replacingOccurrences(of: "{title}", with: encode(title))
                .replacingOccurrences(of: "{id}", with: encode(id))
        }
        guard let email = feedback.email else { return "" }
        return "mailto:\(email)?subject=\(encode(subject))&body=\(encode(body))"
    }

    /// Percent-encodes everything but unreserved characters, so any text is safe in a query value.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let ascii = allowed.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        return text.addingPercentEncoding(withAllowedCharacters: ascii) ?? ""
    }
}
