import Foundation
import Testing

/// Tester 29 (DPMPTSP, Izin Penyelenggaraan Reklame), minors F2-F9, with the built binary on the
/// tester's SOP as typed (Tests/Fixtures/tester29): an end capsule beside the last box of a row,
/// a two-line actor name in lines and in `--as`, numbers with a decimal comma, the form as the
/// receipt's Output, a NIP typed as printed, and the `/batal` example of a permit SOP.
@Suite("Tester 29: the permit desk's minors")
struct Tester29DeskTests {
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-t29-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T08:00:00+07:00"] }
    let folder = ["--sop-dir", "Tests/Fixtures/tester29"]

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + folder, environment: environment, stdin: stdin)
    }

    /// Rejected at row 5: row 6 is the Back Office's box and, in the same row, the end capsule in
    /// the Pemohon column (`lanjut: tolak-selesai`).
    func rejectedCase() throws -> SOPBinary.Output {
        let run = try sop(["run", "45", "--answers", "Tests/Fixtures/tester29/tolak.yaml", "--operator", "budi"])
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    /// F2: the capsule closes with the Back Office's box, which is asked the row's Output and is
    /// the row's whole work; no step waits for the Front Office, the case ends with the outcome.
    @Test func anEndCapsuleBesideTheLastBoxClosesWithIt() throws {
        let run = try rejectedCase()
        #expect(run.stdout.contains("━━ Kegiatan 6 dari 12 ━━"), "\(run.stdout)")
        #expect(!run.stdout.contains("bagian"), "\(run.stdout)")
        #expect(!run.stdout.contains("ditanyakan di kotak terakhir baris"), "\(run.stdout)")
        #expect(run.stdout.contains("""
            Output · Surat Penolakan (teks, @jalur/berkas, atau Enter bila output ini adalah isian formulir di atas) › Surat Penolakan 503/TOLAK/0046/2026
            ✓ Kegiatan 6 selesai dalam kurang dari 1 menit — tepat waktu (standar 1 (satu) hari kerja
            """), "\(run.stdout)")
        #expect(run.stdout.contains("Kasus selesai dengan hasil akhir: Permohonan ditolak"), "\(run.stdout)")
        #expect(!run.stdout.contains("Petugas Front Office menunggu") && !run.stdout.contains("· Pemohon menunggu"), "\(run.stdout)")
        let timeline = try sop(["case", "45-2026-000001"])
        #expect(timeline.stdout.contains("Status: selesai: Permohonan ditolak"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("""
               Petugas Back Office (Verifikator) · budi · 07-12-2026 08.00 WIB → 08.00 (0 menit) · standar 1 (satu) hari kerja: tepat waktu
            """), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("   Output: Surat Penolakan = Surat Penolakan 503/TOLAK/0046/2026"), "\(timeline.stdout)")
        #expect(!timeline.stdout.contains("6 · bagian"), "\(timeline.stdout)")
        // The report judges the Back Office's box on the row's Waktu; no line for the capsule.
        let report = try sop(["report"])
        let rows = report.stdout.split(separator: "\n").filter { $0.hasPrefix("6 ") }
        #expect(rows.count == 1, "\(report.stdout)")
        #expect(rows.first?.contains("Petugas Back Office menyusun") == true && rows.first?.contains("1/1 (100%)") == true,
                "\(report.stdout)")
    }

    /// F3, F4, F7: `--as` by the printed name (or without its parenthesised part); the correction
    /// line names the role on one line; a decimal comma in Indonesian, a point in English.
    @Test func twoLineNamesAndDecimalCommas() throws {
        _ = try rejectedCase()
        let corrected = try sop(["correct", "45-2026-000001", "--kegiatan", "6", "--isian", "alasan_penolakan=Zona larangan",
                                 "--alasan", "lebih jelas", "--operator", "budi", "--as", "Petugas Back Office (Verifikator)"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let luas = try sop(["correct", "45-2026-000001", "--kegiatan", "1", "--isian", "luas=2,5", "--alasan", "salah ketik",
                            "--operator", "budi", "--as", "petugas front office"])
        #expect(luas.stdout.contains("Luas bidang reklame (m2) dikoreksi dari 12,5 menjadi 2,5"), "\(luas.stdout)\(luas.stderr)")
        let timeline = try sop(["case", "45-2026-000001"])
        #expect(timeline.stdout.contains(
            "   Koreksi (budi · Petugas Back Office (Verifikator), 07-12-2026 08.00 WIB): Alasan penolakan: Lokasi di median jalan → Zona larangan · alasan: lebih jelas\n"),
                "\(timeline.stdout)")
        // The answer as corrected, then the correction from the recorded 12.5.
        #expect(timeline.stdout.contains("Luas bidang reklame (m2) = 2,5\n"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("Luas bidang reklame (m2): 12,5 → 2,5"), "\(timeline.stdout)")
        let english = try sop(["case", "45-2026-000001", "--lang", "en"])
        #expect(english.stdout.contains("Luas bidang reklame (m2) = 2.5\n"), "\(english.stdout)")
        #expect(english.stdout.contains("Luas bidang reklame (m2): 12.5 → 2.5"), "\(english.stdout)")
        // The short name when it names one role; a refusal lists the names beside the ids.
        let short = try sop(["run", "--case", "45-2026-000001", "--as", "Petugas Back Office", "--operator", "budi"])
        #expect(!short.stderr.contains("bukan peran staf"), "\(short.stderr)")
        let unknown = try sop(["run", "45", "--as", "Petugas Back", "--operator", "budi"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "sop: galat: 'Petugas Back' bukan peran staf SOP ini (peran staf: fo = Petugas Front Office; "
                + "bo = Petugas Back Office (Verifikator); tim-teknis = Tim Teknis; kabid = Kepala Bidang Pelayanan Perizinan; kadis = Kepala Dinas)\n",
                "\(unknown.stderr)")
    }

    /// F6, F7, F9 at the terminal: the `/batal` example speaks of the applicant; Enter's words;
    /// the receipt prints no form labels as the Output. F8: the NIP's quoting hint and grouping.
    @Test func cancelExampleFormOutputOnTheReceiptAndTheNIP() throws {
        let typed = ["y", "y", "/batal", "y", "y", "y", "y", "y", "Toko Sumber Rezeki", "3573014101900003", "085712345644",
                     "Jl. Ahmad Yani 12", "3", "Jl. Ahmad Yani 45", "2,5", "Berkas daring", "", "y", "y", "REG/2026/00125", "Ya", "", ""]
        let run = try sop(["run", "45", "--operator", "ani", "--as", "fo"], stdin: typed.joined(separator: "\n") + "\n")
        #expect(run.stdout.contains("✗ pembatalan memerlukan alasan, mis. /batal pemohon menarik permohonan"), "\(run.stdout)")
        #expect(run.stdout.contains(
            "Output · Tanda terima berkas / Bukti Pendaftaran (teks, @jalur/berkas, atau Enter bila output ini adalah isian formulir di atas) › \n"),
                "\(run.stdout)")
        #expect(run.stdout.contains("  [1] Luas bidang reklame (m2): 2,5"), "\(run.stdout)")
        let unquoted = try SOPBinary.run(["roster", "nama", "ani", "--nama", "Ani Rahmawati, S.AP.", "--nip", "19880512", "201101", "2", "003"]
                                         + folder, environment: environment)
        #expect(unquoted.status == 2)
        #expect(unquoted.stderr.contains(
            "NIP '19880512' tidak sah: NIP terdiri dari 18 angka; NIP yang ditulis dengan spasi diapit tanda kutip: --nip \"19880512 201101 2 003\""),
                "\(unquoted.stderr)")
        let quoted = try sop(["roster", "nama", "ani", "--nama", "Ani Rahmawati, S.AP.", "--nip", "19880512 201101 2 003"])
        #expect(quoted.stdout == "Nama di tanda terima untuk ani: Ani Rahmawati, S.AP., NIP 19880512 201101 2 003.\n", "\(quoted.stderr)")
        let receipt = try sop(["receipt", "45-2026-000001"])
        #expect(!receipt.stdout.contains("Isian formulir"), "\(receipt.stdout)")
        #expect(receipt.stdout.contains("Nomor registrasi SiCantik: REG/2026/00125"), "\(receipt.stdout)")
        #expect(receipt.stdout.contains("NIP 19880512 201101 2 003"), "\(receipt.stdout)")
        let english = try sop(["run", "45", "--operator", "ani", "--as", "fo", "--lang", "en"], stdin: "/batal\n")
        #expect(english.stdout.contains("✗ cancelling needs a reason, e.g. /cancel the applicant withdrew the application"),
                "\(english.stdout)\(english.stderr)")
    }

    /// F3: the applicant's step recorded by a role whose name has its own parentheses reads
    /// without doubled ones, on the step screen and in the worklist.
    @Test func anOutsideStepRecordedByATwoLineRoleHasNoDoubleParentheses() throws {
        let run = try sop(["run", "45", "--answers", "Tests/Fixtures/tester29/sampai-retribusi.yaml", "--operator", "budi"])
        #expect(run.stdout.contains("Pelaksana   : Pemohon, dicatat oleh Petugas Back Office (Verifikator)\n"), "\(run.stdout)")
        let tasks = try sop(["tasks", "--as", "bo"])
        #expect(tasks.stdout.contains("Pemohon, dicatat oleh Petugas Back Office (Verifikator)"), "\(tasks.stdout)")
        #expect(!tasks.stdout.contains("(Verifikator))"), "\(tasks.stdout)")
    }
}
