import Foundation
import GRDB
import SOPEngine

/// The rate limits of `sop serve` (logins and status lookups per client address) counted in
/// the store (migration v9), so that several instances on one PostgreSQL share one count: with
/// two instances behind nginx, a client gets the limit once, not once per instance.
public protocol WebAttemptStore: AnyObject {
    /// Counts one attempt under `key` (a digest: no address is stored) in a fixed window of
    /// `window` seconds, starting a new window when the last one is over; returns the count in
    /// the current window, this attempt included. Windows over long ago are dropped.
    func countWebAttempt(key: String, at now: Date, window: TimeInterval) throws(StoreError) -> Int
}

/// The v9 table, the same on SQLite and PostgreSQL (times in milliseconds since 1970).
public enum WebAttemptSchema {
    public static let sql = """
        CREATE TABLE web_attempt (
            key_hash TEXT PRIMARY KEY NOT NULL,
            window_start BIGINT NOT NULL,
            count INTEGER NOT NULL
        );
        CREATE INDEX web_attempt_by_window ON web_attempt(window_start);
        """

    /// The migration's name (SQLite and PostgreSQL).
    public static let name = "v9: shared web rate limits"

    /// Windows older than this many windows are deleted as attempts come.
    public static let kept = 10
}

extension SQLiteCaseStore: WebAttemptStore {
    public func countWebAttempt(key: String, at now: Date, window: TimeInterval) throws(StoreError) -> Int {
        let at = now.milliseconds, length = Int64(window * 1000)
        return try write { db in
            try db.execute(sql: "DELETE FROM web_attempt WHERE window_start <= ?",
                           arguments: [at - length * Int64(WebAttemptSchema.kept)])
            // Each SET expression reads the row as it was: a window over starts again at 1.
            try db.execute(sql: """
                INSERT INTO web_attempt (key_hash, window_start, count) VALUES (?1, ?2, 1)
                ON CONFLICT (key_hash) DO UPDATE SET
                    count = CASE WHEN web_attempt.window_start <= ?2 - ?3 THEN 1 ELSE web_attempt.count + 1 END,
                    window_start = CASE WHEN web_attempt.window_start <= ?2 - ?3 THEN ?2 ELSE web_attempt.window_start END
                """, arguments: [key, at, length])
            return try Int.fetchOne(db, sql: "SELECT count FROM web_attempt WHERE key_hash = ?", arguments: [key]) ?? 1
        }
    }
}
