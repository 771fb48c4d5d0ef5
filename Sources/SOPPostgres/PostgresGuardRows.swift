import Foundation

/// Migration v15: the server's roster check from rows only the server
/// writes, instead of scanning a case's events for every new event (issue 11: an answer's cost
/// against pgbench's one-INSERT floor).
///
/// v14's check read the case's SOP from its `case-started` event's JSON, and a step's role from
/// its latest `step-started` event's JSON with a second scan for a `step-completed` after it:
/// every event of the case, parsed, for every new event (and planned again at every call).
/// Counted with callgrind on the server's backend (`server_cost.sh`'s method), a commit cost
/// 1.26 M instructions with it and 0.52 M with the trigger disabled. Now:
///
/// - **`sop_case_guard`** (case → its SOP, from its `case-started` event) and **`sop_step_guard`**
///   (case, step → the role of its latest `step-started`, one row per open step: a
///   `step-completed` deletes it) are written only by the check itself (SECURITY DEFINER), in the
///   INSERT of the event, after the event passed: no desk has any right on them, so a desk cannot
///   steer the check (the reason v14 stopped reading `step_visit` and `sop_case.nomor`, which desks
///   update). A rolled-back or refused event leaves them as they were.
/// - The check is then primary-key lookups in one query: the holding for every SOP, the step's
///   open role, and the previous event's hash for the chain's link. The rest are plain
///   expressions; a per-SOP holding, a web gateway, a pause or cancellation and a refusal take
///   their own lookups only when they need them.
/// - The same checks, in the same order, with the same refusals as v14, and one more: once the
///   roster is in force an event whose previous event is missing (a gap) is refused as
///   `bad-hash` (v14 linked it to an empty hash, so a hand-written row after a gap went through and
///   left a case `sop db verify` reports broken). So events are appended in sequence order, and
///   the guard rows, kept in insertion order, are what the events say.
/// - The hash is built with one `concat` rather than nine `sop_chain_field`: the same bytes (a
///   test checks them against `sop_event_hash`), fewer function calls; `concat` leaves out a NULL,
///   so the two columns that may be NULL (role, step) are written `coalesce(… || …, '-;')`.
/// - No query with a subquery runs unless its answer is needed: PostgreSQL plans such a query
///   again for the event's values when that looks cheaper (the values fold the condition away),
///   which v14's one query did at every call.
/// - The worklist's notices from one trigger without a `WHEN` (`sop_case_task_live`), doing what
///   v7's and v11's two did (notify in the transaction; keep for `sop_live_flush`; nothing for a
///   store that sends its own, v12): PostgreSQL read each trigger's `WHEN` again for every
///   statement on `case_task`, 51 K instructions a commit for both, against 11 K for one call.
/// - Cases stored before: their rows are filled from their events (`sop_guard_fill`); a verified
///   copy, which writes events with the check disabled (`importVerifiedArchive`), fills the rows
///   of the cases it copied the same way.
enum PostgresGuardRows {
    static let name = "v15: the roster check from guard rows only the server writes (a case's SOP, a step's open role)"

    /// Fills the guard rows of the cases that have none (a verified copy's, written with the check
    /// disabled) from their events; the owner's (a desk has no right on the guard tables).
    static let fillUnguarded = """
        SELECT sop_guard_fill(ARRAY(SELECT c.id FROM sop_case c WHERE NOT EXISTS (SELECT 1 FROM sop_case_guard g WHERE g.case_id = c.id)))
        """

    /// The hash linking `NEW` after the hash `previous` (an SQL expression): `sop_event_hash`'s
    /// bytes, f(t) = octet_length(t) ':' t ';' or '-;' for NULL, of which only role and step may be.
    static func linkHash(previous: String) -> String {
        """
        encode(sha256(convert_to(concat('sop-event-v1', chr(10), octet_length(NEW.case_id), ':', NEW.case_id, ';',
            octet_length(NEW.sequence::text), ':', NEW.sequence, ';', octet_length(NEW.at::text), ':', NEW.at, ';',
            octet_length(NEW.operator), ':', NEW.operator, ';',
            coalesce(octet_length(NEW.role) || ':' || NEW.role || ';', '-;'), coalesce(octet_length(NEW.step) || ':' || NEW.step || ';', '-;'),
            octet_length(NEW.type), ':', NEW.type, ';', octet_length(NEW.payload), ':', NEW.payload, ';',
            octet_length(coalesce(\(previous), '')), ':', \(previous), ';'), 'UTF8')), 'hex')
        """
    }

    /// v14's refusals, word for word (`PostgresRoleGuard.migration`, from its first refusal to its last).
    static let v14Refusals: String = {
        let v14 = PostgresRoleGuard.migration
        guard let from = v14.range(of: "    IF refusal = 1 THEN"), let to = v14.range(of: "END $$;\nCREATE FUNCTION sop_fixed_columns")
        else { return "" }
        return String(v14[from.lowerBound..<to.lowerBound])
    }()

    static let migration = """
        CREATE TABLE sop_case_guard (case_id TEXT PRIMARY KEY, nomor TEXT);
        CREATE TABLE sop_step_guard (case_id TEXT NOT NULL, step TEXT NOT NULL, role TEXT, PRIMARY KEY (case_id, step));
        REVOKE ALL ON sop_case_guard, sop_step_guard FROM PUBLIC;
        CREATE FUNCTION sop_json_field(document text, key text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
            BEGIN RETURN document::jsonb->>key; EXCEPTION WHEN others THEN RETURN NULL; END $$;
        CREATE FUNCTION sop_guard_fill(p_cases text[]) RETURNS void LANGUAGE sql AS $$
            DELETE FROM sop_case_guard WHERE p_cases IS NULL OR case_id = ANY(p_cases);
            DELETE FROM sop_step_guard WHERE p_cases IS NULL OR case_id = ANY(p_cases);
            INSERT INTO sop_case_guard (case_id, nomor)
                SELECT case_id, sop_json_field(payload, 'nomor') FROM case_event
                WHERE sequence = 1 AND type = 'case-started' AND (p_cases IS NULL OR case_id = ANY(p_cases));
            INSERT INTO sop_step_guard (case_id, step, role)
                SELECT s.case_id, s.step, sop_json_field(s.payload, 'role') FROM (
                    SELECT DISTINCT ON (case_id, step) case_id, step, sequence, payload FROM case_event
                    WHERE type = 'step-started' AND step IS NOT NULL AND (p_cases IS NULL OR case_id = ANY(p_cases))
                    ORDER BY case_id, step, sequence DESC) s
                WHERE NOT EXISTS (SELECT 1 FROM case_event d WHERE d.case_id = s.case_id AND d.step = s.step
                                  AND d.type = 'step-completed' AND d.sequence > s.sequence);
        $$;
        SELECT sop_guard_fill(NULL);
        CREATE OR REPLACE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
        DECLARE
            step_role text; nomor text; held boolean; blocked boolean; previous text; refusal integer := 0;
        BEGIN
            -- The role the event gives its step (a step's start) or acts in.
            IF NEW.type = 'step-started' THEN step_role := NEW.payload::jsonb->>'role'; ELSE step_role := NEW.role; END IF;
            -- One query of primary-key lookups: the holding for every SOP, whether the step is open in
            -- another role, the previous event's hash. Every other lookup only when it is needed.
            SELECT (SELECT true FROM roster_holding h WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.sop = ''),
                   (SELECT g.role IS DISTINCT FROM step_role FROM sop_step_guard g WHERE g.case_id = NEW.case_id AND g.step = NEW.step),
                   (SELECT p.hash FROM case_event p WHERE p.case_id = NEW.case_id AND p.sequence = NEW.sequence - 1)
                INTO held, blocked, previous;
            IF NEW.operator IS DISTINCT FROM session_user::text THEN
                IF NOT EXISTS (SELECT 1 FROM web_gateway WHERE db_user = session_user::text) THEN refusal := 1; END IF;
            END IF;
            IF refusal = 0 AND (held IS NULL OR NEW.role = '\(PostgresRoster.admin)') THEN
                IF NEW.type = 'case-started' THEN nomor := NEW.payload::jsonb->>'nomor'; END IF;
                IF NEW.role IS NULL OR NEW.role = '\(PostgresRoster.admin)' OR NOT EXISTS (SELECT 1 FROM roster_holding h
                        WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.sop = (CASE WHEN NEW.type = 'case-started' THEN nomor
                            ELSE (SELECT c.nomor FROM sop_case_guard c WHERE c.case_id = NEW.case_id) END)) THEN
                    refusal := 2;
                END IF;
            END IF;
            IF refusal = 0 AND blocked AND NEW.type <> 'join-arrived' THEN refusal := 3; END IF;
            IF refusal = 0 AND NEW.type IN ('case-paused', 'case-cancelled') THEN
                IF NOT EXISTS (SELECT 1 FROM sop_step_guard g WHERE g.case_id = NEW.case_id AND g.role = NEW.role) THEN
                    refusal := 4;
                END IF;
            END IF;
            IF refusal = 0 AND ((previous IS NULL AND NEW.sequence > 1) OR NEW.hash IS DISTINCT FROM \(linkHash(previous: "previous"))) THEN
                refusal := 5;
            END IF;
            -- A refusal stands only while the roster is in force.
            IF refusal <> 0 THEN
                IF EXISTS (SELECT 1 FROM roster_event) THEN
        \(v14Refusals)
                END IF;
            END IF;
            -- What the next events' checks read, kept by this check alone, once the event passed.
            IF NEW.type IN ('case-started', 'step-started', 'step-completed') THEN
                IF NEW.type = 'case-started' THEN
                    IF NEW.sequence = 1 THEN
                        INSERT INTO sop_case_guard (case_id, nomor) VALUES (NEW.case_id, coalesce(nomor, NEW.payload::jsonb->>'nomor'))
                            ON CONFLICT (case_id) DO UPDATE SET nomor = EXCLUDED.nomor;
                    END IF;
                ELSIF NEW.type = 'step-started' THEN
                    IF NEW.step IS NOT NULL THEN
                        INSERT INTO sop_step_guard (case_id, step, role) VALUES (NEW.case_id, NEW.step, step_role)
                            ON CONFLICT (case_id, step) DO UPDATE SET role = EXCLUDED.role;
                    END IF;
                ELSE
                    DELETE FROM sop_step_guard WHERE case_id = NEW.case_id AND step = NEW.step;
                END IF;
            END IF;
            RETURN NEW;
        END $$;
        -- The worklist's notices (v7 in the transaction, v11 kept for sop_live_flush, none for a session
        -- that sends its own, v12) from one trigger without a WHEN: each WHEN was read again for every
        -- statement on case_task, about 25 K instructions a commit each.
        DROP TRIGGER case_task_notify ON case_task;
        DROP TRIGGER case_task_notify_later ON case_task;
        CREATE FUNCTION sop_case_task_live() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE mode text := current_setting('sop.live', true); channel text; kept text;
        BEGIN
            IF mode = 'after-commit' AND current_setting('sop.live_recorded', true) = 'statement' THEN RETURN NULL; END IF;
            channel := sop_live_channel(TG_TABLE_SCHEMA);
            IF mode IS DISTINCT FROM 'after-commit' THEN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    PERFORM pg_notify(channel, json_build_object('kasus', OLD.case_id, 'langkah', OLD.step, 'peran', OLD.role)::text);
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    PERFORM pg_notify(channel, json_build_object('kasus', NEW.case_id, 'langkah', NEW.step, 'peran', NEW.role)::text);
                END IF;
                RETURN NULL;
            END IF;
            kept := coalesce(current_setting('sop.live_pending', true), '');
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                kept := kept || channel || E'\\t' || json_build_object('kasus', OLD.case_id, 'langkah', OLD.step, 'peran', OLD.role)::text || E'\\n';
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                kept := kept || channel || E'\\t' || json_build_object('kasus', NEW.case_id, 'langkah', NEW.step, 'peran', NEW.role)::text || E'\\n';
            END IF;
            -- Kept for the session (not local): it outlives the commit, and a rollback undoes it.
            PERFORM set_config('sop.live_pending', kept, false);
            RETURN NULL;
        END $$;
        CREATE TRIGGER case_task_live AFTER INSERT OR UPDATE OR DELETE ON case_task FOR EACH ROW EXECUTE FUNCTION sop_case_task_live();
        DO $vnext$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $vnext$;
        """
}
