import Foundation
import Testing

/// The typed Tera SOP as its official updated it (`Tests/Fixtures/tera-jadwal`, tester 24), run
/// by three officers at the terminal with the real binary: each Output item naming its box
/// (`oleh`) is asked at that box; a scheduled date already past is said before it is kept; the
/// visit rescheduled after the loop 9 → 6 records its new date there and row 7 is due on it; a
/// per-item standard says its count; the approver still reads the first pass's test results.
@Suite("The Tera SOP at the desk: outputs by box, a past or rescheduled date, the count, earlier passes")
struct BoxOutputAndRescheduleRunTests {
    static let folder = "Tests/Fixtures/tera-jadwal/sop"
    static let fixedTime = "2026-12-07T10:30:00+07:00"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-jadwal-\(UUID().uuidString)")

    func sop(_ arguments: [String], stdin: String = "", language: String? = nil) throws -> SOPBinary.Output {
        let environment = ["SOP_DB": root.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": Self.fixedTime,
                           "SOP_DIR": Self.folder]
        return try SOPBinary.run(arguments + (language.map { ["--lang", $0] } ?? []), environment: environment, stdin: stdin)
    }

    /// `--as ROLE` on the case, checked to have run.
    func desk(_ role: String, _ name: String, _ stdin: String, language: String? = nil) throws -> String {
        let run = try sop(["run", "--case", "07-2026-000001", "--operator", name, "--as", role], stdin: stdin, language: language)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        return run.stdout
    }

    /// Rows 1-4: registered by sari (3 UTTP), the Surat Tugas by hadi, the standards by joko.
    func upToRowFive() throws {
        let start = try sop(["run", "07", "--operator", "sari", "--as", "petugas"],
                            stdin: "y\ny\ny\ny\nSPBU 44.505.01 PT Maju Jaya\n3322014101900001\n081234567890\nJl. Diponegoro 12\n3\n"
                                + "Formulir diisi lengkap\n\ny\n1\nREG-2026/0112\n\n")
        #expect(start.status == 0, "\(start.stdout)\n\(start.stderr)")
        _ = try desk("kaupt", "hadi", "y\n094/ST/2026\n\n")
    }

    /// The screen of one step: from its title to the next title (or the end).
    static func screen(_ text: String, _ title: String) -> String {
        guard let from = text.range(of: "━━ " + title) else { return "" }
        let rest = text[from.lowerBound...]
        let next = rest.dropFirst().range(of: "\n━━ ")?.lowerBound ?? rest.endIndex
        return String(rest[..<next])
    }

    @Test func theWholeCaseAsTheOfficersReadIt() throws {
        try upToRowFive()
        // Row 5: a scheduled date already past is said, and another date typed replaces it.
        let penera = try desk("penera", "joko", "y\nStandar siap\n\ny\n01-12-2026\n09-12-2026\n09.00\nJadwal disepakati\n\n"
                                  + "y\nUTTP siap\n\n")
        try SOPBinary.expectGolden(penera, "tera/run-penera-jadwal.txt")
        #expect(penera.contains("Tanggal pelaksanaan tera (hh-bb-tttt) › 01-12-2026\n⚠ tanggal 01-12-2026 sudah lewat (hari ini 07-12-2026): kegiatan 7 dinilai sampai tanggal itu, jadi langsung terlambat. Tekan Enter untuk tetap memakai tanggal itu"),
                "\(penera)")
        #expect(penera.contains("Tanggal pelaksanaan tera (hh-bb-tttt; Enter: tetap '01-12-2026') › 09-12-2026\n"), "\(penera)")
        // Row 6, the Pemohon's box (recorded by the Penera): only its own item, listed and asked.
        let pemohon = Self.screen(penera, "Kegiatan 6 dari 12 · bagian Pemohon")
        #expect(pemohon.contains("Output      : UTTP siap diuji\n") && !pemohon.contains("Blanko"), "\(pemohon)")
        #expect(pemohon.contains("Output · UTTP siap diuji (teks, atau @jalur/berkas) › UTTP siap"), "\(pemohon)")
        // The office Petugas is asked the blanko only, never the applicant's UTTP.
        let petugas = try desk("petugas", "sari", "Blanko 0455-0457\n\n")
        let box = Self.screen(petugas, "Kegiatan 6 dari 12 · bagian Petugas Pelayanan")
        #expect(box.contains("Output      : Blanko SKHP\n") && !box.contains("Output · UTTP"), "\(box)")
        #expect(box.contains("Output · Blanko SKHP (teks, atau @jalur/berkas) › Blanko 0455-0457"), "\(box)")
        #expect(petugas.contains("→ Kegiatan 7 menunggu di daftar tugas Penera, batas 09-12-2026 09.00 WIB."), "\(petugas)")
        // Rows 7-9, pompa 3 BATAL, back to row 6 with a new date: row 7 (#2) is due on it.
        let loop = try desk("penera", "joko", "y\ny\nBA awal\n\ny\ny\nPompa 1 sah, pompa 2 sah, pompa 3 BATAL\n\ny\n2\n\n"
                                + "y\n16-12-2026\n09.00\nPompa 3 diperbaiki\n\n")
        try SOPBinary.expectGolden(loop, "tera/run-penera-loop.txt")
        #expect(loop.contains("Waktu       : 2 jam/alat × 3 = 6 jam · terpakai kurang dari 1 menit · batas 16.30 WIB"), "\(loop)")
        #expect(loop.contains("tepat waktu (standar 2 jam/alat × 3 = 6 jam, sisa 6 jam)"), "\(loop)")
        let again = Self.screen(loop, "Kegiatan 6 dari 12 · bagian Pemohon (kunjungan ke-2)")
        #expect(again.contains("Tanggal jadwal ulang (hh-bb-tttt) › 16-12-2026\nJam jadwal ulang › 09.00\n"), "\(again)")
        let seven = Self.screen(loop, "Kegiatan 7 dari 12 (kunjungan ke-2)")
        #expect(seven.contains("Waktu       : sesuai jadwal · terpakai kurang dari 1 menit · batas 16-12-2026 09.00 WIB"), "\(seven)")
        // Rows 7-10 of the second pass; the Kepala UPT reads both passes' test results.
        _ = try desk("penera", "joko", "y\ny\nBA awal #2\n\ny\ny\nPompa 3 sah setelah perbaikan\n\ny\n1\n\ny\nUTTP bertanda tera sah\n\n")
        let kaupt = try desk("kaupt", "hadi", "y\ny\n")
        let soFar = Self.screen(kaupt, "Kegiatan 11")
        #expect(soFar.contains("  [8 #1] Cerapan hasil pengujian: Pompa 1 sah, pompa 2 sah, pompa 3 BATAL\n"), "\(soFar)")
        #expect(soFar.contains("  [8 #2] Cerapan hasil pengujian: Pompa 3 sah setelah perbaikan\n"), "\(soFar)")
        #expect(soFar.contains("  [6 #1] UTTP siap diuji: UTTP siap\n  [6] Blanko SKHP: Blanko 0455-0457\n"), "\(soFar)")
        // `sop case` counts the per-item standard; the report names what it is counted by.
        let timeline = try sop(["case", "07-2026-000001"]).stdout
        #expect(timeline.contains("· standar 2 jam/alat × 3 = 6 jam: tepat waktu, sisa 6 jam"), "\(timeline)")
        let english = try sop(["case", "07-2026-000001", "--lang", "en"]).stdout
        #expect(english.contains("standard 2 jam/alat × 3 = 6 hours"), "\(english)")
        let report = try sop(["report", "07"]).stdout
        #expect(report.contains("2 jam/alat × Jumlah UTTP"), "\(report)")
    }

    /// Enter keeps a past date after the warning (a late registration can be real), in English too.
    @Test func enterKeepsAPastDateAfterTheWarning() throws {
        try upToRowFive()
        let english = try desk("penera", "joko", "y\nStandar siap\n\ny\n01-12-2026\n\n09.00\nJadwal\n\n", language: "en")
        #expect(english.contains("⚠ the date 01-12-2026 has passed (today is 07-12-2026): step 7 is due by that date, so it is late at once. Press Enter to keep that date"),
                "\(english)")
        // Kept: row 7 will be due on it.
        let timeline = try sop(["case", "07-2026-000001"]).stdout
        #expect(timeline.contains("Isian: Tanggal pelaksanaan tera = 01-12-2026; Jam pelaksanaan tera = 09.00"), "\(timeline)")
    }

    /// A step nobody has opened yet says how long it has waited, not a duration of work.
    @Test func aStepNotOpenedSaysHowLongItHasWaited() throws {
        let start = try sop(["run", "07", "--operator", "sari", "--as", "petugas"],
                            stdin: "y\ny\ny\ny\nCV Dua\n3322014101900001\n081234567890\nPasar\n2\nFormulir\n\ny\n1\nREG-2026/0113\n\n")
        #expect(start.status == 0, "\(start.stderr)")
        let timeline = try sop(["case", "07-2026-000001"]).stdout
        #expect(timeline.contains("   Kepala UPT · 07-12-2026 10.30 WIB → belum dibuka, menunggu kurang dari 1 menit\n"), "\(timeline)")
        #expect(!timeline.contains("belum dibuka ("), "\(timeline)")
        let english = try sop(["case", "07-2026-000001", "--lang", "en"]).stdout
        #expect(english.contains("→ not opened yet, waiting under 1 min\n"), "\(english)")
    }
}
