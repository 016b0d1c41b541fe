/// The tag index and one page per tag listing its news.
struct TagPages {
    struct ListContent: Encodable {
        var tags: [TagLink]
        var hasTags: Bool
    }

    struct Content: Encodable {
        var name: String
        var news: [Shared<NewsCard>]
        var pager: NewsPages.Pager?
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
            for part in NewsPagination.parts(news, list: Permalinks.tag(slug: slug), v: v) {
                guard r.renders(part.path) else {
                    files.append(r.skipped(part.path))
                    continue
                }
                let meta = v.meta(
                    title: NewsPagination.title(v.l.t("tag_title", ["tag": tag]), part: part, v: v),
                    description: v.l.t("tag_description", ["tag": tag]), path: part.path, kind: "tag",
                    crumbs: [Crumb(title: v.l.t("tags_title"), url: v.link(Permalinks.tags))],
                    updated: news.first?.date, feedbackID: "tag-\(slug)", feed: part.number == 1)
                files.append(try r.page(
                    "tag", path: part.path, meta: meta,
                    content: Content(name: tag, news: part.items.map(v.newsCard), pager: part.pager(v))))
            }
        }
        return files
    }
}
