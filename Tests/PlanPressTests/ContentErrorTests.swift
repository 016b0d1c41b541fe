import Foundation
import Testing

@testable import PlanPress

/// Bad content gives an error at the exact file, line and column, with a hint, and writes nothing.
@Suite struct ContentErrorTests {
    /// The fixture site with one file replaced.
    static func site(replacing path: String, with text: String) throws -> TestSite {
        let site = try TestSite(Fixtures.site)
        try site.write(path, text)
        return site
    }

    static func only(_ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "expected one error, got \(errors.map(\.description))", sourceLocation: sourceLocation)
        return try #require(errors.first, sourceLocation: sourceLocation)
    }

    @Test func unknownLeadUnitPointsAtTheValueAndListsKnownUnits() throws {
        let site = try Self.site(
            replacing: "content/tasks/I.1.md",
            with: """
                ---
                id: "I.1"
                area: I
                title: Rà soát
                lead: van-phong-so
                due: 2026-2030
                ---
                """)
        let error = try Self.only(site.failure())
        #expect(error.location == SourceLocation(path: "content/tasks/I.1.md", line: 5, column: 7))
        #expect(error.message == "unknown unit 'van-phong-so'")
        #expect(error.hint?.contains("did you mean 'van-phong'?") == true)
        #expect(error.hint?.contains("cac-phong") == true)
        #expect(error.description.hasPrefix("content/tasks/I.1.md:5:7: error: unknown unit 'van-phong-so'"))
    }

    @Test func columnsCountCharactersNotBytesAfterVietnameseText() throws {
        let site = try Self.site(
            replacing: "content/reports/2026-q3.md",
            with: """
                ---
                period: 2026-Q3
                as_of: 2026-09-30
                tasks:
                  I.1: {note: "Đã rà soát văn bản", status: on-track, progress: "ba mươi"}
                ---
                """)
        let error = try Self.only(site.failure())
        // 64 characters precede the value; in UTF-8 bytes they would be 72.
        #expect(error.location == SourceLocation(path: "content/reports/2026-q3.md", line: 5, column: 65))
    }

    @Test func progressThatIsNotANumberNamesTheValueAndTheRange() throws {
        let site = try Self.site(
            replacing: "content/reports/2026-q3.md",
            with: """
                ---
                period: 2026-Q3
                as_of: 2026-09-30
                tasks:
                  I.1: {status: on-track, progress: "ba mươi"}
                ---
                """)
        let error = try Self.only(site.failure())
        #expect(error.location == SourceLocation(path: "content/reports/2026-q3.md", line: 5, column: 37))
        #expect(error.message == "'progress' must be a number from 0 to 100, found 'ba mươi'")
    }

    @Test func progressOutOfRangeAndUnknownStatusAreBothReported() throws {
        let site = try Self.site(
            replacing: "content/reports/2026-q3.md",
            with: """
                ---
                period: 2026-Q3
                as_of: 2026-09-30
                tasks:
                  I.1: {status: on-track, progress: 130}
                  I.2:
                    status: finished
                    progress: 10
                ---
                """)
        let errors = site.failure().filter { $0.severity == .error }
        #expect(errors.map(\.location.line) == [5, 7])
        #expect(errors[0].message == "'progress' must be a number from 0 to 100, found 130")
        #expect(errors[1].message == "unknown status 'finished'")
        #expect(errors[1].hint?.contains("not-started, on-track, at-risk, delayed, done") == true)
    }

    @Test func impossibleDateIsRejected() throws {
        let site = try Self.site(
            replacing: "content/news/2026-08-01-mot-cua.md",
            with: """
                ---
                title: Tin
                date: 2026-02-30
                ---
                """)
        let error = try Self.only(site.failure())
        #expect(error.location == SourceLocation(path: "content/news/2026-08-01-mot-cua.md", line: 3, column: 7))
        #expect(error.message.contains("must be a date that exists"))
    }

    @Test func unclosedFrontMatterSaysHowToCloseIt() throws {
        let site = try Self.site(replacing: "content/tasks/I.2.md", with: "---\nid: \"I.2\"\narea: I\n")
        let error = try Self.only(site.failure())
        #expect(error.location == SourceLocation(path: "content/tasks/I.2.md", line: 1, column: 1))
        #expect(error.message.contains("never closed"))
        #expect(error.hint?.contains("'---'") == true)
    }

    @Test func yamlSyntaxErrorIsPlacedInFileLines() throws {
        let site = try Self.site(
            replacing: "content/areas/cai-cach-thu-tuc.md",
            with: """
                ---
                id: II
                order: 2
                title: [Cải cách thủ tục
                ---
                """)
        let error = try Self.only(site.failure())
        #expect(error.location.path == "content/areas/cai-cach-thu-tuc.md")
        #expect(error.location.line >= 4)
        #expect(error.message.hasPrefix("invalid YAML"))
    }

    @Test func missingRequiredFieldsAreAllListedAtOnce() throws {
        let site = try Self.site(replacing: "content/tasks/I.2.md", with: "---\nid: \"I.2\"\n---\n")
        let messages = site.failure().filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains("missing required field 'area'"))
        #expect(messages.contains("missing required field 'title'"))
        #expect(messages.contains("missing required field 'lead'"))
        #expect(messages.contains("missing required field 'due'"))
    }

    @Test func problemsInSeveralFilesAreReportedTogether() throws {
        let site = try TestSite(Fixtures.site)
        try site.write(
            "content/indicators/par-index.md", "---\nid: par-index\ntitle: PAR\narea: IX\nkind: rank\ntarget: {value: 5, by: 2030}\n---\n")
        try site.write(
            "content/reports/2026-q2.md", "---\nperiod: 2031-Q2\nas_of: 2031-06-30\ntasks:\n  X.9: {status: done}\n---\n")
        let errors = site.failure().filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains("content/indicators/par-index.md:4:7: error: unknown area 'IX'"))
        #expect(errors.contains { $0.hasPrefix("content/reports/2026-q2.md:2:9: error: report period 2031-Q2 is outside") })
        #expect(errors.contains("content/reports/2026-q2.md:5:3: error: unknown task 'X.9'"))
    }

    @Test func duplicateIDsAndURLsAreErrors() throws {
        let site = try TestSite(Fixtures.site)
        try site.write(
            "content/tasks/I.1-copy.md",
            "---\nid: \"I.1\"\narea: I\ntitle: Bản sao\nlead: van-phong\ndue: 2026-2030\n---\n")
        try site.write("content/pages/tin-tuc.md", "---\ntitle: Tin tức\n---\n")
        let errors = site.failure().filter { $0.severity == .error }.map(\.message)
        #expect(errors.contains { $0.hasPrefix("duplicate task 'I.1', also in content/tasks/I.1") })
        #expect(errors.contains { $0.hasPrefix("two pages would have the URL /tin-tuc/") })
    }

    @Test func unknownFieldIsAWarningWithASuggestionAndFailsOnlyWhenStrict() throws {
        let site = try TestSite(Fixtures.site)
        try site.write(
            "content/tasks/I.1.md",
            "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: van-phong\ndue: 2026-2030\nprodcut: Báo cáo\n---\n")
        let report = try site.build()
        let warning = try #require(report.warnings.first { $0.message.contains("prodcut") })
        #expect(warning.location == SourceLocation(path: "content/tasks/I.1.md", line: 7, column: 1))
        #expect(warning.hint == "did you mean 'product'?")
        var strict = site.options
        strict.strict = true
        #expect(site.failure(strict).contains { $0.message.contains("prodcut") })
    }

    @Test func aBrokenFileLeavesThePreviousSiteExactlyAsItWas() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        let before = try site.outputSnapshot()
        #expect(before["index.html"] != nil)
        try site.write("content/tasks/I.1.md", "---\nid: \"I.1\"\nlead: [\n---\n")
        let diagnostics = site.failure()
        #expect(diagnostics.contains { $0.location.path == "content/tasks/I.1.md" && $0.severity == .error })
        #expect(try site.outputSnapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func theErrorShowsTheOffendingLineWithACaret() throws {
        let site = try Self.site(
            replacing: "content/tasks/I.1.md",
            with: "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: van-phong-so\ndue: 2026-2030\n---\n")
        let text = DiagnosticFormatter.format(site.failure())
        #expect(
            text.contains(
                "content/tasks/I.1.md:5:7: error: unknown unit 'van-phong-so'\n    lead: van-phong-so\n          ^\n  hint: did you mean 'van-phong'?"))
    }
}

/// Theme problems are content errors too: they name the template file and position.
@Suite struct ThemeErrorTests {
    /// The errors of the fixture site with `template` of the theme written as `text`.
    private func errors(building template: String, _ text: String) throws -> [Diagnostic] {
        let site = try TestSite(Fixtures.site)
        try site.write("themes/default/templates/\(template).mustache", text)
        return site.failure().filter { $0.severity == .error }
    }

    @Test func aTemplateSyntaxErrorPointsAtTheTemplate() throws {
        let errors = try errors(building: "task", "{{<base}}{{$main}}\n<h1>{{#page}}{{title}}</h1>\n{{/main}}{{/base}}\n")
        #expect(errors.contains { $0.location.path == "themes/default/templates/task.mustache" && $0.message.hasPrefix("template syntax error") })
    }

    @Test func anUnknownPartialIsAnError() throws {
        let errors = try errors(
            building: "page", "{{<base}}{{$main}}\n  {{> no-such-part}}\n<p>Đề mục {{>pager}} {{>khac-nua}}</p>\n{{/main}}{{/base}}\n")
        #expect(errors.map(\.location) == [
            SourceLocation(path: "themes/default/templates/page.mustache", line: 2, column: 3),
            SourceLocation(path: "themes/default/templates/page.mustache", line: 3, column: 22),
        ])
        #expect(errors.map(\.message) == ["unknown template 'no-such-part'", "unknown template 'khac-nua'"])
    }

    @Test func aMissingUIStringNamesTheKeyAndTheLanguage() throws {
        let errors = try errors(
            building: "page",
            "{{<base}}{{$main}}\n<p>{{t.no_such_key}}</p>\n<p>Đề mục: {{# t.nav_home}}{{ t.khong_co }}{{/t.nav_home}}</p>\n{{/main}}{{/base}}\n")
        #expect(errors.map(\.location) == [
            SourceLocation(path: "themes/default/templates/page.mustache", line: 2, column: 6),
            SourceLocation(path: "themes/default/templates/page.mustache", line: 3, column: 31),
        ])
        #expect(errors.map(\.message) == [
            "UI string 'no_such_key' is missing for language 'vi'", "UI string 'khong_co' is missing for language 'vi'",
        ])
    }

    @Test func anUnknownThemeIsAnError() throws {
        let site = try TestSite(Fixtures.site.replacingOccurrences(of: "theme: default", with: "theme: khong-co"))
        let error = try #require(site.failure().first { $0.severity == .error })
        #expect(error.message.contains("theme 'khong-co' not found"))
    }
}
