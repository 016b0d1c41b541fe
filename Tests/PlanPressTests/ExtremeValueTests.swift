import Foundation
import FoundationXML
import Testing

@testable import PlanPress

/// Extreme values in every numeric and text field of every content kind: each gives a positioned error in the
/// file that holds it, or a site whose pages and feeds are well-formed and show no impossible figure. None crashes.
///
/// One field at a time, on a thread of its own: the cases build hundreds of sites.
@Suite(.serialized) struct ExtremeValueTests {
    /// A field of the fixture site: the text it replaces, and the text with `{v}` where the value goes.
    struct Field: CustomTestStringConvertible, Sendable {
        var path: String
        var original: String
        var template: String
        var testDescription: String { "\(path): \(template)" }
    }

    static let assessment = """

        -- content/assessments/2026.yaml --
        year: 2026
        groups:
          - area: "I"
            title: Nhóm tiêu chí
            criteria:
              - id: "1.1"
                title: Tiêu chí
                max: 2
                score: 1
        """

    static let site = Fixtures.site + assessment

    static let numericFields: [Field] = [
        Field(path: "content/reports/2026-q3.md", original: "progress: 40,", template: "progress: {v},"),
        Field(path: "content/reports/2026-q3.md", original: "ty-le-ho-so-truc-tuyen: 87.5", template: "ty-le-ho-so-truc-tuyen: {v}"),
        Field(path: "content/reports/2026-q3.md", original: "par-index: 4", template: "par-index: {v}"),
        Field(path: "content/reports/2026-q3.md", original: "as_of: 2026-09-30", template: "as_of: {v}"),
        Field(path: "content/reports/2026-q3.md", original: "period: 2026-Q3", template: "period: {v}"),
        Field(path: "content/indicators/ty-le-ho-so-truc-tuyen.md", original: "target: {value: 100, by: 2030}", template: "target: {value: {v}, by: 2030}"),
        Field(path: "content/indicators/par-index.md", original: "target: {value: 5, by: 2030}", template: "target: {value: 5, by: {v}}"),
        Field(path: "content/indicators/ty-le-ho-so-truc-tuyen.md", original: "kind: percent\n", template: "kind: percent\nbaseline: {value: {v}, date: 2025-12-31}\n"),
        Field(path: "content/indicators/par-index.md", original: "kind: rank\n", template: "kind: rank\nbaseline: {value: {v}}\n"),
        Field(path: "content/tasks/I.2.md", original: "weight: 3", template: "weight: {v}"),
        Field(path: "content/tasks/I.2.md", original: "due: 2026-06", template: "due: {v}"),
        Field(path: "content/areas/cai-cach-the-che.md", original: "order: 1\n", template: "order: {v}\n"),
        Field(path: "content/news/2026-08-01-mot-cua.md", original: "date: 2026-08-01", template: "date: {v}"),
        Field(path: "content/assessments/2026.yaml", original: "max: 2", template: "max: {v}"),
        Field(path: "content/assessments/2026.yaml", original: "score: 1", template: "score: {v}"),
        Field(path: "content/assessments/2026.yaml", original: "year: 2026", template: "year: {v}"),
        Field(path: "content/plan.md", original: "issued: 2025-08-29", template: "issued: {v}"),
        Field(path: "planpress.yaml", original: "illustrative: true", template: "illustrative: true\npagination:\n  news: {v}"),
    ]

    static let textFields: [Field] = [
        Field(path: "content/tasks/I.1.md", original: "title: Rà soát văn bản quy phạm pháp luật", template: "title: {v}"),
        Field(path: "content/tasks/I.1.md", original: "product: Báo cáo rà soát", template: "product: {v}"),
        Field(path: "content/tasks/I.1.md", original: "partners: [cac-phong]", template: "partners: [{v}]"),
        Field(path: "content/tasks/I.2.md", original: "product: Văn bản góp ý", template: "product: Văn bản góp ý\ndue_text: {v}"),
        Field(path: "content/reports/2026-q3.md", original: "note: Đã rà soát 40 văn bản", template: "note: {v}"),
        Field(path: "content/reports/2026-q3.md", original: "Báo cáo quý 3.", template: "{v}"),
        Field(path: "content/news/2026-08-01-mot-cua.md", original: "title: Đẩy mạnh dịch vụ công trực tuyến", template: "title: {v}"),
        Field(path: "content/news/2026-08-01-mot-cua.md", original: "summary: Sở đẩy mạnh dịch vụ công.", template: "summary: {v}"),
        Field(path: "content/news/2026-08-01-mot-cua.md", original: "tags: [dịch vụ công]", template: "tags: [{v}]"),
        Field(path: "content/news/2026-08-01-mot-cua.md", original: "Nội dung tin.", template: "{v}"),
        Field(path: "content/indicators/ty-le-ho-so-truc-tuyen.md", original: "title: Tỷ lệ hồ sơ trực tuyến", template: "title: {v}"),
        Field(path: "content/indicators/ty-le-ho-so-truc-tuyen.md", original: "source: Hệ thống giải quyết thủ tục hành chính", template: "source: {v}"),
        Field(path: "content/indicators/par-index.md", original: "kind: rank\n", template: "kind: rank\nunit: {v}\n"),
        Field(path: "content/areas/cai-cach-the-che.md", original: "title: Cải cách thể chế", template: "title: {v}"),
        Field(path: "content/areas/cai-cach-the-che.md", original: "objectives: [Hoàn thiện thể chế]", template: "objectives: [{v}]"),
        Field(path: "content/plan.md", original: "number: 1/KH-TN", template: "number: {v}"),
        Field(path: "content/plan.md", original: "summary: Kế hoạch thử nghiệm.", template: "summary: {v}"),
        Field(path: "content/pages/phuong-phap.md", original: "title: Phương pháp", template: "title: {v}"),
        Field(path: "content/units.yaml", original: "van-phong: Văn phòng Sở", template: "van-phong: {v}"),
        Field(path: "content/assessments/2026.yaml", original: "title: Tiêu chí", template: "title: {v}"),
        Field(path: "planpress.yaml", original: "organization: Sở Thử nghiệm", template: "organization: {v}"),
        Field(path: "planpress.yaml", original: "title: Cải cách hành chính thử nghiệm", template: "title: {v}"),
    ]

    /// Values as YAML would hold them: numbers at and past every limit, and texts no page can carry as they are.
    static let numbers: [String] = [
        "1e308", "-1e308", "1e19", "-1e19", "9223372036854775808", "-9223372036854775809", ".nan", "nan", ".inf", "-.inf",
        "-0", "-0.0", "1e-320", "0.00000001", "0", "",
    ]
    static let texts: [String] = [
        "\"\\u0001\"", "\"a\\u0085b\"", "\"\\uFFFE\"", "\"\\0\"", "'\u{200B}'", "\"<![CDATA[]]>&\"", "\"\"",
        String(repeating: "dài ", count: 30_000),
    ]

    static func apply(_ field: Field, _ value: String) -> String {
        site.replacingOccurrences(of: field.original, with: field.template.replacingOccurrences(of: "{v}", with: value))
    }

    @Test(arguments: numericFields)
    func anExtremeNumberGivesAPositionedErrorOrACorrectSite(_ field: Field) async throws {
        try await Self.offThePool { try Self.expectPositionedErrorOrCorrectSite(field, values: Self.numbers + Self.texts.prefix(2), figures: true) }
    }

    @Test(arguments: textFields)
    func anExtremeTextGivesAPositionedErrorOrACorrectSite(_ field: Field) async throws {
        try await Self.offThePool { try Self.expectPositionedErrorOrCorrectSite(field, values: Self.texts + ["1e19", ".nan"], figures: false) }
    }

    /// Runs the builds on a thread of their own: run on the test process's few concurrency threads, they kept
    /// the preview tests' servers from answering.
    static func offThePool(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread {
                do {
                    try work()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    /// Builds in memory (check, then render without writing) with each value in the field.
    static func expectPositionedErrorOrCorrectSite(_ field: Field, values: [String], figures: Bool) throws {
        #expect(Self.site.contains(field.original), "the fixture has no '\(field.original)'")
        for value in values {
            let site = try TestSite(Self.apply(field, value))
            defer { try? FileManager.default.removeItem(at: site.root) }
            let label = "\(value.prefix(30)) in \(field.path)"
            do {
                let (sites, theme, _) = try Pipeline.check(site.options)
                let files = try RenderStage.run(sites, theme: theme)
                try Self.expectCorrect(files, label: label, figures: figures)
            } catch let failure as BuildFailure {
                let errors = failure.diagnostics.filter { $0.severity == .error }
                #expect(!errors.isEmpty, "\(label): a failure without errors")
                for error in errors {
                    #expect(error.location.line >= 1 && error.location.column >= 1, "\(label): \(error)")
                    #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(error.location.path).path),
                        "\(label): \(error) names no file of the site")
                }
                #expect(errors.contains { $0.location.path == field.path }, "\(label): no error in the file: \(errors.map(\.description))")
            }
        }
    }

    /// Every feed, sitemap and chart parses as XML, every JSON file as JSON, and no page shows a figure that cannot be.
    static func expectCorrect(_ files: [RenderedFile], label: String, figures: Bool) throws {
        var pages = 0
        for file in files {
            let path = file.path
            if path.hasSuffix(".xml") || path.hasSuffix(".svg") {
                #expect(throws: Never.self, "\(label): \(path) is not well-formed XML") { _ = try XMLDocument(data: Data(file.bytes)) }
            } else if path.hasSuffix(".json") {
                #expect(throws: Never.self, "\(label): \(path) is not JSON") { _ = try JSONSerialization.jsonObject(with: Data(file.bytes)) }
            } else if path.hasSuffix(".html") {
                pages += 1
                guard figures else { continue }
                let html = String(decoding: file.bytes, as: UTF8.self)
                for impossible in [">nan", ">-nan", "NaN", ">inf", "-0%", ">-0<", "e+", "∞"] where html.contains(impossible) {
                    Issue.record("\(label): \(path) shows '\(impossible)'")
                }
            }
        }
        #expect(pages > 10, "\(label): only \(pages) pages")
    }
}
