/// A position in a source file: path relative to the site folder, 1-based line and column.
///
/// Columns count Unicode scalars, the unit both Yams and editors showing Vietnamese text agree on.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }
}
