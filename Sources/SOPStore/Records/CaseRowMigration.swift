import GRDB

/// Migration v14 (SQLite): the case row keyed by its id alone. `sop_case` was a rowid table
/// with a text primary key, so each new case wrote its row and a separate index of its ids
/// (`sqlite_autoindex_sop_case_1`), and every case-row update found the row through that index; and
/// `sop_case_by_sop` (nomor, status) was written when a case started and again when its status
/// changed, for one query: a listing by SOP, which reads every case's lookup row and the whole
/// worklist anyway, and now reads every case row too (the worklist and `sop db verify` already
/// did). Each page a commit writes is a WAL frame it syncs. Now the table is `WITHOUT ROWID` (its
/// primary key is the table) and the index is gone: a new case writes two pages fewer, a case's end
/// one fewer. The rows are copied as they are, a hand-edited row too (`sop db verify` reports it
/// against the events as before); the tables that refer to `sop_case(id)` keep referring to it by
/// name. The view `case_task` reads the table and is made again over the new one.
enum CaseRowMigration {
    static let name = "v14: case rows keyed by their id alone, without the SOP index"

    static func apply(_ db: Database) throws {
        // GRDB runs a migration with foreign keys off and checks them all before it commits.
        try db.execute(sql: """
            DROP VIEW case_task;
            CREATE TABLE sop_case_v14 (
                id TEXT PRIMARY KEY NOT NULL,
                nomor TEXT NOT NULL,
                judul TEXT NOT NULL,
                revision TEXT NOT NULL REFERENCES sop_revision(hash),
                status TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                last_sequence INTEGER NOT NULL,
                ended_at INTEGER,
                due_at INTEGER,
                tasks TEXT
            ) WITHOUT ROWID;
            INSERT INTO sop_case_v14 (id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at, tasks)
                SELECT id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at, tasks FROM sop_case;
            DROP TABLE sop_case;
            ALTER TABLE sop_case_v14 RENAME TO sop_case;
            \(TaskList.viewSQL);
            """)
    }
}
