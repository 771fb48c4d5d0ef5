import Foundation
import HTTPTypes
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// Two `sop serve` instances on one PostgreSQL share the login limit (v9): a guesser spreading
/// attempts over both gets the limit once, not once per instance. Only the gateway user may
/// count (the table has no grant; the function refuses anyone else).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
struct PostgresRateLimitTests {
    @Test func twoInstancesShareOneLoginLimit() async throws {
        let (schema, address) = try PostgresServeTests.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (index, (name, role)) in [(me, "pengelola-peran"), ("budi", "resepsionis")].enumerated() {
            try owner.appendRoster(RosterEntry(sequence: index + 1, at: Harness.monday, by: me, action: .grant, operatorName: name, role: role, sop: nil))
        }
        try owner.savePIN(try PINHash.make(Harness.pins["budi"]!, operatorName: "budi", at: Harness.monday, by: me))
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let open: @Sendable (String) throws(StoreError) -> any AdministeredStore = { _ throws(StoreError) in try PostgresCaseStore(address: address) }
        let a = try await Harness(configure: { $0.loginAttemptsPerMinute = 4 }, open: open)
        let b = try await Harness(configure: { $0.loginAttemptsPerMinute = 4 }, open: open)
        let onA = a.browser(address: "203.0.113.9"), onB = b.browser(address: "203.0.113.9")
        for browser in [onA, onB, onA, onB] {
            #expect(try await browser.login("budi", pin: "000000").status == .unauthorized)
        }
        #expect(try await onA.login("budi").status == .tooManyRequests)
        #expect(try await onB.login("budi").status == .tooManyRequests)
        #expect(try await b.browser(address: "203.0.113.10").login("budi").status == .seeOther)
        // What is kept: digests, no address. Not a gateway: the server refuses to count.
        let raw = try PGConnection(address)
        let keys = try raw.query("SELECT key_hash FROM web_attempt").texts
        #expect(!keys.isEmpty && keys.allSatisfy { $0.count == 64 && !$0.contains("203.0.113") })
        try raw.execute("DELETE FROM web_gateway")
        #expect(throws: PGFailure.self) { try raw.query("SELECT sop_web_attempt('x', 0, 60000, 10)") }
    }
}
