import Foundation
import Testing

@testable import PlanPress

/// What a story shows in lists and shared links is its own: a missing summary and the scaffold's placeholder
/// text are warnings, and errors under --strict. A draft, not yet published, gives none.
@Suite struct SharingTextTests {
    static func site(draft: Bool) throws -> TestSite {
        let site = try TestSite(Fixtures.site)
        var story = Scaffold.news(title: "Tin mới", today: CalendarDate(year: 2026, month: 8, day: 2)!)
        story.text = story.text.replacingOccurrences(of: "draft: true", with: "draft: \(draft)")
        try site.write(story.path, story.text)
        return site
    }

    @Test func aPublishedStoryWithoutSummaryOrWithPlaceholderTextIsWarnedAbout() throws {
        let site = try Self.site(draft: false)
        let warnings = try site.build().warnings.filter { $0.location.path == "content/news/2026-08-02-tin-moi.md" }
        #expect(warnings.map(\.description) == [
            "content/news/2026-08-02-tin-moi.md:5:10: warning: the story has no summary: the news list and shared links would show the site's description instead",
            "content/news/2026-08-02-tin-moi.md:10:1: warning: the story still holds the placeholder text of 'planpress new': \(NewsItem.placeholderLines[0])",
            "content/news/2026-08-02-tin-moi.md:14:1: warning: the story still holds the placeholder text of 'planpress new': \(NewsItem.placeholderLines[1])",
        ])
        var strict = site.options
        strict.strict = true
        #expect(site.failure(strict).filter { $0.location.path == "content/news/2026-08-02-tin-moi.md" }.count == 3)
    }

    @Test func aDraftIsNotWarnedAbout() throws {
        let site = try Self.site(draft: true)
        #expect(try site.build().warnings.filter { $0.location.path.hasPrefix("content/news/2026-08-02") }.isEmpty)
    }
}
