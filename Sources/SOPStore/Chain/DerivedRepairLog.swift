import Foundation
import GRDB
import SOPCore
import SOPEngine

/// The SQLite store's log of derived rows repaired (`sop db verify --perbaiki`, `DerivedRepair`),
/// made by the first repair, in its transaction (no migration: a store never repaired has none,
/// and a desk never reads it), append-only like the seals (a trigger is no protection against
/// whoever can write the file: it keeps a line from being changed or deleted by a slip in the
/// sqlite3 shell). PostgreSQL's is made by its migration v28 (`PostgresDerivedGuard`).
enum DerivedRepairLog {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS derived_repair (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                db_user TEXT NOT NULL,
                case_id TEXT NOT NULL,
                what TEXT NOT NULL
            );
            CREATE TRIGGER IF NOT EXISTS derived_repair_no_update BEFORE UPDATE ON derived_repair
                BEGIN SELECT RAISE(ABORT, 'the repair log is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS derived_repair_no_delete BEFORE DELETE ON derived_repair
                BEGIN SELECT RAISE(ABORT, 'the repair log is append-only'); END;
            """)
    }
}

extension SQLiteCaseStore: DerivedRepairStore {
    /// The case row's moving columns with its worklist (`tasks`) and its title and search keys
    /// (columns of the same row), its step visits deleted and written again, and the repair log's
    /// lines, in one transaction.
    public func rewriteDerived(_ rows: RebuiltRows, by: String) throws(StoreError) {
        let id = rows.caseID
        let at = Date().milliseconds
        try write { db in
            try DerivedRepairLog.create(db)
            try db.execute(sql: """
                UPDATE sop_case SET status = ?, updated_at = ?, last_sequence = ?, ended_at = ?, due_at = ?, tasks = ?, title = ?,
                    search_keys = ? WHERE id = ?
                """, arguments: [rows.status, rows.updatedAt, rows.lastSequence, rows.endedAt, rows.dueAt, TaskList.json(rows.tasks),
                                 rows.lookup.title, rows.lookup.keysText, id])
            try db.execute(sql: "DELETE FROM step_visit WHERE case_id = ?", arguments: [id])
            for visit in rows.visits {
                try db.execute(sql: """
                    INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at, completed_at, completed_by,
                                            used_seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, visit.step, visit.visit, visit.nomor, visit.revision, visit.role, visit.startedAt.milliseconds,
                                     visit.due?.milliseconds, visit.completedAt?.milliseconds, visit.completedBy, visit.used])
            }
            for line in rows.log {
                try db.execute(sql: "INSERT INTO derived_repair (at, db_user, case_id, what) VALUES (?, ?, ?, ?)",
                               arguments: [at, by, id, line])
            }
        }
    }
}
