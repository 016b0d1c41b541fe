import Foundation
import Testing

@testable import PlanPress

/// What every page carries around its content: the breadcrumb trail.
@Suite struct PageChromeTests {
    @Test func theHomePageHasNoBreadcrumbAndOtherPagesHaveTheirTrail() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile("index.html", """
            ! class="breadcrumb"
            """)
        try site.assertFile("nhiem-vu/i-1/index.html", """
            <nav class="breadcrumb" aria-label="Vị trí trang">
            <li><a href="/cchc/">Trang chủ</a></li>
            <li><span aria-current="page">Nhiệm vụ I.1</span></li>
            """)
    }
}
