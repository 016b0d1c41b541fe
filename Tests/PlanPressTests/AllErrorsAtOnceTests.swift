import Foundation
import Testing

@testable import PlanPress

/// One run reports every file's own errors, each at the value it is about, and no error that only follows from
/// another one reported.
@Suite struct AllErrorsAtOnceTests {
    @Test func aBadDateInOneFileAndAnUnknownUnitInAnotherAreBothReported() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("content/news/2026-08-01-mot-cua.md", "---\ntitle: Tin\ndate: 2026-02-30\n---\n")
        try site.write("content/tasks/I.1.md", BadInputCatalogueTests.validTask.replacingOccurrences(of: "lead: van-phong", with: "lead: khong-co"))
        let errors = site.failure().filter { $0.severity == .error }.map(\.description)
        #expect(errors == [
            "content/news/2026-08-01-mot-cua.md:3:7: error: 'date' must be a date that exists, as YYYY-MM-DD, found '2026-02-30'",
            "content/tasks/I.1.md:5:7: error: unknown unit 'khong-co'",
        ])
    }

    @Test func aBrokenTaskFileIsNotReportedAgainAsAnUnknownTaskInReports() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("content/tasks/I.2.md", "---\nid: \"I.2\"\ntitle: [\n---\n")
        try site.write("content/tasks/II.1.md", BadInputCatalogueTests.validTask.replacingOccurrences(of: "\"I.1\"", with: "\"II.1\"").replacingOccurrences(of: "lead: van-phong", with: "lead: khong-co"))
        let errors = site.failure().filter { $0.severity == .error }
        #expect(errors.map(\.location.path) == ["content/tasks/I.2.md", "content/tasks/II.1.md"], "\(errors.map(\.description))")
    }

    @Test func oneBadByteInTheConfigIsTheOnlyError() throws {
        let site = try TestSite(Fixtures.site.replacingOccurrences(of: "languages: [vi]", with: "languages: [vi, en]"))
        try site.write("content/tasks/I.1.en.md", "---\ntitle: Review\n---\n")
        var config = Data(BadInputCatalogueTests.configText.utf8)
        config[config.firstRange(of: Data("organization".utf8))!.lowerBound + 3] = 0xFF
        try site.write("planpress.yaml", bytes: config)
        let errors = site.failure().filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["planpress.yaml:2:4: error: file is not valid UTF-8"])
    }

    @Test func aControlCharacterIsReportedWhereItIs() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("content/tasks/I.1.md", BadInputCatalogueTests.validTask.replacingOccurrences(of: "title: Rà soát", with: "title: Rà soát\u{7}"))
        let errors = site.failure().filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["content/tasks/I.1.md:4:15: error: invisible control character U+0007 in the text"])
    }
}
