import Foundation
import Testing

/// An outside tester wrote two new SOPs from the README alone (a DPMPTSP reklame licence and a
/// Puskesmas outpatient service, `Tests/Fixtures/newsop`) and ran every path; each test here is
/// one of their findings, run with the real binary.
@Suite("Findings of an outside tester's two new SOPs")
struct NewSOPFindingTests {
    static let folder = "Tests/Fixtures/newsop/sop"
    static let answers = "Tests/Fixtures/newsop/answers/"
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-newsop-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime] }

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", Self.folder], environment: environment, stdin: stdin)
    }

    /// Finding 1: a row's second box, opened in a new session, continues the row's pass: its
    /// Kelengkapan was asked at the first box (the stored start of the box names the pass).
    @Test func aRowsSecondBoxInANewSessionDoesNotAskTheKelengkapanAgain() throws {
        let first = try sop(["run", "07", "--answers", Self.answers + "07-sampai-bayar.yaml", "--operator", "budi",
                             "--as", "front-office", "--as", "kabid", "--as", "tim-teknis"])
        #expect(first.stdout.contains("Kegiatan 8 menunggu di daftar tugas Bendahara Penerimaan"), "\(first.stdout)")
        let second = try sop(["run", "--case", "07-2026-000001", "--as", "bendahara", "--operator", "ani"], stdin: "SSRD 789\n\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stdout.contains("SKRD ada?"), "\(second.stdout)")
        #expect(second.stdout.contains("Kelengkapan : SKRD (ditanyakan di kotak pertama baris)"), "\(second.stdout)")
        #expect(second.stdout.contains("terpakai kurang dari 1 menit sejak kotak pertama baris"), "\(second.stdout)")
        #expect(second.stdout.contains("Output · Bukti setor retribusi (SSRD) (teks, atau @jalur/berkas) › SSRD 789"),
                "\(second.stdout)")
    }

    /// The Puskesmas SOP's row 8: the doctor's box and, beside it, the patient's end capsule. The
    /// capsule is a symbol, not work (tester 29, F2): the doctor's box asks the row's Output and
    /// ends the case; opened again in a new session it does not ask the Kelengkapan again.
    @Test func theReferralRowsEndCapsuleClosesWithTheDoctorsBox() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sop-newsop-\(UUID().uuidString).yaml").path
        try """
            sebagai: [loket, perawat, dokter]
            langkah:
              - {kegiatan: 1, kelengkapan: {KTP/ Kartu BPJS/ KIS: ya}, isian: {nama: Sumarni, antrian: 12}, output: {Nomor antrian: A-012}}
              - {kegiatan: 2, kelengkapan: {Nomor antrian: ya, KTP/ Kartu BPJS: ya}, output: {Rekam medis pasien: RM 00-12-34}}
              - {kegiatan: 3, kelengkapan: {Rekam medis pasien: ya}, output: {Hasil anamnesa dan pemeriksaan fisik: Demam}}
              - {kegiatan: 4, kelengkapan: {Hasil anamnesa: ya}, output: {Diagnosa kerja: Suspek DBD}, cabang: Perlu dirujuk}
              - {kegiatan: 8, kelengkapan: {Formulir rujukan: ya}}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        // The answers stop before row 8's Output, which the doctor's box now asks.
        let first = try sop(["run", "27", "--answers", file, "--operator", "budi", "--as", "loket", "--as", "perawat", "--as", "dokter"])
        #expect(first.stdout.contains("━━ Kegiatan 8 dari 10 ━━"), "\(first.stdout)")
        #expect(first.stderr.contains("jawaban untuk kegiatan 8 tidak memuat output 'Surat rujukan'"), "\(first.stderr)")
        let second = try sop(["run", "--case", "27-2026-000001", "--as", "dokter", "--operator", "ani"], stdin: "Surat rujukan RS\n\n")
        #expect(!second.stdout.contains("Formulir rujukan ada?"), "\(second.stdout)")
        #expect(second.stdout.contains("Output · Surat rujukan (teks, atau @jalur/berkas) › Surat rujukan RS"), "\(second.stdout)")
        #expect(second.stdout.contains("Kasus selesai dengan hasil akhir: Pasien dirujuk ke FKRTL"), "\(second.stdout)")
    }
}

extension NewSOPFindingTests {
    /// Finding 1 on a store written before desk5 (the tester's own): the row pass is rebuilt
    /// from the stored events when the case is opened again.
    @Test func aStoreWrittenBeforeTheFixResumesTheRowPass() throws {
        try FileManager.default.createDirectory(atPath: (database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SOPBinary.root.appendingPathComponent("Tests/Fixtures/newsop/store-before-desk5.sqlite").path,
                                         toPath: database)
        #expect(try SOPBinary.run(["db", "migrate"], environment: ["SOP_DB": database]).status == 0)
        // The store's events are of the tester's day: the clock runs (a fixed time would be before them).
        let resumed = try SOPBinary.run(["run", "--case", "07-2026-000005", "--as", "bendahara", "--operator", "ani", "--sop-dir", Self.folder],
                                        environment: ["SOP_DB": database], stdin: "SSRD 790\n\n")
        #expect(!resumed.stdout.contains("SKRD ada?"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("Kelengkapan : SKRD (ditanyakan di kotak pertama baris)"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("sejak kotak pertama baris"), "\(resumed.stdout)")
        let verify = try SOPBinary.run(["db", "verify"], environment: ["SOP_DB": database])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}

extension NewSOPFindingTests {
    /// SOP 07 with its refusal box printed without a number (the tester's first transcription).
    func unnumberedFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-newsop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = try String(contentsOfFile: SOPBinary.root.appendingPathComponent(Self.folder + "/07-izin-reklame.yaml").path,
                              encoding: .utf8)
        text = text.replacingOccurrences(of: "    baris: terpisah\n", with: "")
            .replacingOccurrences(of: "  - id: dikembalikan\n    no: 3\n", with: "  - id: dikembalikan\n    uraian: Berkas dikembalikan\n")
        try text.write(to: folder.appendingPathComponent("07-izin-reklame.yaml"), atomically: true, encoding: .utf8)
        return folder.path
    }

    /// Findings 5 and 6: an unnumbered row is named as printed ("tanpa nomor (sesudah 3)") at
    /// the desk and in the report, never by its id; text typed where only Enter finishes a step
    /// is refused, said so, and asked again.
    @Test func anUnnumberedRowIsNamedAsPrintedAndTextAtTheEnterPromptIsRefused() throws {
        let folder = try unnumberedFolder()
        let typed = "ya\nya\nya\nya\nya\nJoko\n3404011212800005\n081311112222\nJl\n2\nBerkas\n\nya\nReg\n\n2\ncatatan ini\n\n\n"
        let run = try SOPBinary.run(["run", "07", "--as", "front-office", "--operator", "budi", "--sop-dir", folder],
                                    environment: environment, stdin: typed)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("""
            Tekan Enter bila kegiatan 3 selesai › catatan ini
            ✗ tekan Enter saja untuk menyelesaikan kegiatan 3; teks tidak disimpan (untuk catatan: /catatan TEKS)
            Tekan Enter bila kegiatan 3 selesai ›
            """), "\(run.stdout)")
        #expect(run.stdout.contains("Tekan Enter bila kegiatan tanpa nomor (sesudah 3) selesai ›"), "\(run.stdout)")
        #expect(run.stdout.contains("✓ Kegiatan tanpa nomor (sesudah 3) selesai"), "\(run.stdout)")
        #expect(!run.stdout.contains("kegiatan dikembalikan") && !run.stdout.contains("Kegiatan dikembalikan"), "\(run.stdout)")
        let report = try SOPBinary.run(["report", "--sop-dir", folder], environment: environment)
        #expect(report.stdout.contains("\ntanpa nomor (sesudah 3)  Berkas dikembalikan"), "\(report.stdout)")
        #expect(!report.stdout.contains("\ndikembalikan "), "\(report.stdout)")
    }

    /// Finding 2: answers that are not personal data are echoed as typed (a file number, a
    /// date); the NIK and the phone number stay masked.
    @Test func onlyPersonalDataIsMaskedInTheEcho() throws {
        let run = try sop(["run", "07", "--answers", Self.answers + "07-sampai-bayar.yaml", "--operator", "budi",
                           "--as", "front-office", "--as", "kabid", "--as", "tim-teknis"])
        #expect(run.stdout.contains("Output · Berkas permohonan (teks, @jalur/berkas, atau Enter bila output ini adalah isian formulir di atas) › Berkas daring SiCantik No. 2025-0456\n"),
                "\(run.stdout)")
        #expect(run.stdout.contains("Jadwal survei (hh-bb-tttt) › 2026-12-08\n"), "\(run.stdout)")
        #expect(run.stdout.contains("NIK (16 angka) › 3404••••••••0005\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("3404011212800005") && !run.stdout.contains("1111-2222") && !run.stdout.contains("11112222"))
    }
}

extension NewSOPFindingTests {
    /// Findings 7 (the answers file's leftover names no "kegiatan -"), 8 (an item's closing ";"
    /// left out where it is used in a sentence or a list) and 9 (the complainant's stage counts
    /// printed rows, as the desk does; `sop show` names a target once).
    @Test func itemsInSentencesStagesAndTheLeftoverMessageReadWell() throws {
        let run = try sop(["run", "07", "--answers", Self.answers + "07-sampai-bayar.yaml", "--operator", "budi",
                           "--as", "front-office", "--as", "kabid", "--as", "tim-teknis"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("sop: galat: berkas jawaban: 1 jawaban tersisa mulai butir 9 (kegiatan 8)"), "\(run.stderr)")
        #expect(!run.stderr.contains("kegiatan -"), "\(run.stderr)")
        #expect(run.stdout.contains("Kelengkapan · a. Formulir permohonan ada? [y/t] › ya\n"), "\(run.stdout)")
        #expect(run.stdout.contains("Kelengkapan · e. Foto lokasi ada? [y/t] › ya\n"), "\(run.stdout)")
        let receipt = try sop(["receipt", "07-2026-000001"])
        #expect(receipt.stdout.contains("Kelengkapan diterima: a. Formulir permohonan,"), "\(receipt.stdout)")
        #expect(!receipt.stdout.contains(";,"), "\(receipt.stdout)")
        let timeline = try sop(["case", "07-2026-000001"])
        #expect(timeline.stdout.contains("Kelengkapan: a. Formulir permohonan ✓, b. Fotokopi KTP ✓, c. NPWP ✓"), "\(timeline.stdout)")
        // The code sits under its heading (without --public-url the receipt names no address).
        let lines = receipt.stdout.split(separator: "\n")
        let heading = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Kode lacak" }, "\(receipt.stdout)")
        let code = lines[heading + 1].trimmingCharacters(in: .whitespaces)
        let status = try sop(["status", String(code)])
        #expect(status.stdout.contains("tahap 8 dari 11"), "\(status.stdout)")
        let show = try sop(["show", "27"])
        // The target named once: "8", not "8 (8)" (the cell wraps, so only the id's brackets are looked for).
        #expect(!show.stdout.contains("(8)"), "\(show.stdout)")
    }
}
