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
/// The holdings are kept in memory and read again whenever the roster's last sequence, or
/// SQLite's `PRAGMA data_version` (which moves when another connection commits anything), differs
/// from what it was when they were read: the roster is append-only and each change through it is
/// its next sequence, so a grant or revoke by this store, another process or another desk counts
/// at the next write, as it did for the triggers. Two cheap reads per write when nothing changed. Used only inside the store's database accesses,
/// which its queue runs one at a time.
final class EventRoleCheck: @unchecked Sendable {
    /// The roster sequence and data version the holdings were read at; nil: never read.
    private var readAt: (sequence: Int64, data: Int64)?
    /// "operator\0role\0sop" of every holding ("" for every SOP).
    private var holdings: Set<String> = []
    private var version: Statement?
    private var dataVersion: Statement?
    private var nomor: Statement?
    private var openVisit: Statement?

    static let versionSQL = "SELECT coalesce(max(sequence), 0) FROM roster_event"
    static let nomorSQL = "SELECT nomor FROM sop_case WHERE id = ?"
    static let openVisitSQL = """
        SELECT role FROM step_visit WHERE case_id = ? AND step = ? AND completed_at IS NULL AND role IS NOT ? LIMIT 1
        """

    /// Throws the refusal (`RosterSchema.eventRefusal`'s sentences) for the first event the
    /// roster does not allow; nothing when the roster is not in force.
    func check(_ rows: [ArchivedEvent], caseID: String, db: Database) throws {
        guard try refresh(db) else { return }
        var caseNomor: String??
        for row in rows {
            guard let role = row.role, !Roster.deskRoles.contains(role) else { throw refusal("role-not-held", row) }
            if !holdings.contains(Self.key(row.operatorName, role, "")) {
                if caseNomor == nil { caseNomor = .some(try text(&nomor, Self.nomorSQL, [.text(caseID)], db)) }
                guard let sop = caseNomor ?? nil, holdings.contains(Self.key(row.operatorName, role, sop))
                else { throw refusal("role-not-held", row) }
            }
            if let step = row.step, row.type != "step-started", row.type != "join-arrived",
               try text(&openVisit, Self.openVisitSQL, [.text(caseID), .text(step), .text(role)], db) != nil {
                throw refusal("not-step-role", row)
            }
        }
    }

    /// Whether the roster is in force, the holdings read again if it changed.
    private func refresh(_ db: Database) throws -> Bool {
        if version == nil { version = try db.makeStatement(sql: Self.versionSQL) }
        if dataVersion == nil { dataVersion = try db.makeStatement(sql: "PRAGMA data_version") }
        let now = try RawStatement.int(version!, [], db: db) ?? 0
        let data = try RawStatement.int(dataVersion!, [], db: db) ?? 0
        if now != readAt?.sequence || data != readAt?.data {
            holdings = Set(try Row.fetchAll(db, sql: "SELECT operator, role, sop FROM roster_holding").map {
                Self.key($0[0], $0[1], $0[2])
            })
            readAt = (now, data)
        }
        return now > 0
    }

    /// The first column of the statement's first row as text; nil when no row, or NULL.
    private func text(_ kept: inout Statement?, _ sql: String, _ values: [RawStatement.Value], _ db: Database) throws -> String? {
        if kept == nil { kept = try db.makeStatement(sql: sql) }
        var first: String?
        try RawStatement.run(kept!, values, db: db) { handle in
            if let text = sqlite3_column_text(handle, 0) { first = String(cString: text) }
        }
        return first
    }

    private static func key(_ operatorName: String, _ role: String, _ sop: String) -> String {
        operatorName + "\u{0}" + role + "\u{0}" + sop
    }

    private func refusal(_ code: String, _ row: ArchivedEvent) -> any Error {
        RosterSchema.refusal(code, row) ?? DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "sop-roster: \(code)")
    }
}
