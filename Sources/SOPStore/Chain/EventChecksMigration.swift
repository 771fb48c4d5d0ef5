import GRDB

/// Migration v12 (SQLite): the event table's checks on insert without triggers. Any BEFORE INSERT
/// trigger makes SQLite keep a statement journal for every event (a copy of the event table's
/// page before each insert, so that the trigger could undo that row alone): the chain hash is
/// now required by a CHECK constraint on the row, which needs no journal, and the roster's two
/// checks (role held, the step's role) are made by the store in Swift in the event's own
/// transaction (`EventRoleCheck`). The table is rebuilt for the constraint (SQLite adds none to a
/// table in place), its rows copied as they are: a row without a hash, which only a hand edit
/// could have left, stays for `sop db verify` to report (the CHECK is not applied to the copy).
/// The append-only triggers (UPDATE, DELETE) are made again on the new table.
enum EventChecksMigration {
    static let name = "v12: case event checks without insert triggers"

    static func apply(_ db: Database) throws {
        // The copy is not checked; the flag is the connection's, so it goes off however this ends.
        defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS case_event_hash_required;
            DROP TRIGGER IF EXISTS case_event_role_held;
            DROP TRIGGER IF EXISTS case_event_step_role;
            DROP TRIGGER IF EXISTS case_event_append_only_update;
            DROP TRIGGER IF EXISTS case_event_append_only_delete;
            CREATE TABLE case_event_v12 (
                case_id TEXT NOT NULL REFERENCES sop_case(id),
                sequence INTEGER NOT NULL,
                at INTEGER NOT NULL,
                operator TEXT NOT NULL,
                role TEXT,
                step TEXT,
                type TEXT NOT NULL,
                payload TEXT NOT NULL,
                hash TEXT CONSTRAINT case_event_hash_required CHECK (hash IS NOT NULL),
                PRIMARY KEY (case_id, sequence)
            ) WITHOUT ROWID;
            PRAGMA ignore_check_constraints = ON;
            INSERT INTO case_event_v12 (case_id, sequence, at, operator, role, step, type, payload, hash)
                SELECT case_id, sequence, at, operator, role, step, type, payload, hash FROM case_event;
            PRAGMA ignore_check_constraints = OFF;
            DROP TABLE case_event;
            ALTER TABLE case_event_v12 RENAME TO case_event;
            CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event
                BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
            CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event
                BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
            """)
    }
}
