import GRDB
import GRDBSQLite
import SOPEngine

/// The roster's two checks on every event, made by the store in the event's own write
/// transaction, before its INSERT (migration v12; before it they were the `case_event_role_held`
/// and `case_event_step_role` triggers, whose statement journal cost each answer a copy of the
/// event page). Once the roster is in force (it has an event):
/// - the operator holds the event's role, for every SOP or for the case's own; the
///   administrator role is not a role to act in;
/// - an event for a step already open is in that step's role (a step's start and a join's
///   arrival open it, so they are not checked against it).
/// One kept statement per event, reading the holdings and the step's open visit as they stand in
/// the write's transaction: a grant or revoke by another process or desk counts at once, as it
/// did for the triggers. Used only inside the store's database accesses, which its queue runs
/// one at a time.
final class EventRoleCheck: @unchecked Sendable {
    private var kept: Statement?

    /// ?1 operator, ?2 role, ?3 case, ?4 the step to check the role against (NULL: none).
    /// The first column: 0 when the roster is not in force, 1 when the role is held, 2 when not;
    /// the second: 1 when an open visit of the step is in another role.
    static let sql = """
        SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM roster_event) THEN 0
                    WHEN EXISTS (SELECT 1 FROM roster_holding h WHERE h.operator = ?1 AND h.role = ?2 AND h.role <> '\(Roster.adminRole)'
                        AND (h.sop = '' OR h.sop = (SELECT nomor FROM sop_case WHERE id = ?3))) THEN 1
                    ELSE 2 END,
               ?4 IS NOT NULL AND EXISTS (SELECT 1 FROM step_visit v
                    WHERE v.case_id = ?3 AND v.step = ?4 AND v.completed_at IS NULL AND v.role IS NOT ?2)
        """

    /// Throws the refusal (`RosterSchema.refusal`'s sentences) for the first event the roster
    /// does not allow; nothing when the roster is not in force.
    func check(_ rows: [ArchivedEvent], caseID: String, db: Database) throws {
        if kept == nil { kept = try db.makeStatement(sql: Self.sql) }
        guard let statement = kept else { return }
        for row in rows {
            let step = row.type == "step-started" || row.type == "join-arrived" ? nil : row.step
            var held: Int64 = 0
            var otherRole: Int64 = 0
            try RawStatement.run(statement, [.text(row.operatorName), .text(row.role), .text(caseID), .text(step)], db: db) { handle in
                held = sqlite3_column_int64(handle, 0)
                otherRole = sqlite3_column_int64(handle, 1)
            }
            if held == 0 { return }  // the roster is not in force: not for any event of this write
            if held != 1 { throw refusal("role-not-held", row) }
            if otherRole != 0 { throw refusal("not-step-role", row) }
        }
    }

    private func refusal(_ code: String, _ row: ArchivedEvent) -> any Error {
        RosterSchema.refusal(code, row) ?? DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "sop-roster: \(code)")
    }
}
