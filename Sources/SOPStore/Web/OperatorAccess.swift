import Foundation
import GRDB
import SOPCore
import SOPEngine

/// What a roster administrator removes of an operator's access besides their roles, when they
/// leave or lose a device: their open web desk sessions, their PIN, their one-time-code
/// enrolment; and who is enrolled for codes (names only, never a secret), for `sop roster`.
/// On SQLite `sop roster` checks the administrator before calling these (as for PINs: whoever can
/// write the file can do anything anyway); on PostgreSQL the server checks it again, in
/// SECURITY DEFINER functions (migration v18).
public protocol OperatorAccessStore: AnyObject {
    /// Deletes every web session of the operator; returns how many there were.
    func endWebSessions(of operatorName: String) throws(StoreError) -> Int
    /// Deletes the operator's PIN; whether there was one.
    func removePIN(of operatorName: String) throws(StoreError) -> Bool
    /// Deletes the operator's one-time-code enrolment; whether there was one.
    func removeTOTP(of operatorName: String) throws(StoreError) -> Bool
    /// The operators enrolled for one-time codes, sorted.
    func totpEnrolled() throws(StoreError) -> [String]
    /// Replaces an existing PIN with `record` (its failures and lock cleared), for the web desk's
    /// `/ganti-pin`, once the operator gave the current one: on PostgreSQL only the web gateway
    /// may, and only over a PIN that exists (an enrolment stays the administrator's). In the same
    /// transaction every other web session of the operator ends (a stolen session does not
    /// survive the change), all but `kept` (the id hash of the session that changed it); returns
    /// how many ended.
    func changeOwnPIN(_ record: PINRecord, keeping kept: String) throws(StoreError) -> Int
}

extension SQLiteCaseStore: OperatorAccessStore {
    public func endWebSessions(of operatorName: String) throws(StoreError) -> Int {
        try delete("DELETE FROM web_session WHERE operator = ?", operatorName)
    }

    public func removePIN(of operatorName: String) throws(StoreError) -> Bool {
        try delete("DELETE FROM operator_pin WHERE operator = ?", operatorName) > 0
    }

    public func removeTOTP(of operatorName: String) throws(StoreError) -> Bool {
        try delete("DELETE FROM operator_totp WHERE operator = ?", operatorName) > 0
    }

    public func totpEnrolled() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT operator FROM operator_totp ORDER BY operator") }
    }

    public func changeOwnPIN(_ record: PINRecord, keeping kept: String) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: """
                UPDATE operator_pin SET salt = ?, hash = ?, parameters = ?, failures = 0, locked_until = NULL, set_at = ?, set_by = ?
                WHERE operator = ?
                """, arguments: [Data(record.salt), Data(record.hash), record.parameters, record.setAt.milliseconds, record.setBy,
                                 record.operatorName])
            guard db.changesCount > 0 else { return 0 }
            try db.execute(sql: "DELETE FROM web_session WHERE operator = ? AND id_hash <> ?", arguments: [record.operatorName, kept])
            return db.changesCount
        }
    }

    private func delete(_ sql: String, _ operatorName: String) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: sql, arguments: [operatorName])
            return db.changesCount
        }
    }
}
