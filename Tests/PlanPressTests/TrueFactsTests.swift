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
}
