import Foundation
import SOPEngine
import SOPStore

/// Every answer and every step transition in one round trip (migration v8): `sop_append_case`
/// does on the server what the desk sent as a transaction of several statements before (lock
/// the case row, append the events after the head the desk read, move the case row, the
/// worklist, the step visits and the title and search keys). One statement is one transaction:
/// all of it commits, or none. It runs with the desk's own rights (not SECURITY DEFINER), so
/// every grant and every roster trigger checking `session_user` applies as for the statements
/// it replaces.
enum PostgresAppend {
    static let migration = """
        CREATE FUNCTION sop_append_case(
            p_case text, p_expected integer,
            p_at bigint[], p_operator text[], p_role text[], p_step text[], p_type text[], p_payload text[],
            p_lookup boolean, p_title text, p_keys text,
            p_row boolean, p_status text, p_updated_at bigint, p_last_sequence integer, p_ended_at bigint, p_due_at bigint,
            p_task_step text[], p_task_label text[], p_task_visit integer[], p_task_role text[], p_task_role_name text[],
            p_task_started bigint[], p_task_due bigint[],
            p_start_step text[], p_start_visit integer[], p_start_role text[], p_start_at bigint[], p_start_due bigint[],
            p_end_step text[], p_end_visit integer[], p_end_at bigint[], p_end_by text[], p_end_used double precision[])
            RETURNS integer LANGUAGE plpgsql AS $$
        DECLARE head integer; c_nomor text; c_revision text;
        BEGIN
            -- The case row is locked first, as the transaction it replaces did: two desks moving
            -- one case queue up here.
            SELECT nomor, revision INTO c_nomor, c_revision FROM sop_case WHERE id = p_case FOR UPDATE;
            IF NOT FOUND THEN RETURN NULL; END IF;
            head := sop_append_events(p_case, p_expected, p_at, p_operator, p_role, p_step, p_type, p_payload);
            IF head IS DISTINCT FROM p_expected THEN RETURN head; END IF;
            IF p_lookup THEN
                UPDATE case_lookup SET title = p_title, search_keys = p_keys
                    WHERE case_id = p_case AND (title IS DISTINCT FROM p_title OR search_keys IS DISTINCT FROM p_keys);
            END IF;
            IF p_row THEN
                UPDATE sop_case SET status = p_status, updated_at = p_updated_at, last_sequence = p_last_sequence,
                    ended_at = p_ended_at, due_at = p_due_at WHERE id = p_case;
                DELETE FROM case_task WHERE case_id = p_case;
                INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
                    SELECT p_case, * FROM unnest(p_task_step, p_task_label, p_task_visit, p_task_role, p_task_role_name,
                                                 p_task_started, p_task_due);
                INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
                    SELECT p_case, s.step, s.visit, c_nomor, c_revision, s.role, s.started_at, s.due_at
                    FROM unnest(p_start_step, p_start_visit, p_start_role, p_start_at, p_start_due)
                        AS s(step, visit, role, started_at, due_at);
                UPDATE step_visit v SET completed_at = e.at, completed_by = e.by, used_seconds = e.used
                    FROM unnest(p_end_step, p_end_visit, p_end_at, p_end_by, p_end_used) AS e(step, visit, at, by, used)
                    WHERE v.case_id = p_case AND v.step = e.step AND v.visit = e.visit;
            END IF;
            RETURN p_expected;
        END $$;
        """

    static let sql = """
        SELECT sop_append_case($1, $2, $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
            $9::boolean, $10, $11, $12::boolean, $13, $14::bigint, $15::integer, $16::bigint, $17::bigint,
            $18::text[], $19::text[], $20::integer[], $21::text[], $22::text[], $23::bigint[], $24::bigint[],
            $25::text[], $26::integer[], $27::text[], $28::bigint[], $29::bigint[],
            $30::text[], $31::integer[], $32::bigint[], $33::text[], $34::double precision[])
        """

    /// Migration v10: the same, for events the desk linked itself (`EventChain`, the same bytes as
    /// `sop_event_hash`) after the head it knows: no head read, no hash on the server, no lock
    /// taken first. The INSERT comes first, and the primary key (case_id, sequence) is the
    /// optimistic check: a second desk writing the same sequence waits for the first and is then
    /// refused (unique_violation, stale), so nothing else of its statement is written. The
    /// roster's trigger checks each event as before (the desk's own rights, `session_user`).
    static let linkedMigration = """
        CREATE FUNCTION sop_append_case_linked(
            p_case text, p_expected integer,
            p_at bigint[], p_operator text[], p_role text[], p_step text[], p_type text[], p_payload text[], p_hash text[],
            p_lookup boolean, p_title text, p_keys text,
            p_row boolean, p_status text, p_updated_at bigint, p_last_sequence integer, p_ended_at bigint, p_due_at bigint,
            p_task_step text[], p_task_label text[], p_task_visit integer[], p_task_role text[], p_task_role_name text[],
            p_task_started bigint[], p_task_due bigint[],
            p_start_step text[], p_start_visit integer[], p_start_role text[], p_start_at bigint[], p_start_due bigint[],
            p_end_step text[], p_end_visit integer[], p_end_at bigint[], p_end_by text[], p_end_used double precision[])
            RETURNS integer LANGUAGE plpgsql AS $$
        DECLARE c_nomor text; c_revision text;
        BEGIN
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                SELECT p_case, p_expected + e.o::integer, e.a, e.op, e.r, e.s, e.t, e.pl, e.h
                FROM unnest(p_at, p_operator, p_role, p_step, p_type, p_payload, p_hash) WITH ORDINALITY
                    AS e(a, op, r, s, t, pl, h, o)
                ORDER BY e.o;
            IF p_lookup THEN
                UPDATE case_lookup SET title = p_title, search_keys = p_keys
                    WHERE case_id = p_case AND (title IS DISTINCT FROM p_title OR search_keys IS DISTINCT FROM p_keys);
            END IF;
            IF p_row THEN
                SELECT nomor, revision INTO c_nomor, c_revision FROM sop_case WHERE id = p_case;
                UPDATE sop_case SET status = p_status, updated_at = p_updated_at, last_sequence = p_last_sequence,
                    ended_at = p_ended_at, due_at = p_due_at WHERE id = p_case;
                DELETE FROM case_task WHERE case_id = p_case;
                INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
                    SELECT p_case, * FROM unnest(p_task_step, p_task_label, p_task_visit, p_task_role, p_task_role_name,
                                                 p_task_started, p_task_due);
                INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
                    SELECT p_case, s.step, s.visit, c_nomor, c_revision, s.role, s.started_at, s.due_at
                    FROM unnest(p_start_step, p_start_visit, p_start_role, p_start_at, p_start_due)
                        AS s(step, visit, role, started_at, due_at);
                UPDATE step_visit v SET completed_at = e.at, completed_by = e.by, used_seconds = e.used
                    FROM unnest(p_end_step, p_end_visit, p_end_at, p_end_by, p_end_used) AS e(step, visit, at, by, used)
                    WHERE v.case_id = p_case AND v.step = e.step AND v.visit = e.visit;
            END IF;
            RETURN p_expected;
        END $$;
        """

    /// What moves with events linked by the desk, as plain statements sent after their INSERT in
    /// one pipeline (one round trip, one transaction: `PGConnection.pipeline`): the title and
    /// search keys when they change; when the events change the worklist or the status, the case
    /// row, the worklist rows and the step visits. The same rows `sop_append_case_linked` (v10)
    /// moves, without a function call: no arrays to build and parse, no PL/pgSQL. Each runs with
    /// the desk's own rights; the roster's trigger checks the INSERT.
    static func moves(_ id: CaseID, _ events: [CaseEvent], projection: CaseProjection, lookup: Bool,
                      rows: Bool) -> [(sql: String, parameters: [PGValue])] {
        var statements: [(sql: String, parameters: [PGValue])] = []
        if lookup {
            statements.append(("""
                UPDATE case_lookup SET title = $2, search_keys = $3
                WHERE case_id = $1 AND (title IS DISTINCT FROM $2 OR search_keys IS DISTINCT FROM $3)
                """, [.text(id.rawValue), .text(projection.lookup.title), .text(projection.lookup.keysText)]))
        }
        guard rows else { return statements }
        statements.append(("""
            UPDATE sop_case SET status = $2, updated_at = $3, last_sequence = $4, ended_at = $5, due_at = $6 WHERE id = $1
            """, [.text(id.rawValue), .text(projection.status.rawValue), .int(projection.updatedAt.milliseconds),
                  .int(projection.lastSequence), .optionalInt(projection.endedAt?.milliseconds),
                  .optionalInt(projection.due?.milliseconds)]))
        statements.append(("DELETE FROM case_task WHERE case_id = $1", [.text(id.rawValue)]))
        let tasks = projection.status.isFinished ? [] : projection.active.map(\.archived)
        if !tasks.isEmpty { statements.append(PostgresCaseStore.insertTasks(tasks, for: id.rawValue)) }
        let changes = VisitChange.changes(of: events, caseID: id, nomor: projection.nomor, revision: projection.revision)
        return statements + PostgresCaseStore.visitStatements(changes, of: id)
    }

    /// The parameters of `sql`: the events, and what moves with them.
    static func parameters(_ id: CaseID, expected: Int, _ events: [CaseEvent], rows: [ArchivedEvent], projection: CaseProjection,
                           lookup: Bool, moves: Bool) -> [PGValue] {
        PostgresChain.appendParameters(id.rawValue, expected: expected, rows)
            + moveParameters(id, events, projection: projection, lookup: lookup, moves: moves)
    }

    /// The lookup row, the case row, the worklist and the step visits the events move.
    private static func moveParameters(_ id: CaseID, _ events: [CaseEvent], projection: CaseProjection, lookup: Bool,
                                       moves: Bool) -> [PGValue] {
        let tasks = moves && !projection.status.isFinished ? projection.active.map(\.archived) : []
        var starts: [VisitRow] = []
        var ends: [(step: String, visit: Int, at: Date, by: String, used: Double?)] = []
        if moves {
            for change in VisitChange.changes(of: events, caseID: id, nomor: projection.nomor, revision: projection.revision) {
                switch change {
                case .started(let row): starts.append(row)
                case .completed(let step, let visit, let at, let by, let used): ends.append((step, visit, at, by, used))
                }
            }
        }
        return [
            .text(lookup ? "true" : "false"), .text(projection.lookup.title), .text(projection.lookup.keysText),
            .text(moves ? "true" : "false"), .text(projection.status.rawValue), .int(projection.updatedAt.milliseconds),
            .int(projection.lastSequence), .optionalInt(projection.endedAt?.milliseconds), .optionalInt(projection.due?.milliseconds),
            .array(tasks.map(\.step)), .array(tasks.map(\.stepLabel)), .array(tasks.map { Int64($0.visit) }), .array(tasks.map(\.role)),
            .array(tasks.map(\.roleName)), .array(tasks.map(\.startedAt)), .array(tasks.map(\.dueAt)),
            .array(starts.map(\.step)), .array(starts.map { Int64($0.visit) }), .array(starts.map(\.role)),
            .array(starts.map { $0.startedAt.milliseconds }), .array(starts.map { $0.due?.milliseconds }),
            .array(ends.map(\.step)), .array(ends.map { Int64($0.visit) }), .array(ends.map { $0.at.milliseconds }),
            .array(ends.map(\.by)), .array(ends.map { $0.used.map { String($0) } }),
        ]
    }
}
