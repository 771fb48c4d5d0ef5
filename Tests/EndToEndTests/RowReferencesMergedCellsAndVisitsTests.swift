import Foundation
import Testing

/// A signed izin reklame SOP with rows `3a`/`3b`, exits named only in the Keterangan, merged
/// Kelengkapan cells and an optional row (`Tests/Fixtures/tester14`), run with the real binary.
@Suite("Row 3a, merged kelengkapan, correcting a pass, skip reason, counting, widths")
struct RowReferencesMergedCellsAndVisitsTests {
    static let folder = "Tests/Fixtures/tester14/sop"
    static let answers = "Tests/Fixtures/tester14/answers/25-sampai-10.yaml"
    static let id = "25-2026-000001"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-tester14-\(UUID().uuidString)")
    var database: String { root.appendingPathComponent("sop.sqlite").path }
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00", "SOP_DIR": Self.folder] }

    func sop(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment)
    }

    /// The tester's case to row 10: row 2 answered by its Keterangan's words, row 1 passed twice,
    /// row 10 left out.
    func runToRowTen() throws -> SOPBinary.Output {
        let run = try sop(["run", "25", "--answers", Self.answers, "--operator", "sari"])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        return run
    }

    /// The timeline's blocks, one per visit, by their first line.
    func visitBlock(_ timeline: String, startingWith head: String) -> String? {
        timeline.components(separatedBy: "\n\n").first { $0.hasPrefix(head) }
    }

    // MARK: F1: the Keterangan's words for a row numbered 3a

    @Test func rowTwoIsAnsweredByTheKeteranganWordsForRowThreeA() throws {
        let run = try runToRowTen()
        #expect(run.stdout.contains("[1 berkas lengkap (ke kegiatan 3a) / 2 tidak (kembali ke kegiatan 1)]"), "\(run.stdout)")
        let timeline = try sop(["case", Self.id]).stdout
        #expect(timeline.contains("Cabang: tidak (kembali ke kegiatan 1)"), "\(timeline)")
        #expect(timeline.contains("Cabang: berkas lengkap (ke kegiatan 3a)"), "\(timeline)")
        let lint = try sop(["lint", "--strict", Self.folder])
        #expect(lint.status == 0, "\(lint.stdout)")
    }

    @Test func aKeteranganNamingARowNoExitLeadsToIsAWarningAtItsLine() throws {
        let text = try String(contentsOfFile: SOPBinary.root.appendingPathComponent(Self.folder + "/25-izin-reklame.yaml").path,
                              encoding: .utf8)
            .replacingOccurrences(of: "Jika berkas lengkap lanjut ke 3a,", with: "Jika berkas lengkap lanjut ke 3c,")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let path = root.appendingPathComponent("25-izin-reklame.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let lint = try SOPBinary.run(["lint", path])
        #expect(lint.stdout.contains("25-izin-reklame.yaml:106:17: warning: Keterangan menyebut 'ke 3c', tetapi tidak ada jalan keluar keputusan ini ke baris itu (jalan keluarnya ke '3a', '1'); kata-kata Keterangan tidak dipakai di meja layanan [keterangan-exit-row]"), "\(lint.stdout)")
    }

    // MARK: F2: merged Kelengkapan cells

    @Test func aMergedKelengkapanIsOneCellInTheDocumentAndCheckedOnceAtItsFirstRow() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let html = root.appendingPathComponent("r.html").path
        let render = try sop(["render", "25", "-o", html])
        #expect(render.status == 0, "\(render.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        // Two merged Kelengkapan cells (rows 7–8 and 17–18), one merged Waktu cell (rows 7–8).
        #expect(page.components(separatedBy: "<td class=\"merged\" rowspan=\"2\">").count - 1 == 3, "\(page)")
        #expect(page.contains("<td class=\"merged\" rowspan=\"2\"><div class=\"l\">1. Surat tugas;</div>"))
        let markdown = try sop(["render", "25", "--format", "markdown"]).stdout
        #expect(markdown.contains("1. Surat tugas;<br>2. Formulir BAP;<br>3. Alat ukur<br>(baris 7–8)"), "\(markdown)")
        let run = try runToRowTen()
        // Row 7 asks the cell's items; row 8 asks none of them again, and says where they were
        // checked (branch lang16).
        let eight = try #require(run.stdout.range(of: "Kegiatan 8 dari 21"))
        let nine = try #require(run.stdout.range(of: "Kegiatan 9 dari 21"))
        let atEight = run.stdout[eight.upperBound..<nine.lowerBound]
        #expect(!atEight.contains("Kelengkapan · 1. Surat tugas"), "\(run.stdout)")
        #expect(atEight.contains("(sel gabungan kegiatan 7–8, diperiksa di kegiatan 7)"), "\(atEight)")
        #expect(run.stdout[..<eight.lowerBound].contains("Kelengkapan · 1. Surat tugas"))
    }

    // MARK: F6: correcting the first pass of a row passed twice

    @Test func theFirstPassOfALoopedRowCanBeCorrected() throws {
        _ = try runToRowTen()
        let corrected = try sop(["correct", Self.id, "--kegiatan", "1", "--kunjungan", "1", "--output",
                                 "Berkas permohonan=berkas belum lengkap (NPWP tidak ada)", "--alasan", "salah ketik pada kunjungan pertama",
                                 "--as", "fo", "--operator", "sari"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stdout.contains("dikoreksi dari tidak menjadi berkas belum lengkap (NPWP tidak ada)"), "\(corrected.stdout)")
        #expect(corrected.stdout.contains("(kunjungan ke-1 dari 2; pilih yang lain dengan --kunjungan N)"), "\(corrected.stdout)")
        let timeline = try sop(["case", Self.id]).stdout
        let first = try #require(visitBlock(timeline, startingWith: "1  "), "\(timeline)")
        let second = try #require(visitBlock(timeline, startingWith: "1 (#2)"), "\(timeline)")
        #expect(first.contains("Koreksi (sari") && first.contains("salah ketik pada kunjungan pertama"), "\(first)")
        #expect(!second.contains("Koreksi"), "\(second)")
        // "1#2", as the timeline prints the second pass, names it too; a pass never made is refused.
        let hash = try sop(["correct", Self.id, "--kegiatan", "1#2", "--output", "Berkas permohonan=diterima", "--alasan", "rapikan",
                            "--as", "fo", "--operator", "sari"])
        #expect(hash.status == 0, "\(hash.stderr)")
        #expect(try #require(visitBlock(try sop(["case", Self.id]).stdout, startingWith: "1 (#2)")).contains("rapikan"))
        let none = try sop(["correct", Self.id, "--kegiatan", "1", "--kunjungan", "3", "--output", "Berkas permohonan=x",
                            "--alasan", "x", "--as", "fo", "--operator", "sari"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("kasus ini tidak melewati kegiatan 1 kunjungan ke-3 (kunjungan yang ada: 1, 2)"), "\(none.stderr)")
        // The whole timeline as the operator reads it: both passes of row 1, each correction
        // under the pass it amends, row 10's skip reason.
        try SOPBinary.expectGolden(try sop(["case", Self.id]).stdout, "tester14/case.txt")
        // The chain the corrections were appended to is whole.
        let verify = try sop(["db", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func anUnknownRowListsEachRowOnce() throws {
        _ = try runToRowTen()
        let wrong = try sop(["correct", Self.id, "--kegiatan", "99", "--output", "x=y", "--alasan", "x", "--as", "fo", "--operator", "sari"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("'19', '20', '21')"), "\(wrong.stderr)")
    }

    // MARK: F7: a skip reason in the timeline and the event log

    @Test func aSkipReasonIsShownInTheTimelineAndTheEventLog() throws {
        _ = try runToRowTen()
        let timeline = try sop(["case", Self.id]).stdout
        let ten = try #require(visitBlock(timeline, startingWith: "10  "), "\(timeline)")
        #expect(ten.contains("   Dilewati: pemohon sudah jelas, klarifikasi tidak diperlukan"), "\(ten)")
        let log = try sop(["case", Self.id, "--events"]).stdout
        #expect(log.contains("kegiatan dilewati: pemohon sudah jelas"), "\(log)")
        let english = try sop(["case", Self.id, "--lang", "en"]).stdout
        #expect(english.contains("Skipped: pemohon sudah jelas, klarifikasi tidak diperlukan"))
    }

    // MARK: F14: one counting for the desk and the status page

    @Test func theStatusPageCountsTheStageAsTheDeskDoes() throws {
        let run = try runToRowTen()
        #expect(run.stdout.contains("Kegiatan 4 dari 21"))
        let json = try sop(["case", Self.id, "--json"]).stdout
        let range = try #require(json.range(of: #""tracking":"[^"]+""#, options: .regularExpression))
        let code = String(json[range].dropFirst(12).dropLast())
        let status = try sop(["status", code])
        #expect(status.stdout.contains("Sedang dikerjakan: tahap 11 dari 21"), "\(status.stdout)")
    }
}
