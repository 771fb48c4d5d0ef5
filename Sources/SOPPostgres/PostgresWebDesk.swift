import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// What `sop serve` needs of a shared PostgreSQL (migration v6): its sessions, the operators'
/// PINs, and a way for the web server, connected as one database user, to write events for the
/// operators it has logged in.
///
/// - `web_gateway` lists the database users trusted to act for logged-in operators (the web
///   server's user); only the schema's owner writes it (no grant to anyone). The event check of
///   v4 is replaced by one that accepts, from a gateway user only, an event whose operator is not
///   the connected user; the operator must still hold the event's role for the case's SOP, as
///   before.
/// - `operator_pin` holds the PINs (salted scrypt, as in SQLite). No table grant: the functions
///   below, running as their owner, let a roster administrator (connected as themself) set a PIN
///   and a gateway user read one and count an attempt; a desk user can do neither.
public enum PostgresWebDesk {
    static let admin = Roster.adminRole

    static let migration = WebSessionSchema.sql + """
        CREATE TABLE web_gateway (
            db_user TEXT PRIMARY KEY,
            added_by TEXT NOT NULL DEFAULT session_user,
            added_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE TABLE operator_pin (
            operator TEXT PRIMARY KEY,
            salt BYTEA NOT NULL,
            hash BYTEA NOT NULL,
            parameters TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until BIGINT,
            set_at BIGINT NOT NULL,
            set_by TEXT NOT NULL
        );
        CREATE TABLE operator_totp (
            operator TEXT PRIMARY KEY,
            secret TEXT NOT NULL,
            set_at BIGINT NOT NULL,
            set_by TEXT NOT NULL,
            last_step BIGINT NOT NULL DEFAULT 0
        );
        CREATE FUNCTION sop_is_gateway() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT EXISTS (SELECT 1 FROM web_gateway WHERE db_user = session_user::text) $$;
        CREATE FUNCTION sop_is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT EXISTS (SELECT 1 FROM roster_holding WHERE operator = session_user::text AND role = '\(admin)' AND sop = '') $$;
        CREATE FUNCTION sop_pin_of(who TEXT) RETURNS SETOF operator_pin LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT (sop_is_gateway() OR sop_is_admin()) THEN
                    RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501';
                END IF;
                RETURN QUERY SELECT * FROM operator_pin WHERE operator = who;
            END $$;
        CREATE FUNCTION sop_set_pin(who TEXT, new_salt BYTEA, new_hash BYTEA, params TEXT, at BIGINT) RETURNS void LANGUAGE plpgsql
            SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT sop_is_admin() THEN RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501'; END IF;
                INSERT INTO operator_pin (operator, salt, hash, parameters, failures, locked_until, set_at, set_by)
                    VALUES (who, new_salt, new_hash, params, 0, NULL, at, session_user::text)
                    ON CONFLICT (operator) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, parameters = excluded.parameters,
                    failures = 0, locked_until = NULL, set_at = excluded.set_at, set_by = excluded.set_by;
            END $$;
        CREATE FUNCTION sop_pin_attempt(who TEXT, success BOOLEAN, at BIGINT, max_failures INTEGER, lockout BIGINT)
            RETURNS SETOF operator_pin LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT sop_is_gateway() THEN RAISE EXCEPTION 'sop-roster: not-gateway' USING ERRCODE = '42501'; END IF;
                IF success THEN
                    UPDATE operator_pin SET failures = 0, locked_until = NULL WHERE operator = who;
                ELSE
                    UPDATE operator_pin SET failures = failures + 1,
                        locked_until = CASE WHEN failures + 1 >= max_failures THEN at + lockout ELSE locked_until END
                        WHERE operator = who;
                END IF;
                RETURN QUERY SELECT * FROM operator_pin WHERE operator = who;
            END $$;
        CREATE FUNCTION sop_totp_of(who TEXT) RETURNS SETOF operator_totp LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT (sop_is_gateway() OR sop_is_admin()) THEN
                    RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501';
                END IF;
                RETURN QUERY SELECT * FROM operator_totp WHERE operator = who;
            END $$;
        CREATE FUNCTION sop_set_totp(who TEXT, new_secret TEXT, at BIGINT) RETURNS void LANGUAGE plpgsql
            SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT sop_is_admin() THEN RAISE EXCEPTION 'sop-roster: not-admin' USING ERRCODE = '42501'; END IF;
                INSERT INTO operator_totp (operator, secret, set_at, set_by, last_step) VALUES (who, new_secret, at, session_user::text, 0)
                    ON CONFLICT (operator) DO UPDATE SET secret = excluded.secret, set_at = excluded.set_at, set_by = excluded.set_by,
                    last_step = 0;
            END $$;
        CREATE FUNCTION sop_use_totp_step(who TEXT, step BIGINT) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT sop_is_gateway() THEN RAISE EXCEPTION 'sop-roster: not-gateway' USING ERRCODE = '42501'; END IF;
                UPDATE operator_totp SET last_step = step WHERE operator = who AND last_step < step;
                RETURN FOUND;
            END $$;
        CREATE OR REPLACE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM roster_event) THEN RETURN NEW; END IF;
                IF NEW.operator IS DISTINCT FROM session_user::text
                        AND NOT EXISTS (SELECT 1 FROM web_gateway WHERE db_user = session_user::text) THEN
                    RAISE EXCEPTION 'sop-roster: not-session-user operator=% user=%', NEW.operator, session_user
                        USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM roster_holding h
                        WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.role <> '\(admin)'
                        AND (h.sop = '' OR h.sop = (SELECT c.nomor FROM sop_case c WHERE c.id = NEW.case_id))) THEN
                    RAISE EXCEPTION 'sop-roster: role-not-held operator=% role=%', NEW.operator, coalesce(NEW.role, '')
                        USING ERRCODE = '42501';
                END IF;
                IF NEW.step IS NOT NULL AND NEW.type NOT IN ('step-started', 'join-arrived') AND EXISTS (SELECT 1 FROM step_visit v
                        WHERE v.case_id = NEW.case_id AND v.step = NEW.step AND v.completed_at IS NULL
                        AND v.role IS DISTINCT FROM NEW.role) THEN
                    RAISE EXCEPTION 'sop-roster: not-step-role operator=% role=% step=%', NEW.operator, coalesce(NEW.role, ''), NEW.step
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$;
        """

    /// What the web server's own database user needs, beyond a desk's grants
    /// (`PostgresRoster.deskGrants`), and its entry in `web_gateway` (run by the schema's owner).
    public static func gatewayGrants(schema: String, user: String) -> String {
        """
        INSERT INTO \(schema).web_gateway (db_user) VALUES ('\(user)') ON CONFLICT DO NOTHING;
        GRANT SELECT, INSERT, UPDATE, DELETE ON \(schema).web_session TO \(user);
        """
    }

    static func record(_ rows: PGRows) -> PINRecord? {
        guard !rows.isEmpty else { return nil }
        return PINRecord(operatorName: rows.text(0, 0), salt: rows.bytes(0, 1) ?? [], hash: rows.bytes(0, 2) ?? [],
                         parameters: rows.text(0, 3), failures: rows.integer(0, 4),
                         lockedUntil: rows.int(0, 5).map(Date.init(milliseconds:)), setAt: Date(milliseconds: rows.int(0, 6) ?? 0),
                         setBy: rows.text(0, 7))
    }
}

extension PostgresCaseStore {
    /// Whether the connected user may act for logged-in operators (listed in `web_gateway`).
    public func isWebGateway() throws(StoreError) -> Bool {
        try perform { c, _ in try c.query("SELECT sop_is_gateway()").bool(0, 0) }
    }
}

extension PostgresCaseStore: TOTPStore {
    public func totp(of operatorName: String) throws(StoreError) -> TOTPRecord? {
        try perform { c, _ in
            let rows = try c.query("SELECT operator, secret, set_at, set_by, last_step FROM sop_totp_of($1)", [.text(operatorName)])
            guard !rows.isEmpty else { return nil }
            return TOTPRecord(operatorName: rows.text(0, 0), secret: rows.text(0, 1), setAt: Date(milliseconds: rows.int(0, 2) ?? 0),
                              setBy: rows.text(0, 3), lastStep: rows.int(0, 4) ?? 0)
        }
    }

    public func saveTOTP(_ record: TOTPRecord) throws(StoreError) {
        try perform { c, _ in
            try guardedQuery(c, "SELECT sop_set_totp($1, $2, $3)", [.text(record.operatorName), .text(record.secret), .int(record.setAt.milliseconds)])
        }
    }

    public func useTOTPStep(of operatorName: String, step: Int64) throws(StoreError) -> Bool {
        try perform { c, _ in try guardedQuery(c, "SELECT sop_use_totp_step($1, $2)", [.text(operatorName), .int(step)]).bool(0, 0) }
    }
}
