import Foundation
import Testing

/// `sop tasks` and `sop cases` print due times moved on by a pause when the SOP's pause stops the
/// clock (`kasus: jeda_menghentikan_waktu`, default ya), on a fixed clock.
@Suite("Due times after a pause")
struct PausedDeadlineTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pausedue-\(UUID().uuidString)")

    func sop(_ arguments: [String], at time: String, sopDir: String = "sop") throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", sopDir],
                          environment: ["SOP_DB": folder.appendingPathComponent("sop.sqlite").path,
                                        "SOP_FIXED_TIME": "2026-11-30T\(time):00+07:00"])
    }

    func file(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Step 3 (30 menit) opens at 09.00, due 09.30; paused 09.10 to 10.10 and resumed, left open.
    func pausedAnHour(sopDir: String = "sop", whilePaused: String) throws {
        let first = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis",
                             "--operator", "budi"], at: "09:00", sopDir: sopDir)
        #expect(first.status == 0, "\(first.stderr)")
        let jeda = try file("jeda.yaml", "langkah:\n  - {tindakan: jeda}\n")
        #expect(try sop(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "sari", "--answers", jeda],
                        at: "09:10", sopDir: sopDir).stdout.contains("Kasus dijeda."))
        let waiting = try sop(["tasks", "--as", "staf-pengaduan"], at: "09:50", sopDir: sopDir).stdout
        #expect(waiting.contains(whilePaused), "\(waiting)")
        // Resumed at 10.10: the desk answers one kelengkapan and leaves the step open.
        let part = try file("part.yaml", "langkah:\n  - kegiatan: 3\n    kelengkapan: {Berkas pengaduan: ya}\n")
        _ = try sop(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "ani", "--answers", part],
                    at: "10:10", sopDir: sopDir)
    }

    @Test func theWorklistAndTheCasesMoveByThePausedHour() throws {
        // While paused the clock stands still: 40 minutes later the step is not late.
        try pausedAnHour(whilePaused: "10.10 WIB  01-2026-000001  01   3 (dijeda)")
        let tasks = try sop(["tasks", "--as", "staf-pengaduan"], at: "10:20")
        #expect(tasks.stdout == """
            Batas      Kasus           SOP  Kegiatan  Peran                   Menunggu        Perihal
            10.30 WIB  01-2026-000001  01   3         Staf layanan pengaduan  1 jam 20 menit  Budi Santoso · Konsultasi pendaftaran koperasi

            """, "\(tasks.stdout)")
        let cases = try sop(["cases"], at: "10:20")
        #expect(cases.stdout.contains("1 jam 20 menit  10.30 WIB  Budi Santoso"), "\(cases.stdout)")
        // Past the moved due time it is late.
        let late = try sop(["tasks", "--as", "staf-pengaduan"], at: "10:45")
        #expect(late.stdout.contains("10.30 WIB TERLAMBAT  01-2026-000001"), "\(late.stdout)")
        // The complainant's lookup moves the whole case's due time too: the longest path from the
        // step in hand (step 3 due 10.30, moved by the paused hour, then 60 + 5 menit; step 1's
        // 5 menit are done, not counted again).
        let json = try sop(["case", "01-2026-000001", "--json"], at: "10:45").stdout
        let range = try #require(json.range(of: #""tracking":"[^"]+""#, options: .regularExpression))
        let status = try sop(["status", String(json[range].dropFirst(12).dropLast())], at: "10:45")
        #expect(status.stdout.contains("Batas waktu layanan: 30-11-2026 11.35 WIB"), "\(status.stdout)")
    }

    @Test func anSOPWhosePauseDoesNotStopTheClockKeepsTheDueTime() throws {
        let root = SOPBinary.root.appendingPathComponent("sop")
        let text = try String(contentsOf: root.appendingPathComponent("01-pengaduan-langsung.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  tanda_terima: 6 ", with: "  jeda_menghentikan_waktu: tidak\n  tanda_terima: 6 ")
        #expect(text.contains("jeda_menghentikan_waktu: tidak"))
        let dir = folder.appendingPathComponent("sop")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("01-pengaduan-langsung.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: root.appendingPathComponent("kalender.yaml"), to: dir.appendingPathComponent("kalender.yaml"))
        try pausedAnHour(sopDir: dir.path, whilePaused: "09.30 WIB TERLAMBAT  01-2026-000001  01   3 (dijeda)")
        let tasks = try sop(["tasks", "--as", "staf-pengaduan"], at: "10:20", sopDir: dir.path)
        #expect(tasks.stdout.contains("09.30 WIB TERLAMBAT  01-2026-000001"), "\(tasks.stdout)")
    }
}
