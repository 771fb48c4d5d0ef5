import Foundation
import Testing

/// An outside tester's findings 1, 2 and 6 (issue 10), with the real binary on their own SOPs
/// (`Tests/Fixtures/tester6`, their transcription): a row of parallel boxes inside a loop starts
/// both boxes each time it is entered, and an end beside a decision starts only when chosen.
@Suite("sop run, rows inside loops and ends beside decisions")
struct LoopJoinRunTests {
    static let folder = "Tests/Fixtures/tester6/"
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-loopjoin-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime] }

    func sop(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment)
    }

    func run(_ file: String, _ answers: String) throws -> SOPBinary.Output {
        try sop(["run", Self.folder + file, "--answers", Self.folder + "answers/" + answers, "--operator", "budi"])
    }

    @Test func everyFileLintsCleanUnderStrict() throws {
        for file in ["sop/03-domisili.yaml", "sop/07-rujukan.yaml", "v1/07-rujukan.yaml", "repro/plain/41-par.yaml",
                     "repro/loop/41-par.yaml"] {
            let lint = try sop(["lint", "--strict", Self.folder + file])
            #expect(lint.status == 0 && lint.stdout.contains("0 galat, 0 peringatan"), "\(file): \(lint.stdout)")
        }
    }

    /// Finding 2, the tester's minimal repro: a plain arrow into row 2, row 3 loops back to row 1.
    @Test func bothBoxesOfTheReproStartAfterRowOne() throws {
        let run = try run("repro/plain/41-par.yaml", "41-baris-1.yaml")
        #expect(run.status == 0, "\(run.stderr)")
        let cases = try sop(["cases"])
        #expect(cases.stdout.contains("2 (Petugas Satu), 2 (Petugas Dua)"), "\(cases.stdout)")
        let events = try sop(["case", "41-2026-000001", "--events", "--json"])
        #expect(events.stdout.contains(#""step":"b","visit":1},"role":"p1","sequence":5,"type":"step-started""#), "\(events.stdout)")
        #expect(!events.stdout.contains("join-arrived"), "\(events.stdout)")
    }

    /// Finding 2 in the tester's SOP 03: row 6 sends the draft back to row 5 twice; the Kasi's
    /// check (the row's second box) runs in every pass, before row 6, and the Lurah signs once.
    @Test func theDraftSentBackTwiceRunsBothBoxesOfRowFiveEachTime() throws {
        let run = try run("sop/03-domisili.yaml", "03-ulang.yaml")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kasus 03-2026-000001 selesai"), "\(run.stdout)")
        let headers = run.stdout.split(separator: "\n").filter { $0.hasPrefix("━━") }.map {
            $0.replacingOccurrences(of: "━", with: "").trimmingCharacters(in: .whitespaces)
        }
        #expect(headers == [
            "Kegiatan 1 dari 8", "Kegiatan 3 dari 8", "Kegiatan 4 dari 8",
            "Kegiatan 5 dari 8 · bagian Petugas Front Office", "Kegiatan 5 dari 8 · bagian Kasi Pemerintahan", "Kegiatan 6 dari 8",
            "Kegiatan 5 dari 8 · bagian Petugas Front Office (kunjungan ke-2)",
            "Kegiatan 5 dari 8 · bagian Kasi Pemerintahan (kunjungan ke-2)", "Kegiatan 6 dari 8 (kunjungan ke-2)",
            "Kegiatan 5 dari 8 · bagian Petugas Front Office (kunjungan ke-3)",
            "Kegiatan 5 dari 8 · bagian Kasi Pemerintahan (kunjungan ke-3)", "Kegiatan 6 dari 8 (kunjungan ke-3)",
            "Kegiatan 7 dari 8", "Kegiatan 8 dari 8",
        ], "\(headers)")
        let events = try sop(["case", "03-2026-000001", "--events", "--json"])
        #expect(events.stdout.components(separatedBy: #""step":"cocok","visit":"#).count - 1 == 6, "\(events.stdout)")
        #expect(events.stdout.components(separatedBy: #""step":"7","visit":2"#).count == 1, "row 7 ran twice")
    }

    /// Finding 6: the hospital is full once; the nurse's call and the letter both start again,
    /// and row 5 waits for both.
    @Test func aFullHospitalStartsBothBoxesOfRowFourAgain() throws {
        let run = try run("sop/07-rujukan.yaml", "07-penuh.yaml")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kegiatan 4 dari 8 · bagian Petugas Administrasi"), "\(run.stdout)")
        let cases = try sop(["cases"])
        #expect(cases.stdout.contains("terbuka  6 (Dokter) "), "\(cases.stdout)")
    }

    /// Finding 1: the first version of SOP 07, no `baris` on row 2: "Ya" is chosen, the end
    /// terminator beside the diamond never starts, and nothing can end the case as "handled at
    /// the Puskesmas". `sop show` says how the row is read.
    @Test func theEndBesideTheDiamondDoesNotStartWithTheOtherBranch() throws {
        let run = try run("v1/07-rujukan.yaml", "07-v1-ya.yaml")
        #expect(run.status == 0, "\(run.stderr)")
        let cases = try sop(["cases"])
        #expect(cases.stdout.contains("terbuka  4 (Perawat) "), "\(cases.stdout)")
        #expect(!cases.stdout.contains("2 (Dokter)"), "\(cases.stdout)")
        let events = try sop(["case", "07-2026-000001", "--events", "--json"])
        #expect(!events.stdout.contains(#""step":"tangani""#), "\(events.stdout)")
        let show = try sop(["show", Self.folder + "v1/07-rujukan.yaml"])
        #expect(show.stdout.contains("terpisah"), "\(show.stdout)")
    }

    /// Findings 3 and 4: SOP 03 with its arrows as printed (`Lengkap: 5`, `{ke: 5}`): it lints
    /// clean, runs the loop, and at the desk row 6's plain arrow is offered and chosen by its row.
    @Test func theArrowsAsPrintedNameRowFiveAndTheDeskOffersItByItsRow() throws {
        let lint = try sop(["lint", "--strict", Self.folder + "as-printed/03-domisili.yaml"])
        #expect(lint.status == 0 && lint.stdout.contains("0 galat, 0 peringatan"), "\(lint.stdout)")
        let whole = try run("as-printed/03-domisili.yaml", "03-ulang.yaml")
        #expect(whole.stdout.contains("Kasus 03-2026-000001 selesai"), "\(whole.stdout)\(whole.stderr)")
        let first = try run("as-printed/03-domisili.yaml", "03-sampai-6.yaml")
        #expect(first.stdout.contains("Masukan berakhir"), "\(first.stdout)\(first.stderr)")
        let desk = try SOPBinary.run(["run", "--case", "03-2026-000002", "--as", "kasi", "--operator", "sari"],
                                     environment: environment, stdin: "\nke 5\n\n")
        #expect(desk.stdout.contains("Konsep benar? [1 Ya / 2 Tidak (kembali ke kegiatan 5)]"), "\(desk.stdout)")
        // Enter alone is asked again without quoting an empty answer (tester 28, finding 12).
        #expect(desk.stdout.contains("Pilih salah satu cabang (1. Ya, 2. Tidak (kembali ke kegiatan 5)); jawab dengan nomor pilihan"),
                "\(desk.stdout)")
        #expect(desk.stdout.contains("Kegiatan 5 dari 8 · bagian Kasi Pemerintahan (kunjungan ke-2)"), "\(desk.stdout)")
    }

    /// Finding 5: row 5 lies under the Waktu cell merged over rows 5 and 6: its boxes show the
    /// cell's standard and due time (from row 5's start), are said to be judged with row 6, and
    /// `sop tasks` gives their due time, not "-".
    @Test func aRowUnderAMergedCellShowsTheCellsDueTime() throws {
        let open = try run("sop/03-domisili.yaml", "03-sampai-5.yaml")
        #expect(open.status == 0, "\(open.stderr)")
        let tasks = try sop(["tasks", "--as", "kasi"])
        let row = tasks.stdout.split(separator: "\n").first { $0.contains("03-2026-000001") }.map(String.init) ?? ""
        // Row 5 started at 09.00 (SOP_FIXED_TIME): ½ hari later, that day.
        #expect(row.hasPrefix("21.00 WIB"), "\(tasks.stdout)")
        let done = try run("sop/03-domisili.yaml", "03-sampai-6.yaml")
        #expect(done.stdout.contains("Waktu       : ½ hari · terpakai kurang dari 1 menit sejak kotak pertama baris · batas"), "\(done.stdout)")
        #expect(done.stdout.contains("✓ Kegiatan 5 selesai dalam kurang dari 1 menit (dinilai bersama kegiatan 6, batas"), "\(done.stdout)")
        #expect(!done.stdout.contains("tanpa standar waktu"), "\(done.stdout)")
    }
}
