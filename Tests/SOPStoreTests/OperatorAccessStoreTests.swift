import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPPostgres
@testable import SOPStore

/// What a roster administrator removes of an operator's access (tester 12, F3 and F8): their web
/// sessions, their PIN, their one-time-code enrolment; who is enrolled, names only.
@Suite struct OperatorAccessStoreTests {
    static func session(_ hash: String, _ name: String) -> WebSession {
        WebSession(idHash: hash, operatorName: name, createdAt: t0, lastSeen: t0, expiresAt: t0.addingTimeInterval(3600), csrf: hash)
    }

    /// Two sessions of budi, one of citra; PINs and codes for both.
    static func fill(_ store: some WebSessionStore & RosterStore & TOTPStore, by admin: String) throws {
        for name in ["budi", "citra"] {
            try store.savePIN(try PINHash.make("rahasia-123", operatorName: name, at: t0, by: admin))
            try store.saveTOTP(TOTPRecord(operatorName: name, secret: "JBSWY3DPEHPK3PXP", setAt: t0, setBy: admin))
        }
        for (hash, name) in [("s1", "budi"), ("s2", "budi"), ("s3", "citra")] { try store.saveWebSession(session(hash, name)) }
    }

    static func expectRemoved(_ store: some WebSessionStore & RosterStore & TOTPStore & OperatorAccessStore) throws {
        #expect(try store.totpEnrolled() == ["budi", "citra"])
        #expect(try store.endWebSessions(of: "budi") == 2)
        #expect(try store.webSession(idHash: "s1", at: t0) == nil && store.webSession(idHash: "s2", at: t0) == nil)
        #expect(try store.webSession(idHash: "s3", at: t0) != nil)
        #expect(try store.endWebSessions(of: "budi") == 0)
        #expect(try store.removePIN(of: "budi"))
        #expect(try store.pin(of: "budi") == nil && store.pin(of: "citra") != nil)
        #expect(try !store.removePIN(of: "budi"))
        #expect(try store.removeTOTP(of: "budi"))
        #expect(try store.totp(of: "budi") == nil)
        #expect(try !store.removeTOTP(of: "budi"))
        #expect(try store.totpEnrolled() == ["citra"])
    }

    @Test func sqliteRemovesSessionsPINsAndCodesOfOneOperator() throws {
        let store = try SQLiteCaseStore(inMemory: ())
        try store.appendRoster(grant(1, "ani", Roster.adminRole, by: "ani"))
        try Self.fill(store, by: "ani")
        try Self.expectRemoved(store)
        // The web desk's own change replaces an existing PIN only (an enrolment is the administrator's),
        // and ends the operator's other sessions in the same transaction, keeping the one that changed it.
        try store.saveWebSession(Self.session("s4", "citra"))
        #expect(try store.changeOwnPIN(try PINHash.make("baru-4567", operatorName: "citra", at: t0, by: "citra"), keeping: "s3") == 1)
        #expect(PINHash.verify("baru-4567", against: try #require(try store.pin(of: "citra"))))
        #expect(try store.webSession(idHash: "s3", at: t0) != nil && store.webSession(idHash: "s4", at: t0) == nil)
        #expect(try store.changeOwnPIN(try PINHash.make("baru-4567", operatorName: "budi", at: t0, by: "budi"), keeping: "s1") == 0)
        #expect(try store.pin(of: "budi") == nil)
        try Self.expectSetPINEndsSessions(store)
    }

    /// An administrator's `savePIN` ends every session of the operator (citra's s3 and s5), no one else's.
    static func expectSetPINEndsSessions(_ store: some WebSessionStore & RosterStore) throws {
        try store.saveWebSession(session("s5", "citra"))
        try store.saveWebSession(session("s6", "dewi"))
        #expect(try store.savePIN(try PINHash.make("lagi-98765", operatorName: "citra", at: t0, by: "ani")) == 2)
        #expect(try store.webSession(idHash: "s3", at: t0) == nil && store.webSession(idHash: "s5", at: t0) == nil)
        #expect(try store.webSession(idHash: "s6", at: t0) != nil)
    }

    @Test(.enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped))
    func onPostgreSQLOnlyARosterAdministratorRemovesThemAndTheServerChecks() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try PostgresRosterTests.desk("desk_a", schema: schema), b = try PostgresRosterTests.desk("desk_b", schema: schema)
        defer { PostgresRosterTests.drop([a, b], schema: schema) }
        try PostgresRosterTests.grantStaff(owner, a, b)
        let admin = try #require(owner.authenticatedUser)
        try Self.fill(owner, by: admin)
        // A desk user (no administrator) calling the functions directly: the server refuses each,
        // and nothing is removed.
        let desk = try PostgresCaseStore(address: a.address)
        for call in [{ _ = try desk.endWebSessions(of: "budi") }, { _ = try desk.removePIN(of: "budi") },
                     { _ = try desk.removeTOTP(of: "budi") }, { _ = try desk.totpEnrolled() },
                     { _ = try desk.changeOwnPIN(try PINHash.make("baru-4567", operatorName: "budi", at: t0, by: "budi"), keeping: "s1") },
                     { _ = try desk.savePIN(try PINHash.make("baru-4567", operatorName: "budi", at: t0, by: "budi")) },
                     // The administrator is no web gateway: an operator's own change is the desk's alone.
                     { _ = try owner.changeOwnPIN(try PINHash.make("baru-4567", operatorName: "budi", at: t0, by: "budi"), keeping: "s1") }]
                     as [() throws -> Void] {
            #expect(throws: StoreError.self) { try call() }
        }
        let raw = try PGConnection(a.address)
        #expect(throws: PGFailure.self) { try raw.execute("DELETE FROM web_session") }
        #expect(try owner.webSession(idHash: "s1", at: t0) != nil && owner.pin(of: "budi") != nil && owner.totp(of: "budi") != nil)
        try Self.expectRemoved(owner)
        try Self.expectSetPINEndsSessions(owner)
    }
}
