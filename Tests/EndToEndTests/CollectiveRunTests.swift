import Foundation
import Testing

/// `sop kolektif` through the real binary (tester 28, F6), "Setiap hari kerja pukul 14.00" as a
/// Waktu (F2/F9), and the signed KTP-el SOP of the tester (`Tests/Fixtures/ktp-el`).
@Suite("Collective completion and a daily hour through the binary")
struct CollectiveRunTests {
    /// The SOP CollectiveWebTests uses too (rows 2 and 3 collective; row 4 a decision, row 5 a form).
    static let fixture = "Tests/Fixtures/kolektif/12-ktp.yaml"
    static var sop: String {
        get throws { try String(contentsOf: SOPBinary.root.appendingPathComponent(fixture), encoding: .utf8) }
    }

    let folder: URL
    let database: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-kolektif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sop"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SOPBinary.root.appendingPathComponent(Self.fixture), to: folder.appendingPathComponent("sop/12-ktp.yaml"))
        database = folder.appendingPathComponent("sop.sqlite").path
    }

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", folder.appendingPathComponent("sop").path],
                          environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00"], stdin: stdin)
    }

    func threeCasesWaiting() throws {
        for name in ["Siti", "Budi", "Ani"] {
            let run = try sop(["run", "12", "--as", "fo", "--operator", "rina"], stdin: "\(name)\n\n")
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        }
    }

    @Test func someCasesAreCompletedAtOnceEachOnItsOwn() throws {
        try threeCasesWaiting()
        let tasks = try sop(["tasks", "--as", "kabid"])
        #expect(tasks.stdout.contains("Kegiatan 2 (kolektif) menunggu pada 3 kasus: sop kolektif 12 --kegiatan 2"), "\(tasks.stdout)")
        let run = try sop(["kolektif", "12", "--kegiatan", "2", "--as", "kabid", "--operator", "hendra"],
                          stdin: "1,3\ny\nDaftar 07-12-2026\ny\n")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        for line in [
            "Kegiatan 2 · Kepala Bidang — diselesaikan sekaligus untuk beberapa kasus (kolektif)",
            "Kasus yang menunggu kegiatan 2 (3):",
            "Pilih kasus (Enter: semua 3; nomor seperti 1,3,5-7; atau id kasus) › 1,3",
            "Kelengkapan · Daftar penerbitan ada? [y/t] › y",
            "Output · Daftar penerbitan disetujui (sama untuk semua kasus terpilih; teks, atau @jalur/berkas) › Daftar 07-12-2026",
            "Selesaikan kegiatan 2 untuk 2 kasus sebagai Kepala Bidang (operator hendra)? [y/t] › y",
            "✓ 12-2026-000001 (Siti): kegiatan 2 selesai → kegiatan 3 menunggu Petugas Front Office",
            "✓ 12-2026-000003 (Ani): kegiatan 2 selesai → kegiatan 3 menunggu Petugas Front Office",
            "Selesai secara kolektif: 2 dari 2 kasus.",
        ] {
            #expect(run.stdout.contains(line), "\(line)\n---\n\(run.stdout)")
        }
        // Case 2 still waits for the Kabid; cases 1 and 3 for the print run, due at 14.00 today.
        let left = try sop(["tasks", "--as", "kabid"])
        #expect(left.stdout.contains("12-2026-000002") && !left.stdout.contains("12-2026-000001"), "\(left.stdout)")
        let timeline = try sop(["case", "12-2026-000001"])
        #expect(timeline.stdout.contains("hendra"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("Daftar 07-12-2026"), "\(timeline.stdout)")
        let print = try sop(["tasks", "--as", "fo"])
        #expect(print.stdout.contains("14.00"), "\(print.stdout)")
        let verify = try sop(["db", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        // Again: only the case still waiting is listed; --semua takes it without asking.
        let again = try sop(["kolektif", "12", "--kegiatan", "2", "--as", "kabid", "--semua", "--lang", "en"], stdin: "y\nList\n")
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("Cases waiting") == false)
        #expect(again.stdout.contains("✓ 12-2026-000002 (Budi): step 2 done → step 3 waits for Petugas Front Office"), "\(again.stdout)")
        #expect(again.stdout.contains("Completed collectively: 1 of 1 cases."), "\(again.stdout)")
    }

    /// `sop run --case` at a collective row that other cases wait at too names `sop kolektif`
    /// once, before the step's first question, and still works the case (tester 30, N1); the
    /// timeline says which completions were collective (N2).
    @Test func aCaseRunAtACollectiveRowIsToldOfTheCollectiveCommand() throws {
        try threeCasesWaiting()
        let run = try sop(["run", "--case", "12-2026-000002", "--as", "kabid", "--operator", "hendra"], stdin: "y\nDaftar sendiri\n\n")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let hint = "Kegiatan 2 kolektif: 2 kasus lain juga menunggunya; semuanya dapat diselesaikan sekaligus dengan sop kolektif 12 --kegiatan 2 --as kabid --operator hendra (kasus ini tetap dapat dikerjakan sendiri di sini)"
        let said = try #require(run.stdout.range(of: hint), "\(run.stdout)")
        let asked = try #require(run.stdout.range(of: "Daftar penerbitan ada?"), "\(run.stdout)")
        #expect(said.upperBound <= asked.lowerBound)
        #expect(run.stdout.components(separatedBy: "sop kolektif").count == 2, "once: \(run.stdout)")
        #expect(run.stdout.contains("Kegiatan 2 selesai"), "\(run.stdout)")
        // The other two, at once; then the last waiting case is told of no other.
        let together = try sop(["kolektif", "12", "--kegiatan", "2", "--as", "kabid", "--operator", "hendra", "--semua"],
                               stdin: "y\nDaftar 07-12-2026\n")
        #expect(together.status == 0, "\(together.stdout)\(together.stderr)")
        let english = try sop(["run", "--case", "12-2026-000001", "--as", "fo", "--lang", "en"], stdin: "KTP\n\n")
        #expect(english.stdout.contains("Step 3 is collective: 2 other cases wait at it too; all can be completed at once with sop kolektif 12 --kegiatan 3 --as fo (this case can still be done on its own here)"),
                "\(english.stdout)")
        let alone = try Self.runAlone(self)
        #expect(!alone.contains("sop kolektif") && alone.contains("Daftar penerbitan ada?"), "\(alone)")
        // The timeline: rows 2 of cases 1 and 3 were done in one run of 2 cases, case 2's alone.
        let first = try sop(["case", "12-2026-000001"])
        #expect(first.stdout.contains("Kepala Bidang · hendra (kolektif, bersama 2 kasus) · "), "\(first.stdout)")
        let second = try sop(["case", "12-2026-000002"])
        #expect(second.stdout.contains("Kepala Bidang · hendra · "), "\(second.stdout)")
        #expect(!second.stdout.contains("(kolektif"), "\(second.stdout)")
        let inEnglish = try sop(["case", "12-2026-000003", "--lang", "en"])
        #expect(inEnglish.stdout.contains("hendra (collective, one run of 2 cases)"), "\(inEnglish.stdout)")
    }

    /// A new SOP folder with one case reaching the collective row alone: no hint.
    static func runAlone(_ test: CollectiveRunTests) throws -> String {
        let other = test.folder.appendingPathComponent("alone.sqlite").path
        let environment = ["SOP_DB": other, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00"]
        let sopDir = ["--sop-dir", test.folder.appendingPathComponent("sop").path]
        _ = try SOPBinary.run(["run", "12", "--as", "fo"] + sopDir, environment: environment, stdin: "Siti\n\n")
        return try SOPBinary.run(["run", "--case", "12-2026-000001", "--as", "kabid"] + sopDir, environment: environment,
                                 stdin: "y\nDaftar\n\n").stdout
    }

    @Test func aStepWithAFormIsRefusedAndAWrongChoiceIsAskedAgain() throws {
        try threeCasesWaiting()
        let form = try sop(["kolektif", "12", "--kegiatan", "1", "--as", "fo"])
        #expect(form.status == 1)
        #expect(form.stderr.contains("kegiatan 1 meminta isian formulir ('Nama pemohon') yang berbeda untuk setiap kasus, jadi tidak dapat diselesaikan secara kolektif"),
                "\(form.stderr)")
        let english = try sop(["kolektif", "12", "--kegiatan", "1", "--as", "fo", "--lang", "en"])
        #expect(english.stderr.contains("cannot be completed collectively"), "\(english.stderr)")
        let wrong = try sop(["kolektif", "12", "--kegiatan", "2", "--as", "kabid"], stdin: "7\n2\ny\nDaftar\nt\n")
        #expect(wrong.stdout.contains("✗ '7' bukan pilihan: tulis nomor 1–3 (mis. 1,3,5-7), id kasus dari daftar, atau Enter untuk semua"),
                "\(wrong.stdout)")
        #expect(wrong.stdout.contains("Tidak ada yang diselesaikan."), "\(wrong.stdout)")
        #expect(try sop(["tasks", "--as", "kabid"]).stdout.contains("12-2026-000002"))
        let none = try sop(["kolektif", "12", "--kegiatan", "3", "--as", "fo"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("Tidak ada kasus yang menunggu kegiatan 3 untuk Petugas Front Office."), "\(none.stdout)")
    }

    @Test func theSignedKTPelSOPLintsCleanAndShowsItsDailyHour() throws {
        let lint = try SOPBinary.run(["lint", "--strict", "Tests/Fixtures/ktp-el/12-ktp-el.yaml"])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(!lint.stdout.contains("waktu-format") && !lint.stdout.contains("waktu-schedule"), "\(lint.stdout)")
        let show = try SOPBinary.run(["show", "12", "--sop-dir", "Tests/Fixtures/ktp-el"])
        #expect(show.stdout.contains("standar: pukul 14.00 hari kerja berikutnya sejak kegiatan dimulai"), "\(show.stdout)")
        // A collective row with a form is flagged where it says so.
        let flagged = folder.appendingPathComponent("flagged.yaml")
        try Self.sop.replacingOccurrences(of: "pelaksana: fo\n    formulir", with: "pelaksana: fo\n    kolektif: ya\n    formulir")
            .write(to: flagged, atomically: true, encoding: .utf8)
        let warned = try SOPBinary.run(["lint", flagged.path])
        #expect(warned.stdout.contains("flagged.yaml:13:15: warning: kegiatan 1 ditandai 'kolektif: ya' tetapi meminta isian formulir ('Nama pemohon') yang dijawab per kasus: penyelesaian kolektif akan ditolak [kolektif-per-kasus]"),
                "\(warned.stdout)")
    }
}
