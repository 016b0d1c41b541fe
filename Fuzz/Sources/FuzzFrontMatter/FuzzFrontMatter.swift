import LibFuzzerDriver
import PlanPress

/// libFuzzer's entry: the input's first byte picks the kind of file (a task, a report, the config, …), the rest
/// is the file's bytes, read by everything a build reads such a file with (`ContentFuzzing`). No bytes may trap,
/// hang, or give a diagnostic without a position.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let path = fuzzedPaths[Int(data[0]) % fuzzedPaths.count]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let diagnostics = path == "planpress.yaml" ? ContentFuzzing.checkConfig(bytes: body) : ContentFuzzing.check(path: path, bytes: body)
    for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 || diagnostic.location.path.isEmpty {
        fatalError("a diagnostic without a position: \(diagnostic)")
    }
    return 0
}

/// One path of every kind a build reads, and a translation; the first byte of an input picks one.
let fuzzedPaths = [
    "content/tasks/I.1.md", "content/reports/2026-q3.md", "content/indicators/par-index.md",
    "content/news/2026-08-01-tin.md", "content/areas/cai-cach-the-che.md", "content/plan.md",
    "content/pages/gioi-thieu.md", "content/units.yaml", "content/assessments/2026.yaml",
    "content/tasks/I.1.en.md", "planpress.yaml",
]

/// The program's entry, which SwiftPM names `<module>_main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
