import SOPEngine
import SOPStore

/// Migration "v-next-b" (PostgreSQL, after v23; renumbered at merge): the server function that
/// writes the access log refuses what `sop db verify` would call a break (tester 19's F1 and F4),
/// so that no desk user can poison the log, which no one can clean (it is append-only):
///
/// - a case that does not exist (`sop-access: unknown-case`);
/// - a refusal code sop does not write (`sop-access: unknown-refusal`, `AccessLogAudit.refusalCodes`);
/// - data shown (no refusal code), once the roster is in force, to a session user who holds
///   neither a role to act in for the case's SOP (`sop_case_guard`, written by the server) nor
///   the role administrator's (`sop-access: role-not-held`): `PersonalUnmask`'s rule.
///
/// The entry's operator is the session user, except for the web server's gateway user (listed in
/// `web_gateway`), which names the operator logged in to it, as it does for their events.
/// The v17 function without a refusal code, which wrote "data shown" unchecked, is dropped. The
/// seals of chain heads become append-only, as every other evidence table (F10).
enum PostgresAccessLogGuard {
    static let name = "v24: the access log refuses unknown cases, unknown refusal codes and data shown to no role holder; chain seals append-only"

    static let migration = """
        DROP FUNCTION sop_record_personal_access(text, text);
        DROP FUNCTION sop_record_personal_access(text, text, text);
        CREATE FUNCTION sop_record_personal_access(access_case TEXT, access_command TEXT, access_refused TEXT,
                                                   access_operator TEXT DEFAULT NULL)
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE case_sop text; code text := nullif(access_refused, ''); who text := session_user::text;
        BEGIN
            -- The web server's gateway user acts for the operator logged in to it, whom it names;
            -- any other session user is recorded as itself, whatever it names.
            IF nullif(access_operator, '') IS NOT NULL AND sop_is_gateway() THEN who := access_operator; END IF;
            SELECT coalesce(g.nomor, c.nomor) INTO case_sop FROM sop_case c LEFT JOIN sop_case_guard g ON g.case_id = c.id
                WHERE c.id = access_case;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'sop-access: unknown-case case=%', access_case USING ERRCODE = '23503';
            END IF;
            IF code IS NOT NULL AND code NOT IN (\(AccessLogAudit.refusalCodes.sorted().map { "'\($0)'" }.joined(separator: ", "))) THEN
                RAISE EXCEPTION 'sop-access: unknown-refusal code=%', code USING ERRCODE = '22023';
            END IF;
            IF code IS NULL AND EXISTS (SELECT 1 FROM roster_event) AND NOT EXISTS (SELECT 1 FROM roster_holding h
                    WHERE h.operator = who AND (h.role = '\(Roster.adminRole)'
                        OR (h.role NOT IN ('\(Roster.adminRole)', '\(Roster.readerRole)') AND (h.sop = '' OR h.sop = case_sop)))) THEN
                RAISE EXCEPTION 'sop-access: role-not-held operator=% case=%', who, access_case USING ERRCODE = '42501';
            END IF;
            INSERT INTO personal_access (at, operator, case_id, command, refused)
                VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint, who, access_case, access_command, code);
        END $$;
        CREATE FUNCTION sop_chain_seal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'chain seals are append-only' USING ERRCODE = '42501'; END $$;
        CREATE TRIGGER chain_seal_append_only BEFORE UPDATE OR DELETE ON chain_seal
            FOR EACH ROW EXECUTE FUNCTION sop_chain_seal_append_only();
        CREATE TRIGGER chain_seal_no_truncate BEFORE TRUNCATE ON chain_seal
            FOR EACH STATEMENT EXECUTE FUNCTION sop_chain_seal_append_only();
        DO $vnext$
        BEGIN
            EXECUTE format('ALTER FUNCTION %I.sop_record_personal_access(text, text, text, text) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
        END $vnext$;
        """
}
