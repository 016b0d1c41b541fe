import Foundation
import Testing

@testable import PlanPress

/// A page states only what the content states: a fact the content leaves out is not filled in from elsewhere.
@Suite struct TrueFactsTests {
    /// A document of the plan's basis with no issuer is shown with none, not with the plan's own issuer (a
    /// name missing from a list item must not be looked up in the page around it).
    @Test func aBasisDocumentWithoutAnIssuerIsShownWithNone() throws {
        let site = try TestSite(Fixtures.site.replacingOccurrences(
            of: "  - document: Quyết định số 1/QĐ-UBND\n    date: 2025-08-27",
            with: "  - document: Quyết định số 1/QĐ-UBND\n    date: 2025-08-27\n    issuer: Ủy ban nhân dân thành phố\n  - document: Nghị quyết 45-NQ/TW"))
        try site.build()
        try site.assertFile("ke-hoach/index.html", """
            <li><strong>Quyết định số 1/QĐ-UBND</strong> (27/8/2025), Ủy ban nhân dân thành phố</li>
            <li><strong>Nghị quyết 45-NQ/TW</strong></li>
            ! <strong>Nghị quyết 45-NQ/TW</strong>, Sở Thử nghiệm
            """)
    }

    /// The transcription's `[?]` (a reading of the original that is not certain) is a marked span that says so,
    /// in the page's language, in the task's product and in its notes; never a raw mark.
    @Test func anUncertainReadingIsMarkedAndExplained() throws {
        let site = try TestSite(
            LanguageTests.bilingual.replacingOccurrences(of: "product: Báo cáo rà soát", with: "product: Báo cáo rà soát [?]")
                + "\n-- content/tasks/I.2.en.md --\n---\ntitle: Comments on drafts\nproduct: Written comments [?]\n---\n")
        try site.build()
        let span = "<span class=\"uncertain-reading\" title=\"chữ trong văn bản gốc chưa đọc được chắc chắn\">[?]"
            + "<span class=\"visually-hidden\"> (chữ trong văn bản gốc chưa đọc được chắc chắn)</span></span>"
        try site.assertFile("nhiem-vu/i-1/index.html", "<dd>Báo cáo rà soát \(span)</dd>")
        try site.assertFile("en/nhiem-vu/i-2/index.html", """
            <dd>Written comments <span class="uncertain-reading" title="a reading of the original document that is not certain">[?]
            """)
        let page = try site.file("nhiem-vu/i-1/index.html")
        #expect(page.components(separatedBy: "[?]").count - 1 == page.components(separatedBy: "uncertain-reading").count - 1)
    }
}

