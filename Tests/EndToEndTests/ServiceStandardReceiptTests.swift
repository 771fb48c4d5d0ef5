import Foundation
import Testing

/// An outside tester (the Kasubag of a Kecamatan's PATEN) typed their signed SOP "Pelayanan
/// Surat Keterangan Ahli Waris" (`Tests/Fixtures/paten`, names and NIP replaced) and ran a case:
/// the receipt's date is the signed "3 (tiga) hari kerja" (`kasus: batas_layanan: total`), the
/// register number is on the receipt (`isian_tanda_terima`), the plain arrow beside "Lengkap"
/// is "Tidak lengkap", the revision date keeps its "(Revisi ke-1)", `sop show` names the unit;
/// with the real binary on a fixed clock (Monday 07-12-2026 09.00 WIB).
@Suite("The printed total as the case's promise, the receipt's fields, exits named at the prompt")
struct ServiceStandardReceiptTests {
    static let folder = "Tests/Fixtures/paten/sop"
    static let file = folder + "/05-ahli-waris.yaml"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-paten-\(UUID().uuidString)")
    var environment: [String: String] {
        ["SOP_DB": root.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00", "SOP_DIR": Self.folder]
    }

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment, stdin: stdin)
    }

    /// Dewi (Petugas PATEN) records row 1, row 2 sends the berkas back ("tidak lengkap" typed as
    /// the Uraian prints the condition), row 1 again, then rows 2 "lengkap", 3 (the register
    /// number, the receipt row) and 4; the case waits for the Kasi Pem. at row 5.
    static let petugas = [
        "y", "y", "y", "y", "y", "tb", "Pemohon Contoh", "3404010101700001", "", "Almh. Contoh", "30-11-2026", "Berkas permohonan", "",
        "y", "tidak lengkap", "",
        "y", "y", "y", "y", "y", "tb", "", "", "", "", "", "Berkas permohonan lengkap", "",
        "y", "lengkap", "Berkas terverifikasi", "",
        "y", "REG/045/2026", "Tanda terima", "REG/045/2026", "",
        "y", "",
    ].joined(separator: "\n") + "\n"

    func registered() throws -> SOPBinary.Output {
        let run = try sop(["run", "05", "--as", "petugas", "--operator", "dewi"], stdin: Self.petugas)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(!run.stdout.contains("✗"), "\(run.stdout)")
        return run
    }

    /// Finding 3: the plain arrow beside "Lengkap" is offered and taken as "Tidak lengkap".
    @Test func thePlainArrowIsTheNegationOfTheLabel() throws {
        let run = try registered()
        #expect(run.stdout.contains("Berkas lengkap dan sah? [1 Lengkap / 2 Tidak lengkap (kembali ke kegiatan 1)] › tidak lengkap"), "\(run.stdout)")
        #expect(run.stdout.contains("Kegiatan 1 dari 12 (kunjungan ke-2)"), "\(run.stdout)")
        let timeline = try sop(["case", "05-2026-000001"]).stdout
        #expect(timeline.contains("Cabang: Tidak lengkap (kembali ke kegiatan 1)"), "\(timeline)")
        #expect(timeline.contains("Cabang: Lengkap → 3"), "\(timeline)")
    }

    /// Finding 1: the receipt, `sop status` and `sop case` promise the signed 3 hari kerja from
    /// the start (Thursday 10-12-2026 09.00), not the rows' longest path, and it does not move
    /// as rows finish early; finding 7: the register number printed, the NIK masked.
    @Test func theReceiptPromisesThePrintedTotalAndPrintsTheRegisterNumber() throws {
        _ = try registered()
        let receipt = try sop(["receipt", "05-2026-000001"])
        #expect(receipt.status == 0, "\(receipt.stderr)")
        let (text, code) = ReceiptOpenCaseTests.pinned(receipt.stdout)
        try SOPBinary.expectGolden(text, "paten/receipt-80.txt")
        #expect(text.contains("Selesai paling lambat: 10-12-2026 09.00 WIB"), "\(text)")
        #expect(text.contains("Nomor register: REG/045/2026") && text.contains("NIK pemohon: 3404••••••••0001"), "\(text)")
        #expect(!receipt.stdout.contains("3404010101700001"))
        let a4 = try sop(["receipt", "05-2026-000001", "--kertas", "a4"]).stdout
        #expect(a4.contains("<tr><th>Nomor register</th><td>REG/045/2026</td></tr>"), "\(a4)")
        let status = try sop(["status", try #require(code)])
        #expect(status.stdout.contains("Batas waktu layanan: 10-12-2026 09.00 WIB"), "\(status.stdout)")
        let timeline = try sop(["case", "05-2026-000001"])
        #expect(timeline.stdout.contains("Batas layanan: 10-12-2026 09.00 WIB (3 (tiga) hari kerja sejak kasus dimulai)"), "\(timeline.stdout)")
        let english = try sop(["case", "05-2026-000001", "--lang", "en"])
        #expect(english.stdout.contains("Service standard: 10-12-2026 09.00 WIB (3 (tiga) hari kerja from the case's start)"), "\(english.stdout)")
    }

    /// Finding 12: the Sekcam's "Perbaikan" goes back to row 7 and says so at the prompt (in
    /// English too); finding 1: the promise has not moved after rows 5 to 8 finished early.
    @Test func aLabelledExitBackSaysWhereItLeads() throws {
        _ = try registered()
        let kasi = try sop(["run", "--case", "05-2026-000001", "--as", "kasi-pem", "--operator", "agus"],
                           stdin: "y\nperlu klarifikasi\nHasil penelitian\n\ny\nSurat klarifikasi\n\ny\nKonsep\n\n")
        #expect(kasi.status == 0 && !kasi.stdout.contains("✗"), "\(kasi.stdout)")
        #expect(kasi.stdout.contains("[1 Perlu klarifikasi / 2 Tidak] › perlu klarifikasi"), "\(kasi.stdout)")
        let sekcam = try sop(["run", "--case", "05-2026-000001", "--as", "sekcam", "--operator", "sri", "--lang", "en"], stdin: "y\nperbaikan\n\n")
        #expect(sekcam.status == 0 && !sekcam.stdout.contains("✗"), "\(sekcam.stdout)")
        #expect(sekcam.stdout.contains("[1 Setuju / 2 Perbaikan (back to step 7)] › perbaikan"), "\(sekcam.stdout)")
        let timeline = try sop(["case", "05-2026-000001"]).stdout
        #expect(timeline.contains("Batas layanan: 10-12-2026 09.00 WIB"), "\(timeline)")
        #expect(try sop(["receipt", "05-2026-000001"]).stdout.contains("Selesai paling lambat: 10-12-2026 09.00 WIB"))
    }

    /// Finding 1's lint note and finding 4's warning: the printed total against the rows' sum,
    /// and a bare "1-2 hari" under a total in working days.
    @Test func lintNamesThePrintedTotalAndTheRowsSum() throws {
        let lint = try sop(["lint", Self.file])
        #expect(lint.status == 0, "\(lint.stderr)")
        try SOPBinary.expectGolden(lint.stdout, "paten/lint.txt")
        let english = try sop(["lint", Self.file, "--lang", "en"])
        #expect(english.stdout.contains("the printed Total waktu '3 (tiga) hari kerja' differs from the sum of the rows' waktu (1 jam 55 menit + 3–4 hari) [total-vs-rows]"), "\(english.stdout)")
        #expect(english.stdout.contains("the printed Total waktu '3 (tiga) hari kerja' counts working days, so '1-2 hari' may mean '1-2 hari kerja' [waktu-day-basis]"), "\(english.stdout)")
    }

    /// Findings 2 and 11: the revision date printed as typed, and the unit under the letterhead.
    @Test func showPrintsTheUnitAndTheRevisionAsTyped() throws {
        let show = try sop(["show", "05"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("(0274) 000000\nSeksi Pemerintahan /\nPelayanan Administrasi Terpadu Kecamatan (PATEN)\n"), "\(show.stdout)")
        #expect(show.stdout.contains("Tanggal Revisi      14 Juli 2025 (Revisi ke-1)"), "\(show.stdout)")
        let run = try registered()
        #expect(run.stdout.contains("14 Juli 2025 (Revisi ke-1)"), "\(run.stdout)")
    }
}
