import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// The roster check's quick path (migration v26, `PostgresQuickCheck`): v25's check, unchanged,
/// behind one expression that lets through only events v25 lets through, doing with them what v25
/// does. No server needed for the text.
@Suite("The roster check's quick path (v26), its text")
struct PostgresQuickCheckTextTests {
    @Test func theCheckIsV25sWithTheQuickPathAfterItsLookupsAndNothingElseChanged() {
        let check = PostgresQuickCheck.check
        #expect(check.hasPrefix("CREATE OR REPLACE FUNCTION sop_case_event_role_held()"))
        #expect(check.contains(PostgresQuickCheck.lookupsMark + PostgresQuickCheck.quickPath))
        #expect(check.contains(PostgresQuickCheck.plannedOnce))
        // Without the quick path and the plan setting, v25's check word for word.
        #expect(!PostgresResumeGuard.check.isEmpty)
        #expect(check.replacingOccurrences(of: PostgresQuickCheck.quickPath, with: "")
                    .replacingOccurrences(of: PostgresQuickCheck.plannedOnce, with: PostgresQuickCheck.searchPath)
                == PostgresResumeGuard.check)
        // The guard rows kept with v25's own statements; the events whose rules read more, the
        // desk-only roles and a step open in another role left to v25's rules.
        #expect(PostgresResumeGuard.check.contains(PostgresQuickCheck.stepGuardStart))
        #expect(PostgresResumeGuard.check.contains(PostgresQuickCheck.stepGuardEnd))
        #expect(PostgresQuickCheck.quickPath.contains(
            "NEW.type NOT IN ('case-started', 'case-paused', 'case-resumed', 'case-cancelled')"))
        #expect(PostgresResumeGuard.check.contains(PostgresResumeGuard.pauseResumeOrCancel))
        #expect(PostgresQuickCheck.quickPath.contains("NEW.role NOT IN ('\(Roster.adminRole)', '\(Roster.readerRole)')"))
        #expect(PostgresResumeGuard.check.contains("NEW.role IN ('\(Roster.adminRole)', '\(Roster.readerRole)')"))
        #expect(PostgresQuickCheck.quickPath.contains("previous IS NOT NULL AND held AND (NEW.operator = session_user::text OR sop_is_gateway())"))
        #expect(PostgresQuickCheck.quickPath.contains("AND NOT coalesce(blocked, false)"))
        #expect(PostgresQuickCheck.quickPath.contains("AND NEW.hash = \(PostgresQuickCheck.link) THEN"))
    }
}

@Suite("The roster check's quick path (v26) on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresQuickCheckTests {
    typealias Desks = PostgresRosterTests

    /// The quick path's link is `sop_event_hash`'s bytes: NULL role and step, empty and
    /// non-ASCII texts, `%` in a value, no previous hash.
    @Test func theLinkIsTheChainsBytes() throws {
        let schema = try PostgresTestServer.Schema()
        _ = try schema.store()
        let raw = try schema.connection()
        let previous = String(repeating: "ab", count: 32)
        let rows = """
            ('01-2026-000001', 1, 1796004000000::bigint, 'budi', 'resepsionis', NULL, 'case-started', '{"nomor":"01"}', NULL),
            ('01-2026-000001', 2, 0::bigint, 'budi', NULL, NULL, 'note-added', '{}', '\(previous)'),
            ('01-2026-000001', 3, -5::bigint, '', 'resepsionis', '1', 'field-answered', '', '\(previous)'),
            ('01-2026-000002', 12, 1796004000000::bigint, 'siti_ñ', 'staf-pengaduan', 'langkah 2', 'note-added',
             '{"text":"Siti Ñoño 😀 50% %s %1$s ; : \\\\n"}', ''),
            ('x', 2147483647, 9223372036854775807::bigint, 'b', 'r', 's', 't', 'p', '\(previous)')
            """
        let found = try raw.query("""
            SELECT count(*), count(*) FILTER (WHERE \(PostgresQuickCheck.link)
                = sop_event_hash(new.case_id, new.sequence, new.at, new.operator, new.role, new.step, new.type, new.payload, coalesce(previous, '')))
            FROM (VALUES \(rows)) AS new(case_id, sequence, at, operator, role, step, type, payload, previous)
            """)
        #expect(found.integer(0, 0) == 5)
        #expect(found.integer(0, 1) == 5)
    }

    /// A desk's events through the quick path keep the guard rows as v25 kept them; what v25
    /// refuses is still refused, with the same words; the function's statements planned once.
    @Test func theQuickPathKeepsTheGuardRowsAndEveryRefusalStands() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let a = try Desks.desk("quick_a", schema: schema), b = try Desks.desk("quick_b", schema: schema)
        defer { Desks.drop([a, b], schema: schema) }
        try Desks.grantStaff(owner, a, b)
        let (deskA, id) = try Desks.startCase(owner, at: a)
        let raw = try schema.connection()
        func guardRows() throws -> [String] {
            try raw.query("SELECT step || ' ' || coalesce(role, '-') FROM sop_step_guard WHERE case_id = $1 ORDER BY 1", [.text(id.rawValue)]).texts
        }
        func by(_ user: String, _ sequence: Int, role: String, _ kind: CaseEvent.Kind) -> CaseEvent {
            CaseEvent(sequence: sequence, at: t0, operatorName: user, role: role, kind: kind)
        }
        // Steps started and completed by desk A, each event after the case's first: the quick path.
        try deskA.append([by(a.user, 2, role: "resepsionis", .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: nil))),
                          by(a.user, 3, role: "resepsionis", .stepStarted(.init(step: "3", visit: 1, role: "staf-pengaduan", due: nil)))],
                         to: id, projection: projection(sequence: 3, active: [("1", "resepsionis", nil), ("3", "staf-pengaduan", nil)]))
        #expect(try guardRows() == ["1 resepsionis", "3 staf-pengaduan"])
        try deskA.append([by(a.user, 4, role: "resepsionis", .noteAdded(.init(step: "1", text: "x"))),
                          by(a.user, 5, role: "resepsionis", .stepCompleted(.init(step: "1", visit: 1, used: 60)))],
                         to: id, projection: projection(sequence: 5, active: [("3", "staf-pengaduan", nil)]))
        #expect(try guardRows() == ["3 staf-pengaduan"])

        // Hand-written by desk A after the head: a wrong hash, another operator, a step open in
        // desk B's role, a role A does not hold, the desk-only roles: refused as v25 refused them.
        let rawA = try PGConnection(a.address)
        func written(_ user: String, role: String, step: String = "NULL", hash: String? = nil) -> String {
            let link = "sop_event_hash('\(id.rawValue)', 6, 0, '\(user)', '\(role)', \(step), 'note-added', '{}', "
                + "(SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = 5))"
            return """
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                SELECT '\(id.rawValue)', 6, 0, '\(user)', '\(role)', \(step), 'note-added', '{}', \(hash ?? link)
                """
        }
        try Desks.expectRefused([
            (written(a.user, role: "resepsionis", hash: "'\(String(repeating: "0", count: 64))'"), "bad-hash"),
            (written(b.user, role: "staf-pengaduan"), "not-session-user"),
            (written(a.user, role: "resepsionis", step: "'3'"), "not-step-role"),
            (written(a.user, role: "staf-pengaduan"), "role-not-held"),
            (written(a.user, role: Roster.adminRole), "role-not-held"),
            (written(a.user, role: Roster.readerRole), "role-not-held"),
        ], on: rawA)
        // The right one goes through, and desk B's answer in its open step too.
        try rawA.execute(written(a.user, role: "resepsionis"))
        let rawB = try PGConnection(b.address)
        try rawB.execute("""
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT '\(id.rawValue)', 7, 0, '\(b.user)', 'staf-pengaduan', '3', 'note-added', '{}',
                   sop_event_hash('\(id.rawValue)', 7, 0, '\(b.user)', 'staf-pengaduan', '3', 'note-added', '{}',
                                  (SELECT hash FROM case_event WHERE case_id = '\(id.rawValue)' AND sequence = 6))
            """)
        #expect(try raw.query("SELECT count(*) FROM case_event WHERE case_id = $1", [.text(id.rawValue)]).integer(0, 0) == 7)

        // Planned once, the temporary schema searched last (v12).
        let settings = try raw.query("SELECT proconfig::text[] FROM pg_proc WHERE oid = 'sop_case_event_role_held'::regproc").text(0, 0)
        #expect(settings.contains("plan_cache_mode=force_generic_plan"), "\(settings)")
        #expect(settings.contains("search_path=\(schema.name), pg_temp"), "\(settings)")
    }
}
