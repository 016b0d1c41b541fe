/// A text file of the site, read and normalised: valid UTF-8, no BOM, `\n` line ends.
public struct SourceFile: Sendable {
    /// Path relative to the site folder, e.g. `content/tasks/I.1.md`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line, for showing under an error.
    public func line(_ number: Int) -> String? {
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return String(text[start..<end])
    }
}
