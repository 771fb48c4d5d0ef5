import Foundation
import Testing

/// Tester 31's remaining desk findings, with the built binary on a small DTKS/SKTM folder as
/// typed from paper (Tests/Fixtures/tester31): the parallel row's Keterangan on every box (F6), "setelah
/// kunjungan" typed as printed (F4), the hand-off to another SOP of the folder (F8).
@Suite("Tester 31: the DTKS desk's remaining minors")
struct Tester31DeskLeftTests {
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-t31l-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T08:00:00+07:00", "SOP_TEST_LOGIN": "rina"] }
    let folder = ["--sop-dir", "Tests/Fixtures/tester31"]

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + folder, environment: environment, stdin: stdin)
    }

    /// Rows 1-3, then the Operator SIKS-NG's box of row 4 first.
    func upToTheOperatorsBox() throws -> SOPBinary.Output {
        let run = try sop(["run", "07", "--as", "loket", "--as", "tim-verifikasi", "--as", "kasi", "--as", "operator-siksng"],
                          stdin: "y\nberkas\n\ny\nBA 1\n\ny\nlayak\n\ny\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    /// F6 (part): the row's Keterangan, written on its first box, is shown on the Loket's box too.
    @Test func theParallelRowsKeteranganIsShownOnEveryBox() throws {
        let first = try upToTheOperatorsBox()
        #expect(first.stdout.contains("✓ Bagian Operator SIKS-NG dari kegiatan 4 selesai; baris berlanjut"), "\(first.stdout)")
        let loket = try sop(["run", "--case", "07-2026-000001", "--as", "loket"], stdin: "Konsep SKTM disiapkan\n\n")
        #expect(loket.status == 0, "\(loket.stderr)")
        #expect(loket.stdout.contains("""
            Output      : Data usulan terinput di SIKS-NG; Konsep SKTM
            Keterangan  : Dikerjakan bersamaan oleh masing-masing petugas
            """), "\(loket.stdout)")
        #expect(loket.stdout.contains("✓ Kegiatan 4 selesai"), "\(loket.stdout)")
    }

    /// F4: "3 hari kerja setelah kunjungan" on the row after the visit: lint clean as typed, timed
    /// from its own row's start (the visit's end), no "dihitung sejak" on the screen.
    @Test func afterTheVisitIsTypedAsPrinted() throws {
        let lint = try sop(["lint", "--strict", "Tests/Fixtures/tester31"])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(!lint.stdout.contains("waktu-since-unlinked"), "\(lint.stdout)")
        let run = try upToTheOperatorsBox()
        #expect(run.stdout.contains("Waktu       : 3 hari kerja setelah kunjungan · terpakai kurang dari 1 menit · batas 10-12-2026 08.00 WIB"),
                "\(run.stdout)")
        #expect(!run.stdout.contains("dihitung sejak"), "\(run.stdout)")
    }

    /// F8: the last row hands the work on to "SOP Penerbitan KIS-PBI", SOP 08 of the folder.
    @Test func theEndNamesTheSOPThatContinuesTheWork() throws {
        _ = try upToTheOperatorsBox()
        let end = try sop(["run", "--case", "07-2026-000001", "--as", "loket", "--as", "kasi"], stdin: "Konsep SKTM disiapkan\n\n\n")
        #expect(end.status == 0, "\(end.stderr)")
        #expect(end.stdout.contains("Pekerjaan ini dilanjutkan dengan SOP 08 · Penerbitan KIS-PBI; mulai kasusnya dengan: sop run 08"),
                "\(end.stdout)")
        // A case whose last step names no SOP says nothing of the kind.
        let other = try sop(["run", "08", "--as", "operator-siksng"], stdin: "y\nusulan\n\n")
        #expect(other.status == 0, "\(other.stderr)")
        #expect(!other.stdout.contains("dilanjutkan dengan SOP"), "\(other.stdout)")
    }

    /// Tester 33: an answers file whose `sebagai:` gave the roles ends with a hint that repeats them.
    @Test func theResumeHintOfAnAnswersFileRepeatsItsRoles() throws {
        let run = try sop(["run", "07", "--answers", "Tests/Fixtures/tester31-answers/jawab-1-2.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("sop run --case 07-2026-000001 --as loket --as tim-verifikasi --as kasi"), "\(run.stdout)")
    }
}
