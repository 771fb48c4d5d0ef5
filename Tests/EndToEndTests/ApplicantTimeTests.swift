import Foundation
import Testing

/// Tester 29 (an official of a DPMPTSP) typed the signed SOP "Penerbitan Izin Penyelenggaraan
/// Reklame" (`Tests/Fixtures/reklame`, the signer's name and NIP replaced). Its promise, "5 (lima)
/// hari kerja" (`kasus: {batas_layanan: total}`), does not include the applicant's payment of the
/// retribution (row 8, `di_luar_batas_layanan: ya`), which keeps its own limit: 30 hari from the
/// SKRD of row 7 (`waktu_baku: 30 hari`, `dihitung_sejak: 7`). With the real binary on fixed clocks.
@Suite("Time outside the service limit: the applicant's payment (tester 29, F1, F5, F11)")
struct ApplicantTimeTests {
    static let folder = "Tests/Fixtures/reklame/sop"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-reklame-\(UUID().uuidString)")

    func sop(_ arguments: [String], at time: String, stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": root.appendingPathComponent("sop.sqlite").path,
                                                  "SOP_FIXED_TIME": time, "SOP_DIR": Self.folder], stdin: stdin)
    }

    static let monday = "2026-12-07T09:00:00+07:00"

    /// Rows 1 and 2 (Front Office), 3 (Back Office), 4 (Tim Teknis), 5 (Kabid), 7 (Back Office,
    /// the SKRD at 08-12-2026 13.00): the case then waits at row 8 for the applicant's payment.
    func atThePayment() throws {
        let steps: [(role: String, time: String, input: String)] = [
            ("fo", Self.monday, "y\ny\ny\ny\ny\ny\ny\nPemohon Contoh\n3573010101900001\n081234567890\nJl. Contoh 1\n1\nJl. Sudirman titik 14\n24\n\n\ny\ny\nREG/2026/00123\nya\nTanda terima REG/2026/00123\n\n"),
            ("bo", "2026-12-07T10:00:00+07:00", "y\n08-12-2026\nSurat Tugas ST/01\n\n"),
            ("tim-teknis", "2026-12-08T10:00:00+07:00", "y\ny\ny\ny\nBAP/01\n\n"),
            ("kabid", "2026-12-08T11:00:00+07:00", "y\ny\nya\nNota telaah\n\n"),
            ("bo", "2026-12-08T13:00:00+07:00", "y\ny\nSKRD/045/2026\n1250000\nSKRD/045/2026\n\n"),
        ]
        for (index, step) in steps.enumerated() {
            let arguments = index == 0 ? ["run", "45", "--as", step.role, "--operator", "ani"]
                : ["run", "--case", "45-2026-000001", "--as", step.role, "--operator", "budi"]
            let run = try sop(arguments, at: step.time, stdin: step.input)
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        }
    }

    func code(at time: String) throws -> String {
        let receipt = try sop(["receipt", "45-2026-000001"], at: time).stdout
        return try #require(ReceiptOpenCaseTests.pinned(receipt).1)
    }

    /// F1: while the case waits for the payment the promise (14-12-2026 09.00, moved on by the time
    /// spent in row 8 so far) says what is added; the public status names whom it waits for and
    /// the row's own deadline (07-01-2027 11.00: row 7's start + 30 hari), paused or not.
    @Test func whileTheApplicantPaysThePromiseSaysWhatIsAdded() throws {
        try atThePayment()
        let time = "2026-12-10T10:00:00+07:00"
        let receipt = try sop(["receipt", "45-2026-000001"], at: time)
        let (text, code) = ReceiptOpenCaseTests.pinned(receipt.stdout)
        try SOPBinary.expectGolden(text, "reklame/receipt-waiting.txt")
        #expect(text.contains("Selesai paling lambat: 15-12-2026 13.30 WIB,\nditambah waktu Pemohon membayar retribusi\n"), "\(text)")
        let status = try sop(["status", try #require(code)], at: time).stdout
        try SOPBinary.expectGolden(status, "reklame/status-waiting.txt")
        #expect(status.contains("Tahap 8 dari 12: menunggu Pemohon: Pemohon membayar retribusi, paling lambat\n07-01-2027 11.00 WIB."), "\(status)")
        #expect(!status.contains("ditunda") && !status.contains("sedang diproses"), "\(status)")
        let english = try sop(["status", try #require(code), "--lang", "en"], at: time).stdout
        #expect(english.contains("Stage 8 of 12: waiting for Pemohon: Pemohon membayar retribusi, by"), "\(english)")
        let timeline = try sop(["case", "45-2026-000001"], at: time).stdout
        #expect(timeline.contains("Batas layanan: 15-12-2026 13.30 WIB (5 (lima) hari kerja sejak kasus dimulai, tidak termasuk waktu kegiatan 8), ditambah waktu Pemohon membayar retribusi"), "\(timeline)")
        // Paused at row 8: still whom it waits for, never "layanan sedang ditunda".
        let pause = try sop(["run", "--case", "45-2026-000001", "--as", "bo", "--operator", "budi"], at: "2026-12-10T11:00:00+07:00", stdin: "/jeda\n")
        #expect(pause.stdout.contains("Kasus dijeda."), "\(pause.stdout)")
        let paused = try sop(["status", try #require(code)], at: "2026-12-11T10:00:00+07:00").stdout
        #expect(paused.contains("Tahap 8 dari 12: menunggu Pemohon: Pemohon membayar retribusi"), "\(paused)")
        #expect(!paused.contains("ditunda"), "\(paused)")
    }

    /// F1: once paid (14-12-2026 10.00) the date is fixed: 14-12-2026 09.00 plus the 27 jam 30
    /// menit of service time row 8 took = 17-12-2026 14.00; the case done on 15-12 is on time in
    /// the report, though later than the printed 5 hari kerja.
    @Test func onceThePaymentIsInTheDateIsFixedAndTheReportJudgesByIt() throws {
        try atThePayment()
        let paid = try sop(["run", "--case", "45-2026-000001", "--as", "bo", "--operator", "budi"], at: "2026-12-14T10:00:00+07:00",
                           stdin: "y\nSTS/2026/777\n\n")
        #expect(paid.status == 0 && paid.stdout.contains("✓ Kegiatan 8 selesai"), "\(paid.stdout)")
        // F11: the standard it times, not the printed "-".
        #expect(paid.stdout.contains("standar 30 hari, batas 07-01-2027 11.00 WIB"), "\(paid.stdout)")
        let time = "2026-12-14T11:00:00+07:00"
        #expect(try sop(["receipt", "45-2026-000001"], at: time).stdout.contains("Selesai paling lambat: 17-12-2026 14.00 WIB\n"))
        let status = try sop(["status", try code(at: time)], at: time).stdout
        #expect(status.contains("Batas waktu layanan: 17-12-2026 14.00 WIB — masih dalam batas waktu"), "\(status)")
        for (role, input) in [("bo", "y\ny\nDraf izin\n\n"), ("kabid", "y\nya\nDraf diparaf\n\n"), ("kadis", "y\nIzin TTE\n\n"),
                              ("fo", "y\ny\n\nIzin diserahkan\n\n")] {
            let run = try sop(["run", "--case", "45-2026-000001", "--as", role, "--operator", "budi"], at: "2026-12-15T09:00:00+07:00", stdin: input)
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        }
        let report = try sop(["report", "45"], at: "2026-12-16T09:00:00+07:00").stdout
        #expect(report.contains("jumlah waktu standar 5 (lima) hari kerja, tepat waktu 1/1 (100%)"), "\(report)")
    }

    /// F1 point 3: the row's own deadline runs (it is no pause): past 07-01-2027 11.00 the row is
    /// late in `sop tasks` and the report, and the status says so.
    @Test func theRowsOwnDeadlineRunsAndIsListedLate() throws {
        try atThePayment()
        let time = "2027-01-08T10:00:00+07:00"
        let tasks = try sop(["tasks", "--as", "bo"], at: time).stdout
        #expect(tasks.contains("07-01-2027 11.00 WIB TERLAMBAT  45-2026-000001"), "\(tasks)")
        let status = try sop(["status", try code(at: time)], at: time).stdout
        #expect(status.contains("Batas 07-01-2027 11.00 WIB sudah lewat; hubungi kantor layanan."), "\(status)")
        let report = try sop(["report", "45"], at: time).stdout
        let row8 = try #require(report.split(separator: "\n").first { $0.hasPrefix("8 ") })
        #expect(row8.hasSuffix("1"), "\(report)")
    }

    /// F5: row 2 sends the file back (NPWP and foto lokasi missing): the receipt promises no date.
    @Test func aReturnedFileGetsNoCompletionPromise() throws {
        let input = "y\ny\nt\ny\ny\nt\ny\nPemohon Dua\n3573010101900002\n081234567891\nJl. Contoh 2\n2\nJl. Merdeka titik 3\n12\n\n\ny\ny\nREG/2026/00124\ntidak\n/jeda\n"
        let run = try sop(["run", "45", "--as", "fo", "--operator", "ani"], at: Self.monday, stdin: input)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let receipt = try sop(["receipt", "45-2026-000001"], at: "2026-12-07T09:10:00+07:00").stdout
        #expect(receipt.contains("Selesai paling lambat: -"), "\(receipt)")
        #expect(receipt.contains("Berkas dikembalikan untuk dilengkapi; batas\npenyelesaian dihitung setelah berkas lengkap\nditerima."), "\(receipt)")
        #expect(!receipt.contains("TANDA TERIMA BERKAS"), "\(receipt)")
        let english = try sop(["receipt", "45-2026-000001", "--lang", "en"], at: "2026-12-07T09:10:00+07:00").stdout
        #expect(english.contains("The file was returned to be completed"), "\(english)")
    }

    /// The lint rule and the loader's hint, with file:line:column.
    @Test func lintSaysWhereTheKeyGoesAndWhenItChangesNothing() throws {
        let folder = root.appendingPathComponent("lint")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Self.folder + "/45-izin-reklame.yaml", encoding: .utf8)
        let withoutLimit = folder.appendingPathComponent("45-tanpa-batas.yaml")
        try original.replacingOccurrences(of: "  batas_layanan: total\n", with: "").write(to: withoutLimit, atomically: true, encoding: .utf8)
        let lint = try sop(["lint", withoutLimit.path], at: Self.monday)
        #expect(lint.stdout.contains("45-tanpa-batas.yaml:187:30: warning: di_luar_batas_layanan tidak berpengaruh: kasus tidak mempunyai batas layanan (kasus: batas_layanan) [outside-service-limit]"), "\(lint.stdout)")
        let onTheRow = folder.appendingPathComponent("45-di-baris.yaml")
        try original.replacingOccurrences(of: "      di_luar_batas_layanan: ya\n", with: "").replacingOccurrences(of: "    dicatat_oleh: bo\n", with: "    dicatat_oleh: bo\n    batas_layanan: tidak dihitung\n")
            .write(to: onTheRow, atomically: true, encoding: .utf8)
        let refused = try sop(["lint", onTheRow.path], at: Self.monday)
        #expect(refused.status != 0)
        #expect(refused.stdout.contains("45-di-baris.yaml:183:5: error: kunci 'batas_layanan' tidak dikenal di kegiatan"), "\(refused.stdout)")
        #expect(refused.stdout.contains("tulis 'mutu_baku: {di_luar_batas_layanan: ya}'"), "\(refused.stdout)")
        let english = try sop(["lint", withoutLimit.path, "--lang", "en"], at: Self.monday)
        #expect(english.stdout.contains("di_luar_batas_layanan has no effect: cases have no service limit (kasus: batas_layanan) [outside-service-limit]"), "\(english.stdout)")
    }
}
