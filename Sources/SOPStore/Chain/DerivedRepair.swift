import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// Every row of one case derived from its events, as its events and pinned revision say: what
/// `sop db verify --perbaiki` writes over rows a break left wrong.
public struct RebuiltRows: Sendable {
    public var caseID: String
    public var status: String
    public var updatedAt: Int64
    public var lastSequence: Int
    public var endedAt: Int64?
    public var dueAt: Int64?
    /// The worklist (empty once the case has ended).
    public var tasks: [ArchivedTask]
    public var visits: [VisitRow]
    public var lookup: CaseLookup
    /// The lines the repair log keeps for the case, one a row rewritten (verify's sentence, in
    /// Bahasa Indonesia: what was stored, what the events say).
    public var log: [String]
}

/// A store whose derived rows the repair may rewrite.
public protocol DerivedRepairStore: VerifiableStore {
    /// Writes `rows` over the case's derived rows (its case row's moving columns, its worklist,
    /// its step visits, its lookup row) and appends `rows.log` to the store's repair log
    /// (`derived_repair`), all in one transaction. `by`: who repairs, where the store cannot tell
    /// itself (SQLite; PostgreSQL writes its session user).
    func rewriteDerived(_ rows: RebuiltRows, by: String) throws(StoreError)
}

/// `sop db verify --perbaiki`: the rows derived from each case's events written again from the
/// events, when the events themselves hold.
///
/// - The history is checked first (chains, gaps, numbering, SOP revisions, roster, seals: what
///   `sop db copy` checks before copying). Any break of it refuses the whole repair: rows are never
///   derived from events that do not hold.
/// - Then each case's derived rows are compared with its events (verify's own check), and a case
///   with a difference gets every derived row rewritten in one transaction: the case row's
///   status, last write, end and due time, the worklist, the step visits, the title and search
///   keys (and, on PostgreSQL, the guard rows the server's roster check reads). The columns no
///   user may change (a case's SOP, title, revision and start) are not rewritten: a difference
///   there stays reported.
/// - What was changed is what verify reported of the case before and no longer reports of the
///   rewritten rows: those sentences are printed, and kept, with who and when, in the store's
///   repair log (`derived_repair`): an auditor finds there what a hand-written UPDATE had left,
///   which the UPDATE itself named nobody for. The case's events are not touched (a repair is not
///   an act on the case; an event would also move its sealed chain head).
public enum DerivedRepair {
    public struct Outcome: Sendable {
        /// The history's breaks: nothing was repaired.
        public var refused: [ChainBreak] = []
        /// Each case repaired, with the breaks its rewrite removed.
        public var repaired: [(caseID: String, fixed: [ChainBreak])] = []
        public var cases = 0
    }

    public static func run(_ store: any DerivedRepairStore, only: String? = nil, key: [UInt8]? = nil,
                           by: String) throws(StoreError) -> Outcome {
        var outcome = Outcome()
        let history = try ChainVerifier.run(store, only: only, key: key, derived: false)
        guard history.holds else {
            outcome.refused = history.breaks
            return outcome
        }
        let ids: [String]
        if let only { ids = [only] } else { ids = try store.caseIDs() }
        var sops: [String: SOP?] = [:]
        var audits: [String: PinnedRevisionAudit?] = [:]
        var rebuilt: [RebuiltRows] = []
        var fixedByCase: [String: [ChainBreak]] = [:]
        try ChainVerifier.eachCase(of: ids, store) { rows throws(StoreError) in
            outcome.cases += 1
            let revision = ChainVerifier.pinned(rows.archived).revision
            if sops[revision] == nil {
                let archived = try store.archivedRevision(hash: revision)
                sops[revision] = .some(archived.flatMap { SOPLoader.load(bytes: $0.content, path: $0.path).sop })
                audits[revision] = .some(archived.flatMap(PinnedRevisionAudit.init))
            }
            guard let sop = sops[revision] ?? nil else { return }
            let audit = audits[revision] ?? nil
            let before = ChainVerifier.check(rows, pinned: audit)
            guard !before.isEmpty, var rebuiltRows = rebuild(rows, sop: sop) else { return }
            let after = ChainVerifier.check(rebuiltRows.applied(to: rows), pinned: audit)
            let fixed = before.filter { !after.contains($0) }
            guard !fixed.isEmpty else { return }
            rebuiltRows.log = fixed.map { $0.message.text(.id) }
            rebuilt.append(rebuiltRows)
            fixedByCase[rebuiltRows.caseID] = fixed
        }
        for rows in rebuilt {
            try store.rewriteDerived(rows, by: by)
            outcome.repaired.append((rows.caseID, fixedByCase[rows.caseID] ?? []))
        }
        return outcome
    }

    /// The case's derived rows from its events and the SOP it follows; nil when they cannot be
    /// read (verify reports why).
    static func rebuild(_ rows: CaseRows, sop: SOP) -> RebuiltRows? {
        let id = rows.archived.id
        guard let events = try? rows.archived.events.map({ try $0.event() }), !events.isEmpty else { return nil }
        let state = CaseState(id: CaseID(id), events: events)
        guard let started = state.started, let projection = state.projection(sop: sop) else { return nil }
        // The case row moves with the events that change the worklist or the status: its last
        // write is the end of that write, at that event's time (as verify reads it).
        let moving = events.lastIndex { $0.kind.changesWorklist || $0.kind.changesStatus } ?? 0
        var end = moving
        while end + 1 < events.count, events[end + 1].at == events[moving].at { end += 1 }
        var visits: [String: VisitRow] = [:]
        var order: [String] = []
        for change in VisitChange.changes(of: events, caseID: CaseID(id), nomor: started.nomor, revision: started.revision) {
            switch change {
            case .started(let row, _):
                let key = "\(row.step)#\(row.visit)"
                if visits[key] == nil { order.append(key) }
                visits[key] = row
            case .completed(let step, let visit, let at, let by, let used):
                visits["\(step)#\(visit)"]?.completedAt = at
                visits["\(step)#\(visit)"]?.completedBy = by
                visits["\(step)#\(visit)"]?.used = used
            }
        }
        return RebuiltRows(
            caseID: id, status: state.status.rawValue, updatedAt: events[moving].at.milliseconds,
            lastSequence: rows.archived.events[end].sequence, endedAt: state.endedAt?.milliseconds, dueAt: started.due?.milliseconds,
            tasks: state.status.isFinished ? [] : projection.active.map(\.archived), visits: order.compactMap { visits[$0] },
            lookup: CaseLookup(title: projection.lookup.title, tracking: rows.lookup?.tracking ?? projection.lookup.tracking,
                               searchKeys: projection.lookup.searchKeys),
            log: [])
    }
}

extension RebuiltRows {
    /// The case's rows as they read once this is written (the fixed columns as they are).
    func applied(to rows: CaseRows) -> CaseRows {
        var result = rows
        result.archived.status = status
        result.archived.updatedAt = updatedAt
        result.archived.lastSequence = lastSequence
        result.archived.endedAt = endedAt
        result.archived.dueAt = dueAt
        result.archived.tasks = tasks
        result.visits = visits
        result.lookup = lookup
        return result
    }
}
