/// Migration v29 (PostgreSQL): a decision's branch corrected (`branch-corrected`, tester 34's
/// F3), checked by the server as the stores' own check does it.
///
/// The correction is written in the role that took the decision, while the steps its wrong
/// branch started wait in their own roles (the Petugas Administrasi's kegiatan 11 after a wrong
/// "Lulus uji? Ya"). v27's check would take the correction itself in any role held for the SOP
/// (the decision's visit is done: no guard row says whose it is), and refuse the completions that
/// close the wrongly started steps (`not-step-role`: open in another role). v29's check, v27's
/// otherwise word for word (a test compares the texts):
///
/// - **A branch correction** is in the role of the decision's latest start (or one of its joint
///   roles), else refused as `not-step-role`. It leaves the quick path (which would admit it
///   without that look-up), as a pause or a cancellation does.
/// - **A completion closing a step** open in another role passes the step rule when it is
///   "left out" (`skipped`) and follows a branch correction in the same write (same instant,
///   operator and role, at most 16 events before) that lists the step among those it closes. Its
///   guard row then goes as any completion's does, so the guard rows stay what `sop_guard_fill`
///   and `sop db verify` derive from the events. Anything else in another role is refused as before.
enum PostgresBranchCorrection {
    static let name = "v29: a decision's branch corrected only in the role that took it, closing the steps its wrong branch started"

    /// v27's quick path: the events it takes, and v29's (a branch correction goes to the rules).
    static let quickTypesV27 = "AND NEW.type NOT IN ('case-started', 'case-paused', 'case-resumed', 'case-cancelled')"
    static let quickTypes = "AND NEW.type NOT IN ('case-started', 'case-paused', 'case-resumed', 'case-cancelled', 'branch-corrected')"

    /// v27's step rule (v15's), and v29's.
    static let stepRuleV27 = "IF refusal = 0 AND blocked AND NEW.type <> 'join-arrived' THEN refusal := 3; END IF;"
    static let stepRule = """
        IF refusal = 0 AND blocked AND NEW.type <> 'join-arrived' AND NOT (NEW.type = 'step-completed'
                    AND strpos(NEW.payload, '"skipped"') > 0 AND EXISTS (SELECT 1 FROM case_event p
                        WHERE p.case_id = NEW.case_id AND p.sequence < NEW.sequence AND p.sequence >= NEW.sequence - 16
                        AND p.type = 'branch-corrected' AND p.at = NEW.at AND p.operator = NEW.operator
                        AND p.role IS NOT DISTINCT FROM NEW.role AND (p.payload::jsonb->'closed') ? NEW.step)) THEN
                refusal := 3;
            END IF;
            -- v29: a decision's branch is corrected only in the role of its latest start, or a joint one.
            IF refusal = 0 AND NEW.type = 'branch-corrected' AND NOT coalesce((SELECT sop_json_field(s.payload, 'role') = NEW.role
                        OR coalesce(NEW.role = ANY(sop_json_joint(s.payload)), false) FROM case_event s
                    WHERE s.case_id = NEW.case_id AND s.step = NEW.step AND s.type = 'step-started'
                    ORDER BY s.sequence DESC LIMIT 1), false) THEN
                refusal := 3;
            END IF;
        """

    /// v27's check with v29's two rules. Empty when v27's text is not as expected (a test checks it is not).
    static let check: String = {
        let body = PostgresJointRoles.check
        guard !body.isEmpty, body.components(separatedBy: quickTypesV27).count == 2,
              body.components(separatedBy: stepRuleV27).count == 2
        else { return "" }
        return body.replacingOccurrences(of: quickTypesV27, with: quickTypes).replacingOccurrences(of: stepRuleV27, with: stepRule)
    }()

    static let migration = """
        \(check)
        DO $v29$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $v29$;
        """
}
