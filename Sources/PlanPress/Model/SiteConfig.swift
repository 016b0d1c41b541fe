/// The site settings from `planpress.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var organization: String
    public var baseURL: BaseURL
    public var languages: [String]
    public var theme: String
    public var description: String
    public var feedback: Feedback
    public var illustrative: Bool
    public var newsPageSize: Int
    /// Lets raw HTML in Markdown through; off by default.
    public var allowRawHTML: Bool
    /// What a language edition does with an item that has no translation.
    public var fallback: TranslationFallback
    /// Title, organization and description in the other languages.
    public var translations: [String: SiteTranslation]

    public var defaultLanguage: String { languages.first ?? "vi" }

    /// The settings as one language edition shows them.
    public func localized(to language: String) -> SiteConfig {
        guard let t = translations[language] else { return self }
        var copy = self
        copy.title = t.title ?? title
        copy.organization = t.organization ?? organization
        copy.description = t.description ?? description
        return copy
    }
}

/// `fallback: omit | notice`: leave untranslated news and pages out, or show the original with a notice.
public enum TranslationFallback: String, Sendable, CaseIterable {
    case omit
    case notice
}

/// The site's own words in another language, from `translations.<lang>` in planpress.yaml.
public struct SiteTranslation: Sendable {
    public var title: String?
    public var organization: String?
    public var description: String?
}

/// How readers reach the publisher: a mailto address and/or a form URL template.
public struct Feedback: Sendable {
    public var email: String?
    /// A URL with `{url}`, `{title}` and `{id}` placeholders, filled per page.
    public var form: String?
    /// Further channels the feedback page lists.
    public var phone: String? = nil
    /// The national public service portal, or another place to file a request.
    public var portal: String? = nil
    /// A satisfaction survey.
    public var survey: String? = nil
}

/// The address the site is served from, possibly under a sub-path such as `https://example.gov.vn/cchc/`.
public struct BaseURL: Sendable, Hashable {
    /// Scheme and host, e.g. `https://example.gov.vn`; empty for a path-only base.
    public var origin: String
    /// Always starts and ends with `/`.
    public var path: String

    /// Accepts `https://host/sub/`, `https://host`, `/sub/` or `/`.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var origin = ""
        if let range = rest.range(of: "://") {
            let scheme = rest[..<range.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            let afterScheme = rest[range.upperBound...]
            let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            let host = afterScheme[..<hostEnd]
            guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "?" || $0 == "#" }) else { return nil }
            origin = "\(scheme)://\(host)"
            rest = afterScheme[hostEnd...]
        } else if !rest.hasPrefix("/") {
            return nil
        }
        guard !rest.contains("?"), !rest.contains("#"), !rest.contains(" "), !rest.contains("..") else { return nil }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.origin = origin
        self.path = path
    }

    /// A site path (`nhiem-vu/i-1/`) as a root-relative link under the base path.
    public func link(_ sitePath: String) -> String { path + sitePath }

    /// A site path as an absolute URL, for feeds, sitemaps and share metadata.
    public func absolute(_ sitePath: String) -> String { origin + path + sitePath }
}
