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
/// turns the refusal into `Catalog.WebSessions.sessionEnded` (the 401 page). The same transaction sent
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

/// Migration v22 (PostgreSQL): the checks of who is calling, `sop_is_gateway()` and
/// `sop_is_admin()`, in PL/pgSQL instead of SQL, so that a connection plans their one query once
/// (issue 14: the web desk's answers under load).
///
/// A SQL function that runs with its owner's rights (SECURITY DEFINER) or with its own settings
/// (`SET search_path`) is never inlined, and PostgreSQL before 18 parses, analyses and plans its
/// body again for every statement that calls it (`fmgr_sql`: `base_yyparse` under
/// `fmgr_security_definer` in a profile of the backend). `sop_web_session_live` (v18), sent first
/// in every answer of the web desk, calls `sop_is_gateway()` once per answer, so each answer paid
/// that parse and plan. A PL/pgSQL function keeps its query's plan for the connection's life.
/// The same query, the same rights, the same search path (the unit's schema, then `pg_temp`
/// last), the same answers: only where the plan is kept changes. Measured on the backend
/// (`pgbench -M prepared`, one connection, 5,000 calls, its CPU from /proc): `SELECT
/// sop_web_session_live(…)` 0.064–0.074 ms before, 0.036–0.046 ms after; `SELECT sop_is_gateway()`
/// 0.048–0.054 ms before, 0.020–0.036 ms after (a bare one-row SELECT: 0.018 ms).
enum PostgresGatewayCheck {
    static let name = "v22: the gateway and administrator checks in PL/pgSQL, planned once per connection (sop_is_gateway, sop_is_admin)"

    static let migration = """
        CREATE OR REPLACE FUNCTION sop_is_gateway() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
            BEGIN
                RETURN EXISTS (SELECT 1 FROM web_gateway WHERE db_user = session_user::text);
            END $$;
        CREATE OR REPLACE FUNCTION sop_is_admin() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
            BEGIN
                RETURN EXISTS (SELECT 1 FROM roster_holding WHERE operator = session_user::text AND role = '\(PostgresWebDesk.admin)'
                               AND sop = '');
            END $$;
        DO $vnext$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_is_gateway() SET search_path = %I, pg_temp', current_schema());
            EXECUTE format('ALTER FUNCTION sop_is_admin() SET search_path = %I, pg_temp', current_schema());
        END $vnext$;
        """
}
