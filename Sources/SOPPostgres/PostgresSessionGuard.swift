import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// Migration v18 (PostgreSQL): the web session's check of a step's answer as a function of the
/// server, `sop_web_session_live(session, operator, at)`, called first in the write's own
/// pipeline and so in its transaction (`SessionGuardedStore`). It runs as the schema's owner,
/// refuses any caller not listed in `web_gateway`, and raises, SQLSTATE 28000 with a message
/// beginning `sop-web: session-ended`, when the session is gone (logged out, or deleted once
/// expired), expired at `at`, or another operator's than the one the write is made for; the
/// server then skips the rest of the pipeline and rolls it back, and `PostgresCaseStore.describe`
/// turns the refusal into `Catalog.Serve8.sessionEnded` (the 401 page). The same transaction sent
/// by hand (psql, a script as the gateway user) is refused the same way: the check is the
/// server's, not the instance's. `at` is the instance's clock, as for every read of a session
/// (`expires_at` is written from it).
enum PostgresSessionGuard {
    static let name = "v18: a web answer's session checked by the server in the write's transaction (sop_web_session_live)"

    /// The start of every refusal's message (its SQLSTATE is 28000).
    static let ended = "sop-web: session-ended"

    static let migration = """
        CREATE FUNCTION sop_web_session_live(session_hash TEXT, session_operator TEXT, at_ms BIGINT) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE holder TEXT; expires BIGINT;
            BEGIN
                IF NOT sop_is_gateway() THEN RAISE EXCEPTION 'sop-roster: not-gateway' USING ERRCODE = '42501'; END IF;
                SELECT s.operator, s.expires_at INTO holder, expires FROM web_session s WHERE s.id_hash = session_hash;
                IF NOT FOUND THEN
                    RAISE EXCEPTION '\(ended): the session is logged out or gone' USING ERRCODE = '28000';
                END IF;
                IF expires <= at_ms THEN RAISE EXCEPTION '\(ended): the session expired' USING ERRCODE = '28000'; END IF;
                IF holder IS DISTINCT FROM session_operator THEN
                    RAISE EXCEPTION '\(ended): the session is another operator''s' USING ERRCODE = '28000';
                END IF;
            END $$;
        DO $vnext$
        BEGIN
            EXECUTE format('ALTER FUNCTION %I.sop_web_session_live(text, text, bigint) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
        END $vnext$;
        """

    /// The check sent first in a guarded write.
    static func check(_ idHash: String, operatorName: String, at now: Date) -> (sql: String, parameters: [PGValue]) {
        ("SELECT sop_web_session_live($1, $2, $3)", [.text(idHash), .text(operatorName), .int(now.milliseconds)])
    }

    /// Whether a server's refusal is this check's.
    static func isRefusal(state: String, message: String) -> Bool {
        state == "28000" && message.contains(ended)
    }
}

extension PostgresCaseStore: SessionGuardedStore {
    public func checksSessions() throws(StoreError) -> Bool {
        try perform { c, _ in try c.query("SELECT to_regprocedure('sop_web_session_live(text, text, bigint)') IS NOT NULL").bool(0, 0) }
    }

    public func whileSessionLive<T>(_ idHash: String, operatorName: String, at now: Date, _ body: () throws -> T) rethrows -> T {
        writeGuard = [PostgresSessionGuard.check(idHash, operatorName: operatorName, at: now)]
        defer { writeGuard = [] }
        return try body()
    }
}
