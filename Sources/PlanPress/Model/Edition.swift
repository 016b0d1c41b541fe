/// One language edition of the site: the default at the root, the others under `/<lang>/`.
public struct Edition: Sendable, Hashable {
    public var language: String
    /// `""` for the default language, `"en/"` for English, and so on.
    public var pathPrefix: String

    public var isDefault: Bool { pathPrefix.isEmpty }

    /// Every edition of a site, the default first.
    public static func all(for config: SiteConfig) -> [Edition] {
        config.languages.enumerated().map { Edition(language: $1, pathPrefix: $0 == 0 ? "" : "\($1)/") }
    }
}
