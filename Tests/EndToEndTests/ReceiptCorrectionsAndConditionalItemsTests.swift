import Foundation
import Testing

/// An outside tester (the SOP officer of a Dinas Dukcapil) typed their signed SOP "Penerbitan
/// Akta Kelahiran" (`Tests/Fixtures/tester16`) and ran cases; each test here is one of their
/// desk, receipt, correction, lint and report findings, run with the real binary.
@Suite("The receipt's items, corrections by the words shown, conditional items, day waktu, the report's legend")
struct ReceiptCorrectionsAndConditionalItemsTests {
    static let folder = "Tests/Fixtures/tester16/sop"
    static let file = folder + "/12-akta-kelahiran.yaml"
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-tester16-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00"] }
    static let counter = ["--as", "loket", "--operator", "ani"]

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", Self.folder], environment: environment, stdin: stdin)
    }

    /// Rows 1 to 4: row 2 answered twice (sent back by row 3 "tidak lengkap"); the required
    /// item b answered "t" once; item f "tb" on the second pass; the form kept with Enter.
    static let toTheReceipt = [
        "Antrian A-001, reg 3404-LT-06122026-0001", "",                                  // 1
        "y", "t", "y", "y", "y", "t", "t",                                               // 2: b refused once, then y
        "Siti Nur Azizah", "01-12-2026", "3404010101900001", "081234567890", "Berkas", "",
        "tidak lengkap", "",                                                             // 3: back to 2
        "y", "y", "y", "y", "t", "tb", "", "", "", "", "Berkas lengkap", "",             // 2 again: Enter keeps
        "lengkap", "",                                                                   // 3: on to 4
        "Tanda terima", "",                                                              // 4
    ].joined(separator: "\n") + "\n"

    func runToTheReceipt() throws -> SOPBinary.Output {
        let run = try sop(["run", "12"] + Self.counter, stdin: Self.toTheReceipt)
        #expect(run.status == 0, "\(run.stderr)\n\(run.stdout)")
        return run
    }

    // MARK: F1, F11: the receipt lists what the applicant handed in at the counter row

    @Test func theReceiptListsTheCounterRowsItemsAndAConditionalItemAsNotApplicable() throws {
        _ = try runToTheReceipt()
        let receipt = try sop(["receipt", "12-2026-000001", "--kertas", "80"])
        #expect(receipt.status == 0, "\(receipt.stderr)")
        let text = receipt.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(receipt.stdout.contains("FORM PENERIMAAN LAYANAN"), "\(receipt.stdout)")
        #expect(text.contains("Kelengkapan diterima: a. Formulir F-2.01"), "\(receipt.stdout)")
        #expect(text.contains("Fotokopi KTP-el kedua orang tua"), "\(receipt.stdout)")
        #expect(text.contains("Kelengkapan kurang: e. Fotokopi buku nikah/akta perkawinan"), "\(receipt.stdout)")
        #expect(text.contains("Kelengkapan tidak berlaku: f. SPTJM (apabila tidak memiliki bukti)"), "\(receipt.stdout)")
        #expect(!text.contains("Kelengkapan diterima: -"), "\(receipt.stdout)")
    }

    // MARK: F9: a required item answered "t": one line, at once, what to do

    @Test func aRequiredItemAnsweredNoIsSaidOnceWithWhatToDo() throws {
        let out = try runToTheReceipt().stdout
        #expect(out.contains("✗ kelengkapan 'b. Surat keterangan kelahiran dari rumah sakit/puskesmas/bidan' wajib ada, dicatat tidak ada: "
            + "kasus tidak dapat dilanjutkan tanpanya; jawab y bila sudah dilengkapi, /jeda untuk menunda sampai dilengkapi, "
            + "/batal alasan untuk membatalkan"), "\(out)")
        #expect(!out.contains("Dicatat: 'b. Surat keterangan"), "\(out)")
        // A missing item that is not required is still said so.
        #expect(out.contains("Dicatat: 'e. Fotokopi buku nikah/akta perkawinan' tidak ada."), "\(out)")
    }

    // MARK: F10: a loop back offers the previous pass's answers, masked

    @Test func aLoopBackOffersThePreviousAnswersMasked() throws {
        let out = try runToTheReceipt().stdout
        #expect(out.contains("Nama anak (Enter: tetap 'Siti Nur Azizah') › "), "\(out)")
        #expect(out.contains("Tanggal lahir anak (hh-bb-tttt; Enter: tetap '01-12-2026') › "), "\(out)")
        #expect(out.contains("NIK kepala keluarga (16 angka; Enter: tetap '3404••••••••0001') › "), "\(out)")
        #expect(!out.contains("3404010101900001"))
        #expect(out.contains("Kelengkapan · f. SPTJM (apabila tidak memiliki bukti) ada? [y/t/tb] › "), "\(out)")
        let timeline = try sop(["case", "12-2026-000001"])
        #expect(timeline.stdout.contains("f. SPTJM (apabila tidak memiliki bukti) – tidak berlaku"), "\(timeline.stdout)")
        // F13: the date as typed (dd-mm-yyyy), kept on the second pass.
        #expect(timeline.stdout.contains("Tanggal lahir anak = 01-12-2026"), "\(timeline.stdout)")
        #expect(!timeline.stdout.contains("2026-12-01"), "\(timeline.stdout)")
        #expect(!timeline.stdout.contains("3404010101900001"))
    }

    // MARK: F7: a register number with a date is echoed as typed

    @Test func aRegisterNumberIsEchoedAsTyped() throws {
        let out = try runToTheReceipt().stdout
        #expect(out.contains("Output · Nomor antrian (teks, atau @jalur/berkas) › Antrian A-001, reg 3404-LT-06122026-0001\n"), "\(out)")
        let timeline = try sop(["case", "12-2026-000001"]).stdout
        #expect(timeline.contains("reg 3404-LT-06122026-0001"), "\(timeline)")
    }

    // MARK: F3: correct --kelengkapan by the name the desk shows, or a part naming one item

    @Test func aCorrectionNamesTheItemAsTheDeskShowsIt() throws {
        _ = try runToTheReceipt()
        let shown = try sop(["correct", "12-2026-000001", "--kegiatan", "2", "--kelengkapan", "c. Fotokopi KK=tidak",
                             "--alasan", "uji"] + Self.counter)
        #expect(shown.status == 0, "\(shown.stderr)")
        let part = try sop(["correct", "12-2026-000001", "--kegiatan", "2", "--kelengkapan", "SPTJM=ya",
                            "--alasan", "ada buktinya"] + Self.counter)
        #expect(part.status == 0, "\(part.stderr)")
        #expect(part.stdout.contains("f. SPTJM (apabila tidak memiliki bukti) dikoreksi dari tidak berlaku menjadi ya"), "\(part.stdout)")
        let timeline = try sop(["case", "12-2026-000001"]).stdout
        #expect(timeline.contains("f. SPTJM (apabila tidak memiliki bukti): tidak berlaku → ya"), "\(timeline)")
        let ambiguous = try sop(["correct", "12-2026-000001", "--kegiatan", "2", "--kelengkapan", "Fotokopi=ya",
                                 "--alasan", "uji"] + Self.counter)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("kegiatan 2 tidak punya kelengkapan 'Fotokopi'"), "\(ambiguous.stderr)")
        // The corrected answers reach the receipt: c missing, f handed in.
        let receipt = try sop(["receipt", "12-2026-000001", "--kertas", "80"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(receipt.contains("Kelengkapan kurang: c. Fotokopi KK, e. Fotokopi buku nikah/akta perkawinan"), "\(receipt)")
        #expect(!receipt.contains("tidak berlaku"), "\(receipt)")
    }

    // MARK: F4: a decision's words by an unambiguous part; the refusal mentions words

    @Test func aDecisionTakesAPartOfItsWords() throws {
        _ = try runToTheReceipt()
        let roles = ["--as", "operator", "--as", "loket", "--as", "verifikator", "--operator", "ani"]
        let answers = [
            "Data dientri", "", "Draft dicetak", "",         // 5.1, 5.2
            "y", "Draft diparaf", "",                        // 6
            "cocok", "tidak sesuai", "",                     // 7: refused, then back to 5.1
        ].joined(separator: "\n") + "\n"
        let run = try sop(["run", "--case", "12-2026-000001"] + roles, stdin: answers)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("✗ 'cocok' bukan cabang keputusan ini (1. sesuai (ke kegiatan 8), 2. data tidak sesuai (kembali ke kegiatan 5.1)); "
            + "jawab dengan nomor pilihan, kata pilihan seperti tertulis (atau sebagiannya) atau nomor kegiatan yang dituju"), "\(run.stdout)")
        #expect(run.stdout.contains("(kembali ke kegiatan 5.1)] › tidak sesuai\nTekan Enter bila kegiatan 7 selesai ›"), "\(run.stdout)")
        #expect(run.stdout.contains("━━ Kegiatan 5.1 dari 15 (kunjungan ke-2) ━━"), "\(run.stdout)")
        // F15: the resume hint repeats the roles given.
        #expect(run.stdout.contains("Lanjutkan dengan: sop run --case 12-2026-000001 --as operator --as loket --as verifikator"), "\(run.stdout)")
    }

    // MARK: F8: a paused case's status is one state

    @Test func aPausedCaseReadsOnHoldOnly() throws {
        _ = try runToTheReceipt()
        let paused = try sop(["run", "--case", "12-2026-000001", "--as", "operator", "--operator", "budi"], stdin: "/jeda\n")
        #expect(paused.status == 0, "\(paused.stderr)")
        #expect(paused.stdout.contains("Lanjutkan dengan: sop run --case 12-2026-000001 --as operator"), "\(paused.stdout)")
        let receipt = try sop(["receipt", "12-2026-000001", "--kertas", "80"]).stdout
        let range = try #require(receipt.range(of: #"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}"#, options: .regularExpression))
        let status = try sop(["status", String(receipt[range])])
        #expect(status.stdout.contains("Tahap 5.1 dari 15; layanan sedang ditunda."), "\(status.stdout)")
        #expect(!status.stdout.contains("sedang diproses"), "\(status.stdout)")
        #expect(!status.stdout.contains("Sedang dikerjakan"), "\(status.stdout)")
    }

    // MARK: F5: "1 hari" in an SOP with service hours gets a warning naming both readings

    @Test func aDayWithoutItsBasisIsAWarningNamingBothReadings() throws {
        let lint = try SOPBinary.run(["lint", Self.file])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("warning: waktu '1 hari' dihitung sebagai '1 hari kalender' (hari berjalan: batasnya dapat jatuh pada Sabtu, Minggu, "
            + "hari libur atau malam hari); pada unit dengan jam layanan, '1 hari' sering berarti '1 hari kerja' (hari kerja menurut kalender unit) "
            + "[waktu-day-basis]"), "\(lint.stdout)")
        #expect(lint.stdout.contains("note: pilih salah satu: tulis 'waktu_baku: 1 hari kerja' atau 'waktu_baku: 1 hari kalender' di samping waktu tercetak"),
                "\(lint.stdout)")
        #expect(lint.stdout.components(separatedBy: "[waktu-day-basis]").count - 1 == 4, "\(lint.stdout)")
        let strict = try SOPBinary.run(["lint", "--strict", Self.file])
        #expect(strict.status != 0)
    }

    // MARK: F12: the report says which columns count cases and which visits

    @Test func theReportHasALegendForCasesAndVisits() throws {
        _ = try runToTheReceipt()
        let report = try sop(["report"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Kasus: banyaknya kasus yang sampai pada kegiatan itu. Separuh selesai dalam: separuh kunjungan kegiatan itu "
            + "selesai dalam waktu tersebut (median); 90% selesai dalam: 90% kunjungan selesai dalam waktu tersebut"), "\(report.stdout)")
    }
}
