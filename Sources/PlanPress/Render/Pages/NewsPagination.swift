/// Splits news into pages of the configured size: the first at the list's own address, the others at
/// `<list>trang/<n>/`. Used by the news list, the yearly archives and the tag pages.
struct NewsPagination {
    struct Part {
        var number: Int
        var path: String
        var items: ArraySlice<NewsItem>
        /// How many pages the list has, and its address.
        var count: Int
        var list: String

        /// The links to the pages before and after; made only for the pages a build renders.
        func pager(_ v: ViewFactory) -> NewsPages.Pager? {
            guard count > 1 else { return nil }
            return NewsPages.Pager(
                number: number, count: count,
                previousURL: number > 1 ? v.link(Permalinks.listPage(list, number: number - 1)) : nil,
                nextURL: number < count ? v.link(Permalinks.listPage(list, number: number + 1)) : nil,
                label: v.l.t("page_of", ["n": String(number), "count": String(count)]))
        }
    }

    static func pageCount(_ count: Int, size: Int) -> Int { max(1, (count + max(1, size) - 1) / max(1, size)) }

    static func parts(_ news: [NewsItem], list: String, v: ViewFactory) -> [Part] {
        let size = max(1, v.site.config.newsPageSize)
        let count = pageCount(news.count, size: size)
        return (1...count).map { number in
            Part(
                number: number, path: Permalinks.listPage(list, number: number),
                items: news.dropFirst((number - 1) * size).prefix(size), count: count, list: list)
        }
    }

    /// "Chủ đề: dịch vụ công – trang 2" for pages after the first.
    static func title(_ title: String, part: Part, v: ViewFactory) -> String {
        part.number == 1 ? title : v.l.t("title_page", ["title": title, "n": String(part.number)])
    }
}
