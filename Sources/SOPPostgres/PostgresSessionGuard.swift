import Foundation
import SOPCore
import SOPStore

/// The web session's check sent first in a case write (`SessionGuardedStore`), in the same
/// pipeline and so the same transaction as the events: when the session is gone or expired the
/// statement fails, the server skips the rest of the pipeline and rolls it back.
///
/// It needs no function of its own (no migration): the scalar subquery gives '0' for a live
/// session and the marker text otherwise, and casting that to an integer fails at run time with
/// the marker in the message (SQLSTATE 22P02), which `PostgresCaseStore.describe` turns into
/// `Catalog.Serve8.sessionEnded`. The cast is of a query's result, never of a constant, so the
/// planner cannot evaluate it ahead of the check. The gateway user reads `web_session` already.
enum PostgresSessionGuard {
    static let marker = "sop-web: session-ended"

    static func check(_ idHash: String, at now: Date) -> (sql: String, parameters: [PGValue]) {
        ("""
            SELECT (SELECT CASE WHEN count(*) = 0 THEN '\(marker)' ELSE '0' END
                    FROM web_session WHERE id_hash = $1 AND expires_at > $2)::integer
            """, [.text(idHash), .int(now.milliseconds)])
    }
}

extension PostgresCaseStore: SessionGuardedStore {
    public func whileSessionLive<T>(_ idHash: String, at now: Date, _ body: () throws -> T) rethrows -> T {
        writeGuard = [PostgresSessionGuard.check(idHash, at: now)]
        defer { writeGuard = [] }
        return try body()
    }
}
