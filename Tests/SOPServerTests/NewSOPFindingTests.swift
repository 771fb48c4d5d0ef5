import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

/// An outside tester's findings on the two SOPs they wrote (`Tests/Fixtures/newsop`), on the web desk.
@Suite struct NewSOPWebFindingTests {
    static let folder = Harness.root.appendingPathComponent("Tests/Fixtures/newsop/sop").path

    /// A copy of the tester's own store (written before desk5: its box starts lost the row
    /// pass's start), with a roster: citra is the Bendahara Penerimaan.
    static func testersStore() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-newsop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sop.sqlite").path
        try FileManager.default.copyItem(atPath: Harness.root.appendingPathComponent("Tests/Fixtures/newsop/store-before-desk5.sqlite").path,
                                         toPath: path)
        _ = try SQLiteCaseStore(path: path, asIs: true).migrate()  // as `sop db migrate` does
        try Harness.prepareRoster(path, grants: [("citra", "bendahara")])
        return path
    }

    /// Finding 1 on the web: row 8's second box (the Bendahara's), with the row's Kelengkapan
    /// already checked at its first box, asks only the row's Output.
    @Test func theStepPageOfARowsSecondBoxAsksNoKelengkapanAgain() async throws {
        let path = try Self.testersStore()
        let harness = try await Harness(folder: Self.folder, open: { _ throws(StoreError) in try SQLiteCaseStore(path: path) })
        let citra = harness.browser()
        try await citra.login("citra")
        let page = try await citra.get("/kasus/07-2026-000005/langkah/terima-bayar")
        #expect(page.status == .ok, "\(page.body)")
        #expect(page.body.contains("Bukti setor retribusi (SSRD)"), "\(page.body)")
        #expect(!page.body.contains("type=\"checkbox\""), "\(page.body)")
    }
}
