import SOPEngine

/// Migration v16: `pimpinan`, the read-only role of heads of unit, acts in no step on
/// PostgreSQL either. The event check of v15 (`sop_case_event_role_held`, read from guard rows)
/// again, with the one change that an event in `pimpinan` is refused as one in `pengelola-peran`
/// is (`role-not-held`), so a head of unit's database user cannot write what the web desk never
/// offers them. The search path keeps the temporary schema last, as v12, v14 and v15 left it.
enum PostgresReaderRole {
    static let name = "v16: the read-only role pimpinan acts in no step (the event check refuses it)"

    static var migration: String {
        let guardSQL = PostgresGuardRows.migration
        let start = guardSQL.range(of: "CREATE OR REPLACE FUNCTION sop_case_event_role_held()")!.lowerBound
        let end = guardSQL.range(of: "END $$;", range: start..<guardSQL.endIndex)!.upperBound
        let admin = "NEW.role = '\(Roster.adminRole)'"
        precondition(guardSQL[start..<end].components(separatedBy: admin).count == 3, "v15's event check changed: write v16 out again")
        let function = String(guardSQL[start..<end]).replacingOccurrences(
            of: admin, with: "NEW.role IN ('\(Roster.adminRole)', '\(Roster.readerRole)')")
        return function + """

            DO $v16$
            BEGIN
                EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
            END $v16$;
            """
    }
}
