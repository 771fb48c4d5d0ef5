import Foundation
import SOPEngine
import SOPStore

/// Migration v23 (PostgreSQL): the access log of unmasked personal data as one hash chain
/// (`AccessLogChain`: `sop_access_hash` builds the same bytes), refused attempts logged too.
///
/// - Every row gets its place (`sequence`, unique, 1, 2, … in order), the refusal's code
///   (`refused`, NULL when the data was shown) and its hash, set by the insert trigger
///   `sop_personal_access_chained` on the server, under a lock, in the same transaction as the
///   row: a row inserted without them is linked after the last one; a row inserted with them
///   (`sop db copy` as the owner) is refused unless they are the next place and the right hash.
/// - A desk still has no right on the table: it records through `sop_record_personal_access`,
///   which writes the session user and the server's clock (with a third argument, the code of a
///   refused attempt), so it can neither forge the operator nor the hash nor back-date a row.
/// - Rows logged before were chained here as they stood, in the order they were written: the
///   chain vouches for them from this migration on.
enum PostgresAccessLog {
    static let name = "v23: the personal-data access log as a hash chain linked by the server, refused attempts logged too"

    static let migration = """
        ALTER TABLE personal_access ADD COLUMN sequence BIGINT, ADD COLUMN refused TEXT, ADD COLUMN hash TEXT;
        CREATE FUNCTION sop_access_hash(p_sequence bigint, p_at bigint, p_operator text, p_case text, p_command text,
                                        p_refused text, p_previous text)
            RETURNS text IMMUTABLE LANGUAGE sql AS $$
            SELECT encode(sha256(convert_to('sop-access-v1' || chr(10) || sop_chain_field(p_sequence::text)
                || sop_chain_field(p_at::text) || sop_chain_field(p_operator) || sop_chain_field(p_case)
                || sop_chain_field(p_command) || sop_chain_field(p_refused) || sop_chain_field(p_previous), 'UTF8')), 'hex') $$;
        -- Rows logged before: linked in the order they were written.
        ALTER TABLE personal_access DISABLE TRIGGER personal_access_append_only;
        DO $chain$
        DECLARE r record; previous text := ''; place bigint := 0;
        BEGIN
            FOR r IN SELECT id, at, operator, case_id, command FROM personal_access ORDER BY id LOOP
                place := place + 1;
                previous := sop_access_hash(place, r.at, r.operator, r.case_id, r.command, NULL, previous);
                UPDATE personal_access SET sequence = place, hash = previous WHERE id = r.id;
            END LOOP;
        END $chain$;
        ALTER TABLE personal_access ENABLE TRIGGER personal_access_append_only;
        ALTER TABLE personal_access ALTER COLUMN sequence SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
        CREATE UNIQUE INDEX personal_access_sequence ON personal_access (sequence);
        CREATE FUNCTION sop_personal_access_chained() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE last_sequence bigint; last_hash text;
        BEGIN
            -- One entry at a time, so that each links to the one committed before it.
            PERFORM pg_advisory_xact_lock(hashtext('sop personal access ' || current_schema()));
            SELECT a.sequence, a.hash INTO last_sequence, last_hash FROM personal_access a ORDER BY a.sequence DESC LIMIT 1;
            IF NEW.sequence IS NULL AND NEW.hash IS NULL THEN
                NEW.sequence := coalesce(last_sequence, 0) + 1;
                NEW.hash := sop_access_hash(NEW.sequence, NEW.at, NEW.operator, NEW.case_id, NEW.command, NEW.refused,
                                            coalesce(last_hash, ''));
            ELSIF NEW.sequence IS DISTINCT FROM coalesce(last_sequence, 0) + 1
                    OR NEW.hash IS DISTINCT FROM sop_access_hash(NEW.sequence, NEW.at, NEW.operator, NEW.case_id, NEW.command,
                                                                 NEW.refused, coalesce(last_hash, '')) THEN
                RAISE EXCEPTION 'sop-access: bad-hash sequence=%', NEW.sequence USING ERRCODE = '23514';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER personal_access_chained BEFORE INSERT ON personal_access
            FOR EACH ROW EXECUTE FUNCTION sop_personal_access_chained();
        CREATE FUNCTION sop_record_personal_access(access_case TEXT, access_command TEXT, access_refused TEXT) RETURNS void
            LANGUAGE sql SECURITY DEFINER AS $$
            INSERT INTO personal_access (at, operator, case_id, command, refused)
                VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint, session_user, access_case, access_command,
                        nullif(access_refused, ''));
        $$;
        CREATE FUNCTION sop_personal_access_log(access_case TEXT)
            RETURNS TABLE (sequence BIGINT, at BIGINT, operator TEXT, case_id TEXT, command TEXT, refused TEXT, hash TEXT)
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
            SELECT a.sequence, a.at, a.operator, a.case_id, a.command, a.refused, a.hash FROM personal_access a
            WHERE access_case IS NULL OR a.case_id = access_case ORDER BY a.sequence, a.id;
        $$;
        DO $vnext$
        BEGIN
            EXECUTE format('ALTER FUNCTION %I.sop_personal_access_chained() SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
            EXECUTE format('ALTER FUNCTION %I.sop_record_personal_access(text, text, text) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
            EXECUTE format('ALTER FUNCTION %I.sop_personal_access_log(text) SET search_path = %I, pg_temp',
                           current_schema(), current_schema());
        END $vnext$;
        """
}

extension PostgresCaseStore: PersonalAccessLog {
    /// The server writes the session user (or, for the web server's gateway user, the operator
    /// logged in to it), its clock, the place and the hash.
    public func recordPersonalAccess(_ access: PersonalAccess) throws(StoreError) {
        try perform { c, _ in
            // The operator named counts only for the web server's gateway user (v24); any other
            // session user is recorded as itself.
            try guardedQuery(c, "SELECT sop_record_personal_access($1, $2, $3, $4)", [.text(access.caseID), .text(access.command),
                                                                              .text(access.refused ?? ""), .text(access.operatorName)])
        }
    }

    public func personalAccesses(of caseID: String) throws(StoreError) -> [PersonalAccess] { try accessLog(caseID) }

    public func personalAccessLog() throws(StoreError) -> [PersonalAccess] { try accessLog(nil) }

    private func accessLog(_ caseID: String?) throws(StoreError) -> [PersonalAccess] {
        try perform { c, _ in
            let rows = try c.query("SELECT * FROM sop_personal_access_log($1)", [caseID.map { .text($0) } ?? .null])
            return (0..<rows.count).map {
                PersonalAccess(at: Date(milliseconds: rows.int($0, 1) ?? 0), operatorName: rows.text($0, 2), caseID: rows.text($0, 3),
                               command: rows.text($0, 4), refused: rows.string($0, 5), sequence: rows.integer($0, 0),
                               hash: rows.string($0, 6))
            }
        }
    }
}
