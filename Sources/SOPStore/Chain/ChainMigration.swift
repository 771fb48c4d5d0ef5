import GRDB
import SOPEngine

/// Migration v3 (SQLite): every event row gets its chain hash (`EventChain`), computed here for
/// the events stored before; new rows without one are refused; seals of chain heads get their
/// table. The append-only triggers are lifted only inside this migration's transaction.
enum ChainMigration {
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE case_event ADD COLUMN hash TEXT;
            CREATE TABLE chain_seal (
                id INTEGER PRIMARY KEY,
                sealed_at INTEGER NOT NULL,
                heads TEXT NOT NULL,
                digest TEXT NOT NULL,
                mac TEXT NOT NULL
            );
            DROP TRIGGER case_event_append_only_update;
            """)
        let update = try db.makeStatement(sql: "UPDATE case_event SET hash = ? WHERE case_id = ? AND sequence = ?")
        for id in try String.fetchAll(db, sql: "SELECT DISTINCT case_id FROM case_event ORDER BY case_id") {
            let rows = try EventRecord.filter(Column("case_id") == id).order(Column("sequence")).fetchAll(db).map(\.archived)
            for row in EventChain.linked(rows, caseID: id, previous: "") {
                try update.execute(arguments: [row.hash, id, row.sequence])
            }
        }
        try db.execute(sql: """
            CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event
                BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
            CREATE TRIGGER case_event_hash_required BEFORE INSERT ON case_event WHEN NEW.hash IS NULL
                BEGIN SELECT RAISE(ABORT, 'case events carry their chain hash'); END;
            """)
    }
}
