import SOPEngine

/// Migration v-next (v15): `pimpinan`, the read-only role of heads of unit, acts in no step on
/// PostgreSQL either. The event check of v14 (`sop_case_event_role_held`) again, with the one
/// change that an event in `pimpinan` is refused as one in `pengelola-peran` is
/// (`role-not-held`), so a head of unit's database user cannot write what the web desk never
/// offers them. The search path keeps the temporary schema last, as v12 and v14 left it.
enum PostgresReaderRole {
    static let name = "v15: the read-only role pimpinan acts in no step (the event check refuses it)"

    static var migration: String {
        let guardSQL = PostgresRoleGuard.migration
        let end = guardSQL.range(of: "CREATE FUNCTION sop_fixed_columns()")!.lowerBound
        let held = "h.role <> '\(Roster.adminRole)'"
        precondition(guardSQL[..<end].contains(held), "v14's event check changed: write v15 out again")
        let function = String(guardSQL[..<end]).replacingOccurrences(
            of: held, with: "h.role NOT IN ('\(Roster.adminRole)', '\(Roster.readerRole)')")
        return function + """
            DO $v15$
            BEGIN
                EXECUTE format('ALTER FUNCTION sop_case_event_role_held() SET search_path = %I, pg_temp', current_schema());
            END $v15$;
            """
    }
}
