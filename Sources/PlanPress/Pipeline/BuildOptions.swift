import Foundation

/// What to build and how: the source and output folders and the switches of `planpress build`.
public struct BuildOptions: Sendable {
    public var source: URL
    public var output: URL
    /// Warnings fail the build too.
    public var strict: Bool
    /// Overrides `baseURL` from planpress.yaml, e.g. for a preview at `/`.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// Include news dated after `today`.
    public var includeFuture: Bool
    /// The build date, in Asia/Ho_Chi_Minh: news dated later are future items; feedback mails carry it.
    public var today: CalendarDate
    /// Leaves the loaded content to be freed when the process exits, for a one-shot build: freeing ten thousand
    /// parsed files one by one took a second on one core, which the operating system does at once.
    public var keepsContentUntilExit = false
    /// Renders pages with swift-mustache itself rather than the compiled templates; tests compare the two.
    var referenceTemplates = false

    public init(
        source: URL, output: URL? = nil, strict: Bool = false, baseURL: String? = nil, includeDrafts: Bool = false,
        includeFuture: Bool = false, today: CalendarDate = .today()
    ) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("site")
        self.strict = strict
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.today = today
    }
}

/// The outcome of a successful build: what was written, the warnings, and how long each stage took.
public struct BuildReport: Sendable {
    public var pagesByKind: [String: Int]
    public var fileCount: Int
    public var warnings: [Diagnostic]
    public var leftOut: [String]
    public var stageTimes: [(stage: String, seconds: Double)]

    public var pageCount: Int { pagesByKind.values.reduce(0, +) }
}

/// A problem with how the command was called rather than with the content (exit code 2).
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
