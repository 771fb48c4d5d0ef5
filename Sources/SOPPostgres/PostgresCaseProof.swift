import Foundation

/// Migration v19 (PostgreSQL): an event's case proved by the roster
/// check's own lookup instead of a foreign key (issue 11: an answer's cost against pgbench's
/// one-INSERT floor).
///
/// - **No foreign key from `case_event` to `sop_case`.** Its check looked the case row up and
///   locked it (`FOR KEY SHARE`, 59 bytes of WAL) for every event: about 53 K instructions a
///   commit. The check (`sop_case_event_role_held`) already looks up the event before the new one
///   (the chain's link): when it is there, the case has events, so it was proved when its first
///   event was written. When it is not (a case's first event, or a gap), the check looks the case
///   row up itself, locks it as the key did, and refuses an event of an unknown case with the key's
///   own SQLSTATE (23503, `foreign_key_violation`), whether the roster is in force or not, and only
///   after the roster's refusals (the key's check ran after the trigger). A case row with events is
///   never deleted nor truncated away: `sop_case_keeps_events` refuses it (23503), as the key did. (A desk has no right
///   to delete a case row anyway; this holds for the owner.)
/// - The link's bytes stay joined by one `concat`: the same bytes joined by `||` cost the server
///   more (402 K instructions a transaction against 380 K in `floor_designs.py`'s design c).
///
/// Every other check, its order and its refusal are as v16 left them (v15's `PostgresGuardRows`, with
/// `pimpinan` refused as `pengelola-peran`: `PostgresReaderRole`), taken from its text.
enum PostgresCaseProof {
    static let name = "v19: an event's case proved by the roster check's lookup, not a foreign key"

    /// Where v15's check writes its guard rows: the case's proof goes right before.
    static let guardRowsMark = "    -- What the next events' checks read, kept by this check alone, once the event passed."

    /// The case's proof: an event with no event before it (a case's first, or after a gap) needs
    /// its case row, locked until the commit as the foreign key locked it.
    static let caseProof = """
            -- The case exists (v19, instead of the foreign key): the event before this one proves it;
            -- without one, the case row, locked until the commit as the key locked it.
            IF previous IS NULL THEN
                PERFORM FROM sop_case c WHERE c.id = NEW.case_id FOR KEY SHARE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'sop: unknown-case case=%', NEW.case_id USING ERRCODE = '23503';
                END IF;
            END IF;

        """

    /// The check as v16 left it (`PostgresReaderRole.migration`: v15's, `pimpinan` refused as
    /// `pengelola-peran`), from its `CREATE OR REPLACE FUNCTION` to its `END $$;`.
    static let v16Check: String = {
        let v16 = PostgresReaderRole.migration
        guard let from = v16.range(of: "CREATE OR REPLACE FUNCTION sop_case_event_role_held()"),
              let to = v16.range(of: "END $$;", range: from.upperBound..<v16.endIndex)
        else { return "" }
        return String(v16[from.lowerBound..<to.upperBound])
    }()

    /// v16's check with the case's proof before the guard rows. Empty when v16's text is not as
    /// expected (a test checks it is not).
    static let check: String = {
        let body = v16Check
        guard body.contains(guardRowsMark) else { return "" }
        return body.replacingOccurrences(of: guardRowsMark, with: caseProof + guardRowsMark)
    }()

    static let migration = """
        DO $vnext$
        DECLARE key name;
        BEGIN
            -- The foreign key from an event to its case, whatever its name (a restored dump keeps it).
            FOR key IN SELECT conname FROM pg_constraint
                       WHERE conrelid = 'case_event'::regclass AND confrelid = 'sop_case'::regclass AND contype = 'f' LOOP
                EXECUTE format('ALTER TABLE case_event DROP CONSTRAINT %I', key);
            END LOOP;
        END $vnext$;
        CREATE FUNCTION sop_case_keeps_events() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    IF EXISTS (SELECT 1 FROM case_event) THEN
                        RAISE EXCEPTION 'sop: case-has-events table=sop_case' USING ERRCODE = '23503';
                    END IF;
                    RETURN NULL;
                END IF;
                IF EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = OLD.id) THEN
                    RAISE EXCEPTION 'sop: case-has-events case=%', OLD.id USING ERRCODE = '23503';
                END IF;
                RETURN OLD;
            END $$;
        CREATE TRIGGER sop_case_keeps_events BEFORE DELETE ON sop_case FOR EACH ROW EXECUTE FUNCTION sop_case_keeps_events();
        CREATE TRIGGER sop_case_keeps_events_truncate BEFORE TRUNCATE ON sop_case FOR EACH STATEMENT EXECUTE FUNCTION sop_case_keeps_events();
        \(check)
        DO $vnext$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $vnext$;
        """
}
