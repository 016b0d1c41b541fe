/// Every content item of a site, typed and checked field by field, before cross-references are resolved.
public struct ContentStore: Sendable {
    public var config: SiteConfig
    public var plan: Plan
    public var units: [AgencyUnit]
    public var areas: [Area]
    public var tasks: [PlanTask]
    public var indicators: [Indicator]
    public var reports: [Report]
    public var news: [NewsItem]
    public var pages: [Page]
    public var assessments: [Assessment] = []
    /// Translations by language, then by the path of the file they translate.
    public var translations: [String: [String: Translation]] = [:]
}
