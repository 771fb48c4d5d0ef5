import Foundation
import Testing

/// Through the built binary, with the roster in force: a case paused by the holder of its
/// waiting step's role stays paused when another desk opens it (`sop run --case` without
/// `--as`, as the tester did), that desk is told who paused it and whose role may resume it
/// (exit 1, nothing written); the holder resumes it and is told the pause is over.
@Suite("Who resumes a paused case")
struct ResumeByWaitingRoleRunTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-resume-\(UUID().uuidString)/sop.sqlite").path

    func sop(_ arguments: [String], as login: String, at time: String, stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-11-30T\(time):00+07:00",
                                                   "SOP_TEST_LOGIN": login], stdin: stdin)
    }

    @Test func onlyTheWaitingRolesHolderResumesIt() throws {
        for (operatorName, role) in [("ani", "pengelola-peran"), ("budi", "resepsionis"), ("citra", "staf-pengaduan"),
                                     ("sari", "staf-pengaduan")] {
            let granted = try sop(["roster", "grant", operatorName, role], as: "ani", at: "08:00")
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        let first = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml"], as: "budi", at: "09:00")
        #expect(first.status == 0, "\(first.stderr)")
        // Step 3 is citra's role's: she pauses it at its first question.
        let paused = try sop(["run", "--case", "01-2026-000001"], as: "citra", at: "09:10", stdin: "/jeda\n")
        #expect(paused.stdout.contains("Kasus dijeda."), "\(paused.stdout)\(paused.stderr)")
        // budi holds no role for step 3: refused, told why, and the case is still paused.
        let refused = try sop(["run", "--case", "01-2026-000001"], as: "budi", at: "09:20", stdin: "\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(
            "Kasus ini dijeda oleh citra sejak 30-11-2026 09.10 WIB; hanya pemegang peran 'Staf layanan pengaduan' yang dapat melanjutkannya."),
            "\(refused.stdout)\(refused.stderr)")
        #expect(!refused.stdout.contains("dilanjutkan"), "\(refused.stdout)")
        let still = try sop(["case", "01-2026-000001"], as: "citra", at: "09:25")
        #expect(still.stdout.contains("⏸ Dijeda oleh citra, 30-11-2026 09.10 WIB → masih dijeda"), "\(still.stdout)")
        #expect(!still.stdout.contains("Dilanjutkan oleh budi"))
        // sari holds the role: she resumes it and is told the pause is over.
        let resumed = try sop(["run", "--case", "01-2026-000001"], as: "sari", at: "10:10", stdin: "")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Jeda selesai: kasus dilanjutkan (dijeda oleh citra, 30-11-2026 09.10 WIB)."),
                "\(resumed.stdout)")
        let timeline = try sop(["case", "01-2026-000001"], as: "citra", at: "10:15")
        #expect(timeline.stdout.contains("⏸ Dijeda oleh citra, 30-11-2026 09.10 WIB → Dilanjutkan oleh sari, 10.10 WIB (1 jam)"),
                "\(timeline.stdout)")
    }
}
