import Foundation
import SOPEngine

/// Migration v14: the server's roster check reads only what a desk cannot rewrite.
///
/// Before it, the check of an event (`sop_case_event_role_held`, v4/v11) read the case's SOP from
/// `sop_case.nomor` and the step's role from `step_visit`, both rows a desk updates with the
/// rights it needs: a desk user could set `step_visit.role` (or `sop_case.nomor`) to what it
/// holds, insert its event, and set it back (an outside auditor did, issue 11). Now:
///
/// - the case's SOP is what its `case-started` event says (the event itself for a new case);
/// - a step's role is the role its latest `step-started` event gave it, and the step is open
///   until a `step-completed` of it follows: events are append-only, and each is checked as it
///   is inserted, so a desk cannot restart an open step in a role of its own either;
/// - a pause or a cancellation needs the role of a step that is waiting, as `sop run` and the web
///   desk allow (before, any role held for the SOP could cancel a case waiting for another);
/// - once the roster is in force, an event's hash must link it to the event before it
///   (`sop_event_hash`): a desk cannot append a row the chain cannot hold, which froze the case
///   for every desk (each read refuses a broken chain);
/// - `sop_case`'s id, SOP, revision and start, and a step visit's case, step, number, SOP,
///   revision, role, start and due time never change, and a completed visit is not reopened nor
///   its completion (when, by whom, time used: what reports count) rewritten:
///   refused for every user, whatever rights the owner granted; a case counter is never lowered
///   (every new case would then fail on a number taken).
enum PostgresRoleGuard {
    static let name = "v14: the roster check reads the events, not rows a desk updates; fixed columns of cases and step visits"

    static let migration = """
        CREATE OR REPLACE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
        DECLARE refusal integer;
        BEGIN
            SELECT CASE
                WHEN NOT EXISTS (SELECT 1 FROM roster_event) THEN 0
                WHEN NEW.operator IS DISTINCT FROM session_user::text
                        AND NOT EXISTS (SELECT 1 FROM web_gateway WHERE db_user = session_user::text) THEN 1
                WHEN NOT EXISTS (SELECT 1 FROM roster_holding h
                        WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.role <> '\(Roster.adminRole)'
                        AND (h.sop = '' OR h.sop = (CASE WHEN NEW.type = 'case-started' THEN NEW.payload::jsonb->>'nomor'
                            ELSE (SELECT f.payload::jsonb->>'nomor' FROM case_event f
                                  WHERE f.case_id = NEW.case_id AND f.sequence = 1) END))) THEN 2
                WHEN NEW.step IS NOT NULL AND NEW.type <> 'join-arrived' AND EXISTS (
                        SELECT 1 FROM (SELECT s.sequence, s.payload::jsonb->>'role' AS role FROM case_event s
                                       WHERE s.case_id = NEW.case_id AND s.step = NEW.step AND s.type = 'step-started'
                                       ORDER BY s.sequence DESC LIMIT 1) latest
                        WHERE latest.role IS DISTINCT FROM
                                (CASE WHEN NEW.type = 'step-started' THEN NEW.payload::jsonb->>'role' ELSE NEW.role END)
                            AND NOT EXISTS (SELECT 1 FROM case_event d WHERE d.case_id = NEW.case_id AND d.step = NEW.step
                                            AND d.type = 'step-completed' AND d.sequence > latest.sequence)) THEN 3
                WHEN NEW.type IN ('case-paused', 'case-cancelled') AND NOT EXISTS (
                        SELECT 1 FROM case_event s WHERE s.case_id = NEW.case_id AND s.type = 'step-started'
                            AND s.payload::jsonb->>'role' = NEW.role
                            AND NOT EXISTS (SELECT 1 FROM case_event d WHERE d.case_id = NEW.case_id AND d.step = s.step
                                            AND d.type = 'step-completed' AND d.sequence > s.sequence)) THEN 4
                -- sop_event_hash's bytes, written out here: a SQL function calling convert_to (STABLE)
                -- is not inlined, and each call of it planned its body again (most of an answer's
                -- server time); in this expression the plan is PL/pgSQL's, kept for the session.
                WHEN NEW.hash IS DISTINCT FROM encode(sha256(convert_to('sop-event-v1' || chr(10) || sop_chain_field(NEW.case_id)
                        || sop_chain_field(NEW.sequence::text) || sop_chain_field(NEW.at::text) || sop_chain_field(NEW.operator)
                        || sop_chain_field(NEW.role) || sop_chain_field(NEW.step) || sop_chain_field(NEW.type)
                        || sop_chain_field(NEW.payload)
                        || sop_chain_field(coalesce((SELECT p.hash FROM case_event p
                                                     WHERE p.case_id = NEW.case_id AND p.sequence = NEW.sequence - 1), '')),
                        'UTF8')), 'hex') THEN 5
                ELSE 0 END INTO refusal;
            IF refusal = 0 THEN RETURN NEW; END IF;
            IF refusal = 1 THEN
                RAISE EXCEPTION 'sop-roster: not-session-user operator=% user=%', NEW.operator, session_user
                    USING ERRCODE = '42501';
            END IF;
            IF refusal = 2 THEN
                RAISE EXCEPTION 'sop-roster: role-not-held operator=% role=%', NEW.operator, coalesce(NEW.role, '')
                    USING ERRCODE = '42501';
            END IF;
            IF refusal = 5 THEN
                RAISE EXCEPTION 'sop-roster: bad-hash case=% sequence=%', NEW.case_id, NEW.sequence USING ERRCODE = '42501';
            END IF;
            IF refusal = 4 THEN
                RAISE EXCEPTION 'sop-roster: no-waiting-step operator=% role=%', NEW.operator, coalesce(NEW.role, '')
                    USING ERRCODE = '42501';
            END IF;
            RAISE EXCEPTION 'sop-roster: not-step-role operator=% role=% step=%', NEW.operator, coalesce(NEW.role, ''), NEW.step
                USING ERRCODE = '42501';
        END $$;
        CREATE FUNCTION sop_fixed_columns() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_TABLE_NAME = 'sop_case' THEN
                    IF (NEW.id, NEW.nomor, NEW.revision, NEW.started_at) IS DISTINCT FROM (OLD.id, OLD.nomor, OLD.revision, OLD.started_at) THEN
                        RAISE EXCEPTION 'sop-roster: fixed-column table=sop_case case=%', OLD.id USING ERRCODE = '42501';
                    END IF;
                ELSIF (NEW.case_id, NEW.step, NEW.visit, NEW.nomor, NEW.revision, NEW.role, NEW.started_at, NEW.due_at)
                        IS DISTINCT FROM (OLD.case_id, OLD.step, OLD.visit, OLD.nomor, OLD.revision, OLD.role, OLD.started_at, OLD.due_at)
                        OR (OLD.completed_at IS NOT NULL AND (NEW.completed_at, NEW.completed_by, NEW.used_seconds)
                            IS DISTINCT FROM (OLD.completed_at, OLD.completed_by, OLD.used_seconds)) THEN
                    RAISE EXCEPTION 'sop-roster: fixed-column table=step_visit case=% step=%', OLD.case_id, OLD.step USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$;
        CREATE FUNCTION sop_counter_never_lowered() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.last < OLD.last OR (NEW.prefix, NEW.year) IS DISTINCT FROM (OLD.prefix, OLD.year) THEN
                    RAISE EXCEPTION 'sop-roster: counter-lowered prefix=% year=%', OLD.prefix, OLD.year USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$;
        CREATE TRIGGER case_counter_never_lowered BEFORE UPDATE ON case_counter
            FOR EACH ROW EXECUTE FUNCTION sop_counter_never_lowered();
        CREATE TRIGGER sop_case_fixed_columns BEFORE UPDATE OF id, nomor, revision, started_at ON sop_case
            FOR EACH ROW EXECUTE FUNCTION sop_fixed_columns();
        CREATE TRIGGER step_visit_fixed_columns
            BEFORE UPDATE OF case_id, step, visit, nomor, revision, role, started_at, due_at, completed_at, completed_by, used_seconds
            ON step_visit
            FOR EACH ROW EXECUTE FUNCTION sop_fixed_columns();
        DO $v14$
        BEGIN
            -- As v12 left every SECURITY DEFINER function: the temporary schema searched last, so a
            -- desk's temporary roster_holding cannot stand in for the roster (CREATE OR REPLACE above
            -- set the search path anew).
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $v14$;
        """
}
