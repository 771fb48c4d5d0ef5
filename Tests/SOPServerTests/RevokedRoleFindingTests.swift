import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// The store's own roster check refusing a write (a role revoked between the page's check and
/// the write) is a 403 in the page's words, not a 503 with the store's sentence.
@Suite struct RevokedRoleFindingTests {
    @Test func theStoreRefusingTheRoleIs403InThePagesWords() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        // The revocation lands after the desk read the roster: the store's holdings (what its
        // trigger checks, in the write's transaction) no longer have budi's role.
        try harness.store().withDatabase { db in
            try db.execute(sql: "DELETE FROM roster_holding WHERE operator = 'budi' AND role = 'resepsionis'")
        }
        let before = try harness.store().events(of: CaseID(id)).count
        let reply = try await budi.post(first, [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "081234567890"),
                                                ("f.nik", "3573014101900001"), ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"),
                                                ("o.0", "x"), ("versi", CaseFlowTests.versi(page.body))])
        #expect(reply.status == .forbidden)
        #expect(reply.body.contains("Kegiatan 1 dikerjakan oleh peran &#39;Resepsionis&#39;. Anda tidak memegang peran itu."))
        #expect(!reply.body.contains("penyimpanan menolak"))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
    }
}
