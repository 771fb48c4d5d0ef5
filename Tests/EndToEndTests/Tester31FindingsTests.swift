import Foundation
import Testing

/// Tester 31 (an official of a Dinas Sosial) typed the signed SOP "Pengusulan DTKS / SKTM untuk
/// Jaminan Kesehatan" (`Tests/Fixtures/dtks`, as they typed it). Row 8 is two boxes done at the
/// same time by the Operator SIKS-NG and the Petugas Loket, sharing one Output cell; row 2 checks
/// the file ("Lengkap?", back to row 1) before row 3 issues the receipt. With the real binary on
/// a fixed clock.
@Suite("Tester 31: a correction on a row of two boxes (F1), the receipt of a returned file (F9)")
struct Tester31FindingsTests {
    static let folder = "Tests/Fixtures/dtks/sop"
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t31-\(UUID().uuidString)/sop.sqlite").path

    func sop(_ arguments: [String], as login: String = "budi", stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00",
                                                  "SOP_DIR": Self.folder, "SOP_TEST_LOGIN": login], stdin: stdin)
    }

    static let applicant = "Siti Aminah\n3573014101900001\n3573010101900009\n\nJl. Melati 3\n1\n\n"

    /// Rows 1 to 7 by their officers; at row 8 the Operator SIKS-NG (dewi) finishes first, so
    /// the shared Output is asked of the Petugas Loket (budi), who types `y` by mistake.
    func rowEightDone() throws {
        for (login, arguments, input) in [
            ("budi", ["run", "07", "--as", "loket"], "y\ny\ny\ntb\n" + Self.applicant + "y\nYa\n\ny\ny\nREG/07/001\nTanda terima REG/07/001\n\n"),
            ("ani", ["run", "--case", "07-2026-000001", "--as", "kasi"], "y\nST/01\n\n"),
            ("sari", ["run", "--case", "07-2026-000001", "--as", "tim-verifikasi"], "y\ny\ny\nBA/048\n\n"),
            ("ani", ["run", "--case", "07-2026-000001", "--as", "kasi"], "y\nYa\n\n"),
            ("dewi", ["run", "--case", "07-2026-000001", "--as", "operator-siksng"], "y\n21-12-2026\n\n"),
            ("budi", ["run", "--case", "07-2026-000001", "--as", "loket"], "y\n\n"),
        ] {
            let run = try sop(arguments, as: login, stdin: input)
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        }
        let timeline = try sop(["case", "07-2026-000001"]).stdout
        #expect(timeline.contains("Output: Data usulan terinput di SIKS-NG; Konsep SKTM = y"), "\(timeline)")
    }

    static func correct(_ kegiatan: String, _ role: String, lang: String = "id") -> [String] {
        ["correct", "07-2026-000001", "--kegiatan", kegiatan, "--output", "Konsep SKTM=Konsep SKTM disiapkan",
         "--alasan", "salah ketik: tertulis 'y'", "--as", role, "--lang", lang]
    }

    /// F1: `--kegiatan 8` is the box that recorded the answer. The officer who typed it corrects
    /// it; the other officer is told it is the Loket's, and her own box, which never recorded
    /// it, has nothing to correct: no "dikoreksi dari -".
    @Test func theRowNumberCorrectsTheBoxThatRecordedTheAnswer() throws {
        try rowEightDone()
        let other = try sop(Self.correct("8", "operator-siksng"), as: "dewi")
        #expect(other.status == 1)
        #expect(other.stderr == "sop: galat: jawaban kegiatan 8 (Petugas Loket) hanya dapat dikoreksi oleh peran Petugas Loket\n")
        let ownBox = try sop(Self.correct("input-siksng", "operator-siksng", lang: "en"), as: "dewi")
        #expect(ownBox.status == 1)
        #expect(ownBox.stderr == "sop: error: 'Data usulan terinput di SIKS-NG; Konsep SKTM' was never recorded in step 8 (Operator SIKS-NG): "
            + "there is no answer to correct; that answer was recorded in step 8 (Petugas Loket) (--kegiatan \"8 (Petugas Loket)\")\n")
        let own = try sop(Self.correct("8", "loket"), as: "budi")
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.hasPrefix("✓ Kasus 07-2026-000001: Data usulan terinput di SIKS-NG; Konsep SKTM dikoreksi dari y menjadi Konsep SKTM disiapkan;"),
                "\(own.stdout)")
        // The box as the refusal names it is taken too.
        let named = try sop(["correct", "07-2026-000001", "--kegiatan", "8 (Petugas Loket)", "--output", "Konsep SKTM=Konsep SKTM selesai",
                             "--alasan", "rapikan", "--as", "loket"], as: "budi")
        #expect(named.status == 0, "\(named.stderr)")
        let timeline = try sop(["case", "07-2026-000001"]).stdout
        #expect(!timeline.contains(": - →"), "\(timeline)")
        #expect(timeline.contains("Konsep SKTM: y → Konsep SKTM disiapkan"), "\(timeline)")
    }

    /// F9: "Lengkap? Tidak" in row 2 sends the file back before row 3 issues the receipt: the
    /// receipt printed then promises no date and says the file was returned, in both languages.
    @Test func aFileSentBackBeforeTheReceiptRowGetsNoPromise() throws {
        let run = try sop(["run", "07", "--as", "loket"], stdin: "y\ny\nt\ntb\n" + Self.applicant + "y\nTidak\n\n")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let receipt = try sop(["receipt", "07-2026-000001"]).stdout
        #expect(receipt.contains("Kelengkapan kurang: c. Fotokopi KTP dan Kartu\nKeluarga"), "\(receipt)")
        #expect(receipt.contains("Selesai paling lambat: -\n"), "\(receipt)")
        #expect(receipt.contains("Berkas dikembalikan untuk dilengkapi; batas\npenyelesaian dihitung setelah berkas lengkap\nditerima."), "\(receipt)")
        #expect(!receipt.contains("sedang diproses") && receipt.contains("Status: berkas dikembalikan kepada pemohon untuk\ndilengkapi"),
                "\(receipt)")
        let english = try sop(["receipt", "07-2026-000001", "--lang", "en"]).stdout
        #expect(english.contains("The file was returned to be completed"), "\(english)")
        // The file complete and checked again ("Ya"): the receipt of row 3 promises its date.
        let back = try sop(["run", "--case", "07-2026-000001", "--as", "loket"], stdin: "y\ny\ny\ntb\n\n\n\n\n\n\n\ny\nYa\n\n")
        #expect(back.status == 0, "\(back.stdout)\n\(back.stderr)")
        let promised = try sop(["receipt", "07-2026-000001"]).stdout
        #expect(!promised.contains("Berkas dikembalikan") && promised.contains("Selesai paling lambat: 18-12-2026"), "\(promised)")
    }
}
