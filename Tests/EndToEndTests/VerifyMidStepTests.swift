import Foundation
import Testing

/// Found trying the merge as a desk would (2026-12-06): a SQLite store writes a case's title and
/// search keys with its case row (a step starting or ending, the status changing, a correction),
/// not with each answer. A case left in the middle of a step, whose name and phone were typed
/// but whose step has not ended, holds the lookup of the step's start: `sop db verify` reported
/// that honest store as broken ("judul kasus tersimpan '', menurut kejadian 'Siti Aminah'").
@Suite("sop db verify on a case left in the middle of a step")
struct VerifyMidStepTests {
    let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-midstep-\(UUID().uuidString)/sop.sqlite").path
    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime] }

    func sop(_ arguments: [String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment, stdin: stdin)
    }

    @Test func aCaseLeftInTheMiddleOfAStepVerifiesAndAForgedTitleIsStillFound() throws {
        // Step 1 of SOP 01: Identitas, name, NIK, phone typed; the input ends before the address.
        let run = try sop(["run", "01", "--as", "resepsionis"], stdin: "y\nSiti Aminah\n3573014101900002\n081234567890\n")
        #expect(run.stdout.contains("kasus dibiarkan terbuka"), "\(run.stdout)")
        let clean = try sop(["db", "verify"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(!clean.stdout.contains("✗"), "\(clean.stdout)")

        try FaultTests.sqlite(database, "UPDATE case_lookup SET title = 'Kasus palsu' WHERE case_id = '01-2026-000001';")
        let forged = try sop(["db", "verify"])
        #expect(forged.status == 1)
        #expect(forged.stdout.contains("✗ kasus 01-2026-000001: judul kasus tersimpan 'Kasus palsu'"), "\(forged.stdout)")
    }
}
