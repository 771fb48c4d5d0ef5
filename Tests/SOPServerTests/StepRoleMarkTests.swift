import Foundation
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// An event written in a role other than the one its step is run in (around the store's check),
/// by an operator who holds that role, is marked on the web desk's case page as `sop case` marks
/// it, from the same check as `sop db verify` (`PinnedRevisionAudit`, tester 19's F5).
@Suite struct StepRoleMarkTests {
    @Test func theCasePageMarksAnEventInAnotherRoleThanItsSteps() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        // citra, who holds staf-pengaduan, writes a note at step 1 (the receptionist's, still open)
        // in her own role, with a correctly computed hash.
        let sequence = try RoleNotHeldMarkTests.forgeNote(harness, caseID: id, operatorName: "citra", role: "staf-pengaduan",
                                                          after: 60_000, text: "catatan peran lain")
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.status == .ok, "\(page.body)")
        #expect(page.body.contains(
            "<p class=\"galat\" id=\"peran-lain-langkah\">⚠ 1 kejadian ditulis dalam peran selain peran langkahnya (revisi SOP yang diikuti); periksa dengan sop db verify</p>"),
                "\(page.body)")
        #expect(page.body.contains(
            "<span class=\"galat peran-lain\">⚠ kejadian \(sequence) (citra · Staf layanan pengaduan, 30-11-2026 09.01 WIB): ditulis dalam peran ini, tetapi langkah itu dijalankan peran Resepsionis</span>"),
                "\(page.body)")
        // citra held the role: no mark of a role not held.
        #expect(!page.body.contains("tak-dipegang"), "\(page.body)")
        #expect(page.body.components(separatedBy: "⚠ kejadian").count == 2, "only the forged event is marked")
    }
}
