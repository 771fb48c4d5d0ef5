import Foundation
import Testing

/// Tester 30's new minors (N4, N5) and tester 28's F1, F3, F13, with the real binary on the
/// testers' SOPs as typed (`Tests/Fixtures/ktp-el`, `Tests/Fixtures/reklame`).
@Suite("Tester 30 and 28: names, the service limit, per-applicant times, no standard, the rows' sum")
struct Tester30FindingsTests {
    static let ktp = "Tests/Fixtures/ktp-el/12-ktp-el.yaml"
    static let reklame = "Tests/Fixtures/reklame/sop"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t30-\(UUID().uuidString)")

    /// N4: nothing waiting names the role as printed, not by its id.
    @Test func anEmptyWorklistNamesTheRoleAsPrinted() throws {
        let environment = ["SOP_DB": root.appendingPathComponent("sop.sqlite").path]
        let byName = try SOPBinary.run(["tasks", "--as", "Petugas Back Office (Verifikator)", "--sop-dir", Self.reklame], environment: environment)
        #expect(byName.status == 0)
        #expect(byName.stdout == "Tidak ada kegiatan yang menunggu untuk Petugas Back Office (Verifikator).\n", "\(byName.stdout)")
        let byID = try SOPBinary.run(["tasks", "--as", "bo", "--as", "kabid", "--sop-dir", Self.reklame, "--lang", "en"], environment: environment)
        #expect(byID.stdout == "No steps are waiting for Petugas Back Office (Verifikator), Kepala Bidang Pelayanan Perizinan.\n", "\(byID.stdout)")
    }
}
