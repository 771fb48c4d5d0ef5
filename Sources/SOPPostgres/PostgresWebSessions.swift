import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// The web desk's sessions on PostgreSQL (migration v6): every `sop serve` instance on the
/// same database sees the same logins, so a restart or another instance logs nobody out.
extension PostgresCaseStore: WebSessionStore {
    public func saveWebSession(_ session: WebSession) throws(StoreError) {
        try perform { c, _ in
            try c.query("""
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
            try c.query("UPDATE web_session SET last_seen = $1 WHERE id_hash = $2", [.int(now.milliseconds), .text(idHash)])
        }
    }

    public func deleteWebSession(idHash: String) throws(StoreError) {
        try perform { c, _ in try c.query("DELETE FROM web_session WHERE id_hash = $1", [.text(idHash)]) }
    }

    public func deleteExpiredWebSessions(at now: Date) throws(StoreError) -> Int {
        try perform { c, _ in
            try c.query("DELETE FROM web_session WHERE expires_at <= $1 RETURNING 1", [.int(now.milliseconds)]).count
        }
    }
}
