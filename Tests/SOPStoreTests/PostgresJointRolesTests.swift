import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// Migration v27 (`PostgresJointRoles`): a joint row's `bersama` staff roles (tester 28's F17)
/// may work on and complete it, each in its own role, and the server refuses any other role.
/// No server needed for the text.
@Suite("The roster check with joint roles (v27), its text")
struct PostgresJointRolesTextTests {
    @Test func theCheckIsV26sWithTheJointRolesInItsLookupAndItsGuardRowsAndNothingElseChanged() {
        let check = PostgresJointRoles.check
        #expect(!PostgresQuickCheck.check.isEmpty)
        #expect(check.hasPrefix("CREATE OR REPLACE FUNCTION sop_case_event_role_held()"))
        #expect(check.contains(PostgresJointRoles.blocked))
        #expect(check.components(separatedBy: PostgresJointRoles.stepGuardStart).count == 3)
        // Without the joint roles, v26's check word for word: its quick path and its rules.
        #expect(check.replacingOccurrences(of: PostgresJointRoles.blocked, with: PostgresJointRoles.blockedV26)
                    .replacingOccurrences(of: PostgresJointRoles.stepGuardStart, with: PostgresQuickCheck.stepGuardStart)
                == PostgresQuickCheck.check)
        #expect(check.contains(PostgresQuickCheck.quickPath.replacingOccurrences(
            of: PostgresQuickCheck.stepGuardStart, with: PostgresJointRoles.stepGuardStart)))
        #expect(check.contains(PostgresQuickCheck.plannedOnce))
        // A pause, a resume or a cancellation still needs a waiting step's own role (v14, v25).
        #expect(check.contains("SELECT 1 FROM sop_step_guard g WHERE g.case_id = NEW.case_id AND g.role = NEW.role"))
        #expect(PostgresMigrations.all.first { $0.version == 27 }?.name == PostgresJointRoles.name)
        #expect(PostgresMigrations.indonesian[27] != nil)
    }
}

@Suite("The roster check with joint roles (v27) on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresJointRolesTests {
    typealias Desks = PostgresRosterTests

    /// Desk A (resepsionis) starts the case and row 3, the staf-pengaduan's with `bersama:
    /// [resepsionis]`; desk C holds bidang-terkait. A: the worklist of both roles; A answers and
    /// completes it in its own role through the quick path; C's hand-written answer is refused
    /// as `not-step-role`; a start that names no joint roles lets nobody else in; the rows are
    /// what `sop_guard_fill` makes of the events and `sop db verify` finds nothing.
    @Test func aJointRoleCompletesTheStepAndAThirdRoleIsRefused() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Desks.desk("joint_a", schema: schema), b = try Desks.desk("joint_b", schema: schema)
        let c = try Desks.desk("joint_c", schema: schema)
        defer { Desks.drop([a, b, c], schema: schema) }
        try Desks.grantStaff(owner, a, b)
        let admin = try #require(owner.authenticatedUser)
        try owner.appendRoster(grant(4, c.user, "bidang-terkait", by: admin))
        let (deskA, id) = try Desks.startCase(owner, at: a)
        let raw = try schema.connection()
        func guardRows() throws -> [String] {
            try raw.query("""
                SELECT step || ' ' || coalesce(role, '-') || ' ' || coalesce(array_to_string(joint, ','), '-')
                FROM sop_step_guard WHERE case_id = $1 ORDER BY 1
                """, [.text(id.rawValue)]).texts
        }
        func tasks() throws -> [String] {
            try raw.query("SELECT step || ' ' || role FROM case_task WHERE case_id = $1 ORDER BY 1", [.text(id.rawValue)]).texts
        }
        func by(_ user: String, _ sequence: Int, role: String, _ kind: CaseEvent.Kind) -> CaseEvent {
            CaseEvent(sequence: sequence, at: t0, operatorName: user, role: role, kind: kind)
        }
        let joint = CaseEvent.StepStarted(step: "3", visit: 1, role: "staf-pengaduan", due: nil, joint: ["resepsionis"])
        var state = CaseState(id: id, events: try deskA.events(of: id))
        let start = by(a.user, 2, role: "resepsionis", .stepStarted(joint))
        state.apply(start)
        let waiting = try #require(state.projection(lookupFreeFor: "01"))
        #expect(waiting.active.map(\.role) == ["staf-pengaduan", "resepsionis"])
        try deskA.append([start], to: id, projection: waiting)
        #expect(try guardRows() == ["3 staf-pengaduan resepsionis"])
        // Both roles' worklists: one row each (case_task's key is (case, step, role) since v27).
        #expect(try tasks() == ["3 resepsionis", "3 staf-pengaduan"])
        #expect(try deskA.tasks(roles: ["resepsionis"]).map { "\($0.entry.step) \($0.entry.role)" } == ["3 resepsionis"])
        let deskB = try PostgresCaseStore(address: b.address)
        #expect(try deskB.tasks(roles: ["staf-pengaduan"]).map { "\($0.entry.step) \($0.entry.role)" } == ["3 staf-pengaduan"])

        // Desk C, holding a third role of the SOP, writes an answer by hand: refused by the server.
        let rawC = try PGConnection(c.address)
        try PostgresCaseProofTests.expectRefused("""
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT '\(id.rawValue)', 3, 0, '\(c.user)', 'bidang-terkait', '3', 'note-added', '{"step":"3","text":"x"}',
                   sop_event_hash('\(id.rawValue)', 3, 0, '\(c.user)', 'bidang-terkait', '3', 'note-added', '{"step":"3","text":"x"}',
                                  (SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = 2))
            """, state: "42501", "not-step-role", on: rawC)

        // Desk A answers and completes it in its own role (the joint one).
        let answered = [by(a.user, 3, role: "resepsionis", .outputRecorded(.init(step: "3", visit: 1, item: "KTP-el", text: "1", attachment: nil))),
                        by(a.user, 4, role: "resepsionis", .stepCompleted(.init(step: "3", visit: 1, used: 60)))]
        answered.forEach { state.apply($0) }
        try deskA.append(answered, to: id, projection: try #require(state.projection(lookupFreeFor: "01")))
        #expect(try guardRows() == [])
        #expect(try tasks() == [])
        #expect(try raw.query("SELECT role FROM case_event WHERE case_id = $1 AND sequence = 4", [.text(id.rawValue)]).text(0, 0) == "resepsionis")

        // A start without joint roles lets only its own role in, as before v27.
        let plain = by(a.user, 5, role: "resepsionis", .stepStarted(.init(step: "4", visit: 1, role: "staf-pengaduan", due: nil)))
        state.apply(plain)
        try deskA.append([plain], to: id, projection: try #require(state.projection(lookupFreeFor: "01")))
        #expect(try guardRows() == ["4 staf-pengaduan -"])
        let rawA = try PGConnection(a.address)
        try PostgresCaseProofTests.expectRefused("""
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT '\(id.rawValue)', 6, 0, '\(a.user)', 'resepsionis', '4', 'note-added', '{"step":"4","text":"x"}',
                   sop_event_hash('\(id.rawValue)', 6, 0, '\(a.user)', 'resepsionis', '4', 'note-added', '{"step":"4","text":"x"}',
                                  (SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = 5))
            """, state: "42501", "not-step-role", on: rawA)

        // The fill makes the same rows of the events (a verified copy), joint roles included.
        try raw.execute("UPDATE sop_step_guard SET joint = ARRAY['x']")
        let broken = try #require(try owner.keptRowBreaks(only: id.rawValue))
        #expect(broken.map { $0.message.text(.en) }.contains { $0.contains("joint roles of step 4") }, "\(broken.map { $0.message.text(.en) })")
        try raw.execute("DELETE FROM sop_step_guard")
        try raw.execute("SELECT sop_guard_fill(NULL)")
        #expect(try guardRows() == ["4 staf-pengaduan -"])
        #expect(try owner.keptRowBreaks(only: id.rawValue) == [])

        // Planned once still, the temporary schema searched last.
        let settings = try raw.query("SELECT proconfig::text[] FROM pg_proc WHERE oid = 'sop_case_event_role_held'::regproc").text(0, 0)
        #expect(settings.contains("plan_cache_mode=force_generic_plan") && settings.contains("search_path=\(schema.name), pg_temp"), "\(settings)")
    }
}

extension CaseState {
    /// The listing row of a test case (no SOP: step ids as labels, role ids as names).
    func projection(lookupFreeFor nomor: String) -> CaseProjection? {
        guard let startedAt, let updatedAt else { return nil }
        return CaseProjection(nomor: nomor, judul: "Pengaduan", revision: "rev", status: status, startedAt: startedAt, updatedAt: updatedAt,
                              lastSequence: lastSequence, active: active.flatMap { visit in
                                  visit.waitingRoles.map {
                                      .init(step: visit.step, stepLabel: visit.step, visit: visit.visit, role: $0, roleName: $0.capitalized,
                                            startedAt: visit.startedAt, due: visit.due)
                                  }
                              })
    }
}
