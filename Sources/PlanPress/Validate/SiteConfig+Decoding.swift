extension SiteConfig {
    /// Reads `planpress.yaml`; every problem goes to `log`.
    static func decode(_ document: YAMLDocument, log: inout DiagnosticLog) -> SiteConfig? {
        var r = FieldReader(document: document, node: document.root, anchor: SourceLocation(path: document.path))
        let title = r.string("title", required: true)
        let organization = r.string("organization", required: true)
        var baseURL: BaseURL?
        if let text = r.string("baseURL", required: true) {
            baseURL = BaseURL(text)
            if baseURL == nil {
                r.error(
                    at: r.origin.location(of: "baseURL"), "baseURL '\(text)' is not an http(s) URL or a path",
                    hint: "e.g. 'baseURL: https://example.gov.vn/cchc/' or 'baseURL: /'")
            }
        }
        var languages = r.strings("languages")
        if languages.isEmpty { languages = ["vi"] }
        for (index, language) in languages.enumerated() where !Self.isLanguageCode(language) {
            r.error(
                at: r.origin.location(of: "languages[\(index)]"), "'\(language)' is not a language code",
                hint: "use two-letter codes such as vi or en")
        }
        if Set(languages).count != languages.count {
            r.error(at: r.origin.location(of: "languages"), "a language is listed twice")
        }
        let fallback: TranslationFallback = r.choice("fallback") ?? .notice
        var translations: [String: SiteTranslation] = [:]
        for entry in r.entries("translations") {
            var t = FieldReader(document: document, node: entry.value, anchor: entry.location)
            if !languages.dropFirst().contains(entry.key) {
                t.error(
                    at: entry.location, "translations for '\(entry.key)', which is not a second language of the site",
                    hint: "list it under 'languages:' after the default language")
            }
            translations[entry.key] = SiteTranslation(
                title: t.string("title"), organization: t.string("organization"), description: t.string("description"))
            t.reportUnknownFields(in: "translations.\(entry.key)")
            r.absorb(t)
        }
        let theme = r.string("theme") ?? "default"
        if theme.contains("/") || theme.hasPrefix(".") {
            r.error(at: r.origin.location(of: "theme"), "theme '\(theme)' must be a folder name under themes/")
        }
        let description = r.string("description") ?? ""
        var feedback = Feedback(email: nil, form: nil)
        if var f = r.nested("feedback", required: true) {
            feedback.email = f.string("email")
            feedback.form = f.string("form")
            feedback.phone = f.string("phone")
            feedback.portal = f.string("portal")
            feedback.survey = f.string("survey")
            for key in ["portal", "survey"] {
                if let url = key == "portal" ? feedback.portal : feedback.survey, !Self.isWebURL(url) {
                    f.error(
                        at: f.origin.location(of: key), "feedback \(key) '\(url)' must be an http(s) URL",
                        hint: "e.g. 'https://dichvucong.gov.vn/'")
                }
            }
            if let email = feedback.email, !Self.looksLikeEmail(email) {
                f.error(
                    at: f.origin.location(of: "email"), "feedback email '\(email)' is not an e-mail address",
                    hint: "write the address only, e.g. 'email: gopy@example.gov.vn'")
            }
            if let form = feedback.form, !Self.isWebURL(form) {
                f.error(
                    at: f.origin.location(of: "form"), "feedback form '\(form)' must be an http(s) URL",
                    hint: "e.g. 'https://example.gov.vn/gop-y?url={url}&title={title}&id={id}'")
            }
            if feedback.email == nil, feedback.form == nil {
                f.error(at: f.anchor, "feedback needs an 'email' or a 'form' URL", hint: "every page links to it")
            }
            f.reportUnknownFields(in: "feedback")
            r.absorb(f)
        }
        let illustrative = r.bool("illustrative", default: false)
        var newsPageSize = 10
        if var p = r.nested("pagination") {
            newsPageSize = p.integer("news", in: 1...1000) ?? 10
            p.reportUnknownFields(in: "pagination")
            r.absorb(p)
        }
        var allowRawHTML = false
        if var m = r.nested("markdown") {
            allowRawHTML = m.bool("unsafe", default: false)
            m.reportUnknownFields(in: "markdown")
            r.absorb(m)
        }
        r.reportUnknownFields(in: "planpress.yaml")
        log.append(contentsOf: r.diagnostics)
        guard let title, let organization, let baseURL else { return nil }
        return SiteConfig(
            title: title, organization: organization, baseURL: baseURL, languages: languages, theme: theme,
            description: description, feedback: feedback, illustrative: illustrative, newsPageSize: newsPageSize,
            allowRawHTML: allowRawHTML, fallback: fallback, translations: translations)
    }

    static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }),
            parts.count <= 2
        else { return false }
        return parts.count == 1 || parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isLetter }
    }

    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !text.contains(" ") && text.count > 8
    }

    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@")
        return parts.count == 2 && parts[1].contains(".") && !text.contains(" ") && !text.contains(":")
    }
}
