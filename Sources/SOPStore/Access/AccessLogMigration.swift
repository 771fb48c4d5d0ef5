import Foundation
import GRDB
import SOPEngine

/// Migration v16 (SQLite): the access log of unmasked personal data becomes a hash chain
/// (`AccessLogChain`), and records refused attempts too. Each row gets its place in the log
/// (`sequence`, 1, 2, … with no gap: a unique index and a trigger refuse any other), the
/// refusal's code (`refused`, NULL when the data was shown) and its chain hash, written in the
/// same transaction as the row. Rows logged before were chained here as they stood, in the order
/// they were written: the chain vouches for them from this migration on, not for what happened to
/// them before. The append-only triggers stay; SQLite cannot hash, so the writer links each row
/// and `sop db verify` checks every link.
enum AccessLogMigration {
    static let name = "v16: the personal-data access log as a hash chain, refused attempts logged too"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE personal_access ADD COLUMN sequence INTEGER;
            ALTER TABLE personal_access ADD COLUMN refused TEXT;
            ALTER TABLE personal_access ADD COLUMN hash TEXT;
            DROP TRIGGER personal_access_no_update;
            """)
        let rows = try Row.fetchAll(db, sql: "SELECT id, at, operator, case_id, command FROM personal_access ORDER BY id")
        let entries = rows.map { PersonalAccess(at: Date(milliseconds: $0[1]), operatorName: $0[2], caseID: $0[3], command: $0[4]) }
        let update = try db.makeStatement(sql: "UPDATE personal_access SET sequence = ?, hash = ? WHERE id = ?")
        for (row, linked) in zip(rows, AccessLogChain.linked(entries, after: 0, previous: "")) {
            try update.execute(arguments: [linked.sequence, linked.hash, row[0] as Int64])
        }
        try db.execute(sql: """
            CREATE TRIGGER personal_access_no_update BEFORE UPDATE ON personal_access
                BEGIN SELECT RAISE(ABORT, 'personal access log is append-only'); END;
            CREATE UNIQUE INDEX personal_access_sequence ON personal_access (sequence);
            CREATE TRIGGER personal_access_chained BEFORE INSERT ON personal_access BEGIN
                SELECT RAISE(ABORT, 'personal access log: an entry needs its place and hash')
                    WHERE NEW.sequence IS NULL OR NEW.hash IS NULL;
                SELECT RAISE(ABORT, 'personal access log: changed meanwhile')
                    WHERE NEW.sequence <> (SELECT coalesce(max(sequence), 0) + 1 FROM personal_access);
            END;
            """)
    }

    /// The columns every reader selects, in `entry`'s order.
    static let columns = "sequence, at, operator, case_id, command, refused, hash"

    static func entry(_ row: Row) -> PersonalAccess {
        PersonalAccess(at: Date(milliseconds: row[1]), operatorName: row[2], caseID: row[3], command: row[4], refused: row[5],
                       sequence: (row[0] as Int?) ?? 0, hash: row[6])
    }

    static let insertSQL = "INSERT INTO personal_access (sequence, at, operator, case_id, command, refused, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"

    static func arguments(_ entry: PersonalAccess) -> StatementArguments {
        [entry.sequence, entry.at.milliseconds, entry.operatorName, entry.caseID, entry.command, entry.refused, entry.hash]
    }
}
