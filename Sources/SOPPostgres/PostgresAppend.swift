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

    /// What moves with events linked by the desk, sent after their INSERT in one pipeline (one
    /// round trip, one transaction: `PGConnection.pipeline`): the title and search keys when they
    /// change; when the events change the worklist or the status, the case row, the worklist rows
    /// and the step visits. The same rows `sop_append_case_linked` (v10) moves, without a function
    /// call: no PL/pgSQL. Each runs with the desk's own rights; the roster's trigger checks the
    /// INSERT. `oneStatement`: the rows a step's move changes in one statement (`move`) when it can.
    static func moves(_ id: CaseID, _ events: [CaseEvent], projection: CaseProjection, lookup: Bool,
                      rows: Bool, oneStatement: Bool = true) -> [(sql: String, parameters: [PGValue])] {
        if rows, oneStatement, let move = move(id, events, projection: projection, lookup: lookup) { return [move] }
        var statements: [(sql: String, parameters: [PGValue])] = []
        if lookup {
            statements.append((lookupUpdate(title: "$2", keys: "$3"),
                               [.text(id.rawValue), .text(projection.lookup.title), .text(projection.lookup.keysText)]))
        }
        guard rows else { return statements }
        statements.append(("""
            UPDATE sop_case SET status = $2, updated_at = $3, last_sequence = $4, ended_at = $5, due_at = $6 WHERE id = $1
            """, caseRowParameters(id, projection)))
        statements.append(("DELETE FROM case_task WHERE case_id = $1", [.text(id.rawValue)]))
        let tasks = projection.status.isFinished ? [] : projection.active.map(\.archived)
        if !tasks.isEmpty { statements.append(PostgresCaseStore.insertTasks(tasks, for: id.rawValue)) }
        let changes = VisitChange.changes(of: events, caseID: id, nomor: projection.nomor, revision: projection.revision)
        return statements + PostgresCaseStore.visitStatements(changes, of: id)
    }

    /// The case's lookup row moved to a new title and search keys (the parameters `title` and
    /// `keys`, the case's id `$1`), only when they differ: one UPDATE, written once for the plain
    /// statements (`moves`) and the one statement (`move`), which number their parameters apart.
    static func lookupUpdate(title: String, keys: String) -> String {
        """
        UPDATE case_lookup SET title = \(title), search_keys = \(keys)
            WHERE case_id = $1 AND (title IS DISTINCT FROM \(title) OR search_keys IS DISTINCT FROM \(keys))
        """
    }

    private static func caseRowParameters(_ id: CaseID, _ projection: CaseProjection) -> [PGValue] {
        [.text(id.rawValue), .text(projection.status.rawValue), .int(projection.updatedAt.milliseconds), .int(projection.lastSequence),
         .optionalInt(projection.endedAt?.milliseconds), .optionalInt(projection.due?.milliseconds)]
    }

    /// A step's move in one statement (data-modifying CTEs, one transaction with the INSERT before
    /// it): the case row, the title when it changes, the worklist (its rows deleted, then the new
    /// ones inserted: the INSERT reads the DELETE's rows first, so it runs after it and the
    /// primary key does not see the rows it replaces), the visits started and completed. The
    /// same rows as `moves`' plain statements (a test compares them), one statement's set-up on
    /// the server instead of four to seven. The rows are VALUES lists, not arrays: with arrays
    /// the planner's estimate depends on their length, so PostgreSQL planned the statement
    /// again at every call (a custom plan), which cost more than the statements it replaced;
    /// with VALUES a statement of one shape gets one generic plan. Nil when a visit is completed by the move that starts
    /// it: the parts of one statement do not see each other's rows, so the plain statements do it.
    static func move(_ id: CaseID, _ events: [CaseEvent], projection: CaseProjection, lookup: Bool) -> (sql: String, parameters: [PGValue])? {
        let (starts, ends) = visitChanges(id, events, projection: projection)
        guard !ends.contains(where: { end in starts.contains { $0.step == end.step && $0.visit == end.visit } }) else { return nil }
        let tasks = projection.status.isFinished ? [] : projection.active.map(\.archived)
        // The parameters in the order `moveText` numbers them.
        var parameters = caseRowParameters(id, projection)
        parameters.reserveCapacity(8 + 7 * tasks.count + 2 + 5 * starts.count + 5 * ends.count)
        if lookup { parameters += [.text(projection.lookup.title), .text(projection.lookup.keysText)] }
        for task in tasks {
            parameters += [.text(task.step), .text(task.stepLabel), .int(task.visit), .text(task.role), .text(task.roleName),
                           .int(task.startedAt), .optionalInt(task.dueAt)]
        }
        if !starts.isEmpty { parameters += [.text(projection.nomor), .text(projection.revision)] }
        for row in starts {
            parameters += [.text(row.step), .int(row.visit), .text(row.role), .int(row.startedAt.milliseconds), .optionalInt(row.due?.milliseconds)]
        }
        for end in ends {
            parameters += [.text(end.step), .int(end.visit), .int(end.at.milliseconds), .text(end.by), end.used.map { .text(String($0)) } ?? .null]
        }
        let shape = MoveShape(lookup: lookup, tasks: tasks.count, starts: starts.count, ends: ends.count)
        return (moveTexts.text(shape) { moveText(shape) }, parameters)
    }

    /// What a move's text depends on: the parameters are numbered by it, so one shape is one text.
    struct MoveShape: Hashable {
        let lookup: Bool
        let tasks: Int
        let starts: Int
        let ends: Int
    }

    /// A move's text for its shape, made once per shape (building it cost a desk about 30 K
    /// instructions a move): the case row's parameters first ($1 to $6), then the title and
    /// search keys, the worklist's rows, the SOP and revision with the visits started, and the
    /// visits completed.
    static func moveText(_ shape: MoveShape) -> String {
        var count = 6
        func p() -> String {
            count += 1
            return "$\(count)"
        }
        /// `rows` rows of parameters as a VALUES list, each cast to its column's type.
        func values(_ rows: Int, _ types: [String]) -> String {
            "(VALUES " + (0..<rows).map { _ in "(" + types.map { "\(p())::\($0)" }.joined(separator: ", ") + ")" }.joined(separator: ", ") + ")"
        }
        var parts = ["moved AS (UPDATE sop_case SET status = $2, updated_at = $3, last_sequence = $4, ended_at = $5, due_at = $6 WHERE id = $1)"]
        if shape.lookup {
            let title = p(), keys = p()
            parts.append("titled AS (\(lookupUpdate(title: title, keys: keys)))")
        }
        parts.append("gone AS (DELETE FROM case_task WHERE case_id = $1 RETURNING 1)")
        if shape.tasks > 0 {
            parts.append("""
                came AS (INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
                    SELECT $1, * FROM \(values(shape.tasks, ["text", "text", "integer", "text", "text", "bigint", "bigint"])) AS t WHERE (SELECT count(*) FROM gone) >= 0)
                """)
        }
        if shape.starts > 0 {
            parts.append("""
                opened AS (INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
                    SELECT $1, s.step, s.visit, \(p()), \(p()), s.role, s.started_at, s.due_at
                    FROM \(values(shape.starts, ["text", "integer", "text", "bigint", "bigint"])) AS s(step, visit, role, started_at, due_at))
                """)
        }
        if shape.ends > 0 {
            parts.append("""
                closed AS (UPDATE step_visit v SET completed_at = e.at, completed_by = e.by, used_seconds = e.used
                    FROM \(values(shape.ends, ["text", "integer", "bigint", "text", "double precision"])) AS e(step, visit, at, by, used)
                    WHERE v.case_id = $1 AND v.step = e.step AND v.visit = e.visit)
                """)
        }
        return "WITH " + parts.joined(separator: ",\n") + "\nSELECT 1"
    }

    /// The move texts made so far, by shape (a process makes a handful).
    static let moveTexts = TextCache<MoveShape>()

    /// The visits the events start, and those they complete.
    private static func visitChanges(_ id: CaseID, _ events: [CaseEvent], projection: CaseProjection)
        -> (starts: [VisitRow], ends: [(step: String, visit: Int, at: Date, by: String, used: Double?)]) {
        var starts: [VisitRow] = []
        var ends: [(step: String, visit: Int, at: Date, by: String, used: Double?)] = []
        for change in VisitChange.changes(of: events, caseID: id, nomor: projection.nomor, revision: projection.revision) {
            switch change {
            case .started(let row, _): starts.append(row)
            case .completed(let step, let visit, let at, let by, let used): ends.append((step, visit, at, by, used))
            }
        }
        return (starts, ends)
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
        let (starts, ends) = moves ? visitChanges(id, events, projection: projection) : ([], [])
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

/// Statement texts made once per key and kept for the process (a handful of shapes): the desks
/// of one process share it, so it is locked.
final class TextCache<Key: Hashable & Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [Key: String] = [:]

    func text(_ key: Key, make: () -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let text = texts[key] { return text }
        let text = make()
        texts[key] = text
        return text
    }
}
