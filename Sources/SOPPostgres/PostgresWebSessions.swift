import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// The web desk's sessions on PostgreSQL (migration v6): every `sop serve` instance on the
/// same database sees the same logins, so a restart or another instance logs nobody out. Each
/// write is refused, as a case write is, on a schema a newer sop migrated (`guardedQuery`).
extension PostgresCaseStore: WebSessionStore {
    public func saveWebSession(_ session: WebSession) throws(StoreError) {
        try perform { c, _ in
            try guardedQuery(c, """
                INSERT INTO web_session (id_hash, operator, created_at, last_seen, expires_at, csrf) VALUES ($1, $2, $3, $4, $5, $6)
                """, [.text(session.idHash), .text(session.operatorName), .int(session.createdAt.milliseconds),
                      .int(session.lastSeen.milliseconds), .int(session.expiresAt.milliseconds), .text(session.csrf)])
        }
    }

    public func webSession(idHash: String, at now: Date) throws(StoreError) -> WebSession? {
        try perform { c, _ in
            let rows = try c.query("""
                SELECT id_hash, operator, created_at, last_seen, expires_at, csrf FROM web_session WHERE id_hash = $1 AND expires_at > $2
                """, [.text(idHash), .int(now.milliseconds)])
            guard !rows.isEmpty else { return nil }
            return WebSession(idHash: rows.text(0, 0), operatorName: rows.text(0, 1), createdAt: Date(milliseconds: rows.int(0, 2) ?? 0),
                              lastSeen: Date(milliseconds: rows.int(0, 3) ?? 0), expiresAt: Date(milliseconds: rows.int(0, 4) ?? 0),
                              csrf: rows.text(0, 5))
        }
    }

    public func touchWebSession(idHash: String, at now: Date) throws(StoreError) {
        try perform { c, _ in
            try guardedQuery(c, "UPDATE web_session SET last_seen = $1 WHERE id_hash = $2", [.int(now.milliseconds), .text(idHash)])
        }
    }

    public func deleteWebSession(idHash: String) throws(StoreError) {
        try perform { c, _ in try guardedQuery(c, "DELETE FROM web_session WHERE id_hash = $1", [.text(idHash)]) }
    }

    public func deleteExpiredWebSessions(at now: Date) throws(StoreError) -> Int {
        try perform { c, _ in
            try guardedQuery(c, "DELETE FROM web_session WHERE expires_at <= $1 RETURNING 1", [.int(now.milliseconds)]).count
        }
    }
}

extension PostgresCaseStore {
    /// A web desk's write outside a case (a session, a login's counters): refused as a case write
    /// is on a schema a newer sop migrated under a running `sop serve`, the same 503 page as on
    /// SQLite. `PostgresMigrations.newerGuard` goes first, in the same implicit transaction and
    /// the same round trip (libpq's pipeline); `perform` says its failure as `StoreError.schema`.
    @discardableResult
    func guardedQuery(_ c: PGConnection, _ sql: String, _ parameters: [PGValue] = []) throws(PGFailure) -> PGRows {
        try c.pipeline([PostgresMigrations.newerGuard, (sql, parameters)])[1]
    }
}
