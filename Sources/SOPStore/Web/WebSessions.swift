import Foundation
import GRDB
import SOPCore
import SOPEngine

/// A login of the web desk (`sop serve`), as the store keeps it: only the SHA-256 of the random
/// session id the browser holds, so that a copy of the store does not let anyone in. Kept in
/// the store (migration v6), so a restarted or second server keeps everyone logged in.
public struct WebSession: Sendable, Equatable {
    /// SHA-256 (hex) of the id in the `sop_sesi` cookie.
    public var idHash: String
    public var operatorName: String
    public var createdAt: Date
    public var lastSeen: Date
    public var expiresAt: Date
    /// The token every form of this session carries (field `csrf`).
    public var csrf: String

    public init(idHash: String, operatorName: String, createdAt: Date, lastSeen: Date, expiresAt: Date, csrf: String) {
        self.idHash = idHash
        self.operatorName = operatorName
        self.createdAt = createdAt
        self.lastSeen = lastSeen
        self.expiresAt = expiresAt
        self.csrf = csrf
    }
}

/// What a store keeps of the web desk's sessions (SQLite and PostgreSQL, migration v6).
public protocol WebSessionStore: AnyObject {
    func saveWebSession(_ session: WebSession) throws(StoreError)
    /// The session with this id hash, if it has not expired at `now`.
    func webSession(idHash: String, at now: Date) throws(StoreError) -> WebSession?
    func touchWebSession(idHash: String, at now: Date) throws(StoreError)
    func deleteWebSession(idHash: String) throws(StoreError)
    /// Removes every session expired at `now`; returns how many.
    @discardableResult
    func deleteExpiredWebSessions(at now: Date) throws(StoreError) -> Int
}

/// The v6 table, the same on SQLite and PostgreSQL (times in milliseconds since 1970).
public enum WebSessionSchema {
    public static let sql = """
        CREATE TABLE web_session (
            id_hash TEXT PRIMARY KEY NOT NULL,
            operator TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            last_seen BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            csrf TEXT NOT NULL
        );
        CREATE INDEX web_session_by_expiry ON web_session(expires_at);
        """
}

extension SQLiteCaseStore: WebSessionStore {
    public func saveWebSession(_ session: WebSession) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO web_session (id_hash, operator, created_at, last_seen, expires_at, csrf) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [session.idHash, session.operatorName, session.createdAt.milliseconds,
                                 session.lastSeen.milliseconds, session.expiresAt.milliseconds, session.csrf])
        }
    }

    public func webSession(idHash: String, at now: Date) throws(StoreError) -> WebSession? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT id_hash, operator, created_at, last_seen, expires_at, csrf FROM web_session WHERE id_hash = ? AND expires_at > ?
                """, arguments: [idHash, now.milliseconds]).map { row in
                WebSession(idHash: row[0], operatorName: row[1], createdAt: Date(milliseconds: row[2]),
                           lastSeen: Date(milliseconds: row[3]), expiresAt: Date(milliseconds: row[4]), csrf: row[5])
            }
        }
    }

    public func touchWebSession(idHash: String, at now: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE web_session SET last_seen = ? WHERE id_hash = ?", arguments: [now.milliseconds, idHash])
        }
    }

    public func deleteWebSession(idHash: String) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [idHash]) }
    }

    public func deleteExpiredWebSessions(at now: Date) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ?", arguments: [now.milliseconds])
            return db.changesCount
        }
    }
}
