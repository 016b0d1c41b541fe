import Foundation
import Testing

@testable import PlanPress

/// A whole small site written inline, txtar style, built into a temporary folder and asserted on.
///
/// ```
/// -- planpress.yaml --
/// title: …
/// -- content/tasks/I.1.md --
/// ---
/// id: I.1
/// ---
/// ```
/// The repository's default theme is used unless the text provides `themes/default/` files.
struct TestSite {
    let root: URL
    var output: URL { root.appendingPathComponent("site") }

    /// The repository folder, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(_ txtar: String, theme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in Self.parse(txtar) {
            try write(path, text)
        }
        let themeFolder = root.appendingPathComponent("themes/default")
        if theme, !FileManager.default.fileExists(atPath: themeFolder.path) {
            try FileManager.default.createDirectory(
                at: themeFolder.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Self.repository.appendingPathComponent("themes/default"), to: themeFolder)
        }
    }

    /// Splits `-- path --` sections into files.
    static func parse(_ txtar: String) -> [(String, String)] {
        var files: [(String, String)] = []
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files.append((current, lines.joined(separator: "\n") + "\n")) }
        }
        for line in txtar.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("-- "), trimmed.hasSuffix(" --"), trimmed.count > 6 {
                flush()
                current = String(trimmed.dropFirst(3).dropLast(3))
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        flush()
        return files
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func write(_ path: String, bytes: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    var options: BuildOptions { BuildOptions(source: root, output: output) }

    @discardableResult
    func build(_ options: BuildOptions? = nil) throws -> BuildReport {
        try Pipeline.build(options ?? self.options)
    }

    /// Builds and returns the diagnostics of the failure; records an issue if the build succeeds.
    func failure(_ options: BuildOptions? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            _ = try Pipeline.build(options ?? self.options)
            Issue.record("expected the build to fail", sourceLocation: sourceLocation)
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    func file(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Hugo-style assertions: each line must occur in the file; a line starting with `! ` must not.
    func assertFile(_ path: String, _ expectations: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let text = try file(path)
        for raw in expectations.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("# ") { continue }
            if line.hasPrefix("! ") {
                let needle = String(line.dropFirst(2))
                if text.contains(needle) {
                    Issue.record("\(path) should not contain: \(needle)", sourceLocation: sourceLocation)
                }
            } else if !text.contains(line) {
                Issue.record("\(path) should contain: \(line)", sourceLocation: sourceLocation)
            }
        }
    }

    /// A fingerprint of every file in the output, to show that a failed build changed nothing.
    func outputSnapshot() throws -> [String: Data] {
        var snapshot: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return [:] }
        for case let path as String in enumerator {
            let url = output.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                snapshot[path] = try Data(contentsOf: url)
            }
        }
        return snapshot
    }
}

/// A minimal valid site: config, plan, units, two areas, three tasks, two indicators, two reports, one news item.
enum Fixtures {
    static let config = """
        -- planpress.yaml --
        title: Cải cách hành chính thử nghiệm
        organization: Sở Thử nghiệm
        baseURL: https://example.gov.vn/cchc/
        languages: [vi]
        theme: default
        feedback:
          email: gopy@example.gov.vn
        illustrative: true
        """

    static let plan = """
        -- content/plan.md --
        ---
        title: Kế hoạch cải cách hành chính giai đoạn 2026-2030
        number: 1/KH-TN
        issued: 2025-08-29
        issuer: Sở Thử nghiệm
        signer: Nguyễn Văn A
        period: {start: 2026-01-01, end: 2030-12-31}
        basis:
          - document: Quyết định số 1/QĐ-UBND
            date: 2025-08-27
        summary: Kế hoạch thử nghiệm.
        ---
        Toàn văn kế hoạch.
        -- content/units.yaml --
        van-phong: Văn phòng Sở
        cac-phong: Các phòng thuộc Sở
        """

    static let areas = """
        -- content/areas/cai-cach-the-che.md --
        ---
        id: I
        order: 1
        title: Cải cách thể chế
        objectives: [Hoàn thiện thể chế]
        ---
        -- content/areas/cai-cach-thu-tuc.md --
        ---
        id: II
        order: 2
        title: Cải cách thủ tục hành chính
        ---
        """

    static let tasks = """
        -- content/tasks/I.1.md --
        ---
        id: "I.1"
        area: I
        title: Rà soát văn bản quy phạm pháp luật
        lead: van-phong
        partners: [cac-phong]
        due: 2026-2030
        product: Báo cáo rà soát
        ---
        -- content/tasks/I.2.md --
        ---
        id: "I.2"
        area: I
        title: Góp ý dự thảo văn bản
        lead: van-phong
        due: 2026-06
        product: Văn bản góp ý
        weight: 3
        ---
        -- content/tasks/II.1.md --
        ---
        id: "II.1"
        area: II
        title: Công khai thủ tục hành chính
        lead: cac-phong
        due: yearly
        product: Danh mục thủ tục
        indicators: [ty-le-ho-so-truc-tuyen]
        ---
        """

    static let indicators = """
        -- content/indicators/ty-le-ho-so-truc-tuyen.md --
        ---
        id: ty-le-ho-so-truc-tuyen
        title: Tỷ lệ hồ sơ trực tuyến
        area: II
        kind: percent
        direction: up
        target: {value: 100, by: 2030}
        source: Hệ thống giải quyết thủ tục hành chính
        ---
        Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ.
        -- content/indicators/par-index.md --
        ---
        id: par-index
        title: Thứ hạng PAR Index
        area: I
        kind: rank
        target: {value: 5, by: 2030}
        ---
        """

    static let reports = """
        -- content/reports/2026-q2.md --
        ---
        period: 2026-Q2
        as_of: 2026-06-30
        published: 2026-07-05
        tasks:
          I.1: {status: on-track, progress: 20}
          I.2: {status: on-track, progress: 50}
          II.1: {status: not-started, progress: 0}
        indicators:
          ty-le-ho-so-truc-tuyen: 80
          par-index: 7
        ---
        Báo cáo quý 2.
        -- content/reports/2026-q3.md --
        ---
        period: 2026-Q3
        as_of: 2026-09-30
        published: 2026-10-05
        tasks:
          I.1: {status: on-track, progress: 40, note: Đã rà soát 40 văn bản}
          I.2: {status: delayed, progress: 60}
          II.1: {status: done, progress: 100}
        indicators:
          ty-le-ho-so-truc-tuyen: 87.5
          par-index: 4
        ---
        Báo cáo quý 3.
        """

    static let news = """
        -- content/news/2026-08-01-mot-cua.md --
        ---
        title: Đẩy mạnh dịch vụ công trực tuyến
        date: 2026-08-01
        summary: Sở đẩy mạnh dịch vụ công.
        tags: [dịch vụ công]
        related: [II.1, ty-le-ho-so-truc-tuyen]
        ---
        Nội dung tin.
        -- content/pages/phuong-phap.md --
        ---
        title: Phương pháp
        ---
        Cách tính.
        """

    static var site: String { [config, plan, areas, tasks, indicators, reports, news].joined(separator: "\n") }
}
