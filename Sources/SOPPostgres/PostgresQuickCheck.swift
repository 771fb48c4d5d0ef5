import SOPEngine

/// Migration v26 (PostgreSQL): the roster check's usual event decided by one expression, its
/// statements planned once (issue 11: an answer's cost against pgbench's one-INSERT floor).
///
/// v25's check (`sop_case_event_role_held`) evaluated each of its rules as an expression of its
/// own for every event (about ten `IF`s, the chain's link among them), and PL/pgSQL sets up
/// each expression again in every transaction. Now, right after its one query of lookups:
///
/// - **The quick path.** When the event passes every rule, as an answer at a desk does, one
///   expression says so and the event is written: the previous event is there (its case proved),
///   the role is held for every SOP and is not `pengelola-peran` nor `pimpinan`, the operator is the
///   session's user or the session is a web gateway's (`sop_is_gateway()`, v22: the same look-up
///   as the rule's), the event is none of those whose rules read more (a case's start, a pause, a
///   resume, a cancellation), its step is not open in another role, and its hash links it to the
///   previous event. A step's start or end then keeps its guard row with the same statements as
///   before. Any `NULL` in the expression makes it false.
/// - **Otherwise** v25's check runs, word for word: it decides, refuses and names the refusal as
///   before, for everything the quick path does not take (a refusal, a case's first event or
///   start, a pause, a resume, a cancellation, a role held for one SOP only, the roster not in
///   force with an event it would refuse). So the rules are v25's: the quick path takes only
///   events v25 lets through, and does what v25 does with them (a test compares the texts).
/// - The link's bytes built by one `format` of the lengths and the values, grouped by type (one
///   look-up of an output function per type, where `concat` made one per argument): the same
///   bytes as `sop_event_hash` (a test compares them).
/// - **Planned once**: the function runs with `plan_cache_mode = force_generic_plan`, so its
///   statements get their generic plan at once instead of five custom plans first on every
///   connection (the plan chosen after those five was the generic one).
///
/// Counted with callgrind on the server's backend (`server_cost.sh`, README "PostgreSQL answer
/// path"): see the README for the figures.
enum PostgresQuickCheck {
    static let name = "v26: the roster check's usual event decided by one expression, its statements planned once"

    /// The chain's link of `NEW` after `previous`: `sop_event_hash`'s bytes, f(t) = octet_length(t)
    /// ':' t ';' (role and step '-;' when NULL), with one `format` whose arguments come grouped by
    /// type (integers, the bigint, texts).
    static let link = """
        encode(sha256(convert_to(format(E'sop-event-v1\\n%1$s:%10$s;%2$s:%3$s;%4$s:%9$s;%5$s:%11$s;%12$s%13$s%6$s:%14$s;%7$s:%15$s;%8$s:%16$s;',
                octet_length(NEW.case_id), octet_length(NEW.sequence::text), NEW.sequence, octet_length(NEW.at::text), octet_length(NEW.operator),
                octet_length(NEW.type), octet_length(NEW.payload), octet_length(coalesce(previous, '')), NEW.at, NEW.case_id, NEW.operator,
                coalesce(octet_length(NEW.role) || ':' || NEW.role || ';', '-;'), coalesce(octet_length(NEW.step) || ':' || NEW.step || ';', '-;'),
                NEW.type, NEW.payload, previous), 'UTF8')), 'hex')
        """

    /// Where v25's check has read its lookups: the quick path goes right after.
    static let lookupsMark = "        INTO held, blocked, previous;\n"

    /// A step's guard row, as v25's check keeps it (the same statements, a test checks they are v25's).
    static let stepGuardStart = """
        INSERT INTO sop_step_guard (case_id, step, role) VALUES (NEW.case_id, NEW.step, step_role)
                            ON CONFLICT (case_id, step) DO UPDATE SET role = EXCLUDED.role;
        """
    static let stepGuardEnd = "DELETE FROM sop_step_guard WHERE case_id = NEW.case_id AND step = NEW.step;"

    static let quickPath = """
            -- v26: an event that passes every rule, decided by one expression; anything else goes on
            -- to the rules one by one below (v25's check, unchanged), which decide and name a refusal.
            IF previous IS NOT NULL AND held AND (NEW.operator = session_user::text OR sop_is_gateway())
                    AND NEW.role NOT IN ('\(Roster.adminRole)', '\(Roster.readerRole)')
                    AND NEW.type NOT IN ('case-started', 'case-paused', 'case-resumed', 'case-cancelled')
                    AND NOT coalesce(blocked, false)
                    AND NEW.hash = \(link) THEN
                IF NEW.type = 'step-started' THEN
                    IF NEW.step IS NOT NULL THEN
                        \(stepGuardStart)
                    END IF;
                ELSIF NEW.type = 'step-completed' THEN
                    \(stepGuardEnd)
                END IF;
                RETURN NEW;
            END IF;

        """

    /// v25's header, and v26's: its statements planned generically at once.
    static let searchPath = "SET search_path FROM CURRENT AS $$"
    static let plannedOnce = "SET search_path FROM CURRENT SET plan_cache_mode = force_generic_plan AS $$"

    /// v25's check with the quick path after its lookups, planned once. Empty when v25's text is
    /// not as expected (a test checks it is not).
    static let check: String = {
        let body = PostgresResumeGuard.check
        guard body.components(separatedBy: lookupsMark).count == 2, body.components(separatedBy: searchPath).count == 2,
              body.contains(stepGuardStart), body.contains(stepGuardEnd)
        else { return "" }
        return body.replacingOccurrences(of: lookupsMark, with: lookupsMark + quickPath)
            .replacingOccurrences(of: searchPath, with: plannedOnce)
    }()

    static let migration = """
        \(check)
        DO $v26$
        BEGIN
            -- The temporary schema searched last (v12), as CREATE OR REPLACE reset the search path.
            EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
        END $v26$;
        """
}
