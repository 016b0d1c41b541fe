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

    /// Why a file name cannot be read as it stands: `I.1.fr.md` names a language the site does not have,
    /// `I.1.EN.md` writes one in capitals, `I.1.en.en.md` translates a translation. `relative` is the name
    /// `split` left, `language` the one it found; `languages` are all of the site's, the default first.
    static func problem(_ relative: String, language: String?, languages: [String]) -> (message: String, hint: String)? {
        guard relative.hasSuffix(".md") || relative.hasSuffix(".yaml") else { return nil }
        let stem = relative.dropLast(relative.hasSuffix(".md") ? 3 : 5)
        guard let dot = stem.lastIndex(of: "."), !stem[..<dot].hasSuffix("/") else { return nil }
        let code = stem[stem.index(after: dot)...]
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let lower = code.lowercased()
        if let language {
            return (
                "translation into '\(language)' of a file that is itself named as a translation into '\(lower)'",
                "name a translation after its original: <name>.\(language).md beside <name>.md")
        }
        if lower == languages.first {
            return (
                "'\(lower)' is the site's default language, whose text is the original itself",
                "put the text in content/\(stem[..<dot])\(relative.hasSuffix(".md") ? ".md" : ".yaml")")
        }
        if languages.contains(lower) {
            return (
                "the language '\(code)' in the file name is not written as in planpress.yaml",
                "write it in lower case: content/\(stem[..<dot]).\(lower)\(relative.hasSuffix(".md") ? ".md" : ".yaml")")
        }
        return (
            "the file name reads as a translation into '\(lower)', which is not one of the site's languages (\(languages.isEmpty ? "none" : languages.joined(separator: ", ")))",
            "add '\(lower)' to 'languages' in planpress.yaml, or rename the file without '.\(code)'")
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
