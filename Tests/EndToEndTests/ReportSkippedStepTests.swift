import Foundation
import Testing

/// `sop report` counts a row a person skipped (`/lewati`, `tindakan: lewati`) as "dilewati" on
/// its row, apart from the visits done, on SQLite and PostgreSQL (tester 16's finding 12): a row a
/// branch went past is not counted at all. The summary reads the lead time in words (tester 17's F8).
@Suite("sop report: skipped rows and the lead time in words", .serialized)
struct ReportSkippedStepTests {
    static let folder = "Tests/Fixtures/report-skip/sop"
    static let answers = "Tests/Fixtures/report-skip/answers/"
    static let reportTime = "2026-12-01T12:00:00+07:00"

    /// Three cases on Tuesday 1 December 2026: case 1 goes through row 3 and skips row 4; case 2
    /// goes past row 3 (branch "Tidak") and does row 4; case 3 goes past row 3 and skips row 4.
    static func record(_ store: [String: String]) throws {
        func sop(_ script: String, _ caseID: Int?, at time: String) throws {
            let start = caseID.map { ["--case", "31-2026-00000\($0)"] } ?? ["31"]
            let output = try SOPBinary.run(["run"] + start + ["--answers", answers + script, "--as", "petugas", "--operator", "dewi",
                                                              "--sop-dir", folder],
                                           environment: store.merging(["SOP_FIXED_TIME": time]) { _, new in new })
            #expect(output.status == 0, "\(script): \(output.stderr)")
        }
        try sop("sampai-2-ya.yaml", nil, at: "2026-12-01T09:00:00+07:00")
        try sop("verifikasi.yaml", 1, at: "2026-12-01T10:00:00+07:00")
        try sop("lewati-4.yaml", 1, at: "2026-12-01T10:05:00+07:00")
        try sop("sampai-2-tidak.yaml", nil, at: "2026-12-01T09:10:00+07:00")
        try sop("paraf-4.yaml", 2, at: "2026-12-01T09:30:00+07:00")
        try sop("sampai-2-tidak.yaml", nil, at: "2026-12-01T11:00:00+07:00")
        try sop("lewati-4.yaml", 3, at: "2026-12-01T11:02:00+07:00")
    }

    static let formats: [([String], String)] = [([], "report-skip.txt"), (["--lang", "en"], "report-skip.en.txt"),
                                                (["--format", "csv"], "report-skip.csv")]

    func expectReport(_ store: [String: String]) throws {
        let environment = store.merging(["SOP_FIXED_TIME": Self.reportTime]) { _, new in new }
        for (arguments, golden) in Self.formats {
            let output = try SOPBinary.run(["report"] + arguments, environment: environment)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            try SOPBinary.expectGolden(output.stdout, golden, maskingDigests: true)
        }
        let text = try SOPBinary.run(["report"], environment: environment).stdout
        let rows = text.split(separator: "\n").map(String.init)
        // Row 4: reached by three cases, skipped in two; its times are those of case 2 alone.
        let row4 = try #require(rows.first { $0.hasPrefix("4 ") })
        #expect(row4.contains("3 (dilewati 2)"), "\(text)")
        #expect(row4.contains("1/1 (100%)"), "\(row4)")
        // Row 3: reached by case 1 only; the two cases that went past it are not "dilewati".
        let row3 = try #require(rows.first { $0.hasPrefix("3 ") })
        #expect(!row3.contains("dilewati"), "\(row3)")
        // Row 5's online box, withdrawn in every case when the counter box was done: counted nowhere.
        let online = try #require(rows.first { $0.hasPrefix("5   Kasubag Umum:") })
        #expect(online.hasSuffix(" -") && !online.contains(" 0 ") && !online.contains("dilewati"), "read as not applicable: \(online)")
        #expect(!text.contains("Kasubag Umum  "), "no role row for a box only withdrawn: \(text)")
        #expect(text.contains("2 dari 3 kasus selesai dalam"), "three cases are counted, never a share of ten: \(text)")
        #expect(!text.contains("median 1") && !text.contains("p90"), "\(text)")
        // The operator did 14 steps, skipped 2, and 3 boxes were withdrawn: only the 14 are steps done.
        let operatorRow = try #require(rows.last { $0.hasPrefix("dewi ") })
        #expect(operatorRow.contains(" 14 "), "\(operatorRow)")
        let json = try SOPBinary.run(["report", "--format", "json"], environment: environment).stdout
        #expect(json.contains("\"skipped\" : 2"), "\(json)")
        let html = try SOPBinary.run(["report", "--format", "html"], environment: environment).stdout
        #expect(html.contains("<td data-kolom=\"Kasus\">3 (dilewati 2)</td>"), "\(html)")
        #expect(html.contains("2 dari 3 kasus selesai dalam"))
    }

    @Test func skippedRowsAreCountedOnTheirRowOnSQLite() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-report-skip-\(UUID().uuidString)/sop.sqlite").path
        try Self.record(["SOP_DB": database])
        try expectReport(["SOP_DB": database])
    }

    @Test(.enabled(if: SharedStore.url != nil, SharedStore.skipped), .timeLimit(.minutes(5)))
    func skippedRowsAreCountedOnTheirRowOnPostgreSQL() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        try Self.record(shared.environment)
        try expectReport(shared.environment)
    }
}
