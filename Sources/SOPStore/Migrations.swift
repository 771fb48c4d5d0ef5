import Foundation
import GRDB
import SOPCore
import SOPEngine

/// The schema, as versioned migrations. A migration that has shipped is never edited: a change
/// is a new migration appended below. Only `sop db migrate` applies them to an existing store
/// (`StoreGuard`). Every migration changes the schema: a running older sop notices a newer one's
/// by `PRAGMA schema_version` (`SQLiteCaseStore.checkSchema`).
public enum Migrations {
    /// What `sop db migrate` and `sop db status` print for each migration in Bahasa Indonesia. The
    /// English name registered below is the migration's identity (GRDB stores it in
    /// `grdb_migrations`) and is printed in English: never changed, so a shipped store sees its
    /// migrations as applied.
    static let indonesian: [String: String] = [
        "v1: event log, cases, tasks, revisions, attachments": "v1: log kejadian, kasus, tugas, revisi, lampiran",
        "v2: step visits and case ends, for reports": "v2: kunjungan kegiatan dan akhir kasus, untuk laporan",
        "v3: hash chain of case events, chain seals": "v3: rantai hash kejadian kasus, segel rantai",
        "v4: roster of operators and roles, PINs": "v4: daftar peran operator dan PIN",
        "v5: case titles, tracking codes and search keys": "v5: judul kasus, kode lacak dan kunci pencarian",
        "v6: web sessions": "v6: sesi meja web",
        WebAttemptSchema.name: "v9: batas laju meja web bersama",
        TaskList.migration: "v11: daftar tugas di baris kasus, lebih sedikit indeks ditulis per kegiatan",
        EventChecksMigration.name: "v12: pemeriksaan kejadian kasus tanpa trigger sisip",
        PersonalAccessSchema.name: "v13: catatan akses data pribadi yang dibuka (hanya ditambah); nama lengkap dan NIP operator",
        CaseRowMigration.name: "v14: baris kasus dikunci dengan id-nya saja, tanpa indeks SOP",
        LookupRowMigration.name: "v15: judul kasus, kode lacak dan kunci pencarian di baris kasus",
        AccessLogMigration.name: "v16: log akses data pribadi sebagai rantai hash, percobaan yang ditolak ikut dicatat",
        // v-next-b (tester 19's F10).
        SealAppendOnlyMigration.name: "v17: segel rantai hanya dapat ditambah",
    ]

    /// A migration's identity as the reader reads it: Bahasa Indonesia by default, the English
    /// identity itself in English; a name this build does not know (a newer store's) as stored.
    static func described(_ name: String) -> Localized {
        Localized(id: indonesian[name] ?? name, en: name)
    }

    /// A migration's number, from its identity's `vN:` (nil for an identity without one).
    static func version(of name: String) -> Int? {
        guard name.hasPrefix("v"), let colon = name.firstIndex(of: ":") else { return nil }
        return Int(name[name.index(after: name.startIndex)..<colon])
    }

    /// The newest schema this binary knows (`sop --version`, the refusal of a newer store).
    public static let latestVersion: Int = migrator.migrations.compactMap(version(of:)).max() ?? 0

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: event log, cases, tasks, revisions, attachments") { db in
            try db.execute(sql: """
                CREATE TABLE sop_revision (
                    hash TEXT PRIMARY KEY NOT NULL,
                    nomor TEXT NOT NULL,
                    judul TEXT NOT NULL,
                    revision_date TEXT NOT NULL,
                    path TEXT NOT NULL,
                    content BLOB NOT NULL,
                    saved_at INTEGER NOT NULL
                );
                CREATE TABLE case_counter (
                    prefix TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    last INTEGER NOT NULL,
                    PRIMARY KEY (prefix, year)
                ) WITHOUT ROWID;
                CREATE TABLE sop_case (
                    id TEXT PRIMARY KEY NOT NULL,
                    nomor TEXT NOT NULL,
                    judul TEXT NOT NULL,
                    revision TEXT NOT NULL REFERENCES sop_revision(hash),
                    status TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    last_sequence INTEGER NOT NULL
                );
                CREATE INDEX sop_case_by_sop ON sop_case(nomor, status);
                CREATE TABLE case_event (
                    case_id TEXT NOT NULL REFERENCES sop_case(id),
                    sequence INTEGER NOT NULL,
                    at INTEGER NOT NULL,
                    operator TEXT NOT NULL,
                    role TEXT,
                    step TEXT,
                    type TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    PRIMARY KEY (case_id, sequence)
                ) WITHOUT ROWID;
                CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event
                    BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
                CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event
                    BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
                CREATE TABLE case_task (
                    case_id TEXT NOT NULL REFERENCES sop_case(id),
                    step TEXT NOT NULL,
                    step_label TEXT NOT NULL,
                    visit INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    role_name TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    due_at INTEGER,
                    PRIMARY KEY (case_id, step)
                ) WITHOUT ROWID;
                CREATE INDEX case_task_by_role ON case_task(role, due_at);
                CREATE TABLE attachment (
                    sha256 TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    content BLOB NOT NULL,
                    saved_at INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: step visits and case ends, for reports") { db in
            try db.execute(sql: """
                ALTER TABLE sop_case ADD COLUMN ended_at INTEGER;
                ALTER TABLE sop_case ADD COLUMN due_at INTEGER;
                CREATE TABLE step_visit (
                    case_id TEXT NOT NULL REFERENCES sop_case(id),
                    step TEXT NOT NULL,
                    visit INTEGER NOT NULL,
                    nomor TEXT NOT NULL,
                    revision TEXT NOT NULL,
                    role TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    due_at INTEGER,
                    completed_at INTEGER,
                    completed_by TEXT,
                    used_seconds REAL,
                    PRIMARY KEY (case_id, step, visit)
                ) WITHOUT ROWID;
                CREATE INDEX step_visit_by_sop ON step_visit(nomor, started_at);
                """)
            // Cases recorded before this migration: their visits, from their events.
            for row in try Row.fetchAll(db, sql: "SELECT id, nomor, revision FROM sop_case") {
                let id: String = row["id"]
                let records = try EventRecord.filter(Column("case_id") == id).order(Column("sequence")).fetchAll(db)
                let events = try records.map { try $0.event() }
                try VisitProjector.apply(events, to: CaseID(id), nomor: row["nomor"], revision: row["revision"], db: db)
                let state = CaseState(id: CaseID(id), events: events)
                try db.execute(sql: "UPDATE sop_case SET ended_at = ?, due_at = ? WHERE id = ?",
                               arguments: [state.endedAt?.milliseconds, state.started?.due?.milliseconds, id])
            }
        }
        migrator.registerMigration("v3: hash chain of case events, chain seals") { db in
            try ChainMigration.apply(db)
        }
        migrator.registerMigration("v4: roster of operators and roles, PINs") { db in
            try db.execute(sql: RosterSchema.sqlite)
        }
        migrator.registerMigration("v5: case titles, tracking codes and search keys") { db in
            try db.execute(sql: LookupRecord.createSQL)
            // Cases recorded before this migration: their lookup, from their events and SOP.
            for row in try Row.fetchAll(db, sql: "SELECT c.id, r.content, r.path FROM sop_case c JOIN sop_revision r ON r.hash = c.revision") {
                let id: String = row[0]
                let content: Data = row[1]
                let events = try EventRecord.filter(Column("case_id") == id).order(Column("sequence")).fetchAll(db)
                    .map { try $0.event() }
                let lookup = CaseLookup.derive(id: CaseID(id), events: events, sopText: Array(content), path: row[2])
                try db.execute(sql: LookupRecord.insertSQL, arguments: LookupRecord.arguments(id: id, lookup))
            }
        }
        migrator.registerMigration("v6: web sessions") { db in
            try db.execute(sql: WebSessionSchema.sql + WebSessionSchema.totpSQLite)
        }
        migrator.registerMigration(WebAttemptSchema.name) { db in
            try db.execute(sql: WebAttemptSchema.sql)
        }
        migrator.registerMigration(TaskList.migration) { db in
            try TaskList.migrate(db)
        }
        migrator.registerMigration(EventChecksMigration.name) { db in
            try EventChecksMigration.apply(db)
        }
        migrator.registerMigration(PersonalAccessSchema.name) { db in
            try db.execute(sql: PersonalAccessSchema.sql)
        }
        migrator.registerMigration(CaseRowMigration.name) { db in
            try CaseRowMigration.apply(db)
        }
        migrator.registerMigration(LookupRowMigration.name) { db in
            try LookupRowMigration.apply(db)
        }
        migrator.registerMigration(AccessLogMigration.name) { db in
            try AccessLogMigration.apply(db)
        }
        // v-next-b: appended by the access-log branch (tester 19's F10).
        migrator.registerMigration(SealAppendOnlyMigration.name) { db in
            try SealAppendOnlyMigration.apply(db)
        }
        return migrator
    }
}
