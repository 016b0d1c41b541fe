import Testing

@testable import PlanPress

/// The views that list their own template fields give exactly what reflection gives, so that a field added to a
/// view and forgotten in its list fails here rather than leaving a template tag empty.
@Suite struct TemplateFieldsTests {
    static let crumbs = [Crumb(title: "Tin tức", url: "/tin-tuc/"), Crumb(title: "Trang này", url: nil)]
    static let tags = [TagLink(name: "dịch vụ công", url: "/the/dich-vu-cong/", count: 3)]
    static let meta = PageMeta(
        title: "Nhiệm vụ I.1", documentTitle: "Nhiệm vụ I.1 – Site", description: "Rà soát", url: "/nhiem-vu/i-1/",
        canonicalURL: "https://example.gov.vn/nhiem-vu/i-1/", kind: "task", breadcrumb: crumbs, updated: "1/10/2026",
        updatedISO: "2026-10-01", feedbackURL: "mailto:gopy@example.gov.vn",
        alternates: [Alternate(language: "en", name: "English", url: "/en/", absoluteURL: "https://x/en/", current: false, exists: true)],
        untranslated: false, itemFeed: nil, siteFeed: FeedLinks(atom: "/feed.xml", json: "/feed.json"))
    static let card = NewsCard(
        title: "Tin", url: "/tin-tuc/tin/", date: "1/8/2026", dateISO: "2026-08-01", summary: "Tóm tắt", image: nil,
        imageAlt: nil, tags: tags)
    static let row = TaskRow(
        id: "I.1", title: "Rà soát", url: "/nhiem-vu/i-1/", areaTitle: "Thể chế", areaURL: "/linh-vuc/the-che/",
        lead: "Văn phòng", due: "2026", status: "in-progress", statusLabel: "Đang thực hiện", progress: "40%",
        progressValue: 40, overdue: false, note: nil, stale: "Chưa cập nhật")
    static let indicator = IndicatorCard(
        id: "par-index", title: "PAR Index", url: "/chi-so/par-index/", areaTitle: "Chỉ đạo", latest: "4", latestPeriod: nil,
        target: "top 5", standing: "met", standingLabel: "Đạt", distance: nil, lastUpdate: "Quý 3/2026", nextExpected: nil,
        stale: nil, sparkline: "<svg/>")

    static var views: [(String, any TemplateFields)] { [
        ("NavigationLink", NavigationLink(title: "Tin tức", url: "/tin-tuc/", current: true)),
        ("Crumb with a link", crumbs[0]), ("Crumb without", crumbs[1]), ("TagLink", tags[0]),
        ("FeedLinks", FeedLinks(atom: "a", json: "j")), ("Alternate", meta.alternates[0]),
        ("SiteView", SiteView(
            title: "Site", organization: "Sở", language: "vi", homeURL: "/", stylesheetURL: "/a.css", iconURL: "/i.svg",
            navigation: [NavigationLink(title: "Tin", url: "/tin-tuc/", current: false)], footerPages: [], illustrative: true)),
        ("PageMeta without an item feed", meta),
        ("PageMeta with one", { var m = meta; m.itemFeed = FeedLinks(atom: "i.xml", json: "i.json"); return m }()),
        ("NewsCard without an image", card),
        ("NewsCard with one", { var c = card; c.image = "/anh.jpg"; c.imageAlt = "Ảnh"; return c }()),
        ("TaskRow", row), ("TaskRow with a note", { var r = row; r.note = "Ghi chú"; r.stale = nil; return r }()),
        ("IndicatorCard", indicator),
    ] }

    @Test(arguments: views.map(\.0))
    func aViewListsTheFieldsReflectionFinds(_ name: String) throws {
        let view = try #require(Self.views.first { $0.0 == name }?.1)
        let reflected = try #require(TemplateValue.reflect(view))
        #expect(TemplateValue.convert(view.templateFields) == reflected, "\(name)")
    }
}
