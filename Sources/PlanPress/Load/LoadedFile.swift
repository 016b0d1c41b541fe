/// A content file after loading: its kind, its text, its parsed front matter and its Markdown body.
struct LoadedFile {
    var kind: ContentKind
    var source: SourceFile
    var frontMatter: YAMLDocument
    var body: MarkdownSource
    /// For a translation (`I.1.en.md`), its language; nil for an original.
    var language: String? = nil
    /// The file's modification time and size when read; what tells a rebuild that it changed.
    var stamp: FileStamp? = nil

    var path: String { source.path }

    /// For a translation, the path of the file it translates (`content/tasks/I.1.md`).
    var originalPath: String {
        guard let language else { return path }
        return TranslationPath.original(of: path, language: language)
    }
}

/// Names of translation files: `<name>.<lang>.md` beside `<name>.md`, `units.<lang>.yaml` beside `units.yaml`.
enum TranslationPath {
    /// Splits `tasks/I.1.en.md` into (`tasks/I.1.md`, `en`) when `en` is one of `languages`.
    static func split(_ path: String, languages: [String]) -> (original: String, language: String?) {
        for language in languages {
            for ext in [".md", ".yaml"] where path.hasSuffix(".\(language)\(ext)") {
                let stem = path.dropLast(language.count + 1 + ext.count)
                if !stem.isEmpty, !stem.hasSuffix("/") { return (stem + ext, language) }
            }
        }
        return (path, nil)
    }

    static func original(of path: String, language: String) -> String {
        split(path, languages: [language]).original
    }
}

/// Everything the load stage read: the config, the content files and their raw texts.
struct LoadedSite {
    var config: YAMLDocument?
    var files: [LoadedFile]
    /// `planpress.yaml` as read, so diagnostics can quote its lines (the content files' are in the load cache).
    var configSource: SourceFile? = nil
    /// Every content file read, parsed or not: a translation of a file that is not here is an error.
    var readPaths: [String] = []
}
