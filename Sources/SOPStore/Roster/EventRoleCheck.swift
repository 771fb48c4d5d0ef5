import Foundation
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
/// SQLite's data version (`SQLITE_FCNTL_DATA_VERSION`, which moves when any connection commits
/// anything), differs from what it was when they were read: the roster is append-only and each
/// change through it is its next sequence, so a grant or revoke by this store, another process
/// or another desk counts at the next write, as it did for the triggers. The data version also
/// moves with this connection's own commits: the one a checked write leaves is taken right after
/// its COMMIT (`committed`), before this connection can see another's, so only another
/// connection's commit, or an own write that was not checked, moves it from there. The roster's
/// last sequence is read again only when the data version moved or this store wrote the roster
/// itself (`rosterWritten`), so a write reads no statement when nothing changed.
///
/// The step check reads which visits of the case are open. A case this store wrote last is
/// known without a read: its open visits (step, visit, role) as of its last event are kept, and
/// brought forward with every write's visit changes (`check`'s `changes`), as `VisitProjector`
/// writes them to `step_visit`. They are used only for the next write that continues that very event, while
/// the data version has not moved (no other connection committed anything meanwhile, not even
/// an edit of `step_visit` alone); otherwise, and for any case not kept, the open visits are
/// read from `step_visit`, as the trigger did. A write that fails leaves the kept visits ahead
/// of the stored log, so no later write continues them (they are read again). Used only inside
/// the store's database accesses, which its queue runs one at a time.
final class EventRoleCheck: @unchecked Sendable {
    /// The roster sequence and data version the holdings were read at; nil: never read.
    private var readAt: (sequence: Int64, data: Int64)?
    /// Set by `rosterWritten`: the roster's last sequence must be read again.
    private var rosterMayHaveChanged = true
    /// "operator\0role\0sop" of every holding ("" for every SOP).
    private var holdings: Set<String> = []
    /// The last operator and role found to hold for every SOP, in the holdings as read at `readAt`.
    private var lastHeld: (operatorName: String, role: String)?
    private var version: Statement?
    /// The data version a check of the current transaction found the holdings valid at (set by
    /// `refresh`, cleared at every BEGIN): carried past the transaction's own COMMIT by `committed`.
    private var validInTransaction: Int64?
    private var nomor: Statement?
    private var openVisits: Statement?
    private var started: Statement?
    /// The open visits of the cases this store wrote last, as of their last event (`OpenVisits`).
    private var open: [String: OpenVisits] = [:]
    /// At most this many cases' open visits kept (a server's store sees many cases).
    static let openLimit = 4096

    /// The open visits of a case (`step_visit` rows without `completed_at`) after its event `sequence`.
    /// `joint`: the visit's `bersama` staff roles (tester 28, F17), in which it may be worked on
    /// too; nil while not known (a visit read from `step_visit`, which has no column for them:
    /// they are read from its `step-started` event when an event in another role needs them).
    struct OpenVisits {
        var sequence: Int
        var visits: [(step: String, visit: Int, role: String, joint: [String]?)]

        /// Whether a visit of `step` is open in another role than `role`, and `role` is not
        /// known to be one of its joint roles.
        func openInAnotherRole(_ step: String, _ role: String) -> Bool {
            visits.contains { $0.step == step && $0.role != role && !($0.joint?.contains(role) ?? false) }
        }

        /// The index of a visit of `step` open in another role than `role` whose joint roles are not known.
        func unknownJoint(_ step: String, _ role: String) -> Int? {
            visits.firstIndex { $0.step == step && $0.role != role && $0.joint == nil }
        }

        /// The visits after `changes`, as `VisitProjector` writes them.
        mutating func apply(_ changes: [VisitChange]) {
            for change in changes {
                switch change {
                case .started(let row, let joint): visits.append((row.step, row.visit, row.role, joint))
                case .completed(let step, let visit, _, _, _): visits.removeAll { $0.step == step && $0.visit == visit }
                }
            }
        }
    }

    /// The roster's last sequence. (The data version is not read in it as the table-valued
    /// `pragma_data_version`: SQLite prepares the pragma again at every run.)
    /// The events that change a whole case's course, written only in a waiting step's role.
    static let stopsOrResumes: Set<String> = ["case-paused", "case-resumed", "case-cancelled"]

    static let versionSQL = "SELECT coalesce(max(sequence), 0) FROM roster_event"
    static let nomorSQL = "SELECT nomor FROM sop_case WHERE id = ?"
    static let openVisitsSQL = "SELECT step, visit, role FROM step_visit WHERE case_id = ? AND completed_at IS NULL"
    /// The payload of a step's latest start: its open visit's, whose joint roles it carries.
    static let startedSQL =
        "SELECT payload FROM case_event WHERE case_id = ? AND step = ? AND type = 'step-started' ORDER BY sequence DESC LIMIT 1"

    /// Throws the refusal (`RosterSchema.eventRefusal`'s sentences) for the first event the
    /// roster does not allow; nothing when the roster is not in force. `changes`: what the
    /// events change in `step_visit`, when the caller writes them (`VisitProjector`) in this
    /// transaction; the case's open visits after them are then kept for its next write. Without
    /// them (a copy's import), nothing is kept for the case.
    func check(_ rows: [ArchivedEvent], caseID: String, changes: [VisitChange]? = nil, db: Database) throws {
        guard try refresh(db) else { return }
        var caseNomor: String??
        var visits: OpenVisits?
        var correcting: Set<String> = []
        for row in rows {
            guard let role = row.role, role != Roster.adminRole, role != Roster.readerRole else { throw refusal("role-not-held", row) }
            if !holdsEverywhere(row.operatorName, role) {
                if caseNomor == nil { caseNomor = .some(try text(&nomor, Self.nomorSQL, [.text(caseID)], db)) }
                guard let sop = caseNomor ?? nil, holdings.contains(Self.key(row.operatorName, role, sop))
                else { throw refusal("role-not-held", row) }
            }
            // A decision's branch corrected (tester 34, F3): only in the role that took it (the
            // decision's visit is done, so no open visit says so); it closes, in the same write,
            // the visits its wrong branch started, in whatever role they wait.
            if row.type == CaseEvent.Kind.branchCorrectedType, let step = row.step {
                let start = try started(caseID, step: step, db)
                guard let start, start.role == role || (start.joint ?? []).contains(role) else { throw refusal("not-step-role", row) }
                if case .branchCorrected(let corrected)? = try? CaseEvent.Kind.decode(type: row.type, payload: Data(row.payload.utf8)) {
                    correcting.formUnion(corrected.closed)
                }
            }
            if let step = row.step, row.type != "step-started", row.type != "join-arrived",
               !(row.type == CaseEvent.Kind.stepCompletedType && correcting.contains(step) && row.payload.contains("\"skipped\"")) {
                if visits == nil { visits = try openVisits(caseID, before: rows[0].sequence, db) }
                // Another role than the visit's own: one of its joint roles (`bersama`) may act too.
                if visits?.openInAnotherRole(step, role) == true, let index = visits?.unknownJoint(step, role) {
                    visits?.visits[index].joint = try jointRoles(caseID, step: step, db)
                }
                if visits?.openInAnotherRole(step, role) == true { throw refusal("not-step-role", row) }
            }
            // A live pause, resume or cancellation needs the role of a waiting step, as PostgreSQL's
            // trigger asks of a pause and a cancellation (a copy's import brings history as written).
            if changes != nil, row.step == nil, Self.stopsOrResumes.contains(row.type) {
                if visits == nil { visits = try openVisits(caseID, before: rows[0].sequence, db) }
                if let open = visits?.visits, !open.isEmpty, !open.contains(where: { $0.role == role }) {
                    throw refusal("no-waiting-step", row)
                }
            }
        }
        guard let changes, let last = rows.last else {
            open[caseID] = nil
            return
        }
        // The open visits after this write, for the case's next one.
        var after = try visits ?? openVisits(caseID, before: rows[0].sequence, db)
        after.apply(changes)
        after.sequence = last.sequence
        if open.count >= Self.openLimit, open[caseID] == nil { open.removeAll(keepingCapacity: true) }
        open[caseID] = after
    }

    /// A case about to be started has no visits: its first write need not read them.
    func starting(_ caseID: String) {
        if let readAt, readAt.sequence > 0 { open[caseID] = OpenVisits(sequence: 0, visits: []) }
    }

    /// The case's kept open visits (tests).
    func kept(_ caseID: String) -> OpenVisits? { open[caseID] }

    /// Forgets every case's kept open visits (a write around the store's own: `withDatabase`).
    func forgetOpenVisits() {
        open.removeAll(keepingCapacity: true)
    }

    /// Lets go of the statements kept (finalized), before the store's connection closes.
    func forgetStatements() {
        (version, nomor, openVisits, started) = (nil, nil, nil, nil)
    }

    /// The case's open visits before its event `sequence`: kept, when the case's last event
    /// this store wrote is the one before it, else read.
    private func openVisits(_ caseID: String, before sequence: Int, _ db: Database) throws -> OpenVisits {
        if let kept = open[caseID], kept.sequence == sequence - 1 { return kept }
        if openVisits == nil { openVisits = try db.makeStatement(sql: Self.openVisitsSQL) }
        var read = OpenVisits(sequence: sequence - 1, visits: [])
        try RawStatement.run(openVisits!, [.text(caseID)], db: db, everyRow: true) { row in
            read.visits.append((Self.column(row, 0), Int(sqlite3_column_int64(row, 1)), Self.column(row, 2), nil))
        }
        return read
    }

    /// The joint roles of the step's open visit, from its `step-started` event (none when its
    /// payload names none or cannot be read). Read only for an event in another role than the
    /// visit's own, which is otherwise refused.
    private func jointRoles(_ caseID: String, step: String, _ db: Database) throws -> [String] {
        try started(caseID, step: step, db)?.joint ?? []
    }

    /// The step's latest start (nil when none, or unreadable).
    private func started(_ caseID: String, step: String, _ db: Database) throws -> CaseEvent.StepStarted? {
        guard let payload = try text(&started, Self.startedSQL, [.text(caseID), .text(step)], db),
              case .stepStarted(let start)? = try? CaseEvent.Kind.decode(type: "step-started", payload: Data(payload.utf8))
        else { return nil }
        return start
    }

    private static func column(_ row: OpaquePointer, _ index: Int32) -> String {
        sqlite3_column_text(row, index).map { String(cString: $0) } ?? ""
    }

    /// Whether the operator holds the role for every SOP (the last such pair remembered).
    private func holdsEverywhere(_ operatorName: String, _ role: String) -> Bool {
        if let lastHeld, lastHeld.operatorName == operatorName, lastHeld.role == role { return true }
        guard holdings.contains(Self.key(operatorName, role, "")) else { return false }
        lastHeld = (operatorName, role)
        return true
    }

    /// The roster may have changed through this store's own connection (`rosterWritten`): its
    /// last sequence is read again at the next check, whatever the data version says.
    func rosterWritten() {
        rosterMayHaveChanged = true
    }

    /// Whether the roster is in force, the holdings read again if it changed. When another
    /// connection committed anything, the kept open visits are forgotten too. The roster's last
    /// sequence is read when another connection committed anything or this store wrote the
    /// roster (`rosterWritten`); otherwise it is the one read last.
    private func refresh(_ db: Database) throws -> Bool {
        let data = try Self.dataVersion(db)
        if let readAt, data == readAt.data, !rosterMayHaveChanged {
            validInTransaction = data
            return readAt.sequence > 0
        }
        if version == nil { version = try db.makeStatement(sql: Self.versionSQL) }
        let now = try RawStatement.int(version!, [], db: db) ?? 0
        rosterMayHaveChanged = false
        if now != readAt?.sequence || data != readAt?.data {
            holdings = Set(try Row.fetchAll(db, sql: "SELECT operator, role, sop FROM roster_holding").map {
                Self.key($0[0], $0[1], $0[2])
            })
            lastHeld = nil
            if data != readAt?.data { open.removeAll(keepingCapacity: true) }
            readAt = (now, data)
        }
        validInTransaction = readAt?.data
        return now > 0
    }

    /// A transaction of the store's connection begins: nothing checked in it yet.
    func beginning() {
        validInTransaction = nil
    }

    /// The store's transaction committed: when a check in it found the holdings (and kept
    /// visits) valid, they stay valid at the data version this connection's own COMMIT left.
    /// Read before any other transaction of this connection, so another connection's commit
    /// cannot be in it: that one moves the version when this connection next begins.
    func committed(_ db: Database) {
        defer { validInTransaction = nil }
        guard let valid = validInTransaction, let readAt, readAt.data == valid,
              let data = try? Self.dataVersion(db) else { return }
        self.readAt = (readAt.sequence, data)
    }

    /// SQLite's data version of the main database (`SQLITE_FCNTL_DATA_VERSION`): moves with
    /// every commit, this connection's own included. (`PRAGMA data_version`, which leaves out
    /// the connection's own, is a statement to step: about 1,500 instructions a write more.)
    static func dataVersion(_ db: Database) throws -> Int64 {
        var version: UInt32 = 0
        let code = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_DATA_VERSION, &version)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        return Int64(version)
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
