import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// The rows the server's roster check reads (migration v15, `PostgresGuardRows`): a case's SOP
/// and each open step's role, kept by the check alone as events are inserted, filled from the
/// events for cases stored before, out of every desk's reach.
@Suite("The roster check's guard rows on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresGuardRowsTests {
    typealias Desks = PostgresRosterTests

    func guardRows(_ c: PGConnection) throws -> [String] {
        try c.query("""
            SELECT 'case ' || case_id || ' ' || coalesce(nomor, '-') FROM sop_case_guard
            UNION ALL SELECT 'step ' || case_id || ' ' || step || ' ' || coalesce(role, '-') FROM sop_step_guard ORDER BY 1
            """).texts
    }

    @Test func theRowsFollowTheEventsAndAreWhatTheFillMakesOfThem() throws {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        let raw = try schema.connection()
        #expect(try guardRows(raw) == ["case \(id.rawValue) 01"])

        func start(_ sequence: Int, _ step: String, _ role: String, visit: Int = 1) -> CaseEvent {
            event(sequence, .stepStarted(.init(step: step, visit: visit, role: role, due: nil)))
        }
        try store.append([start(2, "1", "resepsionis"), start(3, "2", "staf-pengaduan")], to: id,
                         projection: projection(sequence: 3, active: [("1", "resepsionis", nil), ("2", "staf-pengaduan", nil)]))
        #expect(try guardRows(raw) == ["case \(id.rawValue) 01", "step \(id.rawValue) 1 resepsionis", "step \(id.rawValue) 2 staf-pengaduan"])
        // A completed step leaves them; a step started again (a loop back) is open in its new role.
        try store.append([event(4, .stepCompleted(.init(step: "1", visit: 1, used: 60))), start(5, "2", "bidang-terkait", visit: 2)], to: id,
                         projection: projection(sequence: 5, active: [("2", "bidang-terkait", nil)]))
        #expect(try guardRows(raw) == ["case \(id.rawValue) 01", "step \(id.rawValue) 2 bidang-terkait"])
        let kept = try guardRows(raw)

        // A store migrated from v14 has its rows filled from the events by the same function.
        try raw.execute("DELETE FROM sop_case_guard; DELETE FROM sop_step_guard")
        try raw.execute("SELECT sop_guard_fill(NULL)")
        #expect(try guardRows(raw) == kept)
        // A verified copy (the check disabled while it writes) fills the rows of the cases it copied.
        try raw.execute("DELETE FROM sop_case_guard; DELETE FROM sop_step_guard")
        try raw.query(PostgresGuardRows.fillUnguarded)
        #expect(try guardRows(raw) == kept)
    }

    @Test func aDeskCannotWriteThemAndItsEventsAreCheckedAgainstThem() throws {
        // The refusals are v14's, taken from its text.
        for code in ["not-session-user", "role-not-held", "not-step-role", "no-waiting-step", "bad-hash"] {
            #expect(PostgresGuardRows.v14Refusals.contains("sop-roster: \(code)"), "\(code)")
        }
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Desks.desk("desk_a", schema: schema), b = try Desks.desk("desk_b", schema: schema)
        defer { Desks.drop([a, b], schema: schema) }
        try Desks.grantStaff(owner, a, b)
        let (deskA, id) = try Desks.startCase(owner, at: a)
        let stepOfB = CaseEvent(sequence: 2, at: t0, operatorName: a.user, role: "resepsionis",
                                kind: .stepStarted(.init(step: "3", visit: 1, role: "staf-pengaduan", due: nil)))
        try deskA.append([stepOfB], to: id, projection: projection(sequence: 2))

        let rawA = try PGConnection(a.address)
        try Desks.expectRefused([
            ("UPDATE sop_step_guard SET role = 'resepsionis'", "permission denied"),
            ("DELETE FROM sop_step_guard", "permission denied"),
            ("INSERT INTO sop_step_guard VALUES ('\(id.rawValue)', '4', 'resepsionis')", "permission denied"),
            ("UPDATE sop_case_guard SET nomor = '02'", "permission denied"),
            ("SELECT sop_guard_fill(NULL)", "permission denied"),
        ], on: rawA)

        // Desk A's hand-written events: one that links after the head passes (the server's bytes
        // are `sop_event_hash`'s, a NULL step included); one after a gap is refused, even with the
        // hash it would have linked to an empty head (before, such a row went through).
        func note(_ sequence: Int, previous: String) -> String {
            """
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT '\(id.rawValue)', \(sequence), 0, '\(a.user)', 'resepsionis', NULL, 'note-added', '{"text":"x"}',
                   sop_event_hash('\(id.rawValue)', \(sequence), 0, '\(a.user)', 'resepsionis', NULL, 'note-added', '{"text":"x"}', \(previous))
            """
        }
        try Desks.expectRefused([(note(4, previous: "''"), "bad-hash")], on: rawA)
        try rawA.execute(note(3, previous: "(SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = 2)"))
        // Step 3 is open in desk B's role: desk A's answer in it is refused, desk B's goes through.
        let rawB = try PGConnection(b.address)
        func answer(_ user: String, role: String) -> String {
            """
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT '\(id.rawValue)', 4, 0, '\(user)', '\(role)', '3', 'note-added', '{}',
                   sop_event_hash('\(id.rawValue)', 4, 0, '\(user)', '\(role)', '3', 'note-added', '{}',
                                  (SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = 3))
            """
        }
        try Desks.expectRefused([(answer(a.user, role: "resepsionis"), "not-step-role")], on: rawA)
        try rawB.execute(answer(b.user, role: "staf-pengaduan"))
        #expect(try rawA.query("SELECT count(*) FROM case_event WHERE case_id = '\(id.rawValue)'").integer(0, 0) == 4)
    }
}
