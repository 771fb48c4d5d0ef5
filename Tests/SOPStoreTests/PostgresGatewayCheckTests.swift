import Foundation
import SOPCore
import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// The gateway and administrator checks in PL/pgSQL (migration v22, `PostgresGatewayCheck`):
/// planned once per connection, and answering as the SQL functions they replace did.
@Suite("Gateway and administrator checks on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresGatewayCheckTests {
    typealias Desks = PostgresRosterTests

    /// Both checks are PL/pgSQL (a SQL function running with its owner's rights is parsed and
    /// planned again at every statement calling it), run with their owner's rights, and search the
    /// unit's schema with `pg_temp` last.
    @Test func theChecksKeepTheirPlanAndTheirRights() throws {
        let schema = try PostgresTestServer.Schema()
        _ = try schema.store()
        let rows = try schema.connection().query("""
            SELECT p.proname, l.lanname, p.prosecdef, p.provolatile, array_to_string(p.proconfig, ',')
            FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.pronamespace = current_schema()::regnamespace AND p.proname IN ('sop_is_gateway', 'sop_is_admin')
            ORDER BY p.proname
            """)
        #expect(rows.count == 2)
        for row in 0..<rows.count {
            #expect(rows.text(row, 1) == "plpgsql", "\(rows.text(row, 0))")
            #expect(rows.bool(row, 2), "\(rows.text(row, 0)) runs with its owner's rights")
            #expect(rows.text(row, 3) == "s", "\(rows.text(row, 0)) is stable")
            #expect(rows.text(row, 4) == "search_path=\(schema.name), pg_temp", "\(rows.text(row, 0))")
        }
    }

    /// The same answers as before: only a user listed in `web_gateway` is a gateway, only one
    /// holding `pengelola-peran` for every SOP is an administrator, whoever calls; and a desk that is
    /// not a gateway is still refused the session's check of an answer (v18).
    @Test func theChecksAnswerAsBefore() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Desks.desk("gwdesk_a", schema: schema), b = try Desks.desk("gwdesk_b", schema: schema)
        defer { Desks.drop([a, b], schema: schema) }
        let own = try schema.connection(), deskA = try PGConnection(a.address)
        func checks(_ c: PGConnection) throws -> (gateway: Bool, admin: Bool) {
            let rows = try c.query("SELECT sop_is_gateway(), sop_is_admin()")
            return (rows.bool(0, 0), rows.bool(0, 1))
        }
        #expect(try checks(own) == (false, false))
        #expect(try checks(deskA) == (false, false))
        try Desks.grantStaff(owner, a, b)
        try own.execute("INSERT INTO web_gateway (db_user) VALUES ('\(a.user)')")
        // The owner now holds pengelola-peran, desk A is listed as a gateway: each answers for itself,
        // on connections that already called both checks (their plans kept, their answers not).
        #expect(try checks(own) == (false, true))
        #expect(try checks(deskA) == (true, false))
        #expect(try checks(try PGConnection(b.address)) == (false, false))
        try PostgresCaseProofTests.expectRefused("SELECT sop_web_session_live('none', 'budi', 0)", state: "42501", "not-gateway",
                                                 on: try PGConnection(b.address))
        try PostgresCaseProofTests.expectRefused("SELECT sop_web_session_live('none', 'budi', 0)", state: "28000",
                                                 PostgresSessionGuard.ended, on: deskA)
    }
}
