/// The transcription's mark `[?]`: a reading of the original document that is not certain. On a page it is a
/// marked span that says so in the page's language: as a tooltip, and in words that screen readers read out.
enum UncertainReadings {
    private static let marker: [UInt8] = Array("[?]".utf8)

    /// The HTML with every `[?]` of its text (never inside a tag) marked; `explanation` is plain text.
    static func mark(_ html: HTMLFragment, explanation: String) -> HTMLFragment {
        guard html.bytes.firstRange(of: marker) != nil else { return html }
        var escaped: [UInt8] = []
        ByteEscaper.markup.append(explanation, to: &escaped)
        let open = Array("<span class=\"uncertain-reading\" title=\"".utf8) + escaped + Array("\">[?]<span class=\"visually-hidden\"> (".utf8)
        let close = Array(")</span></span>".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.bytes.count + 256)
        var inTag = false
        var index = 0
        let bytes = html.bytes
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") { inTag = true }
            if byte == UInt8(ascii: ">") { inTag = false }
            if !inTag, byte == UInt8(ascii: "["), bytes[index...].starts(with: marker) {
                out += open + escaped + close
                index += marker.count
                continue
            }
            out.append(byte)
            index += 1
        }
        return HTMLFragment(bytes: out)
    }

    /// A plain text, escaped for HTML, with its marks.
    static func mark(text: String, explanation: String) -> HTMLFragment {
        var escaped: [UInt8] = []
        ByteEscaper.markup.append(text, to: &escaped)
        return mark(HTMLFragment(bytes: escaped), explanation: explanation)
    }
}
