import Foundation
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// The web desk on a shared PostgreSQL: the web server connects as one database user listed in
/// `web_gateway`, logs operators in with the PINs kept there (v6), and writes their events,
/// which the server's roster check accepts only from a gateway user and only in roles held.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
struct PostgresServeTests {
    static func schema() throws -> (String, PostgresAddress) {
        let base = try PostgresAddress(ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"]!)
        let name = "sop_serve_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        try PostgresSchema.create(name, at: base)
        return (String(name), try base.inSchema(name))
    }

    @Test func operatorsLogInAndWorkThroughAGatewayUserAndStayLoggedInAcrossInstances() async throws {
        let (schema, address) = try Self.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        // Not yet a gateway: the server refuses to start, saying what to run.
        let roster = [(me, "pengelola-peran"), ("budi", "resepsionis"), ("citra", "staf-pengaduan")]
        for (index, (name, role)) in roster.enumerated() {
            try owner.appendRoster(RosterEntry(sequence: index + 1, at: Harness.monday, by: me, action: .grant, operatorName: name, role: role, sop: nil))
        }
        for name in ["budi", "citra"] { try owner.savePIN(try PINHash.make(Harness.pins[name]!, operatorName: name, at: Harness.monday, by: me)) }
        let refusal = await #expect(throws: ServerApplication.StartFailure.self) {
            try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        }
        // Both statements it needs (tester9: the hint named the INSERT alone).
        #expect(refusal?.message.text(.id).contains("INSERT INTO web_gateway (db_user) VALUES ('\(me)'); "
                                                    + "GRANT SELECT, INSERT, UPDATE, DELETE ON web_session TO \(me);") == true)
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let harness = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        let budi = harness.browser()
        #expect(try await budi.login("budi", pin: "000000").status == .unauthorized)
        #expect(try owner.pin(of: "budi")?.failures == 1, "the attempt is counted in the database")
        #expect(try await budi.login("budi").status == .seeOther)
        let (id, url) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(url)
        let done = try await budi.post(url, [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "0812 3456 7890"),
                                             ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Izin usaha"), ("o.0", "dicatat"),
                                             ("versi", CaseFlowTests.versi(page.body))])
        #expect(done.status == .seeOther, "\(done.body)")
        let events = try owner.events(of: CaseID(id))
        #expect(events.contains { $0.operatorName == "budi" && $0.role == "resepsionis" })
        // Another instance on the same database: budi is still logged in.
        try await harness.rebuild()
        #expect(try await budi.get("/").body.contains("Masuk sebagai budi"))
    }
}
