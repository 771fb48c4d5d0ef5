import Foundation
import Testing

/// The desk's views of a case of an SOP an outside official typed from a signed document
/// (`Tests/Fixtures/tera`, tester 22): what the next desk reads after a loop back, a judul
/// printed on two lines, the SOP's lint notes kept from the desk, a serial-number range echoed
/// as typed, and the receipt headed as the SOP's receipt row names it; with the real binary.
@Suite("A typed SOP at the desk: so far after a loop back, a two-line judul, notes, serials, the receipt's heading")
struct TypedSOPDeskViewsTests {
    static let folder = "Tests/Fixtures/tera/sop"
    static let answers = "Tests/Fixtures/tera/answers/"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-tera-\(UUID().uuidString)")
    var environment: [String: String] {
        ["SOP_DB": root.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_DIR": Self.folder]
    }

    func sop(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment)
    }

    /// The case's id, from the run's "Kasus …" line.
    func caseID(_ run: SOPBinary.Output) throws -> String {
        try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("Kasus ") }?.split(separator: " ").dropFirst().first
            .map(String.init), "\(run.stdout)")
    }

    /// Sari records rows 1 and 2 twice (row 2 sends the case back once); the case waits at row 3.
    func registered() throws -> SOPBinary.Output {
        let run = try sop(["run", "07", "--answers", Self.answers + "07-petugas.yaml", "--operator", "sari"])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        return run
    }

    /// Finding 3: after the loop back, each question's latest answer, marked by its pass; the
    /// superseded "kelengkapan kurang" is not listed, the item found on the second pass is.
    @Test func theNextDeskReadsTheLatestPassOfEachQuestion() throws {
        let first = try registered()
        try SOPBinary.expectGolden(first.stdout, "tera/run-petugas.txt")
        let caseID = try caseID(first)
        let approver = try sop(["run", "--case", caseID, "--answers", Self.answers + "07-kaupt.yaml", "--operator", "hadi"])
        #expect(approver.status == 0, "\(approver.stdout)\n\(approver.stderr)")
        try SOPBinary.expectGolden(approver.stdout, "tera/run-kaupt.txt")
        let soFar = try #require(approver.stdout.components(separatedBy: "Isi kasus sejauh ini:").dropFirst().first?
            .components(separatedBy: "Kelengkapan · ").first)
        #expect(soFar.contains("[1 #2] 3. Daftar UTTP yang dimohonkan (jenis, merek, kapasitas, jumlah): ada"), "\(soFar)")
        #expect(soFar.contains("[1 #2] Formulir permohonan terisi: Formulir diisi lengkap"), "\(soFar)")
        #expect(soFar.contains("[2 #2] Tanda terima dan Nomor Registrasi: REG-2026/0112"), "\(soFar)")
        #expect(!soFar.contains("kelengkapan kurang"), "\(soFar)")
        #expect(!soFar.contains("[1] ") && !soFar.contains("[2] "), "\(soFar)")
        // An earlier pass's OUTPUT stays, marked by its pass (tester 24, finding 3); its
        // kelengkapan and form answers do not.
        #expect(soFar.contains("[1 #1] Formulir permohonan terisi: Formulir diisi\n"), "\(soFar)")
        #expect(soFar.components(separatedBy: "#1]").count == 2, "\(soFar)")
        // Each answer once: the name and the phone of the second pass, the phone masked.
        #expect(soFar.components(separatedBy: "Nama pemohon/perusahaan").count == 2, "\(soFar)")
        #expect(soFar.contains("Nomor telepon: 0812••••••90") && !soFar.contains("3456"), "\(soFar)")
        // `sop case` keeps every pass, as before.
        let timeline = try sop(["case", caseID]).stdout
        #expect(timeline.contains("1 (#2)"), "\(timeline)")
    }

    /// Finding 8: a range of serial numbers ("0451-0454") is echoed as typed at the desk and in
    /// `sop case`; the phone next to it is still masked.
    @Test func aSerialRangeIsEchoedAsTypedAndThePhoneIsMasked() throws {
        let run = try registered()
        #expect(run.stdout.contains("Lokasi UTTP › Jl. Diponegoro 12, pompa seri 0451-0454"), "\(run.stdout)")
        #expect(run.stdout.contains("Nomor telepon › 0812••••••90"), "\(run.stdout)")
        let caseID = try caseID(run)
        let timeline = try sop(["case", caseID]).stdout
        #expect(timeline.contains("pompa seri 0451-0454"), "\(timeline)")
        #expect(!timeline.contains("04••••54") && !timeline.contains("3456-7890"), "\(timeline)")
    }

    /// Finding 6: a judul typed on two lines (`judul: |-`) is one line wherever a line prints it.
    @Test func aTwoLineJudulIsOneLineInEveryOneLineView() throws {
        let judul = "Pelayanan Tera dan Tera Ulang UTTP di Luar Kantor (di Tempat Pemohon)"
        let list = try sop(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        try SOPBinary.expectGolden(list.stdout, "tera/list.txt")
        #expect(list.stdout.split(separator: "\n").count == 2 && list.stdout.contains("  \(judul)  "), "\(list.stdout)")
        let show = try sop(["show", "07"]).stdout
        #expect(show.hasPrefix("SOP 500.2.4/07/UPT-ML/2024 — \(judul)\n"), "\(show)")
        let run = try registered()
        #expect(run.stdout.hasPrefix("SOP 500.2.4/07/UPT-ML/2024 · \(judul)\n"), "\(run.stdout)")
        let caseID = try caseID(run)
        #expect(try sop(["case", caseID]).stdout.hasPrefix("Kasus \(caseID) · SOP 500.2.4/07/UPT-ML/2024 \(judul)\n"))
        let report = try sop(["report", "07"]).stdout
        #expect(report.contains("\nSOP 500.2.4/07/UPT-ML/2024 · \(judul)\n"), "\(report)")
        let receipt = try sop(["receipt", caseID, "--kertas", "a5"]).stdout
        #expect(receipt.contains("<td>SOP 500.2.4/07/UPT-ML/2024 · \(judul)</td>"), "\(receipt)")
        let status = try sop(["status", try #require(try sop(["case", caseID, "--events", "--json"]).stdout
            .components(separatedBy: "\"tracking\":\"").dropFirst().first?.prefix { $0 != "\"" }).description])
        // Wrapped at the screen's width, never at the judul's own line break.
        #expect(status.stdout.replacingOccurrences(of: "\n", with: " ").hasPrefix("Layanan: SOP 500.2.4/07/UPT-ML/2024 · \(judul) "),
                "\(status.stdout)")
        #expect(!status.stdout.contains("UTTP\ndi Luar"), "\(status.stdout)")
        let markdown = try sop(["render", "07", "--format", "markdown"]).stdout
        #expect(markdown.hasPrefix("# SOP 500.2.4/07/UPT-ML/2024 — \(judul)\n"), "\(markdown)")
        // The SVG's title on the lines it was printed on, within the drawing's width.
        let svg = try sop(["render", "07", "--format", "svg"]).stdout
        #expect(svg.contains("<title>SOP 500.2.4/07/UPT-ML/2024 — \(judul)</title>"), "\(svg)")
        #expect(svg.contains("font-weight=\"bold\">SOP 500.2.4/07/UPT-ML/2024 — Pelayanan Tera dan Tera Ulang UTTP</text>"), "\(svg)")
        #expect(svg.contains("y=\"26\" font-weight=\"bold\">di Luar Kantor (di Tempat Pemohon)</text>"), "\(svg)")
    }

    /// Finding 7: `sop run` and `sop show` print none of the SOP's lint notes; `sop lint` does.
    @Test func theDeskPrintsNoLintNotes() throws {
        let lint = try sop(["lint", Self.folder])
        #expect(lint.stdout.contains("note: standar waktu dibaca dari teks: '15'' = 15 menit [waktu-read-from-text]"), "\(lint.stdout)")
        let run = try registered()
        #expect(run.stderr == "", "\(run.stderr)")
        let show = try sop(["show", "07"])
        #expect(show.status == 0 && show.stderr == "", "\(show.stderr)")
    }

    /// Finding 7: a warning is one line at the desk, pointing to `sop lint`; an error still refuses in full.
    @Test func aWarningIsOneLineAtTheDeskAndAnErrorRefusesInFull() throws {
        let text = try String(contentsOfFile: SOPBinary.root.path + "/" + Self.folder + "/07-tera-luar-kantor.yaml", encoding: .utf8)
        let warned = try SOPBinary.folder(["07-tera.yaml": text.replacingOccurrences(of: "  - {id: kaupt, nama: Kepala UPT, jenis: staf}\n",
                                                                                     with: "  - {id: kaupt, nama: Kepala UPT, jenis: staf}\n  - {id: tamu, nama: Tamu, jenis: eksternal}\n")])
        let lint = try SOPBinary.run(["lint", "sop"], directory: warned)
        #expect(lint.stdout.contains("warning:"), "\(lint.stdout)")
        let show = try SOPBinary.run(["show", "07"], directory: warned)
        #expect(show.status == 0)
        #expect(show.stderr == "sop/07-tera.yaml: 1 peringatan untuk penyusun SOP; jalankan 'sop lint sop/07-tera.yaml' untuk rinciannya\n",
                "\(show.stderr)")
        let broken = try SOPBinary.folder(["07-tera.yaml": text.replacingOccurrences(of: "jenis: staf}", with: "jenis: staff}")])
        let run = try SOPBinary.run(["run", "07", "--operator", "sari"], directory: broken)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: 'jenis' bernilai 'staff'"), "\(run.stderr)")
        #expect(!run.stderr.contains("[waktu-read-from-text]"), "\(run.stderr)")
    }

    /// Finding 11: the receipt is headed as the row `kasus: tanda_terima` names prints it, and
    /// as `kasus: judul_tanda_terima` says when the unit sets it.
    @Test func theReceiptIsHeadedByTheSOPsReceiptRow() throws {
        let run = try registered()
        let caseID = try caseID(run)
        let receipt = try sop(["receipt", caseID, "--kertas", "80"])
        #expect(receipt.status == 0, "\(receipt.stderr)")
        // The tracking code is drawn at random when the case starts.
        let code = try #require(try sop(["case", caseID, "--events", "--json"]).stdout
            .components(separatedBy: "\"tracking\":\"").dropFirst().first?.prefix { $0 != "\"" }).description
        try SOPBinary.expectGolden(receipt.stdout.replacingOccurrences(of: code, with: "XXXX-XXXX-XX"), "tera/receipt-80.txt")
        #expect(receipt.stdout.contains("TANDA TERIMA DAN NOMOR REGISTRASI") && !receipt.stdout.contains("FORM PENERIMAAN LAYANAN"))
        let html = try sop(["receipt", caseID, "--kertas", "a5"]).stdout
        #expect(html.contains("TANDA TERIMA DAN NOMOR REGISTRASI"), "\(html)")
    }

    /// Tester 24's finding 4: the receipt the row's Output names prints that Output (the
    /// registration number) on every paper; a receipt before that row prints none.
    @Test func theReceiptPrintsItsRowsOutput() throws {
        let text = try String(contentsOfFile: SOPBinary.root.path + "/" + Self.folder + "/07-tera-luar-kantor.yaml", encoding: .utf8)
        let folder = try SOPBinary.folder(["07-tera.yaml": text])
        let environment = ["SOP_DB": root.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": RunTests.fixedTime]
        let started = try SOPBinary.run(["run", "07", "--operator", "sari", "--as", "petugas"], environment: environment,
                                        directory: folder, stdin: "y\ny\ny\ny\nPT Maju Jaya\n3322014101900001\n081234567890\nJl. Diponegoro 12\n4\nFormulir diisi\n")
        let caseID = try caseID(started)
        let early = try SOPBinary.run(["receipt", caseID, "--kertas", "80"], environment: environment, directory: folder).stdout
        #expect(!early.contains("Nomor Registrasi:"), "\(early)")
        let run = try SOPBinary.run(["run", "--case", caseID, "--operator", "sari", "--as", "petugas"], environment: environment,
                                    directory: folder, stdin: "\ny\n1\nREG-2026/0112 (telp 081234567890)\n")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        for paper in ["80", "58"] {
            let receipt = try SOPBinary.run(["receipt", caseID, "--kertas", paper], environment: environment, directory: folder).stdout
            let joined = receipt.replacingOccurrences(of: "\n", with: " ")
            #expect(joined.contains("Tanda terima dan Nomor Registrasi: REG-2026/0112"), "\(receipt)")
            // Personal data in the Output's text stays masked, as everywhere.
            #expect(!receipt.contains("34567890") && !receipt.contains("081234567890"), "\(receipt)")
        }
        for paper in ["a4", "a5"] {
            let html = try SOPBinary.run(["receipt", caseID, "--kertas", paper], environment: environment, directory: folder).stdout
            #expect(html.contains("<tr><th>Tanda terima dan Nomor Registrasi</th><td>REG-2026/0112 (telp 0812"), "\(html)")
            #expect(!html.contains("34567890"), "\(html)")
        }
        let english = try SOPBinary.run(["receipt", caseID, "--kertas", "80", "--lang", "en"], environment: environment, directory: folder).stdout
        #expect(english.replacingOccurrences(of: "\n", with: " ").contains("Tanda terima dan Nomor Registrasi: REG-2026/0112"), "\(english)")
    }

    /// `kasus: judul_tanda_terima` heads the full receipt, and the early receipt's note names it.
    @Test func theUnitsOwnReceiptHeadingIsUsedWhereItIsSet() throws {
        let text = try String(contentsOfFile: SOPBinary.root.path + "/" + Self.folder + "/07-tera-luar-kantor.yaml", encoding: .utf8)
        let folder = try SOPBinary.folder(["07-tera.yaml": text.replacingOccurrences(
            of: "  tanda_terima: 2\n", with: "  tanda_terima: 2\n  judul_tanda_terima: Tanda Terima Berkas\n")])
        let environment = ["SOP_DB": root.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": RunTests.fixedTime]
        let lint = try SOPBinary.run(["lint", "--strict", "sop"], environment: environment, directory: folder)
        #expect(lint.status == 0, "\(lint.stdout)")
        // Row 1 only: the early receipt promises the full one by its name.
        let started = try SOPBinary.run(["run", "07", "--operator", "sari", "--as", "petugas"], environment: environment,
                                        directory: folder, stdin: "y\ny\ny\ny\nPT Maju Jaya\n3322014101900001\n081234567890\nJl. Diponegoro 12\n4\nFormulir diisi\n")
        let caseID = try caseID(started)
        let early = try SOPBinary.run(["receipt", caseID, "--kertas", "80"], environment: environment, directory: folder).stdout
        #expect(early.replacingOccurrences(of: "\n", with: " ").contains("Ini tanda terima sementara; Tanda Terima Berkas yang lengkap Anda terima"),
                "\(early)")
        let run = try SOPBinary.run(["run", "--case", caseID, "--operator", "sari", "--as", "petugas"], environment: environment,
                                    directory: folder, stdin: "\ny\n1\nREG-2026/0112\n")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let full = try SOPBinary.run(["receipt", caseID, "--kertas", "80"], environment: environment, directory: folder).stdout
        #expect(full.contains("TANDA TERIMA BERKAS") && !full.contains("NOMOR REGISTRASI\n"), "\(full)")
    }
}
