import Foundation
import Testing

/// What staff, complainants and officials read (issue 10), on the two SOPs an outside tester
/// wrote from the README alone (`Tests/Fixtures/tester6`, their transcription): each test is
/// one of their findings, run with the real binary.
@Suite("What the sixth outside tester read")
struct PrintFindingTests {
    static let folder = "Tests/Fixtures/tester6/sop"
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("sop-print6-\(UUID().uuidString)")
    var environment: [String: String] { ["SOP_DB": work.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": RunTests.fixedTime] }

    func sop(_ arguments: [String], stdin: String? = nil, folder: String = Self.folder,
             extra: [String: String] = [:]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", folder], environment: environment.merging(extra) { _, new in new }, stdin: stdin)
    }

    func answers(_ text: String) throws -> String {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let file = work.appendingPathComponent("jawaban-\(UUID().uuidString).yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Row 1 of SOP 03, its Kelengkapan named without the list letters and closing marks the
    /// printed cell has (finding 10).
    static let firstRow = """
        langkah:
          - kegiatan: 1
            kelengkapan: {"Surat pengantar RT/RW": ya, "b. Fotokopi KTP": ya, "fotokopi kartu keluarga": tidak}
            isian: {nama: Joko Santoso, nik: "3573010101800001", alamat: "Jl. MT Haryono 5", keperluan: Pembukaan rekening}
            output: {Permohonan: Permohonan online}
            cabang: Online
        """

    /// Finding 7: the receipt's due time is the longest single path (online, 1 x 24 jam), not
    /// the online and the walk-in rows added; without a calendar file it says how it counted.
    @Test func theReceiptIsDueByTheLongestPathAndSaysHowItCounted() throws {
        let run = try sop(["run", "03", "--operator", "rina", "--answers", try answers(Self.firstRow)])
        #expect(run.status == 0, "\(run.stderr)")
        let receipt = try sop(["receipt", "03-2026-000001", "--kertas", "58"])
        #expect(receipt.status == 0, "\(receipt.stderr)")
        let (text, code) = ReceiptOpenCaseTests.pinned(receipt.stdout)
        try SOPBinary.expectGolden(text, "print6-receipt-58.txt")
        // Row 1 done at once on Monday 09.00: row 2 (online, 1 x 24 jam) due Tuesday 09.00, then
        // 15 menit + ½ hari (rows 5-6 once) + 1 hari kerja + 10 menit; the walk-in row's 30
        // menit is the other exit of row 1, not added.
        #expect(receipt.stdout.contains("02-12-2026 21.25 WIB"), "\(receipt.stdout)")
        // The complainant's lookup says the same due time (one function).
        let status = try sop(["status", try #require(code)])
        #expect(status.stdout.contains("02-12-2026 21.25 WIB"), "\(status.stdout)")
        // With the English words too.
        let english = try sop(["receipt", "03-2026-000001", "--lang", "en"])
        #expect(english.stdout.contains("Due time counted without a working calendar"), "\(english.stdout)")
    }

    /// Finding 10: a Kelengkapan item named without its marks is the printed item; a name that
    /// is none of them says which there are, with no "?;".
    @Test func kelengkapanNamesWithoutTheirMarksAreAccepted() throws {
        let run = try sop(["run", "03", "--operator", "rina", "--answers", try answers(Self.firstRow)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kelengkapan · c. Fotokopi Kartu Keluarga ada? [y/t] › tidak\n"), "\(run.stdout)")
        #expect(run.stdout.contains("Dicatat: 'c. Fotokopi Kartu Keluarga' tidak ada."), "\(run.stdout)")
        let wrong = try sop(["run", "03", "--operator", "rina", "--answers",
                             try answers(Self.firstRow.replacingOccurrences(of: "Surat pengantar RT/RW", with: "Surat pengantar RT"))])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("tidak punya kelengkapan 'Surat pengantar RT'"), "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("?;"), "\(wrong.stderr)")
    }

    /// Finding 13: a mistyped phone stays masked and the message says what is wrong.
    @Test func aMistypedPhoneAtTheDeskSaysWhatIsWrong() throws {
        let typed = "ya\nya\nya\nJoko\n3573010101800001\n0812\n0812-3456-7890\nJl. MT Haryono 5\nRekening\n"
        let run = try sop(["run", "03", "--operator", "rina"], stdin: typed)
        #expect(run.stdout.contains("✗ nomor telepon '0••2' tidak sah: tertulis 4 angka, perlu 8-15"), "\(run.stdout)")
        #expect(!run.stdout.contains("3456-7890") && !run.stdout.contains("› 0812\n"), "\(run.stdout)")
    }

    /// Finding 11: a row of two boxes names each box's actor, and the rows under a merged
    /// Waktu cell show the cell (the tester's rows 5-6 of SOP 03, without its loop).
    @Test func theReportTellsTheBoxesApartAndShowsTheMergedCell() throws {
        let folder = try SOPBinary.folder(["41-periksa.yaml": """
            nomor: "41"
            judul: Pemeriksaan bersama
            pelaksana:
              - {id: a, nama: Petugas Satu, jenis: staf}
              - {id: b, nama: Petugas Dua, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Menerima berkas, pelaksana: a, mutu_baku: {waktu: 5 menit}}
              - {id: satu, no: 2, uraian: Memeriksa berkas dan mencocokkan data pada aplikasi, pelaksana: a, mutu_baku: {waktu: ½ hari, gabung_sampai: "3"}}
              - {id: dua, no: 2, pelaksana: b}
              - {no: 3, uraian: Memaraf konsep, pelaksana: b}
              - {no: 4, uraian: Menyerahkan surat, pelaksana: a, mutu_baku: {waktu: 10 menit}}
            """]).appendingPathComponent("sop").path
        let steps = try answers("langkah: [{kegiatan: 1}, {kegiatan: satu}, {kegiatan: dua}, {kegiatan: 3}, {kegiatan: 4}]\n")
        let run = try sop(["run", "41", "--as", "a", "--as", "b", "--operator", "rina", "--answers", steps], folder: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try sop(["report", "41"], folder: folder)
        #expect(report.status == 0, "\(report.stderr)")
        try SOPBinary.expectGolden(report.stdout, "print6-report-boxes.txt", maskingDigests: true)
        #expect(report.stdout.contains("2   Petugas Satu: Memeriksa berkas dan menc…  ½ hari (baris 2–3)"), "\(report.stdout)")
        #expect(report.stdout.contains("2   Petugas Dua: Memeriksa berkas dan menco…  ½ hari (baris 2–3)"), "\(report.stdout)")
    }

    /// Finding 16: piped, `sop show`, `sop case --events` keep every line whole (README), as
    /// `sop report` does; a terminal still gets its width.
    @Test func pipedShowAndEventsKeepTheirLinesWhole() throws {
        let show = try sop(["show", "07"], extra: ["COLUMNS": "60"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Perawat menghubungi rumah sakit rujukan melalui SISRUTE/telepon, sementara petugas administrasi menyiapkan surat rujukan di P-Care"),
                "\(show.stdout)")
        #expect(show.stdout.split(separator: "\n").contains { $0.count > 60 }, "\(show.stdout)")
        // Every line of the table has one width: the columns stay aligned.
        let table = show.stdout.split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("├") }
        #expect(Set(table.map(\.count)).count == 1, "\(show.stdout)")
        _ = try sop(["run", "03", "--operator", "rina", "--answers", try answers(Self.firstRow)])
        let events = try sop(["case", "03-2026-000001", "--events"], extra: ["COLUMNS": "60"])
        #expect(events.status == 0, "\(events.stderr)")
        #expect(events.stdout.split(separator: "\n").contains { $0.count > 60 }, "\(events.stdout)")
    }

    /// Finding 16: `sop roster` piped keeps its lines whole too (COLUMNS narrower than a line).
    @Test func pipedRosterKeepsItsLinesWhole() throws {
        let environment = ["SOP_DB": work.appendingPathComponent("roster.sqlite").path, "SOP_FIXED_TIME": RunTests.fixedTime,
                           "SOP_TEST_LOGIN": "ani", "COLUMNS": "60"]
        for arguments in [["roster", "grant", "ani", "pengelola-peran"], ["roster", "grant", "budi", "staf-pengaduan", "--sop", "01"]] {
            let granted = try SOPBinary.run(arguments, environment: environment)
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        for arguments in [["roster"], ["roster", "--history"]] {
            let shown = try SOPBinary.run(arguments, environment: environment)
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect(shown.stdout.split(separator: "\n").contains { $0.count > 60 }, "\(shown.stdout)")
            let table = shown.stdout.split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") }
            #expect(Set(table.map(\.count)).count == 1, "\(shown.stdout)")
        }
    }

    /// Finding 9 with the real binary: the tester's "2 jam, 30 menit" is read as the compound,
    /// said in a note; no longer an error suggesting the smaller part.
    @Test func aCompoundWithACommaIsReadAsOneDuration() throws {
        let lint = try sop(["lint", "Tests/Fixtures/tester6/bad/03-salah.yaml"])
        let all = lint.stdout + lint.stderr
        #expect(!all.contains("waktu-several"), "\(all)")
        #expect(!all.contains("waktu_baku: 30 menit"), "\(all)")
        #expect(all.contains("03-salah.yaml:94:14: note: standar waktu dibaca dari teks: '2 jam 30 menit' = 2 jam 30 menit [waktu-read-from-text]"),
                "\(all)")
    }

    /// Leftovers: words in italics read plain (a heading, an item); a NIP copied with its "NIP."
    /// is accepted and printed once (finding 14). `TextTableHeadingTests`: a long heading wraps.
    @Test func showWrapsALongHeadingPrintsItalicsPlainAndTheNIPOnce() throws {
        var text = try String(contentsOf: SOPBinary.root.appendingPathComponent(Self.folder + "/03-domisili.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  nip: 19780512 200501 1 003", with: "  nip: NIP. 19780512 200501 1 003")
            .replacingOccurrences(of: "pelaksana:\n  - {id: pemohon", with: "cetak:\n  label: {kelengkapan: \"Persyaratan/ Kelengkapan\", output: \"*Output*\"}\npelaksana:\n  - {id: pemohon")
            .replacingOccurrences(of: "output: [Permohonan]", with: "output: [\"*Draft* permohonan\"]")
        let folder = try SOPBinary.folder(["03-domisili.yaml": text])
        let lint = try sop(["lint", "--strict", folder.appendingPathComponent("sop/03-domisili.yaml").path])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        let show = try sop(["show", "03"], folder: folder.appendingPathComponent("sop").path)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("NIP. 19780512 200501 1 003") && !show.stdout.contains("NIP. NIP."), "\(show.stdout)")
        #expect(!show.stdout.contains("*"), "\(show.stdout)")
        #expect(show.stdout.contains("Draft permohonan"), "\(show.stdout)")
        #expect(show.stdout.contains("│ Persyaratan/ Kelengkapan"), "\(show.stdout)")
    }

    /// Leftover: `sop tasks` names a row printed without a number as the run screens do.
    @Test func tasksNameAnUnnumberedRowAsPrinted() throws {
        let folder = try NewSOPFindingTests().unnumberedFolder()
        let typed = "ya\nya\nya\nya\nya\nJoko\n3404011212800005\n081311112222\nJl\n2\nBerkas\n\nya\nReg\n\n2\n\n"
        let run = try sop(["run", "07", "--as", "front-office", "--operator", "budi"], stdin: typed, folder: folder)
        #expect(run.stdout.contains("Tekan Enter bila kegiatan tanpa nomor (sesudah 3) selesai ›"), "\(run.stdout)")
        let tasks = try sop(["tasks", "--as", "front-office"], folder: folder)
        #expect(tasks.stdout.contains("tanpa nomor (sesudah 3)"), "\(tasks.stdout)")
        #expect(!tasks.stdout.contains(" dikembalikan "), "\(tasks.stdout)")
    }

    /// A case follows the SOP revision it was started on (stored, re-hashed when read): `sop tasks`
    /// names its step as that revision does, not as the folder's YAML edited since. Revision A
    /// prints the returned-file row without a number; the edit (the fixture as it is) numbers it 3,
    /// under which the folder would name it by its id.
    @Test func tasksNameTheStepAsTheCasesPinnedRevisionDoesAfterTheYAMLChanged() throws {
        let folder = try NewSOPFindingTests().unnumberedFolder()
        let typed = "ya\nya\nya\nya\nya\nJoko\n3404011212800005\n081311112222\nJl\n2\nBerkas\n\nya\nReg\n\n2\n\n"
        let run = try sop(["run", "07", "--as", "front-office", "--operator", "budi"], stdin: typed, folder: folder)
        #expect(run.stdout.contains("Tekan Enter bila kegiatan tanpa nomor (sesudah 3) selesai ›"), "\(run.stdout)")
        let file = folder + "/07-izin-reklame.yaml"
        let revisionA = try String(contentsOfFile: file, encoding: .utf8)
        let revisionB = try String(contentsOfFile: SOPBinary.root.appendingPathComponent(NewSOPFindingTests.folder + "/07-izin-reklame.yaml").path,
                                   encoding: .utf8)
        #expect(revisionB != revisionA)
        try revisionB.write(toFile: file, atomically: true, encoding: .utf8)
        let lint = try sop(["lint", file], folder: folder)
        #expect(lint.status == 0, "\(lint.stdout)")
        let tasks = try sop(["tasks", "--as", "front-office"], folder: folder)
        #expect(tasks.status == 0, "\(tasks.stderr)")
        #expect(tasks.stdout.contains("tanpa nomor (sesudah 3)"), "\(tasks.stdout)")
        #expect(!tasks.stdout.contains(" dikembalikan "), "\(tasks.stdout)")
    }
}
