/// Migration v12: the server's role check cheaper in its usual case, and the server's functions
/// closed to a desk's own temporary tables (issue 11).
///
/// Counted with callgrind on the server's backend (`sop-bench run-cases 10` minus `run-cases 0`,
/// SOP 01, the roster in force; README "What the server does per commit, counted"), a commit
/// cost the server 710 K instructions against 205 K for pgbench's bare INSERT, 192 K of it the
/// roster's event check (`sop_case_event_role_held`, a PL/pgSQL trigger run for every event).
///
/// - **The usual event in one lookup.** An event whose operator is the connected user (a plain
///   comparison, no query) and who holds the event's role for every SOP passes on one query: the
///   holding (operator, role, sop '') and, for an event in a step, no open visit of that step in
///   another role. A holding exists only while the roster is in force, so passing here is passing
///   v11's check. Any other event (a role held for one SOP only, a web gateway writing for an
///   operator, the roster not in force, a refusal) takes v11's full check, which decides and
///   names the refusal as before. The check costs 137 K instead of 192 K a commit.
/// - **Temporary tables cannot stand in for the roster.** A SECURITY DEFINER function whose
///   search path is only the unit's schema still looks in the session's temporary schema first
///   for a table: a desk could `CREATE TEMP TABLE roster_holding` with any role it liked, and the
///   server's role check read that one (found while measuring this). Every SECURITY DEFINER
///   function of the schema now searches the unit's schema, then `pg_temp` last
///   (`PostgresRosterTests.aDesksTemporaryTablesDoNotStandInForTheRoster`).
enum PostgresLeanAnswer {
    static let name = "v12: the role check's usual event in one lookup, no temporary tables in the server's functions"

    /// v11's check, word for word (`PostgresRoster.oneQueryCheck`, from its query to its last refusal).
    static let v11Check: String = {
        let v11 = PostgresRoster.oneQueryCheck
        guard let from = v11.range(of: "    SELECT CASE"), let to = v11.range(of: "END $$;", options: .backwards) else { return "" }
        return String(v11[from.lowerBound..<to.lowerBound])
    }()

    static let migration = """
        CREATE OR REPLACE FUNCTION sop_case_event_role_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
        DECLARE refusal integer;
        BEGIN
            -- The usual event, in one lookup: its operator is the connected user, holding its role
            -- for every SOP, and no open visit of its step is in another role.
            IF NEW.operator = session_user::text THEN
                PERFORM FROM roster_holding h
                    WHERE h.operator = NEW.operator AND h.role = NEW.role AND h.sop = '' AND h.role <> '\(PostgresRoster.admin)'
                    AND (NEW.step IS NULL OR NEW.type IN ('step-started', 'join-arrived') OR NOT EXISTS (SELECT FROM step_visit v
                        WHERE v.case_id = NEW.case_id AND v.step = NEW.step AND v.completed_at IS NULL
                        AND v.role IS DISTINCT FROM NEW.role));
                IF FOUND THEN RETURN NEW; END IF;
            END IF;
            -- Anything else: v11's check, which decides and names the refusal.
        \(v11Check)
        END $$;
        DO $$
        DECLARE f regprocedure;
        BEGIN
            FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
                     WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef LOOP
                EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
            END LOOP;
        END $$;
        """
}
