import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// `OperatorAccessStore` on PostgreSQL (migration v20): a roster administrator connected as
/// themself ends an operator's web sessions and removes a PIN or a one-time-code enrolment
/// through SECURITY DEFINER functions that check, on the server, that the session user holds
/// `pengelola-peran` (`sop-roster: not-admin`, 42501, otherwise); a desk user has no right on
/// `web_session` nor on the private schema of the secrets. `sop_totp_enrolled` lists names only,
/// for the administrator and the web gateway.
enum PostgresOperatorAccess {
    static let name = "v20: a roster administrator ends an operator's web sessions and removes a PIN or a one-time-code enrolment; the web desk changes an operator's own PIN (checked by the server)"

    /// An administrator's function deleting an operator's row of a private table; whether there was one.
    private static func removal(_ function: String, table: String) -> String {
        """
        CREATE FUNCTION \(function)(who TEXT) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
                IF NOT sop_is_admin() THEN RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501'; END IF;
                DELETE FROM \(table) WHERE operator = who;
                RETURN FOUND;
            END $$;
        """
    }

    static let migration = """
        CREATE FUNCTION sop_end_web_sessions(who TEXT) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE ended integer;
            BEGIN
                IF NOT sop_is_admin() THEN RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501'; END IF;
                DELETE FROM web_session WHERE operator = who;
                GET DIAGNOSTICS ended = ROW_COUNT;
                RETURN ended;
            END $$;
        \(removal("sop_remove_pin", table: "operator_pin"))
        \(removal("sop_remove_totp", table: "operator_totp"))
        CREATE FUNCTION sop_totp_enrolled() RETURNS TABLE (operator TEXT) LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
            BEGIN
                IF NOT (sop_is_gateway() OR sop_is_admin()) THEN
                    RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501';
                END IF;
                RETURN QUERY SELECT t.operator FROM operator_totp t ORDER BY t.operator;
            END $$;
        CREATE FUNCTION sop_change_own_pin(who TEXT, new_salt BYTEA, new_hash BYTEA, params TEXT, at BIGINT) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
                IF NOT sop_is_gateway() THEN RAISE EXCEPTION 'sop-roster: not-gateway' USING ERRCODE = '42501'; END IF;
                UPDATE operator_pin SET salt = new_salt, hash = new_hash, parameters = params, failures = 0, locked_until = NULL,
                    set_at = at, set_by = who
                    WHERE operator = who;
                RETURN FOUND;
            END $$;
        DO $v18$
        DECLARE
            home TEXT := current_schema();
            private TEXT := current_schema() || '_rahasia';
        BEGIN
            EXECUTE format('ALTER FUNCTION %I.sop_end_web_sessions(text) SET search_path = %I, pg_temp', home, home);
            EXECUTE format('ALTER FUNCTION %I.sop_remove_pin(text) SET search_path = %I, %I, pg_temp', home, home, private);
            EXECUTE format('ALTER FUNCTION %I.sop_remove_totp(text) SET search_path = %I, %I, pg_temp', home, home, private);
            EXECUTE format('ALTER FUNCTION %I.sop_totp_enrolled() SET search_path = %I, %I, pg_temp', home, home, private);
            EXECUTE format('ALTER FUNCTION %I.sop_change_own_pin(text, bytea, bytea, text, bigint) SET search_path = %I, %I, pg_temp',
                           home, home, private);
        END $v18$;
        """
}

extension PostgresCaseStore: OperatorAccessStore {
    public func endWebSessions(of operatorName: String) throws(StoreError) -> Int {
        try perform { c, _ in try guardedQuery(c, "SELECT sop_end_web_sessions($1)", [.text(operatorName)]).integer(0, 0) }
    }

    public func removePIN(of operatorName: String) throws(StoreError) -> Bool {
        try perform { c, _ in try guardedQuery(c, "SELECT sop_remove_pin($1)", [.text(operatorName)]).bool(0, 0) }
    }

    public func removeTOTP(of operatorName: String) throws(StoreError) -> Bool {
        try perform { c, _ in try guardedQuery(c, "SELECT sop_remove_totp($1)", [.text(operatorName)]).bool(0, 0) }
    }

    /// v21's `sop_change_own_pin` (`PostgresPINSessions`): the PIN and the end of the other sessions in one call.
    public func changeOwnPIN(_ record: PINRecord, keeping kept: String) throws(StoreError) -> Int {
        try perform { c, _ in
            try guardedQuery(c, "SELECT sop_change_own_pin($1, $2, $3, $4, $5, $6)", [
                .text(record.operatorName), .bytes(record.salt), .bytes(record.hash), .text(record.parameters),
                .int(record.setAt.milliseconds), .text(kept),
            ]).integer(0, 0)
        }
    }

    public func totpEnrolled() throws(StoreError) -> [String] {
        try perform { c, _ in
            let rows = try c.query("SELECT operator FROM sop_totp_enrolled()")
            return (0..<rows.count).map { rows.text($0, 0) }
        }
    }
}
