import Foundation
import Testing

/// SOPs of a unit's own and one signed SOP (`Tests/Fixtures/tester10`) through the real binary: missing
/// paths in every lint format, the desk showing the Keterangan and naming exits by it, the receipt,
/// a named row list, an exit to the end as an outcome, dashed outputs.
@Suite("Keterangan exits, receipt and missing paths (desk, receipt, timeline, lint)")
struct KeteranganExitsReceiptAndMissingPathsTests {
    static let folder = "Tests/Fixtures/tester10/sop"
    static let err = "Tests/Fixtures/tester10/err"
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-tester10-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00"] }

    func sop(_ arguments: [String], stdin: String? = nil, at time: String? = nil) throws -> SOPBinary.Output {
        var environment = environment
        if let time { environment["SOP_FIXED_TIME"] = time }
        return try SOPBinary.run(arguments + ["--sop-dir", Self.folder], environment: environment, stdin: stdin)
    }

    // MARK: F1: a missing path in `sop lint` is reported in its place; every other file too

    @Test func aMissingPathIsReportedAmongTheOtherFilesInText() throws {
        let output = try SOPBinary.run(["lint", Self.err + "/e6-target.yaml", "nope.yaml"])
        #expect(output.status == 2)
        #expect(output.stderr == "")
        #expect(output.stdout.contains("e6-target.yaml:86:24: error: "), "\(output.stdout)")
        #expect(output.stdout.contains("[flow-unknown-target]"))
        #expect(output.stdout.contains("error: 'nope.yaml' tidak ditemukan [io-unreadable]"), "\(output.stdout)")
        #expect(output.stdout.hasSuffix("2 berkas, 2 galat, 0 peringatan\n"), "\(output.stdout)")
        let english = try SOPBinary.run(["lint", "--lang", "en", "nope.yaml", Self.err + "/e6-target.yaml"])
        #expect(english.status == 2)
        #expect(english.stdout.contains("error: 'nope.yaml' not found [io-unreadable]"), "\(english.stdout)")
    }

    @Test func aMissingPathIsAFindingInJSON() throws {
        let output = try SOPBinary.run(["lint", "--format", "json", Self.err + "/e6-target.yaml", "nope.yaml"])
        #expect(output.status == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["rule"] as? String == "flow-unknown-target" && $0["line"] as? Int == 86 })
        let missing = try #require(diagnostics.first { $0["file"] as? String == "nope.yaml" })
        #expect(missing["rule"] as? String == "io-unreadable")
        #expect(missing["line"] is NSNull)
        #expect(missing["message"] as? String == "'nope.yaml' tidak ditemukan")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 2 && summary["errors"] as? Int == 2)
    }

    @Test func aMissingPathIsAResultInSARIFAndAnErrorLineForGitHub() throws {
        let sarif = try SOPBinary.run(["lint", "--format", "sarif", Self.err + "/e6-target.yaml", "nope.yaml"])
        #expect(sarif.status == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["flow-unknown-target", "io-unreadable"])
        #expect(((results[1]["message"] as? [String: Any])?["text"] as? String) == "'nope.yaml' tidak ditemukan")
        let github = try SOPBinary.run(["lint", "--format", "github", Self.err + "/e6-target.yaml", "nope.yaml"])
        #expect(github.status == 2)
        #expect(github.stdout.contains("::error file=Tests/Fixtures/tester10/err/e6-target.yaml,line=86,col=24"), "\(github.stdout)")
        #expect(github.stdout.contains("::error file=nope.yaml,title=io-unreadable::'nope.yaml' tidak ditemukan"), "\(github.stdout)")
    }

    @Test func aMissingFolderAmongPathsIsReportedAndAMissingSOPFolderStillStops() throws {
        let output = try SOPBinary.run(["lint", "/nonexistent/sop", Self.folder])
        #expect(output.status == 2)
        #expect(output.stdout.contains("error: '/nonexistent/sop' tidak ditemukan [io-unreadable]"))
        #expect(output.stdout.hasSuffix("5 berkas, 1 galat, 1 peringatan\n"), "\(output.stdout)")
        let none = try SOPBinary.run(["lint", "--sop-dir", "/nonexistent/sop"])
        #expect(none.status == 2 && none.stdout == "")
        #expect(none.stderr.hasPrefix("sop: galat: "))
    }

    // MARK: F5, F8, F9, F17: the desk on the tester's SOP 05

    static let cutiRoles = ["--as", "staf-kepeg", "--as", "atasan", "--as", "kasubag", "--operator", "dewi"]

    /// Rows 1 to 4 of SOP 05, row 4 sent back once ("salah") and then passed on ("5").
    static let cutiToRowFive = [
        "y", "y", "y", "Formulir diisi", "",           // 1
        "y", "1", "Pertimbangan atasan", "",          // 2: Disetujui
        "y", "Formulir terverifikasi", "",            // 3.a
        "/lewati tidak perlu", "Konsep 1", "",        // 3.b: not optional
        "y", "mungkin", "salah", "",                  // 4: back to 3.b, no Output asked
        "Konsep 2", "",                               // 3.b again
        "y", "5", "Konsep diparaf", "",               // 4 again: on to 5
    ].joined(separator: "\n") + "\n"

    @Test func theDeskShowsTheKeteranganAndNamesTheUnlabelledExitsByIt() throws {
        let run = try sop(["run", "05"] + Self.cutiRoles, stdin: Self.cutiToRowFive)
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        // F5: the Keterangan on the step screen; the exits by where they lead, with its words.
        #expect(out.contains("Keterangan  : Jika benar lanjut ke kegiatan no. 5; jika salah kembali ke kegiatan no. 3.b"), "\(out)")
        #expect(out.contains("Keterangan  : Apabila perubahan, kembali ke kegiatan no. 1"))
        #expect(out.contains("memeriksa konsep Surat Izin Cuti [1 benar (ke kegiatan 5) / 2 salah (kembali ke kegiatan 3.b)] › salah"), "\(out)")
        #expect(out.contains("✗ 'mungkin' bukan cabang keputusan ini (1. benar (ke kegiatan 5), 2. salah (kembali ke kegiatan 3.b)); "
            + "jawab dengan nomor pilihan, kata pilihan seperti tertulis (atau sebagiannya) atau nomor kegiatan yang dituju"), "\(out)")
        // F17: the branch before the Output; sent back, the Output is not asked.
        #expect(out.contains("(kembali ke kegiatan 3.b)] › salah\nTekan Enter bila kegiatan 4 selesai ›"), "\(out)")
        #expect(out.contains("(kembali ke kegiatan 3.b)] › 5\nOutput · Konsep Surat Izin Cuti yang telah diparaf (teks, atau @jalur/berkas) › Konsep diparaf"), "\(out)")
        #expect(out.contains("✗ kegiatan 3.b wajib dikerjakan; hanya kegiatan yang pada SOP ditandai boleh dilewati yang dapat dilewati"), "\(out)")
        #expect(!out.contains("opsional: ya"))
        // F8: the two-line heading on one line; F9: numbered as printed.
        #expect(out.contains("Pelaksana   : Kepala Sub Bagian Umum dan Kepegawaian\n"), "\(out)")
        #expect(out.contains("━━ Kegiatan 3.b dari 9 ━━"), "\(out)")
        #expect(out.contains("━━ Kegiatan 4 dari 9 (kunjungan ke-2) ━━"), "\(out)")
        #expect(out.contains("Kasus menunggu kegiatan 5 (Sekretaris)"), "\(out)")

        let timeline = try sop(["case", "05-2026-000001"])
        #expect(timeline.stdout.contains("   Cabang: salah (kembali ke kegiatan 3.b)\n"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("   Cabang: benar (ke kegiatan 5)\n"))
        #expect(timeline.stdout.contains("   Cabang: Disetujui → 3.a\n"))
        #expect(timeline.stdout.contains("   Kepala Sub Bagian Umum dan Kepegawaian · dewi · "), "\(timeline.stdout)")
        let tasks = try sop(["tasks"])
        #expect(tasks.stdout.contains("Sekretaris"), "\(tasks.stdout)")
        let cases = try sop(["cases"])
        #expect(cases.stdout.contains("5 (Sekretaris)"), "\(cases.stdout)")
    }

    @Test func theExitsAreAnsweredByTheRowTheyLeadToAndTheEnglishDeskSaysTheSame() throws {
        var lines = Self.cutiToRowFive.components(separatedBy: "\n")
        lines[lines.firstIndex(of: "salah")!] = "3.b"
        let run = try sop(["run", "05", "--lang", "en"] + Self.cutiRoles, stdin: lines.joined(separator: "\n"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Remarks      : Jika benar lanjut ke kegiatan no. 5; jika salah kembali ke kegiatan no. 3.b"), "\(run.stdout)")
        #expect(run.stdout.contains("[1 benar (to step 5) / 2 salah (back to step 3.b)] › 3.b"), "\(run.stdout)")
        #expect(run.stdout.contains("━━ Step 4 of 9 (visit 2) ━━"), "\(run.stdout)")
        let timeline = try sop(["case", "05-2026-000001", "--lang", "en"])
        #expect(timeline.stdout.contains("   Branch: salah (back to step 3.b)\n"), "\(timeline.stdout)")
    }

    // MARK: F6, F7: the receipt and an exit to the end on the tester's SOP 12

    /// Row 1 of SOP 12 at the PATEN desk: the four persyaratan and the form.
    static let skuRowOne = ["y", "y", "t", "y", "Sri Wahyuni", "3301014101900002", "Warung makan", "", "Berkas diterima", ""]

    @Test func theReceiptListsOnlyWhatTheApplicantHandedIn() throws {
        let stdin = (Self.skuRowOne + ["y", "Lengkap", "Berkas terverifikasi", "", "y", "Tanda terima 1", ""])
            .joined(separator: "\n") + "\n"
        let run = try sop(["run", "12", "--as", "petugas", "--operator", "rina"], stdin: stdin)
        #expect(run.status == 0, "\(run.stderr)")
        let receipt = try sop(["receipt", "12-2026-000001", "--kertas", "a4"])
        #expect(receipt.status == 0, "\(receipt.stderr)")
        let text = try sop(["receipt", "12-2026-000001"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Kelengkapan diterima: 1. Surat Pengantar dari Desa/Kelurahan, 2. Fotokopi KTP dan KK, "
            + "4. Surat pernyataan kebenaran usaha bermaterai"), "\(text)")
        #expect(text.contains("Kelengkapan kurang: 3. Pas foto 3x4 (2 lembar)"), "\(text)")
        #expect(!text.contains("Berkas permohonan") && !text.contains("Buku Register"), "\(text)")
        #expect(!receipt.stdout.contains("Buku Register"))
    }

    @Test func aNamedRowListOverridesWhatTheRowsSay() throws {
        let folder = try SOPBinary.folder([:])
        let text = try String(contentsOfFile: Self.folder + "/12-sku-kecamatan.yaml", encoding: .utf8)
            .replacingOccurrences(of: "  tanda_terima: 3\n", with: "  tanda_terima: 3\n  kelengkapan_diterima: [1, 3]\n")
        try text.write(to: folder.appendingPathComponent("sop/12-sku.yaml"), atomically: true, encoding: .utf8)
        let stdin = (Self.skuRowOne + ["y", "1", "Berkas terverifikasi", "", "y", "Tanda terima 1", ""]).joined(separator: "\n") + "\n"
        let run = try SOPBinary.run(["run", "12", "--as", "petugas", "--operator", "rina"], environment: environment,
                                    directory: folder, stdin: stdin)
        #expect(run.status == 0, "\(run.stderr)")
        let receipt = try SOPBinary.run(["receipt", "12-2026-000001"], environment: environment, directory: folder)
        let flat = receipt.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("bermaterai, Buku Register"), "\(flat)")
        #expect(!flat.contains("Berkas permohonan"))
        let bad = try SOPBinary.run(["lint", "sop/12-sku.yaml"], directory: folder)
        #expect(bad.status == 0, "\(bad.stdout)")
        try text.replacingOccurrences(of: "[1, 3]", with: "[1, 30]")
            .write(to: folder.appendingPathComponent("sop/12-sku.yaml"), atomically: true, encoding: .utf8)
        let wrong = try SOPBinary.run(["lint", "sop/12-sku.yaml"], directory: folder)
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("[case-unknown-reference]"), "\(wrong.stdout)")
    }

    @Test func anExitToTheEndLabelledBukanKewenanganIsAnOutcomeEverywhere() throws {
        let stdin = (Self.skuRowOne + ["y", "Bukan kewenangan", "Diarahkan ke DPMPTSP", ""]).joined(separator: "\n") + "\n"
        let run = try sop(["run", "12", "--as", "petugas", "--operator", "rina"], stdin: stdin)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kasus selesai dengan hasil akhir: Bukan kewenangan"), "\(run.stdout)")
        let receipt = try sop(["receipt", "12-2026-000001"])
        let code = try #require(ReceiptOpenCaseTests.pinned(receipt.stdout).code)
        #expect(receipt.stdout.contains("Hasil: Bukan kewenangan"), "\(receipt.stdout)")
        let status = try sop(["status", code])
        #expect(status.stdout.contains("Selesai: Bukan kewenangan ("), "\(status.stdout)")
        #expect(!status.stdout.contains("dalam batas waktu layanan"))
        let cases = try sop(["cases"])
        #expect(cases.stdout.contains("selesai: Bukan kewenangan"), "\(cases.stdout)")
        let timeline = try sop(["case", "12-2026-000001"])
        #expect(timeline.stdout.contains("Status: selesai: Bukan kewenangan"), "\(timeline.stdout)")
        let report = try sop(["report"])
        #expect(report.stdout.contains("berakhir dengan hasil akhir 1"), "\(report.stdout)")
    }

    // MARK: F10, F17: the real SOP 314 (BPS Bengkulu, gratifikasi)

    @Test func dashedOutputsAreAskedWithoutTheDashAndListedInPrintedOrder() throws {
        let run = try sop(["run", "314", "--answers", "Tests/Fixtures/tester10/answers/314-sampai-akhir.yaml",
                           "--operator", "dewi"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Output · Notulensi (teks, atau @jalur/berkas) › n"), "\(run.stdout)")
        #expect(!run.stdout.contains("Output · - "))
        #expect(run.stdout.contains("Keterangan  : Setiap Hari atau minimal setiap 2 x 24 Jam harus membuka e-mail dan laporan google form"))
        let timeline = try sop(["case", "314-2026-000001"])
        let out = timeline.stdout
        let order = ["Output: Notulensi = n", "Output: Dokumentasi = d", "Output: Monitoring Pelaporan Gratifikasi = m"]
            .compactMap { out.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted(), "\(out)")
        // F10: a standard in working days names its deadline, never a calendar remainder.
        #expect(out.contains("standar 1 Hari Kerja: tepat waktu, batas 08-12-2026 09.00 WIB"), "\(out)")
        #expect(!out.contains("Hari Kerja: tepat waktu, sisa"))
    }
}
