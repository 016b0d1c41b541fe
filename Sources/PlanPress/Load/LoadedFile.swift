/// A content file after loading: its kind, its text, its parsed front matter and its Markdown body.
struct LoadedFile {
    var kind: ContentKind
    var source: SourceFile
    var frontMatter: YAMLDocument
    var body: MarkdownSource

    var path: String { source.path }
}

/// Everything the load stage read: the config, the content files and their raw texts.
struct LoadedSite {
    var config: YAMLDocument?
    var files: [LoadedFile]
    /// Every file read, by path, so diagnostics can quote the offending line.
    var sources: [String: SourceFile]
}
