import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// Migration v29 (`PostgresBranchCorrection`, tester 34's F3): a decision's branch corrected in
/// the role that took it, closing the steps its wrong branch started. No server needed for the text.
@Suite("The roster check with branch corrections (v29), its text")
struct PostgresBranchCorrectionTextTests {
    @Test func theCheckIsV27sWithTheTwoRulesAndNothingElseChanged() {
        let check = PostgresBranchCorrection.check
        #expect(!PostgresJointRoles.check.isEmpty && !check.isEmpty)
        #expect(check.contains(PostgresBranchCorrection.quickTypes) && check.contains(PostgresBranchCorrection.stepRule))
        // Without them, v27's check word for word.
        #expect(check.replacingOccurrences(of: PostgresBranchCorrection.stepRule, with: PostgresBranchCorrection.stepRuleV27)
                    .replacingOccurrences(of: PostgresBranchCorrection.quickTypes, with: PostgresBranchCorrection.quickTypesV27)
                == PostgresJointRoles.check)
        #expect(PostgresMigrations.all.first { $0.version == 29 }?.name == PostgresBranchCorrection.name)
        #expect(PostgresMigrations.indonesian[29] != nil)
    }
}

@Suite("The roster check with branch corrections (v29) on PostgreSQL",
       .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped), .timeLimit(.minutes(10)))
struct PostgresBranchCorrectionTests {
    typealias Desks = PostgresRosterTests

    /// Desk A (resepsionis) takes decision 2 ("Ya" → 3); row 3 starts in staf-pengaduan's role.
    /// Desk C (bidang-terkait, a third role) may neither correct the branch nor close row 3; desk
    /// A corrects it, closing row 3 in its own role and starting row 4; the guard rows are what
    /// the events make and `sop db verify` finds nothing.
    @Test func theDecisionsRoleCorrectsTheBranchAndAThirdRoleIsRefused() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Desks.desk("branch_a", schema: schema), b = try Desks.desk("branch_b", schema: schema)
        let c = try Desks.desk("branch_c", schema: schema)
        defer { Desks.drop([a, b, c], schema: schema) }
        try Desks.grantStaff(owner, a, b)
        let admin = try #require(owner.authenticatedUser)
        try owner.appendRoster(grant(4, c.user, "bidang-terkait", by: admin))
        let (deskA, id) = try Desks.startCase(owner, at: a)
        let raw = try schema.connection()
        func guardRows() throws -> [String] {
            try raw.query("SELECT step || ' ' || coalesce(role, '-') FROM sop_step_guard WHERE case_id = $1 ORDER BY 1", [.text(id.rawValue)]).texts
        }
        func by(_ user: String, _ sequence: Int, role: String, _ kind: CaseEvent.Kind) -> CaseEvent {
            CaseEvent(sequence: sequence, at: t0, operatorName: user, role: role, kind: kind)
        }
        var state = CaseState(id: id, events: try deskA.events(of: id))
        let taken = [
            by(a.user, 2, role: "resepsionis", .stepStarted(.init(step: "2", visit: 1, role: "resepsionis", due: nil))),
            by(a.user, 3, role: "resepsionis", .branchChosen(.init(step: "2", visit: 1, label: "Ya", target: "3"))),
            by(a.user, 4, role: "resepsionis", .stepCompleted(.init(step: "2", visit: 1))),
            by(a.user, 5, role: "resepsionis", .stepStarted(.init(step: "3", visit: 1, role: "staf-pengaduan", due: nil))),
        ]
        taken.forEach { state.apply($0) }
        try deskA.append(taken, to: id, projection: try #require(state.projection(lookupFreeFor: "01")))
        #expect(try guardRows() == ["3 staf-pengaduan"])

        let correction = CaseEvent.Kind.branchCorrected(.init(step: "2", visit: 1, label: "Tidak", target: "4", previousLabel: "Ya",
                                                              previousTarget: "3", reason: "salah pilih", closed: ["3"]))
        let closing = CaseEvent.Kind.stepCompleted(.init(step: "3", visit: 1, skipped: "dikoreksi"))
        // Desk C, a third role of the SOP: its correction, and its closing of row 3, are refused.
        let rawC = try PGConnection(c.address)
        func insert(_ user: String, _ role: String, _ sequence: Int, step: String, _ kind: CaseEvent.Kind) -> String {
            let payload = kind.payloadText.replacingOccurrences(of: "'", with: "''")
            return """
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                SELECT '\(id.rawValue)', \(sequence), 0, '\(user)', '\(role)', '\(step)', '\(kind.type)', '\(payload)',
                       sop_event_hash('\(id.rawValue)', \(sequence), 0, '\(user)', '\(role)', '\(step)', '\(kind.type)', '\(payload)',
                                      (SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = \(sequence - 1)))
                """
        }
        try PostgresCaseProofTests.expectRefused(insert(c.user, "bidang-terkait", 6, step: "2", correction), state: "42501", "not-step-role", on: rawC)
        try PostgresCaseProofTests.expectRefused(insert(c.user, "bidang-terkait", 6, step: "3", closing), state: "42501", "not-step-role", on: rawC)
        // Desk A's own closing of row 3 without a correction before it: refused as before.
        let rawA = try PGConnection(a.address)
        try PostgresCaseProofTests.expectRefused(insert(a.user, "resepsionis", 6, step: "3", closing), state: "42501", "not-step-role", on: rawA)

        // Desk A corrects the branch: row 3 closed in A's role, row 4 started.
        let corrected = [
            by(a.user, 6, role: "resepsionis", correction),
            by(a.user, 7, role: "resepsionis", closing),
            by(a.user, 8, role: "resepsionis", .stepStarted(.init(step: "4", visit: 1, role: "resepsionis", due: nil))),
        ]
        corrected.forEach { state.apply($0) }
        try deskA.append(corrected, to: id, projection: try #require(state.projection(lookupFreeFor: "01")))
        #expect(try guardRows() == ["4 resepsionis"])
        #expect(try owner.keptRowBreaks(only: id.rawValue) == [])
        try raw.execute("DELETE FROM sop_step_guard")
        try raw.execute("SELECT sop_guard_fill(NULL)")
        #expect(try guardRows() == ["4 resepsionis"])
    }
}
