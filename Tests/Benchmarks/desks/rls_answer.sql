-- Issue 11, measurement only (not a migration): SOP 01's answer path with the roster's check as
-- row-level security instead of the PL/pgSQL trigger, for
--     SQL=Tests/Benchmarks/desks/rls_answer.sql DESK_USER=loket1 NO_FLOOR=1 bash Tests/Benchmarks/desks/server_cost.sh
-- run in the desks' schema by its owner after it is migrated; the desk then connects as `loket1`, a
-- desk user with the grants of README "Who may act" (not a superuser, whom row-level security
-- does not hold; the table's owner it holds, as FORCE ROW LEVEL SECURITY says). What it checks of every event, in one policy planned into the INSERT:
-- the operator is the connected user, who holds the role for every SOP (one key lookup), the step is
-- not open in another role (one key lookup of the guard row). The guard rows are kept by a trigger
-- fired only WHEN the event is a step's start or end. Not the chain's link: a policy's lookup does
-- not see the rows written earlier by its own INSERT, so it would refuse the second and third
-- events of a case's start or a step's move, which sop sends as one INSERT (floor_designs.py's rlp
-- and rcp count the lookup and the link for a one-row INSERT). Everything else v27's check does (a
-- role held for one SOP only, web gateways, a case's start, pause, resume and cancellation, joint
-- steps, the refusals' names) is not here either: this counts the cheapest server-side role check,
-- it is not a replacement for v27's.
ALTER TABLE case_event DISABLE TRIGGER case_event_role_held;
-- Only so that the bench's desk user may grant itself its roles, as sop-bench does for its user.
ALTER TABLE roster_event DISABLE TRIGGER roster_event_rules;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'loket1') THEN CREATE ROLE loket1 LOGIN; END IF;
    EXECUTE format($g$
        GRANT USAGE ON SCHEMA %1$I TO loket1;
        GRANT SELECT ON ALL TABLES IN SCHEMA %1$I TO loket1;
        GRANT INSERT ON %1$I.sop_revision, %1$I.case_counter, %1$I.sop_case, %1$I.case_event, %1$I.case_task, %1$I.attachment,
            %1$I.step_visit, %1$I.roster_event, %1$I.case_lookup TO loket1;
        GRANT UPDATE (last) ON %1$I.case_counter TO loket1;
        GRANT UPDATE (status, updated_at, last_sequence, ended_at, due_at) ON %1$I.sop_case TO loket1;
        GRANT UPDATE (completed_at, completed_by, used_seconds) ON %1$I.step_visit TO loket1;
        GRANT UPDATE (title, search_keys) ON %1$I.case_lookup TO loket1;
        GRANT DELETE ON %1$I.case_task TO loket1;
    $g$, current_schema());
END $$;
CREATE FUNCTION rls_keep_step_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.type = 'step-started' THEN
        INSERT INTO sop_step_guard (case_id, step, role) VALUES (NEW.case_id, NEW.step, NEW.payload::jsonb->>'role')
            ON CONFLICT (case_id, step) DO UPDATE SET role = EXCLUDED.role;
    ELSE
        DELETE FROM sop_step_guard WHERE case_id = NEW.case_id AND step = NEW.step;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER rls_keep_step_guard AFTER INSERT ON case_event FOR EACH ROW
    WHEN (NEW.type IN ('step-started', 'step-completed') AND NEW.step IS NOT NULL) EXECUTE FUNCTION rls_keep_step_guard();
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_event FORCE ROW LEVEL SECURITY;
CREATE POLICY event_read ON case_event FOR SELECT USING (true);
CREATE POLICY event_written ON case_event FOR INSERT WITH CHECK (
    operator = session_user
    AND EXISTS (SELECT FROM roster_holding h WHERE h.operator = case_event.operator AND h.role = case_event.role AND h.sop = '')
    AND NOT EXISTS (SELECT FROM sop_step_guard g WHERE g.case_id = case_event.case_id AND g.step = case_event.step
        AND g.role IS DISTINCT FROM CASE WHEN case_event.type = 'step-started' THEN case_event.payload::jsonb->>'role' ELSE case_event.role END));
