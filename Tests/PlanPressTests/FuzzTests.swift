import Foundation
import Testing

@testable import PlanPress

/// Seeded random mutations of valid content through the front-matter splitter, the YAML parser and every
/// decoder: whatever the bytes, loading ends with a result or diagnostics, never a crash or a hang.
@Suite struct FuzzTests {
    /// A small deterministic generator (SplitMix64), so a failing case can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [[UInt8]] = [
        "---\n", ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "|\n", ">\n", "#", "\"", "'", "\t", "\n",
        "    ", "\r\n", "\u{FEFF}", "ư", "đ", "2026-02-30", "-1", "1e309", "null", "~", "{{<", ">}}", "\\",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00], [0xE2, 0x82]]

    static func mutate(_ bytes: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let position = out.isEmpty ? 0 : Int.random(in: 0...out.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: out.insert(contentsOf: pieces.randomElement(using: &rng) ?? [], at: position)
            case 1 where !out.isEmpty:
                let end = min(out.count, position + Int.random(in: 1...12, using: &rng))
                out.removeSubrange(min(position, out.count - 1)..<end)
            case 2 where position < out.count: out[position] = UInt8.random(in: 0...255, using: &rng)
            default:
                let start = out.isEmpty ? 0 : Int.random(in: 0..<out.count, using: &rng)
                let slice = Array(out[start..<min(out.count, start + 40)])
                out.insert(contentsOf: slice, at: position)
            }
        }
        return out
    }

    @Test func thousandsOfMutatedFilesLoadWithoutCrashing() throws {
        let files = TestSite.parse(Fixtures.site)
        let config = try #require(files.first { $0.0 == "planpress.yaml" })
        var configLog = DiagnosticLog()
        let configDocument = YAMLDocument.parse(config.1, path: config.0, firstLine: 1, into: &configLog)
        let contentFiles = files.filter { $0.0.hasPrefix("content/") }
        var rng = SeededGenerator(state: 20_261_129)
        var outcomes = (loaded: 0, rejected: 0)
        for round in 0..<20000 {
            let (path, text) = contentFiles[round % contentFiles.count]
            let mutated = Self.mutate(Array(text.utf8), using: &rng)
            var log = DiagnosticLog()
            guard let source = SourceReader.decode(Data(mutated), path: path, into: &log),
                let kind = ContentKind(contentPath: String(path.dropFirst("content/".count))),
                let loaded = LoadStage.load(source, kind: kind, log: &log)
            else {
                outcomes.rejected += 1
                #expect(log.hasErrors, "round \(round): rejected without an error")
                continue
            }
            let site = LoadedSite(config: configDocument, files: [loaded], readPaths: [path])
            _ = ValidateStage.run(site, log: &log)
            for diagnostic in log.entries {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "round \(round): \(diagnostic)")
            }
            outcomes.loaded += 1
        }
        #expect(outcomes.loaded > 0 && outcomes.rejected > 0)
    }
}
