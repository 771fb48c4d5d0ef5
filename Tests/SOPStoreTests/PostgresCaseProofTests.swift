import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// An event's case proved by the roster check's own lookup instead of a foreign key (migration
/// v19, `PostgresCaseProof`): an event of an unknown case is still refused, with the key's
/// SQLSTATE, the roster in force or not; a case row with events is still neither deleted nor
/// truncated away.
@Suite("An event's case proved by the roster check on PostgreSQL", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresCaseProofTests {
    typealias Desks = PostgresRosterTests

    /// A hand-written event linked as the server links it (`sop_event_hash`) after `previous`.
    static func handWritten(_ id: String, _ sequence: Int, by user: String, type: String = "note-added", payload: String = "{}",
                      previous: String = "''") -> String {
        """
        INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
        SELECT '\(id)', \(sequence), 0, '\(user)', 'resepsionis', NULL, '\(type)', '\(payload)',
               sop_event_hash('\(id)', \(sequence), 0, '\(user)', 'resepsionis', NULL, '\(type)', '\(payload)', \(previous))
        """
    }

    /// Runs `sql`, which the server must refuse with `state` and a message containing `expected`.
    static func expectRefused(_ sql: String, state: String, _ expected: String, on c: PGConnection,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        do {
            try c.execute(sql)
            Issue.record("went through: \(sql)", sourceLocation: sourceLocation)
        } catch {
            guard case .server(let found, let message) = error else { throw error }
            #expect(found == state && message.contains(expected), "\(sql): \(found) \(message)", sourceLocation: sourceLocation)
        }
    }

    @Test func theCheckIsV16sWithTheCaseProofBeforeItsGuardRows() {
        let check = PostgresCaseProof.check
        #expect(check.hasPrefix("CREATE OR REPLACE FUNCTION sop_case_event_role_held()"))
        #expect(check.contains(PostgresCaseProof.caseProof + PostgresCaseProof.guardRowsMark))
        #expect(check.contains(PostgresGuardRows.linkHash(previous: "previous")))
        #expect(check.contains(PostgresGuardRows.v14Refusals))
        #expect(check.contains("NEW.role IN ('\(Roster.adminRole)', '\(Roster.readerRole)')"))
        // Nothing else of v16's check changed.
        #expect(!PostgresCaseProof.v16Check.isEmpty)
        #expect(check.replacingOccurrences(of: PostgresCaseProof.caseProof, with: "") == PostgresCaseProof.v16Check)
    }

    /// v25 (`PostgresResumeGuard`): v19's check with a resume under the waiting-step rule, and
    /// nothing else of it changed.
    @Test func theResumeCheckIsV19sWithAResumeUnderTheWaitingStepRule() {
        let check = PostgresResumeGuard.check
        #expect(!check.isEmpty)
        #expect(check.contains(PostgresResumeGuard.pauseResumeOrCancel))
        #expect(!check.contains(PostgresResumeGuard.pauseOrCancel))
        #expect(check.replacingOccurrences(of: PostgresResumeGuard.pauseResumeOrCancel, with: PostgresResumeGuard.pauseOrCancel)
                == PostgresCaseProof.check)
    }

    @Test func anEventOfAnUnknownCaseIsRefusedWithTheKeysState() throws {
        let schema = try PostgresTestServer.Schema()
        let owner = try schema.store()
        let raw = try schema.connection()
        #expect(try raw.query("""
            SELECT count(*) FROM pg_constraint WHERE conrelid = 'case_event'::regclass AND confrelid = 'sop_case'::regclass
            """).integer(0, 0) == 0)
        let user = try #require(owner.authenticatedUser)

        // The roster not in force: a case's first event, or one after a gap, of a case that is not there.
        try Self.expectRefused(Self.handWritten("01-2026-999999", 1, by: user, type: "case-started", payload: #"{"nomor":"01"}"#),
                               state: "23503", "unknown-case case=01-2026-999999", on: raw)
        try Self.expectRefused(Self.handWritten("01-2026-999999", 7, by: user), state: "23503", "unknown-case", on: raw)
        // Through the store, as before: the case is not found.
        #expect(throws: StoreError.notFound(CaseID("01-2026-999999"))) {
            try owner.append([event(2, .noteAdded(.init(step: nil, text: "x")))], to: CaseID("01-2026-999999"),
                             projection: projection(sequence: 2))
        }

        // A known case: its first event proved by its row, the next ones by the event before them.
        let a = try Desks.desk("desk_a", schema: schema), b = try Desks.desk("desk_b", schema: schema)
        defer { Desks.drop([a, b], schema: schema) }
        try Desks.grantStaff(owner, a, b)
        let (deskA, id) = try Desks.startCase(owner, at: a)
        try deskA.append([CaseEvent(sequence: 2, at: t0, operatorName: a.user, role: "resepsionis",
                                    kind: .noteAdded(.init(step: nil, text: "x")))], to: id, projection: projection(sequence: 2))
        #expect(try raw.query("SELECT count(*) FROM case_event WHERE case_id = $1", [.text(id.rawValue)]).integer(0, 0) == 2)

        // The roster in force: the roster's refusals first, as when the key's check ran after the
        // trigger; an event that passes them is refused for its unknown case.
        let rawA = try PGConnection(a.address), rawB = try PGConnection(b.address)
        try Self.expectRefused(Self.handWritten("01-2026-999999", 1, by: b.user, type: "case-started", payload: #"{"nomor":"01"}"#),
                               state: "42501", "role-not-held", on: rawB)
        try Self.expectRefused(Self.handWritten("01-2026-999999", 1, by: a.user, type: "case-started", payload: #"{"nomor":"01"}"#),
                               state: "23503", "unknown-case case=01-2026-999999", on: rawA)
        try Self.expectRefused(Self.handWritten("01-2026-999999", 3, by: a.user), state: "42501", "bad-hash", on: rawA)
        #expect(try raw.query("SELECT count(*) FROM case_event WHERE case_id = '01-2026-999999'").integer(0, 0) == 0)
        #expect(try raw.query("SELECT count(*) FROM sop_case_guard WHERE case_id = '01-2026-999999'").integer(0, 0) == 0)
    }

    @Test func aCaseWithEventsIsNeitherDeletedNorTruncated() throws {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1)).rawValue
        let raw = try schema.connection()
        // Its derived rows go; its row stays while it has events (the owner's statements: a desk has no such right).
        try raw.execute("DELETE FROM case_task WHERE case_id = '\(id)'; DELETE FROM step_visit WHERE case_id = '\(id)'; "
            + "DELETE FROM case_lookup WHERE case_id = '\(id)'")
        try Self.expectRefused("DELETE FROM sop_case WHERE id = '\(id)'", state: "23503", "case-has-events case=\(id)", on: raw)
        try Self.expectRefused("TRUNCATE sop_case CASCADE", state: "23503", "case-has-events", on: raw)
        #expect(try raw.query("SELECT count(*) FROM sop_case").integer(0, 0) == 1)
        // A case row without events (none written yet) may go, as with the key.
        try raw.execute("INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence) "
            + "VALUES ('01-2026-000099', '01', 'J', 'rev', 'terbuka', 0, 0, 0)")
        try raw.execute("DELETE FROM sop_case WHERE id = '01-2026-000099'")
        #expect(try raw.query("SELECT count(*) FROM sop_case").integer(0, 0) == 1)
    }
}
