import Foundation
import GRDB
import SOPCore
import SOPEngine

/// A one-time-code (TOTP, RFC 6238) secret of an operator, for the web desk's login: enrolled by
/// a roster administrator (`sop roster totp NAME`), then asked after the PIN. The secret must be
/// readable by the server to check a code; `lastStep` keeps a code from being used twice.
public struct TOTPRecord: Sendable, Equatable {
    public var operatorName: String
    public var secret: String
    public var setAt: Date
    public var setBy: String
    /// The last 30-second step whose code was accepted.
    public var lastStep: Int64

    public init(operatorName: String, secret: String, setAt: Date, setBy: String, lastStep: Int64 = 0) {
        self.operatorName = operatorName
        self.secret = secret
        self.setAt = setAt
        self.setBy = setBy
        self.lastStep = lastStep
    }
}

/// What a store keeps of one-time-code secrets (SQLite and PostgreSQL, migration v6).
public protocol TOTPStore: AnyObject {
    func totp(of operatorName: String) throws(StoreError) -> TOTPRecord?
    func saveTOTP(_ record: TOTPRecord) throws(StoreError)
    /// Marks the step used if it is later than the last one used; false when it is not (a replay).
    func useTOTPStep(of operatorName: String, step: Int64) throws(StoreError) -> Bool
}

extension WebSessionSchema {
    public static let totpSQLite = """
        CREATE TABLE operator_totp (
            operator TEXT PRIMARY KEY NOT NULL,
            secret TEXT NOT NULL,
            set_at BIGINT NOT NULL,
            set_by TEXT NOT NULL,
            last_step BIGINT NOT NULL DEFAULT 0
        );
        """
}

extension SQLiteCaseStore: TOTPStore {
    public func totp(of operatorName: String) throws(StoreError) -> TOTPRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.totpColumns) FROM operator_totp WHERE operator = ?", arguments: [operatorName])
                .map(Self.totpRecord)
        }
    }

    /// The columns `totpRecord` reads, in its order (one operator's secret, read or copied).
    static let totpColumns = "operator, secret, set_at, set_by, last_step"

    static func totpRecord(_ row: Row) -> TOTPRecord {
        TOTPRecord(operatorName: row[0], secret: row[1], setAt: Date(milliseconds: row[2]), setBy: row[3], lastStep: row[4])
    }

    public func saveTOTP(_ record: TOTPRecord) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO operator_totp (operator, secret, set_at, set_by, last_step) VALUES (?, ?, ?, ?, 0)
                ON CONFLICT(operator) DO UPDATE SET secret = excluded.secret, set_at = excluded.set_at, set_by = excluded.set_by, last_step = 0
                """, arguments: [record.operatorName, record.secret, record.setAt.milliseconds, record.setBy])
        }
    }

    public func useTOTPStep(of operatorName: String, step: Int64) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE operator_totp SET last_step = ? WHERE operator = ? AND last_step < ?",
                           arguments: [step, operatorName, step])
            return db.changesCount == 1
        }
    }
}
