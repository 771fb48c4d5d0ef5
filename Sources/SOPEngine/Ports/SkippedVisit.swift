import Foundation

/// A step visit closed without being done, as its `step-completed` event says (a `skipped`
/// reason), in one of two ways:
/// - skipped: a person left an optional row out with a reason (`/lewati` at the terminal, "Lewati"
///   on the web desk). What the report counts as "dilewati".
/// - withdrawn: another's completion closed it (the other box of a `pilihan` row chosen, or what
///   was still open when a step ended the case with an outcome). Nobody left it out; the report
///   counts it neither as done nor as skipped.
///
/// A row a branch went past is neither: it was never reached and has no visit at all.
///
/// Read from the events themselves, which the chain check of `sop db verify` covers: the
/// derived `step_visit` rows do not carry it, so there is no derived copy to check.
public struct SkippedVisit: Sendable, Hashable {
    public var caseID: CaseID
    public var step: String
    public var visit: Int
    /// Closed by another's completion, not skipped by a person.
    public var withdrawn: Bool

    public init(caseID: CaseID, step: String, visit: Int, withdrawn: Bool = false) {
        self.caseID = caseID
        self.step = step
        self.visit = visit
        self.withdrawn = withdrawn
    }

    /// Whether a completion that carries a reason was withdrawn and not skipped by a person. A
    /// withdrawal follows the completion that caused it at once, in the same batch: the event
    /// before it is a `step-completed` at the same instant (the rule `Engine.state(of:events:)`
    /// reads batches by).
    /// A visit closed by a decision's branch correction (tester 34, F3) follows the correction, or
    /// another visit it closed, in the same way: withdrawn, not done and not skipped.
    public static func isWithdrawal(previousType: String?, sameInstant: Bool) -> Bool {
        (previousType == CaseEvent.Kind.stepCompletedType || previousType == CaseEvent.Kind.branchCorrectedType) && sameInstant
    }

    /// A stored `step-completed` event read as a visit closed undone, given the type and time
    /// (milliseconds) of the case's event before it; nil when it was done. The stores' queries
    /// select completions that carry a reason and join the event before each (`query`).
    public static func stored(caseID: String, at: Int64, payload: String, previousType: String?, previousAt: Int64?) -> SkippedVisit? {
        guard case .stepCompleted(let done)? = try? CaseEvent.Kind.decode(type: CaseEvent.Kind.stepCompletedType, payload: Data(payload.utf8)),
            done.skipped != nil
        else { return nil }
        return SkippedVisit(caseID: CaseID(caseID), step: done.step, visit: done.visit,
                            withdrawn: isWithdrawal(previousType: previousType, sameInstant: previousAt == at))
    }

    /// The query the stores run for `stored`: the completions that carry a reason, each with the
    /// case's event before it. `cases` is the condition on `e.case_id`.
    public static func query(cases: String) -> String {
        """
        SELECT e.case_id, e.at, e.payload, p.type, p.at FROM case_event e
        LEFT JOIN case_event p ON p.case_id = e.case_id AND p.sequence = e.sequence - 1
        WHERE e.type = '\(CaseEvent.Kind.stepCompletedType)' AND e.payload LIKE '%"skipped"%' AND e.case_id \(cases)
        """
    }

    /// The visits closed undone in a case's events.
    public static func closedUndone(in events: [CaseEvent], of id: CaseID) -> [SkippedVisit] {
        var visits: [SkippedVisit] = []
        var previous: CaseEvent?
        for event in events {
            defer { previous = event }
            guard case .stepCompleted(let done) = event.kind, done.skipped != nil else { continue }
            visits.append(SkippedVisit(caseID: id, step: done.step, visit: done.visit,
                                       withdrawn: isWithdrawal(previousType: previous?.kind.type, sameInstant: previous?.at == event.at)))
        }
        return visits
    }
}

extension CaseEvent.Kind {
    /// The stored type of a step's completion (`step-completed`), for queries on it.
    public static let stepCompletedType = "step-completed"
}

extension CaseStore {
    /// The visits of these cases closed undone, by folding each case's events; SQLite and
    /// PostgreSQL answer it with one query over the stored events instead (`SkippedVisit.query`).
    public func skippedVisits(of cases: [CaseID]) throws(StoreError) -> Set<SkippedVisit> {
        var visits = Set<SkippedVisit>()
        for id in cases { visits.formUnion(SkippedVisit.closedUndone(in: try events(of: id), of: id)) }
        return visits
    }
}
