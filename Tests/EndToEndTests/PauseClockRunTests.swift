import Foundation
import Testing

/// A pause stops the clock (SOP 01 says nothing: the default, ya) through the built binary:
/// the step's time leaves the pause out, `sop case` shows who paused and resumed it and when,
/// and `sop report` counts a paused case apart.
@Suite("Pauses and the clock")
struct PauseClockRunTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pause-\(UUID().uuidString)/sop.sqlite").path

    func sop(_ arguments: [String], at time: String) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-11-30T\(time):00+07:00"])
    }

    @Test func aPausedHourIsLeftOutOfTheStepsTime() throws {
        let first = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis",
                             "--operator", "budi"], at: "09:00")
        #expect(first.status == 0, "\(first.stderr)")
        let answers = try SOPBinary.folder([
            "jeda.yaml": "langkah:\n  - {tindakan: jeda}\n",
            "lanjut.yaml": """
                langkah:
                  - kegiatan: 3
                    kelengkapan: {Berkas pengaduan: ya}
                    output: {Analisis Pengaduan: Analisis selesai}
                  - kegiatan: 4
                  - kegiatan: 5
                    kelengkapan: {Berkas analisis: ya}
                    output: {Bahan/data/informasi dari bidang: Informasi disampaikan}
                  - kegiatan: 6
                    kelengkapan: {Berkas pendukung: ya}
                    output: {Form Penerimaan Layanan: Ditandatangani}

                """,
        ]).appendingPathComponent("sop")
        // Step 3 (30 menit) opened at 09.00; paused at 09.10 to wait for the complainant.
        let paused = try sop(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "sari",
                              "--answers", answers.appendingPathComponent("jeda.yaml").path], at: "09:10")
        #expect(paused.stdout.contains("Kasus dijeda."), "\(paused.stdout)\(paused.stderr)")
        // Resumed an hour later and done at once: 10 minutes used, not 70.
        let later = try sop(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "ani",
                             "--answers", answers.appendingPathComponent("lanjut.yaml").path], at: "10:10")
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.contains(
            "✓ Kegiatan 3 selesai dalam 10 menit — tepat waktu (standar 30 menit, sisa 20 menit, tanpa 1 jam dijeda)"),
            "\(later.stdout)")
        let timeline = try sop(["case", "01-2026-000001"], at: "10:15")
        #expect(timeline.stdout.contains(
            "⏸ Dijeda oleh sari, 30-11-2026 09.10 WIB → Dilanjutkan oleh ani, 10.10 WIB (1 jam) · waktu berhenti selama jeda"),
            "\(timeline.stdout)")
        // The timeline judges the step as the desk did.
        // (The clock time and the time counted, which adds up with the sisa: web7.)
        #expect(timeline.stdout.contains("→ 10.10 (1 jam 10 menit; terhitung 10 menit) · standar 30 menit: tepat waktu, sisa 20 menit"),
                "\(timeline.stdout)")
        let english = try sop(["case", "01-2026-000001", "--lang", "en"], at: "10:15")
        #expect(english.stdout.contains("⏸ Paused by sari, 30-11-2026 09.10 WIB → Resumed by ani, 10.10 WIB (1 h) · the clock stops while paused"),
                "\(english.stdout)")
        // A second case left paused is counted apart in the report.
        _ = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis",
                     "--operator", "budi"], at: "11:00")
        _ = try sop(["run", "--case", "01-2026-000002", "--as", "staf-pengaduan", "--operator", "sari",
                     "--answers", answers.appendingPathComponent("jeda.yaml").path], at: "11:05")
        let report = try sop(["report", "01"], at: "12:00")
        #expect(report.stdout.contains("Kasus 2 (selesai 1, dibatalkan 0, terbuka 0, dijeda 1)"), "\(report.stdout)")
        let still = try sop(["case", "01-2026-000002"], at: "12:00")
        #expect(still.stdout.contains("⏸ Dijeda oleh sari, 30-11-2026 11.05 WIB → masih dijeda"), "\(still.stdout)")
    }
}
