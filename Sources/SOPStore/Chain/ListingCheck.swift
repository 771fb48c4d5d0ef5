import Foundation
import SOPCore
import SOPEngine

/// What `sop cases`, `sop tasks` and `sop report` list comes from derived rows (case row,
/// worklist), not from walking every event: a row edited by hand (a status set to `selesai`, a
/// task inserted) would be shown as if true. Before a listing is shown, each listed row is
/// compared with the few events that decide it, read by key (no walk of the history):
///
/// - the case's last event (its chain head): the history must reach the case row's last write;
/// - the case's last event that changes its status: the status it gives (folded by `CaseState`,
///   as a full read does) must be the row's;
/// - for each listed worklist row, its step's last start or end event: a start of the same visit
///   in the same role (or one of its joint roles, `bersama`).
///
/// A mismatch refuses the listing, located like a refused read (`ChainBreak`), exit 1. What this
/// does not see (a forged hash, an answer rewritten, a task row deleted) is `sop db verify`'s.
public enum ListingCheck {
    /// The event types that change a case's status (`CaseEvent.Kind.changesStatus`).
    public static let statusTypes = ["case-paused", "case-resumed", "case-cancelled", "case-completed"]
    /// The event types that open or close a step's visit.
    public static let stepTypes = ["step-started", "step-completed"]

    /// One listed case, with the events that decide its row.
    public struct Case: Sendable {
        public var id: String
        public var status: String
        public var lastSequence: Int
        /// The sequence of its last event; nil when it has none.
        public var head: Int?
        /// Its last event that changes its status, if any.
        public var lastStatusEvent: ArchivedEvent?

        public init(id: String, status: String, lastSequence: Int, head: Int?, lastStatusEvent: ArchivedEvent?) {
            self.id = id
            self.status = status
            self.lastSequence = lastSequence
            self.head = head
            self.lastStatusEvent = lastStatusEvent
        }
    }

    /// One listed worklist row, with its step's last start or end event.
    public struct Task: Sendable {
        public var caseID: String
        public var step: String
        public var visit: Int
        public var role: String
        public var lastStepEvent: ArchivedEvent?

        public init(caseID: String, step: String, visit: Int, role: String, lastStepEvent: ArchivedEvent?) {
            self.caseID = caseID
            self.step = step
            self.visit = visit
            self.role = role
            self.lastStepEvent = lastStepEvent
        }
    }

    /// Every listed row that says otherwise than its events.
    public static func breaks(cases: [Case], tasks: [Task]) -> [ChainBreak] {
        var breaks: [ChainBreak] = []
        for listed in cases {
            guard let head = listed.head else {
                breaks.append(ChainBreak(caseID: listed.id, sequence: 0, kind: .empty))
                continue
            }
            if head < listed.lastSequence {
                breaks.append(ChainBreak(caseID: listed.id, sequence: head + 1, kind: .shorterThanRecorded(listed.lastSequence)))
                continue
            }
            do {
                let events = try listed.lastStatusEvent.map { [try $0.event()] } ?? []
                let status = CaseState(id: CaseID(listed.id), events: events).status.rawValue
                if let broken = ChainBreak.derived(caseID: listed.id, Catalog.Chain.Derived.status, stored: listed.status, events: status) {
                    breaks.append(broken)
                }
            } catch {
                breaks.append(ChainBreak(caseID: listed.id, sequence: listed.lastStatusEvent?.sequence ?? 0, kind: .unreadable("\(error)")))
            }
        }
        for task in tasks {
            let stored = "\(task.step)#\(task.visit) \(task.role)"
            var expected = "-"
            if let event = task.lastStepEvent, case .stepStarted(let started)? = try? event.event().kind {
                // A joint row (`bersama`, tester 28's F17) waits in its joint roles too: a row of one of them holds.
                let role = started.joint?.contains(task.role) == true ? task.role : started.role
                expected = "\(started.step)#\(started.visit) \(role)"
            }
            if let broken = ChainBreak.derived(caseID: task.caseID, Catalog.Chain.Derived.worklist, stored: stored, events: expected) {
                breaks.append(broken)
            }
        }
        return breaks
    }

    /// The listing refused, naming every break found.
    public static func refusal(_ breaks: [ChainBreak]) -> StoreError {
        .unavailable(Catalog.Listing.listingRefused(breaks.map(\.message)))
    }

    /// Throws the refusal when a listed row does not hold.
    public static func check(cases: [Case], tasks: [Task]) throws(StoreError) {
        let found = breaks(cases: cases, tasks: tasks)
        if !found.isEmpty { throw refusal(found) }
    }

    /// The rows a `--status` filter keeps, applied after the check of every row the other filters
    /// keep: a case whose stored status was forged is listed and marked (`marked`), never hidden
    /// by the forged status (an outside auditor hid an open case from `sop cases --status terbuka`
    /// by setting its row to `selesai`). The check then costs what the unfiltered listing's does.
    public static func byStatus<Row>(_ rows: [Row], status: (Row) -> String, id: (Row) -> String, filter: CaseFilter,
                                     found: [ChainBreak]) -> [Row] {
        guard !filter.statuses.isEmpty else { return rows }
        let wanted = Set(filter.statuses.map(\.rawValue)), broken = Set(found.map(\.caseID))
        return rows.filter { wanted.contains(status($0)) || broken.contains(id($0)) }
    }

    /// The listing with each case whose rows do not hold marked with its breaks
    /// (`CaseFilter.markBroken`), or the refusal when the filter does not ask for marks.
    public static func marked(_ summaries: [CaseSummary], _ found: [ChainBreak], filter: CaseFilter) throws(StoreError) -> [CaseSummary] {
        guard !found.isEmpty else { return summaries }
        guard filter.markBroken else { throw refusal(found) }
        let byCase = Dictionary(grouping: found, by: \.caseID)
        return summaries.map { summary in
            var summary = summary
            summary.broken = (byCase[summary.id.rawValue] ?? []).map(\.message)
            return summary
        }
    }
}

extension ChainBreak {
    /// A derived row that says `stored` where the events say `events` (nil when they agree),
    /// in the words of `sop db verify` and of a refused read.
    public static func derived(caseID: String, _ what: Localized, stored: String, events: String) -> ChainBreak? {
        guard stored != events else { return nil }
        return ChainBreak(caseID: caseID, sequence: 0, kind: .derived(Catalog.Chain.derived(what.id, stored: stored, events: events)
            .withEnglish(Catalog.Chain.derived(what.en, stored: stored, events: events))))
    }
}
