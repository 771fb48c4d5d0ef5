import Foundation
import Testing

/// The flow as drawn at the desk, through the built binary: the SOP using every construct,
/// run from an answers file (an unlabelled exit, a row passing actor to actor, boxes joined
/// without keys, a skipped optional step, a second table, a non-staff actor recorded by the PPK).
@Suite("sop run, the flow as drawn")
struct DrawnFlowRunTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-flow-\(UUID().uuidString)/sop.sqlite").path

    @Test func theMainPathAsStaffSeeIt() throws {
        let run = try SOPBinary.run(
            ["run", "Tests/Fixtures/flow/kontrak-contoh.yaml", "--answers", "Tests/Fixtures/answers/kontrak-contoh-utama.yaml",
             "--operator", "budi"],
            environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime])
        #expect(run.status == 0, "\(run.stderr)")
        try SOPBinary.expectGolden(run.stdout, "run-kontrak-contoh.txt")
        #expect(run.stdout.contains("[1 Ya (ke kegiatan 3) / 2 Tidak]"))
        #expect(run.stdout.contains("A. Persiapan Kontrak · Kegiatan 3 dari 6 · bagian Penyedia"))
        #expect(run.stdout.contains("Pelaksana : Penyedia (dicatat oleh PPK)"))
        #expect(run.stdout.contains("Kegiatan 5 dilewati: lokasi sudah dikuasai Penyedia"))
    }
}
