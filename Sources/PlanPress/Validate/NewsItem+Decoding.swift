extension NewsItem {
    static func decode(_ file: LoadedFile, log: inout DiagnosticLog) -> NewsItem? {
        var r = FieldReader(file)
        let title = r.string("title", required: true)
        let slug = r.string("slug")
        let date = r.date("date", required: true)
        let summary = r.string("summary") ?? ""
        let image = r.string("image")
        let imageAlt = r.string("image_alt")
        if let image {
            if image.contains(":") {
                r.error(
                    at: r.origin.location(of: "image"), "image '\(image)' is not a file of the site",
                    hint: "the site loads nothing from other hosts: save the picture in static/ and write its path, e.g. 'images/anh.jpg'")
            } else if image.contains("..") {
                r.error(
                    at: r.origin.location(of: "image"), "image path '\(image)' climbs out of the site with '..'",
                    hint: "put the image in static/ and write its path from there, e.g. 'images/anh.jpg'")
            }
            if imageAlt?.isEmpty ?? true {
                r.error(
                    at: r.origin.location(of: "image"), "image has no 'image_alt' text",
                    hint: "describe the picture for readers who cannot see it: 'image_alt: …'")
            }
        }
        var tags = r.strings("tags")
        if tags.count > ContentLimits.tagsPerStory {
            r.error(
                at: r.origin.location(of: "tags[\(ContentLimits.tagsPerStory)]"),
                "a story may have at most \(ContentLimits.tagsPerStory) tags, found \(tags.count)",
                hint: "keep the few words readers look for; every tag makes a page and a feed")
            tags = []
        }
        for (index, tag) in tags.enumerated() where tag.isEmpty || Slug.make(tag).utf8.count > ContentLimits.nameBytes || Slug.make(tag).isEmpty {
            r.error(
                at: r.origin.location(of: "tags[\(index)]"),
                tag.isEmpty || Slug.make(tag).isEmpty ? "tag \(index + 1) has no letters or digits" : "tag \(index + 1) is too long for an address (\(tag.utf8.count) bytes)",
                hint: "a tag is a word or two, e.g. 'dịch vụ công'")
        }
        let related = r.strings("related")
        let draft = r.bool("draft", default: false)
        // What a reader and a share would see of a story that is not finished; a draft is not published yet.
        if !draft {
            if summary.isEmpty {
                r.warning(
                    at: r.origin.fields["summary"] ?? r.anchor,
                    "the story has no summary: the news list and shared links would show the site's description instead",
                    hint: "write one or two sentences in 'summary:'")
            }
            for (offset, line) in placeholderCandidates(file.body).enumerated()
            where NewsItem.placeholderLines.contains(FieldReader.trimmed(String(line))) {
                r.warning(
                    at: SourceLocation(path: file.path, line: file.body.firstLine + offset, column: 1),
                    "the story still holds the placeholder text of 'planpress new': \(line)",
                    hint: "replace it with the story's own words")
            }
        }
        let illustrative = r.bool("illustrative", default: false)
        r.reportUnknownFields(in: "news item")
        log.append(contentsOf: r.diagnostics)
        guard let title, let date else { return nil }
        return NewsItem(.init(
            title: title, slug: slug.map(Slug.make) ?? Slug.make(title), date: date, summary: summary, image: image,
            imageAlt: imageAlt, tags: tags, tagSlugs: tags.map(Slug.make), related: related, draft: draft, illustrative: illustrative,
            body: file.body, origin: r.origin))
    }

    /// The body's lines when it may hold a placeholder, found by a byte search first: ten thousand stories are
    /// not split into lines for a check that almost never finds anything.
    private static func placeholderCandidates(_ body: MarkdownSource) -> [Substring] {
        var text = body.markdown
        let mayHold = text.withUTF8 { bytes in
            NewsItem.placeholderLines.contains { bytes.firstRange(of: Array($0.utf8)) != nil }
        }
        return mayHold ? body.markdown.split(separator: "\n", omittingEmptySubsequences: false) : []
    }
}

