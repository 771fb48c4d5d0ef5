import Foundation
import Testing

/// `sop report`'s table on a terminal: wrapped to its width, as the other screens are; piped,
/// every line whole (`report.txt`).
@Suite("sop report at a terminal's width", .serialized)
struct ReportWidthTests {
    /// The report of ReportTests' five cases on a pseudo-terminal of `columns` columns.
    func screen(columns: UInt16, _ arguments: [String] = []) throws -> String {
        #expect(ReportTests.recorded)
        let environment = ["SOP_DB": ReportTests.database, "SOP_FIXED_TIME": ReportTests.reportTime, "PATH": "/usr/bin:/bin",
                           "LANG": "C.UTF-8", "TERM": "dumb", "HOME": FileManager.default.temporaryDirectory.path]
        let terminal = try PseudoTerminal(["report"] + arguments, environment: environment, directory: SOPBinary.root,
                                          columns: columns)
        #expect(terminal.wait() == 0, "\(terminal.output)")
        return terminal.output.replacingOccurrences(of: "\r", with: "")
    }

    @Test func fitsEightyColumns() throws {
        let text = try screen(columns: 80)
        let long = text.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "lines over 80 columns:\n\(long.joined(separator: "\n"))")
        try SOPBinary.expectGolden(text, "report-80.txt", maskingDigests: true)
        let english = try screen(columns: 80, ["--lang", "en"])
        #expect(english.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(english)")
    }

    @Test func aWideTerminalKeepsTheRowsOnOneLine() throws {
        let text = try screen(columns: 200)
        try SOPBinary.expectGolden(text, "report-200.txt", maskingDigests: true)
        // As wide as the piped table, whose lines are all whole: the same rows, one line each (the
        // legend under the table is prose, wrapped at the terminal's width).
        let piped = try String(contentsOf: SOPBinary.root.appendingPathComponent("Tests/EndToEndTests/Golden/report.txt"), encoding: .utf8)
        func rows(_ text: String) -> Int { text.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains("  ") }.count }
        #expect(rows(text) == rows(piped))
        #expect(rows(text) == 6)
    }
}
