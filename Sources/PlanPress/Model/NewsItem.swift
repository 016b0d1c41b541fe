/// A story for the public about the reform.
///
/// The pipeline sorts, filters and groups tens of thousands of stories, so copies share one storage until one
/// of them is changed (copy on write, as `Array` does): a copy costs one reference count, not one per field.
public struct NewsItem: Sendable {
    /// The story's fields, as written in its file.
    public struct Fields: Sendable {
        public var title: String
        public var slug: String
        public var date: CalendarDate
        public var summary: String
        public var image: String?
        public var imageAlt: String?
        public var tags: [String]
        /// Each tag's URL slug, from the original language, so every edition shares tag addresses.
        public var tagSlugs: [String]
        public var related: [String]
        public var draft: Bool
        public var illustrative: Bool
        public var body: MarkdownSource
        public var origin: Origin
    }

    private final class Storage: @unchecked Sendable {
        // Only mutated through `update`, after making the storage unique.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    public init(_ fields: Fields) { storage = Storage(fields) }

    public var fields: Fields { storage.fields }

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        change(&storage.fields)
    }

    public var title: String {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    public var slug: String {
        get { storage.fields.slug }
        set { update { $0.slug = newValue } }
    }
    public var date: CalendarDate {
        get { storage.fields.date }
        set { update { $0.date = newValue } }
    }
    public var summary: String {
        get { storage.fields.summary }
        set { update { $0.summary = newValue } }
    }
    public var image: String? {
        get { storage.fields.image }
        set { update { $0.image = newValue } }
    }
    public var imageAlt: String? {
        get { storage.fields.imageAlt }
        set { update { $0.imageAlt = newValue } }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { update { $0.tags = newValue } }
    }
    /// Each tag's URL slug, from the original language, so every edition shares tag addresses.
    public var tagSlugs: [String] {
        get { storage.fields.tagSlugs }
        set { update { $0.tagSlugs = newValue } }
    }
    public var related: [String] {
        get { storage.fields.related }
        set { update { $0.related = newValue } }
    }
    public var draft: Bool {
        get { storage.fields.draft }
        set { update { $0.draft = newValue } }
    }
    public var illustrative: Bool {
        get { storage.fields.illustrative }
        set { update { $0.illustrative = newValue } }
    }
    public var body: MarkdownSource {
        get { storage.fields.body }
        set { update { $0.body = newValue } }
    }
    public var origin: Origin {
        get { storage.fields.origin }
        set { update { $0.origin = newValue } }
    }
}
