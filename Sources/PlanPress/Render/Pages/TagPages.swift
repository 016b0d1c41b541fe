/// The tag index and one page per tag listing its news.
struct TagPages {
    struct ListContent {
        var tags: [TagLink]
        var hasTags: Bool
    }

    struct Content {
        var name: String
        var news: [NewsCard]
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let tags = v.site.tags
        let links = tags.map { TagLink(name: $0.tag, url: v.link(Permalinks.tag(slug: $0.slug)), count: $0.news.count) }
        let listMeta = v.meta(
            title: v.l.t("tags_title"), description: v.l.t("tags_description"), path: Permalinks.tags, kind: "tags",
            updated: v.site.news.first?.date, feedbackID: "tags")
        var files = [try r.page("tags", path: Permalinks.tags, meta: listMeta, content: ListContent(tags: links, hasTags: !links.isEmpty))]
        for (tag, slug, news) in tags {
            let path = Permalinks.tag(slug: slug)
            let meta = v.meta(
                title: v.l.t("tag_title", ["tag": tag]), description: v.l.t("tag_description", ["tag": tag]), path: path,
                kind: "tag", crumbs: [Crumb(title: v.l.t("tags_title"), url: v.link(Permalinks.tags))],
                updated: news.first?.date, feedbackID: "tag-\(slug)", feed: true)
            files.append(try r.page("tag", path: path, meta: meta, content: Content(name: tag, news: news.map(v.newsCard))))
        }
        return files
    }
}
