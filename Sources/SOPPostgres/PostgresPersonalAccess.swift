import Foundation
import SOPEngine

/// The access log of unmasked personal data on PostgreSQL (migration v17). A desk has no
/// right on the table (it is created after `deskGrants`, and no grant names it): it records
/// through `sop_record_personal_access`, which runs as the schema's owner and writes the session
/// user and the server's clock, so a desk can neither write another name nor backdate a row.
/// UPDATE, DELETE and TRUNCATE are refused by triggers for every user; the owner can still drop
/// them (the README says so).
enum PostgresPersonalAccess {
    static let name = "v17: access log of unmasked personal data, written by the server under the session user; operators' full names and NIP"

    static let migration = """
        CREATE TABLE personal_access (
            id BIGSERIAL PRIMARY KEY,
            at BIGINT NOT NULL,
            operator TEXT NOT NULL,
            case_id TEXT NOT NULL,
            command TEXT NOT NULL
        );
        CREATE INDEX personal_access_case ON personal_access (case_id, id);
        REVOKE ALL ON personal_access FROM PUBLIC;
        CREATE FUNCTION sop_personal_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'personal access log is append-only' USING ERRCODE = '42501'; END $$;
        CREATE TRIGGER personal_access_append_only BEFORE UPDATE OR DELETE ON personal_access
            FOR EACH ROW EXECUTE FUNCTION sop_personal_access_append_only();
        CREATE TRIGGER personal_access_no_truncate BEFORE TRUNCATE ON personal_access
            FOR EACH STATEMENT EXECUTE FUNCTION sop_personal_access_append_only();
        CREATE FUNCTION sop_record_personal_access(access_case TEXT, access_command TEXT) RETURNS void LANGUAGE sql
            SECURITY DEFINER AS $$
            INSERT INTO personal_access (at, operator, case_id, command)
                VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint, session_user, access_case, access_command);
        $$;
        CREATE FUNCTION sop_personal_accesses(access_case TEXT) RETURNS TABLE (at BIGINT, operator TEXT, command TEXT)
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
            SELECT a.at, a.operator, a.command FROM personal_access a WHERE a.case_id = access_case ORDER BY a.id;
        $$;
        CREATE TABLE operator_profile (
            operator TEXT PRIMARY KEY,
            full_name TEXT NOT NULL,
            nip TEXT NOT NULL,
            set_at BIGINT NOT NULL,
            set_by TEXT NOT NULL
        );
        REVOKE ALL ON operator_profile FROM PUBLIC;
        CREATE FUNCTION sop_set_operator_profile(profile_operator TEXT, profile_name TEXT, profile_nip TEXT, profile_at BIGINT)
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM roster_event) AND NOT EXISTS (SELECT 1 FROM roster_holding
                    WHERE operator = session_user::text AND role = '\(Roster.adminRole)') THEN
                RAISE EXCEPTION 'sop-roster: not-admin operator=%', session_user USING ERRCODE = '42501';
            END IF;
            INSERT INTO operator_profile (operator, full_name, nip, set_at, set_by)
                VALUES (profile_operator, profile_name, profile_nip, profile_at, session_user)
                ON CONFLICT (operator) DO UPDATE SET full_name = excluded.full_name, nip = excluded.nip,
                    set_at = excluded.set_at, set_by = excluded.set_by;
        END $$;
        CREATE FUNCTION sop_operator_profiles() RETURNS TABLE (operator TEXT, full_name TEXT, nip TEXT, set_at BIGINT, set_by TEXT)
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
            SELECT p.operator, p.full_name, p.nip, p.set_at, p.set_by FROM operator_profile p ORDER BY p.operator;
        $$;
        DO $vnext$
        BEGIN
            EXECUTE format('ALTER FUNCTION %I.sop_set_operator_profile(text, text, text, bigint) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
            EXECUTE format('ALTER FUNCTION %I.sop_operator_profiles() SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
            EXECUTE format('ALTER FUNCTION %I.sop_record_personal_access(text, text) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
            EXECUTE format('ALTER FUNCTION %I.sop_personal_accesses(text) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
        END $vnext$;
        """
}

extension PostgresCaseStore: OperatorProfileStore {
    public func operatorProfiles() throws(StoreError) -> [OperatorProfile] {
        try perform { c, _ in
            let rows = try c.query("SELECT * FROM sop_operator_profiles()")
            return (0..<rows.count).map {
                OperatorProfile(operatorName: rows.text($0, 0), fullName: rows.text($0, 1), nip: rows.text($0, 2),
                                setAt: Date(timeIntervalSince1970: Double(rows.int($0, 3) ?? 0) / 1000), setBy: rows.text($0, 4))
            }
        }
    }

    public func saveOperatorProfile(_ profile: OperatorProfile) throws(StoreError) {
        try perform { c, _ in
            try guardedQuery(c, "SELECT sop_set_operator_profile($1, $2, $3, $4)",
                        [.text(profile.operatorName), .text(profile.fullName), .text(profile.nip), .int(profile.setAt.milliseconds)])
        }
    }
}
