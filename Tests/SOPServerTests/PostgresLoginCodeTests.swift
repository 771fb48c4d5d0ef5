import Foundation
import HTTPTypes
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// Tester 11 (F2) on PostgreSQL, where the PIN's lock is kept for every instance: a right PIN
/// with wrong one-time codes locks the name as wrong PINs do, with the same answer; the head of
/// unit (`pimpinan`) logs in to read.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
struct PostgresLoginCodeTests {
    @Test func wrongCodesLockTheNameOnPostgreSQL() async throws {
        let (schema, address) = try PostgresServeTests.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (index, (name, role)) in [(me, Roster.adminRole), ("kabid", Roster.readerRole)].enumerated() {
            try owner.appendRoster(RosterEntry(sequence: index + 1, at: Harness.monday, by: me, action: .grant, operatorName: name, role: role, sop: nil))
        }
        try owner.savePIN(try PINHash.make(LoginCodesUnitCasesAndStatusPageTests.kabidPIN, operatorName: "kabid", at: Harness.monday, by: me))
        let secret = OneTimeCode.newSecret()
        try owner.saveTOTP(TOTPRecord(operatorName: "kabid", secret: secret, setAt: Harness.monday, setBy: me))
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let open: @Sendable (String) throws(StoreError) -> any AdministeredStore = { _ throws(StoreError) in try PostgresCaseStore(address: address) }
        let harness = try await Harness(open: open)
        let browser = harness.browser(address: "203.0.113.20")
        try await browser.get("/masuk")
        let code = OneTimeCode.code(secret: secret, at: Harness.monday)
        let wrongPIN = try await browser.post("/masuk", [("nama", "kabid"), ("pin", "000000"), ("kode", code)])
        #expect(wrongPIN.status == .unauthorized)
        for _ in 0..<4 {
            let wrongCode = try await browser.post("/masuk", [("nama", "kabid"), ("pin", LoginCodesUnitCasesAndStatusPageTests.kabidPIN), ("kode", LoginCodesUnitCasesAndStatusPageTests.wrong(code))])
            #expect(wrongCode.status == .unauthorized)
            #expect(wrongCode.body == wrongPIN.body)
        }
        #expect(try owner.pin(of: "kabid")?.lockedUntil.map { $0 > Harness.monday } == true)
        #expect(try await browser.post("/masuk", [("nama", "kabid"), ("pin", LoginCodesUnitCasesAndStatusPageTests.kabidPIN), ("kode", code)]).status == .unauthorized)
        harness.clock.advance(minutes: 16)
        let later = OneTimeCode.code(secret: secret, at: harness.clock.now())
        #expect(try await browser.post("/masuk", [("nama", "kabid"), ("pin", LoginCodesUnitCasesAndStatusPageTests.kabidPIN), ("kode", later)]).status == .seeOther)
        #expect(try await browser.get("/kasus-unit").status == .ok)
    }
}
