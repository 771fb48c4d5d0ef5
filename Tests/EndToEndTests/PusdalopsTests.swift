import Foundation
import Testing

/// The 32nd outside test (a BPBD's Pusdalops, 24 hours a day, holidays included) through the
/// real binary: the printed "Waktu Layanan" typed as printed and timed on Christmas night (F1,
/// F2), and the hints of a shared desk login repeating `--operator` (F5).
@Suite("tester 32: a 24-hour unit on holidays, a shared desk login")
struct PusdalopsTests {
    static let sop = """
        nomor: "14"
        judul: Penerimaan dan Penanganan Laporan Kejadian Bencana
        jam_layanan: 24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)
        cetak: {label: {jam_layanan: Waktu Layanan}}
        pelaksana:
          - {id: piket, nama: Petugas Piket Pusdalops, jenis: staf}
          - {id: kasi, nama: Kepala Seksi Kedaruratan, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima laporan kejadian, pelaksana: piket, mutu_baku: {waktu: 5 menit}}
          - {no: 2, uraian: Memverifikasi laporan, pelaksana: piket, mutu_baku: {waktu: maks. 30 menit sejak laporan diterima, dihitung_sejak: 1}}
          - {no: 3, uraian: Menetapkan tindak lanjut, pelaksana: kasi, mutu_baku: {waktu: 15 menit}}

        """

    let folder: URL
    let database: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pusdalops-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sop"), withIntermediateDirectories: true)
        try Self.sop.write(to: folder.appendingPathComponent("sop/14-laporan.yaml"), atomically: true, encoding: .utf8)
        // The office's calendar, with Natal and its cuti bersama (the tester's file).
        try FileManager.default.copyItem(atPath: SOPBinary.root.path + "/Tests/Fixtures/bpbd/sop/kalender.yaml",
                                         toPath: folder.appendingPathComponent("sop/kalender.yaml").path)
        database = folder.appendingPathComponent("sop.sqlite").path
    }

    /// 25-12-2026 02.00 WIB unless said.
    func sop(_ arguments: [String], at time: String = "2026-12-25T02:00:00+07:00", login: String = "pusdalops",
             stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", folder.appendingPathComponent("sop").path],
                          environment: ["SOP_DB": database, "SOP_FIXED_TIME": time, "SOP_TEST_LOGIN": login], stdin: stdin)
    }

    @Test func christmasNightIsTimedAndThePrintedSentenceKept() throws {
        let lint = try sop(["lint", "--strict", folder.appendingPathComponent("sop").path])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        let show = try sop(["show", "14"])
        #expect(show.stdout.contains("24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)"), "\(show.stdout)")
        let run = try sop(["run", "14", "--as", "piket"], stdin: "y\n")
        #expect(run.stdout.contains("batas 02.05 WIB"), "\(run.stdout)")
        #expect(!run.stdout.contains("26-12-2026"), "\(run.stdout)")
        // Verified 3 hours later: late, on the desk, in the worklist, the status and the report.
        let late = try sop(["run", "--case", "14-2026-000001", "--as", "piket"], at: "2026-12-25T05:04:00+07:00", stdin: "y\n")
        #expect(late.stdout.contains("terpakai 3 jam 4 menit · batas 02.30 WIB"), "\(late.stdout)")
        #expect(late.stdout.contains("MELEBIHI"), "\(late.stdout)")
        #expect(!late.stdout.contains("tepat waktu"), "\(late.stdout)")
        let status = try sop(["status", "14-2026-000001"], at: "2026-12-25T05:05:00+07:00")
        #expect(!status.stdout.contains("28-12-2026") && !status.stdout.contains("26-12-2026"), "\(status.stdout)")
        let report = try sop(["report", "14"], at: "2026-12-25T06:00:00+07:00")
        #expect(report.stdout.contains("3 jam 4 menit"), "\(report.stdout)")
    }

    /// F3: a Kasi tries a date before signing; nothing is written.
    @Test func showSinceGivesEachRowsDueTimeAndWritesNothing() throws {
        let show = try sop(["show", "14", "--sejak", "25-12-2026 02.00"])
        #expect(show.status == 0, "\(show.stderr)")
        for line in [
            "Batas waktu setiap kegiatan bila dimulai Jumat, 25-12-2026 02.00 WIB:",
            "Hari itu libur nasional (Kelahiran Yesus Kristus); jam layanan SOP ini termasuk hari libur, jadi waktunya berjalan.",
            "  Kegiatan 1 · 5 menit → batas 02.05 WIB",
            "  Kegiatan 2 · maks. 30 menit sejak laporan diterima → batas 02.30 WIB (dihitung sejak kegiatan 1)",
            "Tidak ada kasus yang dibuat dan tidak ada yang disimpan.",
        ] {
            #expect(show.stdout.contains(line), "\(line)\n---\n\(show.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: database))
        let english = try sop(["show", "14", "--sejak", "2026-12-25 02:00", "--lang", "en"])
        #expect(english.stdout.contains("  Step 1 · 5 menit → due 02.05 WIB"), "\(english.stdout)")
        let unreadable = try sop(["show", "14", "--sejak", "besok pagi"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("--sejak 'besok pagi' tidak terbaca"), "\(unreadable.stderr)")
    }

    /// F8: the timeline says what a counted time counts from, and never "0 menit; terhitung kurang dari 1 menit".
    @Test func theTimelineSaysWhereACountedTimeStarts() throws {
        #expect(try sop(["run", "14", "--as", "piket"], stdin: "y\n").status == 0)
        #expect(try sop(["run", "--case", "14-2026-000001", "--as", "piket"], at: "2026-12-25T02:20:00+07:00", stdin: "y\n").status == 0)
        let timeline = try sop(["case", "14-2026-000001"], at: "2026-12-25T02:30:00+07:00")
        #expect(timeline.stdout.contains("(20 menit; terhitung sejak kegiatan 1: 20 menit)") == false, "\(timeline.stdout)")
        #expect(timeline.stdout.contains("02.00 WIB → 02.20 (20 menit)"), "\(timeline.stdout)")
        #expect(!timeline.stdout.contains("0 menit; terhitung kurang dari 1 menit"), "\(timeline.stdout)")
    }

    @Test func sevenDaysSilentOnHolidaysIsAWarningNamingBothReadings() throws {
        let silent = Self.sop.replacingOccurrences(
            of: "24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)", with: "Senin-Minggu 00.00-24.00")
        try silent.write(to: folder.appendingPathComponent("sop/14-laporan.yaml"), atomically: true, encoding: .utf8)
        let lint = try sop(["lint", folder.appendingPathComponent("sop/14-laporan.yaml").path])
        #expect(lint.stdout.contains("14-laporan.yaml:3:14: warning: jam layanan 'Senin-Minggu 00.00-24.00' berlaku setiap hari tetapi tidak menyebut hari libur"),
                "\(lint.stdout)")
        #expect(lint.stdout.contains("'jam_layanan: Senin-Minggu 00.00-24.00, termasuk hari libur'"), "\(lint.stdout)")
        #expect(lint.stdout.contains("[jam-layanan-holidays]"), "\(lint.stdout)")
        let english = try sop(["lint", "--lang", "en", folder.appendingPathComponent("sop/14-laporan.yaml").path])
        #expect(english.stdout.contains("apply every day but say nothing of holidays"), "\(english.stdout)")
    }

    @Test func garbledHoursAreAnErrorWithACaret() throws {
        let garbled = Self.sop.replacingOccurrences(
            of: "(Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)",
            with: "(Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama), dilaksanakan secara bergiliran")
        try garbled.write(to: folder.appendingPathComponent("sop/14-laporan.yaml"), atomically: true, encoding: .utf8)
        let lint = try sop(["lint", folder.appendingPathComponent("sop/14-laporan.yaml").path])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("14-laporan.yaml:3:14: error: jam layanan 'dilaksanakan secara bergiliran' tidak terbaca"), "\(lint.stdout)")
        #expect(lint.stdout.contains("^"), "\(lint.stdout)")
        // Where the rest of the printed sentence goes (tester 33).
        #expect(lint.stdout.contains("note: kalimat lain tentang layanan (mis. 'dilaksanakan secara bergiliran oleh Petugas Piket') ditulis sebagai baris tersendiri di cetak.baris_tambahan"),
                "\(lint.stdout)")
    }

    /// The shared login `pusdalops`: the roster's administrator is the Kasi, the pikets work under
    /// it with `--operator NAME` and their PIN.
    func sharedDesk() throws {
        #expect(try sop(["roster", "grant", "pusdalops", "pengelola-peran"]).status == 0)
        for name in ["piket-rina", "piket-yoga"] {
            #expect(try sop(["roster", "pin", name], stdin: "135790\n135790\n").status == 0)
            #expect(try sop(["roster", "grant", name, "piket"]).status == 0)
        }
    }

    @Test func theHintsRepeatOperatorOnASharedLogin() throws {
        try sharedDesk()
        // Input ends at step 1: the hint to go on names the operator.
        let run = try sop(["run", "14", "--as", "piket", "--operator", "piket-rina"], stdin: "135790\n")
        #expect(run.stdout.contains("Lanjutkan dengan: sop run --case 14-2026-000001 --as piket --operator piket-rina"),
                "\(run.stdout)\(run.stderr)")
        // The command printed works as printed (the PIN asked again).
        let again = try sop(["run", "--case", "14-2026-000001", "--as", "piket", "--operator", "piket-rina"], stdin: "135790\ny\n")
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        // Without --operator, on the shared login: the refusal says to give it, not to grant the login.
        let refused = try sop(["run", "--case", "14-2026-000001", "--as", "piket"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("operator 'pusdalops' tidak memegang peran 'piket'"), "\(refused.stderr)")
        #expect(refused.stderr.contains("ulangi perintah dengan --operator NAMA"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("sop roster grant"), "\(refused.stderr)")
        let english = try sop(["run", "--case", "14-2026-000001", "--as", "piket", "--lang", "en"])
        #expect(english.stderr.contains("repeat the command with --operator NAME"), "\(english.stderr)")
        // A login no one else shares a role with: the grant, as before.
        let alone = try sop(["run", "--case", "14-2026-000001", "--as", "kasi"])
        #expect(alone.stderr.contains("minta pengelola peran memberikannya (sop roster grant)"), "\(alone.stderr)")
    }
}
