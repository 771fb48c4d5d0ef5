import Foundation
import SOPEngine
import SOPStore

/// Migration v28 (PostgreSQL): the rows derived from a case's events move only with its events.
///
/// A desk user needs rights on the rows a desk moves with its events (`sop_case`'s status, last
/// write, end and due time; the worklist `case_task`; the step visits; the title and search keys in
/// `case_lookup`). Before v28 those rights were enough to move them alone: an outside auditor
/// (tester 35, M2), as a desk user holding only `resepsionis`, set `status = 'selesai'` (and a later
/// `due_at`) on a case waiting for another role, `UPDATE 1`; every desk's worklist, the report and
/// the complainant's status page then stopped on the mismatch (`sop db verify` found it, but the
/// UPDATE named nobody). Now, for every user but the schema's owner:
///
/// - **`sop_case`**: an UPDATE of a column a desk moves is refused unless the case's event at the
///   row's new `last_sequence` was inserted by this very transaction (its `xmin` is the
///   transaction's id: a row's `xmin` is written by the server, no user sets it). An INSERT (a case's
///   start, whose row must exist before its first event: the event's check locks it, v19) is
///   checked when the transaction commits (a deferred constraint trigger): by then the case's
///   newest event must be this transaction's.
/// - **`case_task`, `step_visit`, `case_lookup`**: an INSERT, UPDATE or DELETE is refused unless the
///   case's newest event was inserted by this transaction. A desk moves them after its events
///   (`sop_append_case`, the linked moves, a case's start: the lookup row is now inserted after the
///   first events, `PostgresCaseStore.startCase`).
/// - The refusal is `sop-roster: derived-without-event table=… case=…` (SQLSTATE 42501), turned
///   into a sentence by `PostgresRoster.explainEventRefusal`.
/// - The schema's owner (a member of the tables' owner role, or a superuser) is not checked: the
///   migrations, `sop db copy` (which writes a case row before its events, in one transaction
///   anyway) and the repair of derived rows (`sop db verify --perbaiki`, which leaves its trace in
///   `derived_repair`) run as the owner. The web gateway writes each operator's events itself, in
///   the transaction that moves the rows: it needs no exception.
/// - Each check is one index lookup of `case_event`'s primary key (the newest event, or the event
///   at the new head), on the desk's own rights (it reads `case_event`); the owner's membership is
///   looked up only when a check fails. The functions name the unit's tables with its schema
///   (written when migrating), so a desk's temporary table of the same name cannot stand in.
///
/// What it cannot refuse: a desk user who appends an event its roles allow (a note in its own
/// role, say) may write wrong derived values of that case in the same transaction. The event then
/// names the user, and `sop db verify` reports the rows; `sop db verify --perbaiki` rewrites them.
enum PostgresDerivedGuard {
    static let name = "v28: rows derived from a case's events move only in the transaction that appends its events; a log of derived rows repaired"

    /// The refusal's code (`sop-roster: derived-without-event`).
    static let code = "derived-without-event"

    static let migration = """
        CREATE TABLE derived_repair (
            id BIGSERIAL PRIMARY KEY,
            at BIGINT NOT NULL DEFAULT (extract(epoch FROM clock_timestamp()) * 1000)::bigint,
            db_user TEXT NOT NULL DEFAULT session_user,
            case_id TEXT NOT NULL,
            what TEXT NOT NULL
        );
        REVOKE ALL ON derived_repair FROM PUBLIC;
        CREATE FUNCTION sop_derived_repair_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'sop-roster: repair-log-append-only' USING ERRCODE = '42501'; END $$;
        CREATE TRIGGER derived_repair_append_only BEFORE UPDATE OR DELETE ON derived_repair
            FOR EACH ROW EXECUTE FUNCTION sop_derived_repair_append_only();
        CREATE TRIGGER derived_repair_append_only_truncate BEFORE TRUNCATE ON derived_repair
            FOR EACH STATEMENT EXECUTE FUNCTION sop_derived_repair_append_only();
        DO $v28$
        BEGIN
            -- The case row: its new head is an event of this transaction (UPDATE), its newest event is
            -- (INSERT, at the commit).
            EXECUTE format($f$
                CREATE FUNCTION %1$I.sop_case_moves_with_events() RETURNS trigger LANGUAGE plpgsql AS $b$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        PERFORM FROM %1$I.case_event e WHERE e.case_id = NEW.id AND e.sequence = NEW.last_sequence
                            AND e.xmin = pg_current_xact_id()::xid;
                    ELSE
                        PERFORM FROM (SELECT e.xmin FROM %1$I.case_event e WHERE e.case_id = NEW.id ORDER BY e.sequence DESC LIMIT 1) n
                            WHERE n.xmin = pg_current_xact_id()::xid;
                    END IF;
                    IF NOT FOUND AND NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
                        RAISE EXCEPTION 'sop-roster: \(code) table=sop_case case=%%', NEW.id USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END $b$;
                $f$, current_schema());
            -- The worklist, the step visits, the title and search keys: the case's newest event is this transaction's.
            EXECUTE format($f$
                CREATE FUNCTION %1$I.sop_derived_moves_with_events() RETURNS trigger LANGUAGE plpgsql AS $b$
                DECLARE moved text;
                BEGIN
                    IF TG_OP = 'DELETE' THEN moved := OLD.case_id; ELSE moved := NEW.case_id; END IF;
                    PERFORM FROM (SELECT e.xmin FROM %1$I.case_event e WHERE e.case_id = moved ORDER BY e.sequence DESC LIMIT 1) n
                        WHERE n.xmin = pg_current_xact_id()::xid;
                    IF NOT FOUND AND NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
                        RAISE EXCEPTION 'sop-roster: \(code) table=%% case=%%', TG_TABLE_NAME, moved USING ERRCODE = '42501';
                    END IF;
                    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                    RETURN NEW;
                END $b$;
                $f$, current_schema());
        END $v28$;
        CREATE TRIGGER sop_case_moves_with_events BEFORE UPDATE OF status, updated_at, last_sequence, ended_at, due_at ON sop_case
            FOR EACH ROW EXECUTE FUNCTION sop_case_moves_with_events();
        CREATE CONSTRAINT TRIGGER sop_case_starts_with_events AFTER INSERT ON sop_case DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION sop_case_moves_with_events();
        CREATE TRIGGER case_task_moves_with_events BEFORE INSERT OR UPDATE OR DELETE ON case_task
            FOR EACH ROW EXECUTE FUNCTION sop_derived_moves_with_events();
        CREATE TRIGGER step_visit_moves_with_events BEFORE INSERT OR UPDATE OR DELETE ON step_visit
            FOR EACH ROW EXECUTE FUNCTION sop_derived_moves_with_events();
        CREATE TRIGGER case_lookup_moves_with_events BEFORE INSERT OR UPDATE OR DELETE ON case_lookup
            FOR EACH ROW EXECUTE FUNCTION sop_derived_moves_with_events();
        """
}

extension PostgresCaseStore: DerivedRepairStore {
    /// As the schema's owner (v28 refuses these writes to every other user, no event being
    /// written): the case row's moving columns, the worklist, the step visits (deleted and written
    /// again: their fixed columns are not updated), the lookup row, the guard rows, and the repair
    /// log's lines (`derived_repair`, dated by the server's clock, its user the session's), in one
    /// transaction. `by` is not used: the server knows who it is.
    public func rewriteDerived(_ rows: RebuiltRows, by: String) throws(StoreError) {
        let id = rows.caseID
        try perform(retry: false) { c, _ in
            try transaction(c) {
                try c.query("""
                    UPDATE sop_case SET status = $2, updated_at = $3, last_sequence = $4, ended_at = $5, due_at = $6
                    WHERE id = $1 AND (status, updated_at, last_sequence, ended_at, due_at) IS DISTINCT FROM ($2, $3, $4, $5, $6)
                    """, [.text(id), .text(rows.status), .int(rows.updatedAt), .int(rows.lastSequence), .optionalInt(rows.endedAt),
                          .optionalInt(rows.dueAt)])
                try c.query("DELETE FROM case_task WHERE case_id = $1", [.text(id)])
                if !rows.tasks.isEmpty {
                    let insert = Self.insertTasks(rows.tasks, for: id)
                    try c.query(insert.sql, insert.parameters)
                }
                try c.query("DELETE FROM step_visit WHERE case_id = $1", [.text(id)])
                for visit in rows.visits {
                    try c.query("""
                        INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at, completed_at, completed_by,
                                                used_seconds)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::double precision)
                        """, [.text(id), .text(visit.step), .int(visit.visit), .text(visit.nomor), .text(visit.revision), .text(visit.role),
                              .int(visit.startedAt.milliseconds), .optionalInt(visit.due?.milliseconds),
                              .optionalInt(visit.completedAt?.milliseconds), .optional(visit.completedBy),
                              visit.used.map { .text(String($0)) } ?? .null])
                }
                try c.query("""
                    INSERT INTO case_lookup (case_id, title, tracking, search_keys) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (case_id) DO UPDATE SET title = EXCLUDED.title, search_keys = EXCLUDED.search_keys
                    """, Self.lookupRow(id, rows.lookup))
                try c.query("SELECT sop_guard_fill(ARRAY[$1::text])", [.text(id)])
                try c.query("INSERT INTO derived_repair (case_id, what) SELECT $1, unnest($2::text[])", [.text(id), .array(rows.log)])
            }
        }
    }
}
