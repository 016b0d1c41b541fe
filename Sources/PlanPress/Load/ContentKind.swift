/// What a file under `content/` describes, decided by where it lives.
public enum ContentKind: String, Sendable, CaseIterable {
    case plan, units, area, task, indicator, report, news, page, assessment

    /// The kind of a path relative to `content/`, or nil for a file PlanPress does not read.
    public init?(contentPath path: String) {
        // Split on the bytes: splitting the string into characters took most of the folder listing's time.
        let parts = path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
        switch (parts.count, parts.first) {
        case (1, "plan.md"): self = .plan
        case (1, "units.yaml"): self = .units
        case (2, "assessments"):
            guard parts[1].hasSuffix(".yaml") else { return nil }
            self = .assessment
        case (2, _):
            guard parts[1].hasSuffix(".md") else { return nil }
            switch parts[0] {
            case "areas": self = .area
            case "tasks": self = .task
            case "indicators": self = .indicator
            case "reports": self = .report
            case "news": self = .news
            case "pages": self = .page
            default: return nil
            }
        default: return nil
        }
    }

    /// The kinds a path under `content/` may hold: a file's or a folder's (`content/news`), every kind for
    /// `content` itself, none outside it. Errors at such a path make ids of these kinds uncertain.
    static func kinds(under path: String) -> Set<ContentKind> {
        guard path == "content" || path.hasPrefix("content/") else { return [] }
        let relative = String(path.dropFirst("content/".count))
        guard let first = relative.split(separator: "/").first else { return Set(allCases) }
        // A file or folder stands for the kind a file of that place would have.
        let kind = ContentKind(contentPath: String(first)) ?? ContentKind(contentPath: first + "/x.md")
            ?? ContentKind(contentPath: first + "/x.yaml")
        return kind.map { [$0] } ?? []
    }
}
