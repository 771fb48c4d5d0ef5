import Foundation
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// Each request's first read (`DeskLook`): the session, the roster's head and the case's head in
/// one transaction (SQLite) or one statement (PostgreSQL), the same as the three reads it replaces.
@Suite struct DeskLookTests {
    static func session(_ hash: String, expires: Date) -> WebSession {
        WebSession(idHash: hash, operatorName: "budi", createdAt: Harness.monday, lastSeen: Harness.monday, expiresAt: expires, csrf: "token")
    }

    /// The look against the separate reads, on a store holding the case `id` (or none).
    static func check(_ store: some DeskLookStore & DeskHeadStore & WebSessionStore, id: CaseID?) throws {
        try store.saveWebSession(session("live", expires: Harness.monday.addingTimeInterval(3600)))
        try store.saveWebSession(session("gone", expires: Harness.monday.addingTimeInterval(-1)))
        let look = try store.deskLook(sessionHash: "live", at: Harness.monday, caseID: id)
        #expect(look.session == session("live", expires: Harness.monday.addingTimeInterval(3600)))
        #expect(look.session == (try store.webSession(idHash: "live", at: Harness.monday)))
        #expect(look.rosterHead != nil)
        #expect(look.rosterHead == (try store.rosterHead()))
        #expect(look.schemaRefusal == nil)
        if let id {
            #expect(look.caseHead != nil)
            #expect(look.caseHead == (try store.caseHead(id)))
        }
        // An unknown case, an expired or unknown session: nothing.
        #expect(try store.deskLook(sessionHash: "live", at: Harness.monday, caseID: CaseID("01-2026-999999")).caseHead == nil)
        #expect(try store.deskLook(sessionHash: "live", at: Harness.monday, caseID: nil).caseHead == nil)
        #expect(try store.deskLook(sessionHash: "gone", at: Harness.monday, caseID: id).session == nil)
        #expect(try store.deskLook(sessionHash: "nobody", at: Harness.monday, caseID: id).session == nil)
    }

    @Test func onSQLiteTheLookIsTheThreeReads() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        try Self.check(try harness.store(), id: CaseID(id))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                   "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"))
    func onPostgreSQLTheLookIsOneStatementGivingTheSame() throws {
        let (_, address) = try PostgresServeTests.schema()
        let store = try PostgresCaseStore(address: address)
        let me = try #require(store.authenticatedUser)
        try store.appendRoster(RosterEntry(sequence: 1, at: Harness.monday, by: me, action: .grant, operatorName: me,
                                           role: "pengelola-peran", sop: nil))
        try Self.check(store, id: nil)
    }
}
