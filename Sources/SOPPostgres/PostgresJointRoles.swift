import SOPEngine

/// Migration v27 (PostgreSQL): a joint row's other staff roles (`bersama`, tester 28's F17) may
/// work on and complete it, each in its own role, and no other role may.
///
/// A step's `step-started` event carries them (`joint`, from the SOP the desk follows: the
/// server does not read SOPs), and the roster check keeps them in the step's guard row beside
/// its role, so an event of an open step is admitted in the step's role or one of these, and
/// refused (`not-step-role`) in any other. Everything else of v26's check stays as it was:
///
/// - **`sop_step_guard.joint`** (text[], NULL when the step has none): written by the check with
///   the role when a step starts, as the role is; `sop_guard_fill` fills it from the events too
///   (a verified copy), and the rows of steps open when v27 is applied get it from their latest
///   start (none before v27 carried one: they stay NULL).
/// - **The step's open role** in the check's one query of lookups: "open in another role" is now
///   "in another role that is not one of its joint roles". A step without joint roles (the usual
///   one) costs one NULL comparison more; the quick path is v26's and takes the joint roles' events
///   as it takes the step's own.
/// - **The guard row's INSERT** at a step's start reads the payload's `joint` only when the payload
///   names it (`strpos`), so a usual step's start parses nothing more than v26's did.
/// - **`case_task`**'s key becomes (case, step, role): a joint row waits in each of its roles'
///   worklists, one row each (their live notices follow, one per role, from v15's trigger).
/// - A pause, a resume or a cancellation still needs the role of a waiting step (v14, v25): the
///   joint roles answer and complete the step, they do not stop the case.
enum PostgresJointRoles {
    static let name = "v27: a joint row's other staff roles (bersama) may complete it, each in its own role, checked by the server"

    /// v15's "open in another role", and v27's: not one of its joint roles either.
    static let blockedV26 = "(SELECT g.role IS DISTINCT FROM step_role FROM sop_step_guard g WHERE g.case_id = NEW.case_id AND g.step = NEW.step)"
    static let blocked = """
        (SELECT g.role IS DISTINCT FROM step_role AND NOT coalesce(step_role = ANY(g.joint), false) FROM sop_step_guard g \
        WHERE g.case_id = NEW.case_id AND g.step = NEW.step)
        """

    /// The joint roles of the starting step `NEW` (an SQL expression): NULL unless its payload names them.
    static let startJoint = """
        CASE WHEN strpos(NEW.payload, '"joint":') > 0 THEN ARRAY(SELECT jsonb_array_elements_text(NEW.payload::jsonb->'joint')) END
        """

    /// A step's guard row as v27's check keeps it: its role and its joint roles.
    static let stepGuardStart = """
        INSERT INTO sop_step_guard (case_id, step, role, joint) VALUES (NEW.case_id, NEW.step, step_role, \(startJoint))
                            ON CONFLICT (case_id, step) DO UPDATE SET role = EXCLUDED.role, joint = EXCLUDED.joint;
        """

    /// v26's check with the joint roles. Empty when v26's text is not as expected (a test checks
    /// it is not): the lookup once, the guard row's start twice (the quick path's and the rules').
    static let check: String = {
        let body = PostgresQuickCheck.check
        guard !body.isEmpty, body.components(separatedBy: blockedV26).count == 2,
              body.components(separatedBy: PostgresQuickCheck.stepGuardStart).count == 3
        else { return "" }
        return body.replacingOccurrences(of: blockedV26, with: blocked)
            .replacingOccurrences(of: PostgresQuickCheck.stepGuardStart, with: stepGuardStart)
    }()

    /// The joint roles a `step-started` payload names (NULL when none, or when it is not JSON):
    /// for the fill and `sop db verify`, which read stored payloads of any age.
    static let jointFunction = """
        CREATE FUNCTION sop_json_joint(document text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $$
            BEGIN
                IF strpos(document, '"joint"') = 0 THEN RETURN NULL; END IF;
                RETURN ARRAY(SELECT jsonb_array_elements_text(document::jsonb->'joint'));
            EXCEPTION WHEN others THEN RETURN NULL;
            END $$;
        """

    static let migration = """
        ALTER TABLE sop_step_guard ADD COLUMN joint TEXT[];
        \(jointFunction)
        CREATE OR REPLACE FUNCTION sop_guard_fill(p_cases text[]) RETURNS void LANGUAGE sql AS $$
            DELETE FROM sop_case_guard WHERE p_cases IS NULL OR case_id = ANY(p_cases);
            DELETE FROM sop_step_guard WHERE p_cases IS NULL OR case_id = ANY(p_cases);
            INSERT INTO sop_case_guard (case_id, nomor)
                SELECT case_id, sop_json_field(payload, 'nomor') FROM case_event
                WHERE sequence = 1 AND type = 'case-started' AND (p_cases IS NULL OR case_id = ANY(p_cases));
            INSERT INTO sop_step_guard (case_id, step, role, joint)
                SELECT s.case_id, s.step, sop_json_field(s.payload, 'role'), sop_json_joint(s.payload) FROM (
                    SELECT DISTINCT ON (case_id, step) case_id, step, sequence, payload FROM case_event
                    WHERE type = 'step-started' AND step IS NOT NULL AND (p_cases IS NULL OR case_id = ANY(p_cases))
                    ORDER BY case_id, step, sequence DESC) s
                WHERE NOT EXISTS (SELECT 1 FROM case_event d WHERE d.case_id = s.case_id AND d.step = s.step
                                  AND d.type = 'step-completed' AND d.sequence > s.sequence);
        $$;
        -- Steps open now: their latest start's joint roles (none before v27 carried any).
        UPDATE sop_step_guard g SET joint = sop_json_joint(e.payload)
            FROM (SELECT DISTINCT ON (case_id, step) case_id, step, payload FROM case_event
                  WHERE type = 'step-started' AND step IS NOT NULL ORDER BY case_id, step, sequence DESC) e
            WHERE e.case_id = g.case_id AND e.step = g.step AND strpos(e.payload, '"joint"') > 0;
        -- A joint row waits in each of its roles' worklists: one row per role.
        DO $v27key$
        DECLARE key name;
        BEGIN
            -- The key, whatever its name (a restored dump keeps it).
            FOR key IN SELECT conname FROM pg_constraint WHERE conrelid = 'case_task'::regclass AND contype = 'p' LOOP
                EXECUTE format('ALTER TABLE case_task DROP CONSTRAINT %I', key);
            END LOOP;
        END $v27key$;
        ALTER TABLE case_task ADD PRIMARY KEY (case_id, step, role);
        \(check)
        DO $v27$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $v27$;
        """
}
