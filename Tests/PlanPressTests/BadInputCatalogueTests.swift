import Foundation
import Testing

@testable import PlanPress

/// The catalogue of bad input: each case is one careless edit of the fixture site. Every error names its file,
/// line and column and gives a hint; the cases marked accepted build correctly. None crashes or hangs.
@Suite struct BadInputCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var bytes: Data
        /// Expected error position and words, or nil when the input must be accepted.
        var line: Int?
        var column: Int?
        var message: String?
        var errorPath: String? = nil
        /// The case needs a second language (English) in the site.
        var bilingual = false

        var testDescription: String { name }

        static func error(
            _ name: String, _ path: String, _ text: String, at line: Int, _ column: Int, _ message: String, in errorPath: String? = nil,
            bilingual: Bool = false
        ) -> Case {
            Case(
                name: name, path: path, bytes: Data(text.utf8), line: line, column: column, message: message, errorPath: errorPath,
                bilingual: bilingual)
        }

        static func accepted(_ name: String, _ path: String, _ bytes: Data) -> Case {
            Case(name: name, path: path, bytes: bytes, line: nil, column: nil, message: nil)
        }
    }

    static let task = "content/tasks/I.1.md"
    static let report = "content/reports/2026-q3.md"
    static let news = "content/news/2026-08-01-mot-cua.md"
    static let config = "planpress.yaml"
    static let validTask = "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: van-phong\ndue: 2026-2030\n---\n"
    static let configText = Fixtures.config.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"

    static func indicatorsReport(_ line: String) -> String {
        "---\nperiod: 2026-Q3\nas_of: 2026-09-30\nindicators:\n  \(line)\n---\n"
    }

    static func reportWith(_ tasks: String) -> String {
        "---\nperiod: 2026-Q3\nas_of: 2026-09-30\ntasks:\n\(tasks)\n---\n"
    }

    static let cases: [Case] = [
        .error("malformed YAML", task, "---\nid: \"I.1\"\ntitle: [Rà soát\nlead: x\n---\n", at: 4, 5, "invalid YAML"),
        .error("front matter never closed", task, "---\nid: \"I.1\"\n", at: 1, 1, "never closed"),
        .error("no front matter", task, "Chỉ có nội dung.\n", at: 1, 1, "missing front matter"),
        .error("empty file", task, "", at: 1, 1, "missing front matter"),
        .error("front matter is a list", task, "---\n- a\n- b\n---\n", at: 2, 1, "expected fields"),
        .error("progress is words", report, reportWith("  I.1: {status: on-track, progress: \"ba mươi\"}"), at: 5, 37, "'progress' must be a number from 0 to 100, found 'ba mươi'"),
        .error("progress above 100", report, reportWith("  I.1: {status: on-track, progress: 130}"), at: 5, 37, "found 130"),
        .error("progress below 0", report, reportWith("  I.1: {status: on-track, progress: -5}"), at: 5, 37, "found -5"),
        .error("progress with a decimal comma", report, reportWith("  I.1: {status: on-track, progress: \"12,5\"}"), at: 5, 37, "found '12,5'"),
        .error("unknown status", report, reportWith("  I.1: {status: xong, progress: 10}"), at: 5, 17, "unknown status 'xong'"),
        .error("progress missing", report, reportWith("  I.1: {status: on-track}"), at: 5, 3, "missing required field 'progress'"),
        .error("unknown unit", task, validTask.replacingOccurrences(of: "lead: van-phong", with: "lead: van-phong-so"), at: 5, 7, "unknown unit 'van-phong-so'"),
        .error("unknown area", task, validTask.replacingOccurrences(of: "area: I", with: "area: IX"), at: 3, 7, "unknown area 'IX'"),
        .error("unknown indicator of a task", task, validTask.replacingOccurrences(of: "---\n\n", with: "") .replacingOccurrences(of: "due: 2026-2030\n", with: "due: 2026-2030\nindicators: [khong-co]\n"), at: 7, 14, "unknown indicator 'khong-co'"),
        .error("unknown task in a report", report, reportWith("  X.1: {status: done}"), at: 5, 3, "unknown task 'X.1'"),
        .error("unknown indicator in a report", report, "---\nperiod: 2026-Q3\nas_of: 2026-09-30\nindicators:\n  khong-co: 5\n---\n", at: 5, 3, "unknown indicator 'khong-co'"),
        .error("unknown related id in news", news, "---\ntitle: Tin\ndate: 2026-08-01\nrelated: [Z.9]\n---\n", at: 4, 11, "unknown task or indicator 'Z.9'"),
        // Files load in name order, so the second file of the pair is the one reported.
        .error("duplicate task id", "content/tasks/I.1-ban-sao.md", validTask, at: 2, 5, "duplicate task 'I.1', also in content/tasks/I.1-ban-sao.md", in: task),
        .error("two pages with the same URL", "content/news/2026-08-02-trung.md", "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-08-02\n---\n", at: 2, 8, "two pages would have the URL /tin-tuc/day-manh-dich-vu-cong-truc-tuyen/", in: news),
        .error("impossible date", news, "---\ntitle: Tin\ndate: 2026-02-30\n---\n", at: 3, 7, "must be a date that exists"),
        .error("date in another format", news, "---\ntitle: Tin\ndate: 30/9/2026\n---\n", at: 3, 7, "as YYYY-MM-DD"),
        .error("report period outside the plan", report, "---\nperiod: 2031-Q1\nas_of: 2031-03-31\n---\n", at: 2, 9, "outside the plan's period"),
        .error("report period malformed", report, "---\nperiod: Quý 3\nas_of: 2026-09-30\n---\n", at: 2, 9, "is not a quarter, half year or year"),
        .error("due in an unknown form", task, validTask.replacingOccurrences(of: "due: 2026-2030", with: "due: cuối năm"), at: 6, 6, "is not a deadline"),
        .error("unknown indicator kind", "content/indicators/par-index.md", "---\nid: par-index\ntitle: PAR\narea: I\nkind: hang\ntarget: {value: 5, by: 2030}\n---\n", at: 5, 7, "unknown kind 'hang'"),
        .error("invalid UTF-8", task, "", at: 5, 4, "not valid UTF-8"),
        .error("a 50 MB file", "content/pages/lon.md", "", at: 1, 1, "larger than the 8 MB limit"),
        .error("YAML alias bomb", task, aliasBomb, at: 2, 1, "expands to more than"),
        .error("a field written twice", task, validTask.replacingOccurrences(of: "lead: van-phong\n", with: "lead: van-phong\ntitle: Rà soát lại\n"), at: 6, 1, "field 'title' appears twice"),
        .error("an alias to no anchor", task, validTask.replacingOccurrences(of: "lead: van-phong", with: "lead: *don-vi"), at: 5, 7, "invalid YAML: found undefined alias"),
        .error("two YAML documents in the config", config, configText + "---\ntitle: Khác\n", at: configText.split(separator: "\n", omittingEmptySubsequences: false).count, 1, "but found another document"),
        .error("image path with ../", news, "---\ntitle: Tin\ndate: 2026-08-01\nimage: ../../etc/passwd\nimage_alt: x\n---\n", at: 4, 8, "climbs out of the site"),
        .error("image from another host", news, "---\ntitle: Tin\ndate: 2026-08-01\nimage: https://cdn.example.com/a.jpg\nimage_alt: x\n---\n", at: 4, 8, "is not a file of the site"),
        .error("image without alt", news, "---\ntitle: Tin\ndate: 2026-08-01\nimage: images/a.jpg\n---\n", at: 4, 8, "has no 'image_alt'"),
        .error("unknown template name", "content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\nlayout: trang-dac-biet\n---\n", at: 3, 9, "unknown template 'trang-dac-biet'"),
        .error("template syntax error", "themes/default/templates/page.mustache", "{{<base}}{{$main}}\n<h1>{{#page}}{{title}}</h1>\n{{/main}}{{/base}}\n", at: 3, 5, "template syntax error"),
        .error("missing config fields", config, "title: Thử\nfeedback: {email: a@b.vn}\n", at: 1, 1, "missing required field 'organization'"),
        .error("feedback form with a javascript: scheme", config, configText.replacingOccurrences(of: "  email: gopy@example.gov.vn", with: "  form: javascript:alert(1)"), at: 7, 9, "must be an http(s) URL"),
        .error("feedback email that is a script", config, configText.replacingOccurrences(of: "gopy@example.gov.vn", with: "javascript:alert(1)"), at: 7, 10, "is not an e-mail address"),
        .error("baseURL that is not a URL", config, configText.replacingOccurrences(of: "https://example.gov.vn/cchc/", with: "example dot gov"), at: 3, 10, "is not an http(s) URL or a path"),
        .error("translation that changes a figure", "content/tasks/I.1.en.md", "---\nweight: 5\n---\n", at: 2, 9, "cannot be translated", in: "content/tasks/I.1.en.md"),
        // Numbers: every one is range-checked where it is read, so none can trap a formatter.
        .error("an indicator value of 1e19", report, indicatorsReport("ty-le-ho-so-truc-tuyen: 1e19"), at: 5, 27, "is too large: 1e19 is beyond the limit of 10^15"),
        .error("an indicator value of 2^63", report, indicatorsReport("ty-le-ho-so-truc-tuyen: 9223372036854775808"), at: 5, 27, "is too large"),
        .error("an indicator value of -1e308", report, indicatorsReport("ty-le-ho-so-truc-tuyen: -1e308"), at: 5, 27, "is too large"),
        .error("an indicator value of .inf", report, indicatorsReport("ty-le-ho-so-truc-tuyen: .inf"), at: 5, 27, "must be a number, found '.inf'"),
        .error("an indicator value of .nan", report, indicatorsReport("ty-le-ho-so-truc-tuyen: .nan"), at: 5, 27, "must be a number, found '.nan'"),
        .error("a baseline of 1e19", "content/indicators/par-index.md", "---\nid: par-index\ntitle: PAR\narea: I\nkind: rank\nbaseline: {value: 1e19}\ntarget: {value: 5, by: 2030}\n---\n", at: 6, 19, "is too large"),
        .error("a task weight of 1e300", task, validTask.replacingOccurrences(of: "due: 2026-2030\n", with: "due: 2026-2030\nweight: 1e300\n"), at: 7, 9, "must be a number from 0 to 1000"),
        .error("a rank of 0", report, indicatorsReport("par-index: 0"), at: 5, 14, "is a rank and must be a whole number from 1, found 0"),
        .error("a rank of -3", report, indicatorsReport("par-index: -3"), at: 5, 14, "is a rank and must be a whole number from 1, found -3"),
        .error("a rank of 2.5", report, indicatorsReport("par-index: 2.5"), at: 5, 14, "is a rank and must be a whole number from 1, found 2.5"),
        .error("a rank target of 0", "content/indicators/par-index.md", "---\nid: par-index\ntitle: PAR\narea: I\nkind: rank\ntarget: {value: 0, by: 2030}\n---\n", at: 6, 17, "a rank's target must be a whole number from 1"),
        // Dates and periods.
        .error("the year 0000", news, "---\ntitle: Tin\ndate: 0000-01-01\n---\n", at: 3, 7, "must be a date from 1900 to 2200, found '0000-01-01'"),
        .error("a year with a sign", news, "---\ntitle: Tin\ndate: +026-01-01\n---\n", at: 3, 7, "must be a date that exists, as YYYY-MM-DD"),
        .error("a deadline in the year 9999", task, validTask.replacingOccurrences(of: "due: 2026-2030", with: "due: 2026-9999"), at: 6, 6, "is not a deadline"),
        .error("as_of outside the report's period", report, "---\nperiod: 2026-Q3\nas_of: 2026-12-31\n---\n", at: 3, 8, "as_of 2026-12-31 lies outside the report's period 2026-Q3"),
        // Text that no page may carry, and values where lists are expected.
        .error("a control character in a title", news, "---\ntitle: \"A\u{01}B\"\ndate: 2026-08-01\n---\n", at: 2, 10, "invisible control character U+0001"),
        .error("a control character in a body", news, "---\ntitle: Tin\ndate: 2026-08-01\n---\nDòng một.\nDòng \u{1B}hai.\n", at: 6, 6, "invisible control character U+001B"),
        .error("an escaped control character in a summary", news, "---\ntitle: Tin\nsummary: \"x\\u0001y\"\ndate: 2026-08-01\n---\n", at: 3, 10, "holds the control character U+0001"),
        .error("a C1 control character", news, "---\ntitle: \"A\u{85}B\"\ndate: 2026-08-01\n---\n", at: 2, 10, "invisible control character U+0085"),
        .error("a value where a list is expected", task, validTask.replacingOccurrences(of: "due: 2026-2030\n", with: "due: 2026-2030\nindicators: 5\n"), at: 7, 13, "unknown indicator '5'"),
        // Names and addresses.
        .error("a news image that is a folder", news, "---\ntitle: Tin\ndate: 2026-08-01\nimage: images\nimage_alt: x\n---\n", at: 4, 8, "is a folder, not a picture"),
        .error("an address part over 200 bytes", news, "---\ntitle: \(String(repeating: "Tin dài ", count: 40))\ndate: 2026-08-01\n---\n", at: 2, 8, "more than the 200 a folder name may have"),
        .error("a page named after a language", "content/pages/en.md", "---\ntitle: English\n---\n", at: 2, 8, "two pages would have the URL /en/", bilingual: true),
        .error("a translation into a language the site lacks", "content/tasks/I.1.fr.md", "---\ntitle: Review\n---\n", at: 1, 1, "reads as a translation into 'fr', which is not one of the site's languages", bilingual: true),
        .error("a language in capitals", "content/tasks/I.1.EN.md", "---\ntitle: Review\n---\n", at: 1, 1, "the language 'EN' in the file name is not written as in planpress.yaml", bilingual: true),
        .error("a translation of a translation", "content/tasks/I.1.en.en.md", "---\ntitle: Review\n---\n", at: 1, 1, "itself named as a translation into 'en'", bilingual: true),
        // Legal but pathological input.
        .error("a table of 201 columns", news, "---\ntitle: Tin\ndate: 2026-08-01\n---\n\n|\(String(repeating: " a |", count: 201))\n|\(String(repeating: "---|", count: 201))\n", at: 7, 1, "the table has 201 columns, more than the 200"),
        .error("51 tags on one story", news, "---\ntitle: Tin\ndate: 2026-08-01\ntags: [\((1...51).map { "chủ đề \($0)" }.joined(separator: ", "))]\n---\n", at: 4, 1 + "tags: [".count + (1...50).map { "chủ đề \($0), ".unicodeScalars.count }.reduce(0, +), "at most 50 tags, found 51"),
        .error("a tag with no letters", news, "---\ntitle: Tin\ndate: 2026-08-01\ntags: [\"!!!\"]\n---\n", at: 4, 8, "tag 1 has no letters or digits"),
        .accepted("a table of 200 columns", news, Data("---\ntitle: Tin\ndate: 2026-08-01\n---\n\n|\(String(repeating: " a |", count: 200))\n|\(String(repeating: "---|", count: 200))\n".utf8)),
        .accepted("a rank of 1", report, Data(indicatorsReport("par-index: 1").utf8)),
        .accepted("a BOM", task, Data([0xEF, 0xBB, 0xBF]) + Data(validTask.utf8)),
        .accepted("CRLF line endings", task, Data(validTask.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        .accepted("a BOM with CRLF", task, Data([0xEF, 0xBB, 0xBF]) + Data(validTask.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
    ]

    /// Nine levels of nine aliases: 9⁹ values if expanded.
    static var aliasBomb: String {
        var lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]")
        }
        lines += ["tags: *a8", "---"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases)
    func badInput(_ c: Case) throws {
        var site = try TestSite(Fixtures.site)
        if c.path.hasSuffix(".en.md") || c.bilingual {
            site = try TestSite(Fixtures.site.replacingOccurrences(of: "languages: [vi]", with: "languages: [vi, en]"))
        }
        switch c.name {
        case "invalid UTF-8":
            try site.write(c.path, bytes: Data(Self.validTask.prefix(40).utf8) + Data([0xC3, 0x28, 0xFF]) + Data("\n---\n".utf8))
        case "a 50 MB file":
            try site.write(c.path, bytes: Data("---\ntitle: Lớn\n---\n".utf8) + Data(repeating: 0x61, count: 50 * 1024 * 1024))
        case "a news image that is a folder":
            try FileManager.default.createDirectory(
                at: site.root.appendingPathComponent("static/images"), withIntermediateDirectories: true)
            try site.write(c.path, bytes: c.bytes)
        default:
            try site.write(c.path, bytes: c.bytes)
        }
        guard let line = c.line, let column = c.column, let message = c.message else {
            let report = try site.build()
            #expect(report.pagesByKind["task"] == 3)
            try site.assertFile("nhiem-vu/i-1/index.html", "Rà soát")
            if c.name == "a table of 200 columns" {
                try site.assertFile("tin-tuc/tin/index.html", "<table>")
            }
            return
        }
        let errors = site.failure().filter { $0.severity == .error }
        let expected = SourceLocation(path: c.errorPath ?? (c.name == "YAML alias bomb" ? c.path : c.path), line: line, column: column)
        let match = errors.first { $0.message.contains(message) }
        #expect(match != nil, "no error containing '\(message)' in \(errors.map(\.description))")
        #expect(match?.location == expected, "\(match?.description ?? "") is not at \(expected)")
        #expect(match?.hint?.isEmpty == false, "\(match?.description ?? "") has no hint")
        if c.name == "a 50 MB file" { try site.remove(c.path) }
    }

    /// Tests/BadInputCatalogue.md lists every case with its expected outcome.
    @Test func theDocumentListsEveryCase() throws {
        let document = try String(
            contentsOf: TestSite.repository.appendingPathComponent("Tests/BadInputCatalogue.md"), encoding: .utf8)
        let listed = Set(document.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| ") else { return nil }
            return line.dropFirst(2).split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) }
        })
        for c in Self.cases { #expect(listed.contains(c.name), "Tests/BadInputCatalogue.md does not list '\(c.name)'") }
    }

    @Test func aSymlinkOutOfContentIsRefused() throws {
        let site = try TestSite(Fixtures.site)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-outside-\(UUID().uuidString).md")
        try Data("---\ntitle: Bí mật\n---\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/pages/bi-mat.md"), withDestinationURL: outside)
        let error = try #require(site.failure().first { $0.severity == .error })
        #expect(error.location == SourceLocation(path: "content/pages/bi-mat.md", line: 1, column: 1))
        #expect(error.message == "symbolic link points outside content/")
        #expect(error.hint != nil)
    }
}
