import Foundation
import GRDB
import SOPEngine

/// The access log of unmasked personal data in the SQLite file (migration v13): append-only by
/// triggers. Whoever can write the file can still drop the triggers; the README says so.
enum PersonalAccessSchema {
    static let name = "v13: access log of unmasked personal data (append-only); operators' full names and NIP"

    static let sql = """
        CREATE TABLE personal_access (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            operator TEXT NOT NULL,
            case_id TEXT NOT NULL,
            command TEXT NOT NULL
        );
        CREATE INDEX personal_access_case ON personal_access (case_id, id);
        CREATE TRIGGER personal_access_no_update BEFORE UPDATE ON personal_access
            BEGIN SELECT RAISE(ABORT, 'personal access log is append-only'); END;
        CREATE TRIGGER personal_access_no_delete BEFORE DELETE ON personal_access
            BEGIN SELECT RAISE(ABORT, 'personal access log is append-only'); END;
        CREATE TABLE operator_profile (
            operator TEXT PRIMARY KEY,
            full_name TEXT NOT NULL,
            nip TEXT NOT NULL,
            set_at INTEGER NOT NULL,
            set_by TEXT NOT NULL
        );
        """
}

extension SQLiteCaseStore: OperatorProfileStore {
    public func operatorProfiles() throws(StoreError) -> [OperatorProfile] {
        try read { db -> [OperatorProfile] in
            guard try db.tableExists("operator_profile") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT operator, full_name, nip, set_at, set_by FROM operator_profile ORDER BY operator")
                .map { OperatorProfile(operatorName: $0[0], fullName: $0[1], nip: $0[2], setAt: Date(milliseconds: $0[3]), setBy: $0[4]) }
        }
    }

    public func saveOperatorProfile(_ profile: OperatorProfile) throws(StoreError) {
        try write { db in
            try db.execute(sql: OperatorProfileRecord.upsertSQL, arguments: OperatorProfileRecord.arguments(profile))
        }
    }
}

/// One officer's row: set or replaced whole (the profile set last wins).
enum OperatorProfileRecord {
    static let upsertSQL = """
        INSERT INTO operator_profile (operator, full_name, nip, set_at, set_by) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(operator) DO UPDATE SET full_name = excluded.full_name, nip = excluded.nip, set_at = excluded.set_at,
        set_by = excluded.set_by
        """

    static func arguments(_ profile: OperatorProfile) -> StatementArguments {
        [profile.operatorName, profile.fullName, profile.nip, profile.setAt.milliseconds, profile.setBy]
    }
}

extension SQLiteCaseStore: PersonalAccessLog {
    /// Linked after the log's last entry in the same transaction (the insert trigger refuses a
    /// place already taken, so two desks cannot both append the same one).
    public func recordPersonalAccess(_ access: PersonalAccess) throws(StoreError) {
        try write { db in
            let head = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM personal_access ORDER BY sequence DESC LIMIT 1")
            let linked = AccessLogChain.linked([access.unstored], after: head?[0] ?? 0, previous: head?[1] ?? "")
            for entry in linked { try db.execute(sql: AccessLogMigration.insertSQL, arguments: AccessLogMigration.arguments(entry)) }
        }
    }

    public func personalAccesses(of caseID: String) throws(StoreError) -> [PersonalAccess] {
        try accessLog(where: "WHERE case_id = ?", [caseID])
    }

    public func personalAccessLog() throws(StoreError) -> [PersonalAccess] { try accessLog(where: "", []) }

    private func accessLog(where filter: String, _ arguments: StatementArguments) throws(StoreError) -> [PersonalAccess] {
        try read { db -> [PersonalAccess] in
            // A store opened only to read, made before v13, has no log yet; made before the
            // chain, its rows have no place nor hash yet (they are read in the order written).
            guard try db.tableExists("personal_access") else { return [] }
            let chained = try db.columns(in: "personal_access").contains { $0.name == "hash" }
            let columns = chained ? AccessLogMigration.columns : "id, at, operator, case_id, command, NULL, NULL"
            return try Row.fetchAll(db, sql: "SELECT \(columns) FROM personal_access \(filter) ORDER BY \(chained ? "sequence, id" : "id")",
                                    arguments: arguments).map(AccessLogMigration.entry)
        }
    }
}
