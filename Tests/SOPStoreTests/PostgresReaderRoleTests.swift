import Foundation
import SOPEngine
import Testing
@testable import SOPPostgres
@testable import SOPStore

/// `pimpinan` (the read-only role of heads of unit, tester 11) acts in no step on PostgreSQL:
/// the server's event check (v15) refuses an event in it as one in `pengelola-peran`, while a
/// role held to act in passes that check.
@Suite(.enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped), .timeLimit(.minutes(10)))
struct PostgresReaderRoleTests {
    @Test func anEventInTheReadOnlyRoleIsRefusedByTheServer() throws {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        let me = try #require(store.authenticatedUser)
        for (index, role) in [Roster.adminRole, Roster.readerRole, "resepsionis"].enumerated() {
            try store.appendRoster(RosterEntry(sequence: index + 1, at: Date(), by: me, action: .grant, operatorName: me, role: role, sop: nil))
        }
        let raw = try schema.connection()
        func insert(role: String) -> String {
            "INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) VALUES "
                + "('01-2026-000009', 1, 0, '\(me)', '\(role)', NULL, 'case-started', '{\"nomor\":\"01\"}', 'x')"
        }
        for (role, expected) in [(Roster.readerRole, "role-not-held"), (Roster.adminRole, "role-not-held"), ("resepsionis", "bad-hash")] {
            do {
                try raw.execute(insert(role: role))
                Issue.record("went through in \(role)")
            } catch {
                guard case .server(_, let message) = error else { throw error }
                #expect(message.contains(expected), "\(role): \(message)")
            }
        }
    }
}
