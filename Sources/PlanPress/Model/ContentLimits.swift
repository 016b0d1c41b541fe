/// The bounds every input is held to, so that no file, cell or request can crash a build or make it run for
/// hours. Each limit is checked where the input is read and reported with its position; the README lists them.
public enum ContentLimits {
    /// The largest content file or spreadsheet read, in bytes.
    public static let fileSize = 8 * 1024 * 1024
    /// The largest magnitude of a number in content or a spreadsheet: 10¹⁵, fifteen digits, which a Double holds
    /// exactly and every page writes without rounding. Budgets in đồng stay well below it.
    public static let largestValue: Double = 1e15
    /// The most columns of one Markdown table: cmark-gfm's table extension takes time quadratic in columns.
    public static let tableColumns = 200
    /// The most tags of one story: every tag makes a page and a feed.
    public static let tagsPerStory = 50
    /// The longest file or folder name the build writes, in bytes; Linux file systems allow 255.
    public static let nameBytes = 200
    /// The longest text of one spreadsheet cell, in bytes.
    public static let cellBytes = 64 * 1024
    /// The longest request line of the preview server, in bytes (nginx's default buffer).
    public static let requestLineBytes = 8 * 1024
    /// The most bytes of a preview request's headers, all together.
    public static let headerBytes = 16 * 1024
}
