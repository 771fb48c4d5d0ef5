import Foundation
import SOPEngine

/// Migration v12: the server's role check cheaper in its usual case, the worklist's notices sent
/// by the desk without a PL/pgSQL trigger, and the server's functions closed to a desk's own
/// temporary tables (issue 11).
///
/// Counted with callgrind on the server's backend (`sop-bench run-cases 10` minus `run-cases 0`,
/// SOP 01, the roster in force; README "Where an answer's time goes, counted", `Tests/Benchmarks/desks/server_cost.sh`), a commit
/// cost the server 710 K instructions against 205 K for pgbench's bare INSERT, 192 K of it the
/// roster's event check (`sop_case_event_role_held`, a PL/pgSQL trigger run for every event).
///
/// - **The usual event in one lookup.** An event whose operator is the connected user (a plain
///   comparison, no query) and who holds the event's role for every SOP passes on one query: the
///   holding (operator, role, sop '') and, for an event in a step, no open visit of that step in
///   another role. A holding exists only while the roster is in force, so passing here is passing
///   v11's check. Any other event (a role held for one SOP only, a web gateway writing for an
///   operator, the roster not in force, a refusal) takes v11's full check, which decides and
///   names the refusal as before. The check costs 137 K instead of 192 K a commit.
/// - **The worklist's notices from the desk.** v11's row trigger kept each moved row's notice in a
///   session setting and `sop_live_flush()` sent them after the commit: 100 K a commit, most of
///   it the NOTIFY's own transaction, which stays (654 K -> 643 K a commit). A `sop` store knows the worklist rows it
///   wrote last for a case (`KnownWorklists`, valid at the chain head it wrote them at): a step's
///   move sends, behind its Sync, one statement that notifies each row that left or came
///   (`notices`), only if the move's last event is there (a refused move sends nothing). Its
///   connection says so (`sop.live_recorded = 'statement'`), and the trigger stays quiet for it.
///   When the store does not know the rows (a case read but not yet written by it, a case's
///   start, the v8 function), the move turns the setting off for its transaction
///   (`triggersRecord`) and v11's trigger and flush do as before. Every other session is as
///   before: psql notifies in its transaction (v7), an older `sop` has v11's trigger keep them.
/// - **Temporary tables cannot stand in for the roster.** A SECURITY DEFINER function whose
///   search path is only the unit's schema still looks in the session's temporary schema first
///   for a table: a desk could `CREATE TEMP TABLE roster_holding` with any role it liked, and the
///   server's role check read that one (found while measuring this). Every SECURITY DEFINER
///   function of the schema now searches the unit's schema, then `pg_temp` last
///   (`PostgresRosterTests.aDesksTemporaryTablesDoNotStandInForTheRoster`).
enum PostgresLeanAnswer {
    static let name = "v12: the role check's usual event in one lookup, worklist notices from the desk, no temporary tables in the server's functions"

    /// v11's check, word for word (`PostgresRoster.oneQueryCheck`, from its query to its last refusal).
    static let v11Check: String = {
        let v11 = PostgresRoster.oneQueryCheck
        guard let from = v11.range(of: "    SELECT CASE"), let to = v11.range(of: "END $$;", options: .backwards) else { return "" }
        return String(v11[from.lowerBound..<to.lowerBound])
    }()

    /// What a `sop` store connection starts with: v11's setting, and that it sends its own notices
    /// where it can (v12; on a v11 schema the setting changes nothing).
    static let session = PostgresLiveNotices.session + " -c sop.live_recorded=statement"

    /// Sent first in a transaction whose worklist rows the desk does not know: v11's trigger
    /// keeps their notices for `sop_live_flush()`, for that transaction only.
    static let triggersRecord: (sql: String, parameters: [PGValue]) = ("SELECT set_config('sop.live_recorded', '', true)", [])

    /// Sent behind a step's move, after its commit: the notice of each worklist row that left or
    /// came (the same payload as v7's trigger), once each, if the move's last event (`sequence`,
    /// `hash`) was written; nothing when the move was refused. `rows` is not empty.
    static func notices(_ id: String, rows: [KnownWorklists.Row], sequence: Int, hash: String) -> (sql: String, parameters: [PGValue]) {
        var seen = Set<KnownWorklists.Row>()
        let unique = rows.filter { seen.insert($0).inserted }
        // The rows as a VALUES list, not arrays: one generic plan for every call of one shape
        // (arrays made PostgreSQL plan the statement again at each call).
        let values = unique.indices.map { "($\(4 + 2 * $0)::text, $\(5 + 2 * $0)::text)" }.joined(separator: ", ")
        return ("""
            SELECT pg_notify(sop_live_channel(current_schema()), json_build_object('kasus', $1::text, 'langkah', t.step, 'peran', t.role)::text)
            FROM (VALUES \(values)) AS t(step, role)
            WHERE EXISTS (SELECT 1 FROM case_event WHERE case_id = $1 AND sequence = $2 AND hash = $3)
            """, [.text(id), .int(sequence), .text(hash)] + unique.flatMap { [PGValue.text($0.step), .text($0.role)] })
    }

    static let migration = """
        DROP TRIGGER case_task_notify_later ON case_task;
        CREATE TRIGGER case_task_notify_later AFTER INSERT OR UPDATE OR DELETE ON case_task
            FOR EACH ROW WHEN (current_setting('sop.live', true) = 'after-commit'
                               AND current_setting('sop.live_recorded', true) IS DISTINCT FROM 'statement')
            EXECUTE FUNCTION sop_case_task_notice_later();
        CREATE OR REPLACE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
        DECLARE refusal integer;
        BEGIN
            -- The usual event, in one lookup: its operator is the connected user, holding its role
            -- for every SOP, and no open visit of its step is in another role.
            IF NEW.operator = session_user::text THEN
                PERFORM FROM roster_holding h
                    WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.sop = '' AND h.role <> '\(PostgresRoster.admin)'
                    AND (NEW.step IS NULL OR NEW.type IN ('step-started', 'join-arrived') OR NOT EXISTS (SELECT FROM step_visit v
                        WHERE v.case_id = NEW.case_id AND v.step = NEW.step AND v.completed_at IS NULL
                        AND v.role IS DISTINCT FROM NEW.role));
                IF FOUND THEN RETURN NEW; END IF;
            END IF;
            -- Anything else: v11's check, which decides and names the refusal.
        \(v11Check)
        END $$;
        DO $$
        DECLARE f regprocedure;
        BEGIN
            FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
                     WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef LOOP
                EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
            END LOOP;
        END $$;
        """
}

/// The worklist rows (step and role) of each case as this store last wrote them, with the chain
/// head they belong to: what a step's move takes off the worklist, for its notices (v12). Valid
/// only at that head: a move that continues it is the next write of the case (another desk's
/// write in between would have made it stale and refused).
final class KnownWorklists: @unchecked Sendable {
    struct Row: Hashable {
        let step: String
        let role: String
    }

    private var rows: [String: (sequence: Int, rows: [Row])] = [:]
    private let lock = NSLock()

    static func rows(of projection: CaseProjection) -> [Row] {
        projection.status.isFinished ? [] : projection.active.map { Row(step: $0.step, role: $0.role) }
    }

    /// The rows at head `sequence`, when this store knows them.
    func known(_ id: String, at sequence: Int) -> [Row]? {
        lock.withLock { rows[id].flatMap { $0.sequence == sequence ? $0.rows : nil } }
    }

    func remember(_ id: String, at sequence: Int, _ known: [Row]?) {
        lock.withLock { rows[id] = known.map { (sequence, $0) } }
    }
}
