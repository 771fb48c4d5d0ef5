import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPPostgres
@testable import SOPStore

/// tester9: the README's grants (`GRANT SELECT ON ALL TABLES IN SCHEMA …`) let every desk and
/// the web gateway read the PIN hashes and the one-time-code secrets. Since v13 they are in a
/// schema of their own that no grant on the store's schema reaches; the server's functions still
/// read them for the gateway and the roster administrator.
@Suite("PINs and secrets out of a desk's reach on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct SecretSchemaTests {
    @Test func aDeskAndTheGatewayGrantedEveryTableStillCannotReadAPINOrASecret() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let admin = try #require(owner.authenticatedUser)
        try owner.appendRoster(grant(1, admin, Roster.adminRole, by: admin))
        try owner.appendRoster(grant(2, "budi", "resepsionis", by: admin))
        try owner.savePIN(try PINHash.make("rahasia-1", operatorName: "budi", at: t0, by: admin))
        try owner.saveTOTP(TOTPRecord(operatorName: "budi", secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", setAt: t0, setBy: admin))

        let desk = try PostgresRosterTests.desk("desk_s", schema: schema)
        let gateway = try PostgresRosterTests.desk("gate_s", schema: schema)
        defer { PostgresRosterTests.drop([desk, gateway], schema: schema) }
        let raw = try schema.connection()
        // What the README's blocks say, and more than an administrator would: every table, the
        // schema, and again after the migration.
        for user in [desk.user, gateway.user] {
            try raw.execute("GRANT USAGE ON SCHEMA \(schema.name) TO \(user); GRANT SELECT ON ALL TABLES IN SCHEMA \(schema.name) TO \(user)")
        }
        try raw.execute(PostgresWebDesk.gatewayGrants(schema: schema.name, user: gateway.user))

        let secret = PostgresSecrets.schema(of: schema.name)
        for user in [desk, gateway] {
            let connection = try PGConnection(user.address)
            for sql in ["SELECT * FROM operator_pin", "SELECT * FROM operator_totp", "SELECT * FROM \(secret).operator_pin",
                        "SELECT * FROM \(secret).operator_totp", "SELECT * FROM \(schema.name).operator_pin"] {
                do {
                    let rows = try connection.query(sql)
                    Issue.record("\(user.user) read \(rows.count) rows: \(sql)")
                } catch {
                    guard case .server(let state, let message) = error else { throw error }
                    // 42P01: no such table where the desk looks; 42501: the private schema refused.
                    #expect(["42P01", "42501"].contains(state), "\(sql): \(state) \(message)")
                }
            }
        }
        // The server's functions still work for those they are for.
        let asGateway = try PostgresCaseStore(address: gateway.address)
        let pin = try #require(try asGateway.pin(of: "budi"))
        #expect(PINHash.verify("rahasia-1", against: pin))
        #expect(try asGateway.recordPINAttempt(of: "budi", success: false, at: t0)?.failures == 1)
        #expect(try asGateway.totp(of: "budi")?.secret == "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        #expect(try asGateway.useTOTPStep(of: "budi", step: 7))
        #expect(try owner.pin(of: "budi")?.failures == 1)
        // A desk user is refused the functions, as before.
        let asDesk = try PostgresCaseStore(address: desk.address)
        #expect(refusal { _ = try asDesk.pin(of: "budi") } != nil)
    }
}
