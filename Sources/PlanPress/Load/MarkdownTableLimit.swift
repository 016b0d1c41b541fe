/// Refuses Markdown tables with more columns than `ContentLimits.tableColumns`: cmark-gfm's table extension
/// takes time quadratic in the columns (10,000 columns × 25 rows took 10 s, 20,000 took 42 s).
///
/// A GFM table has as many columns as its delimiter row (`| --- | :-: |`) has cells, so that row is what is counted.
enum MarkdownTableLimit {
    static func check(_ body: MarkdownSource, path: String, log: inout DiagnosticLog) {
        var text = body.markdown
        guard text.utf8.contains(UInt8(ascii: "|")) else { return }
        var line = body.firstLine
        var problem: (line: Int, columns: Int)?
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, problem == nil {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let columns = delimiterCells(bytes[start..<end])
                if columns > ContentLimits.tableColumns { problem = (line, columns) }
                line += 1
                start = end + 1
            }
        }
        guard let problem else { return }
        log.error(
            at: SourceLocation(path: path, line: problem.line, column: 1),
            "the table has \(problem.columns) columns, more than the \(ContentLimits.tableColumns) a table may have",
            hint: "split it into several tables, or publish the data as a CSV file in static/ and link to it")
    }

    /// The cells of a delimiter row, or 0 for any other line.
    private static func delimiterCells(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var pipes = 0
        var dashes = 0
        var first: UInt8?
        var last: UInt8?
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"): break
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return 0
            }
            if first == nil { first = byte }
            last = byte
        }
        guard pipes > 0, dashes > 0 else { return 0 }
        // `| a | b |` has 3 pipes and 2 cells; `a | b` has 1 pipe and 2 cells.
        // With a dash on the line, its first and last characters are never the same pipe.
        return pipes + 1 - (first == UInt8(ascii: "|") ? 1 : 0) - (last == UInt8(ascii: "|") ? 1 : 0)
    }
}
