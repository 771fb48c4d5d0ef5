import GRDB

/// Migration "v-next-b" (SQLite, after v16; renumbered at merge): the seals of chain heads become
/// append-only like every other evidence table (tester 19's F10). A trigger is no protection
/// against whoever can write the file (the README says so): it keeps a seal from being changed or
/// deleted by a slip in the sqlite3 shell, and makes deleting them a deliberate act.
enum SealAppendOnlyMigration {
    static let name = "v17: chain seals are append-only"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER chain_seal_no_update BEFORE UPDATE ON chain_seal
                BEGIN SELECT RAISE(ABORT, 'chain seals are append-only'); END;
            CREATE TRIGGER chain_seal_no_delete BEFORE DELETE ON chain_seal
                BEGIN SELECT RAISE(ABORT, 'chain seals are append-only'); END;
            """)
    }
}
