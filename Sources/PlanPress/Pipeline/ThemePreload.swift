import Foundation

/// Loads the theme on another thread while the content loads. Loading the theme needs only the config's theme
/// name and languages, and the folder walk that starts the load stage keeps one core busy and leaves the other free.
/// The same thread then builds the slug table, which validation would otherwise build while the other core waits.
final class ThemePreload: @unchecked Sendable {
    private let name: String
    private let languages: [String]
    private let done = DispatchGroup()
    /// Written once by the loading thread before `done` is left; read only after waiting on `done`.
    private var loaded: (theme: Theme?, diagnostics: [Diagnostic]) = (nil, [])

    /// Starts loading the theme the config at `source` names; nil when the config cannot be read as it is (the
    /// validate stage then reports why, and loads no theme).
    init?(source: URL) {
        // Read as the load stage reads it; what is wrong with it is reported there, not here.
        var scratch = DiagnosticLog()
        guard let file = SourceReader(root: source).read(LoadStage.configPath, into: &scratch),
            let document = YAMLDocument.parse(file.text, path: LoadStage.configPath, firstLine: 1, into: &scratch),
            let config = SiteConfig.decode(document, log: &scratch)
        else { return nil }
        name = config.theme
        languages = config.languages
        done.enter()
        DispatchQueue.global().async { [self] in
            var log = DiagnosticLog()
            let theme = ThemeLoader.load(named: name, in: source, languages: languages, log: &log)
            loaded = (theme, log.entries)
            done.leave()
            Slug.prepareFolds()
        }
    }

    /// The theme and what loading it reported, once loaded; nil when `config` names another theme or languages.
    func theme(for config: SiteConfig) -> (theme: Theme?, diagnostics: [Diagnostic])? {
        done.wait()
        guard config.theme == name, config.languages == languages else { return nil }
        return loaded
    }
}
