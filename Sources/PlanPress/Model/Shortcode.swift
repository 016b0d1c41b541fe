import Foundation

/// A live-data tag in Markdown, `{{< indicator ty-le-ho-so-truc-tuyen >}}` or `{{< task II.1 >}}`, replaced at
/// build time by the item's current figures.
public struct Shortcode: Sendable, Hashable {
    /// The kinds of item a tag can show.
    public enum Name: String, Sendable, CaseIterable {
        case indicator, task
    }

    public var name: String
    public var argument: String
    /// 1-based line and column within the Markdown text.
    public var line: Int
    public var column: Int
    /// The whole tag as written.
    public var text: String

    /// A fast check on the bytes for `{{<`, before the slower search for tags.
    public static func mayContain(_ markdown: Substring) -> Bool {
        // A story has few `{`.
        ByteTriple.occurs(in: markdown, first: UInt8(ascii: "{")) { $0 == UInt8(ascii: "{") && $1 == UInt8(ascii: "<") }
    }

    /// Every tag in `markdown`, in order.
    public static func all(in markdown: String) -> [Shortcode] {
        var found: [Shortcode] = []
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{<"), let close = rest[open.upperBound...].range(of: ">}}") {
                let inside = rest[open.upperBound..<close.lowerBound].split(separator: " ", omittingEmptySubsequences: true)
                let column = line[..<open.lowerBound].unicodeScalars.count + 1
                found.append(
                    Shortcode(
                        name: inside.first.map(String.init) ?? "", argument: inside.dropFirst().joined(separator: " "),
                        line: index + 1, column: column, text: String(rest[open.lowerBound..<close.upperBound])))
                rest = rest[close.upperBound...]
            }
        }
        return found
    }
}
