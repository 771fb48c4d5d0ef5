import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// Migration v21: a PIN changed at the web desk (`/ganti-pin`) ends the operator's other
/// web sessions in the same server-checked function, so a stolen session does not survive the
/// change. `sop_change_own_pin` of v20 is replaced by one that also names the session to keep
/// (the id hash of the one that changed it) and returns how many others it ended; only the web
/// gateway may call it, as before. (An administrator's `sop roster pin` ends the sessions in the
/// same transaction as `sop_set_pin`, through v20's `sop_end_web_sessions`.)
enum PostgresPINSessions {
    static let name = "v21: a PIN changed at the web desk ends the operator's other web sessions (sop_change_own_pin, checked by the server)"

    static let migration = """
        DROP FUNCTION sop_change_own_pin(text, bytea, bytea, text, bigint);
        CREATE FUNCTION sop_change_own_pin(who TEXT, new_salt BYTEA, new_hash BYTEA, params TEXT, at BIGINT, kept TEXT) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE ended integer;
            BEGIN
                IF NOT sop_is_gateway() THEN RAISE EXCEPTION 'sop-roster: not-gateway' USING ERRCODE = '42501'; END IF;
                UPDATE operator_pin SET salt = new_salt, hash = new_hash, parameters = params, failures = 0, locked_until = NULL,
                    set_at = at, set_by = who
                    WHERE operator = who;
                IF NOT FOUND THEN RETURN 0; END IF;
                DELETE FROM web_session WHERE operator = who AND id_hash <> kept;
                GET DIAGNOSTICS ended = ROW_COUNT;
                RETURN ended;
            END $$;
        DO $v21$
        DECLARE
            home TEXT := current_schema();
            private TEXT := current_schema() || '_rahasia';
        BEGIN
            EXECUTE format('ALTER FUNCTION %I.sop_change_own_pin(text, bytea, bytea, text, bigint, text) SET search_path = %I, %I, pg_temp',
                           home, home, private);
        END $v21$;
        """
}
