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
        let illustrative = r.bool("illustrative", default: false)
        r.reportUnknownFields(in: "news item")
        log.append(contentsOf: r.diagnostics)
        guard let title, let date else { return nil }
        return NewsItem(.init(
            title: title, slug: slug.map(Slug.make) ?? Slug.make(title), date: date, summary: summary, image: image,
            imageAlt: imageAlt, tags: tags, tagSlugs: tags.map(Slug.make), related: related, draft: draft, illustrative: illustrative,
            body: file.body, origin: r.origin))
    }
}
