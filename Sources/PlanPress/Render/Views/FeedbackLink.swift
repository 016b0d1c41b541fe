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
        var text = text
        return text.withUTF8 { encode($0) }
    }

    private static func encode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 3) { out in
            var count = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                    UInt8(ascii: "~"):
                    out[count] = byte
                    count += 1
                default:
                    out[count] = UInt8(ascii: "%")
                    out[count + 1] = hexDigit(byte >> 4)
                    out[count + 2] = hexDigit(byte & 15)
                    count += 3
                }
            }
            return count
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
