import Foundation

/// The exit a decision's visit took, as its `branch-chosen` event says (tester 26, finding 5):
/// what `sop report` counts per branch of a decision row, and how it knows a case that took an
/// exit carrying an outcome (`hasil`). A visit may choose again before it is done: the latest
/// choice stands. Read from the events themselves, which `sop db verify` covers: the derived
/// `step_visit` rows do not carry it.
public struct BranchTaken: Sendable, Hashable {
    public var caseID: CaseID
    public var step: String
    public var visit: Int
    public var label: String
    public var target: String

    public init(caseID: CaseID, step: String, visit: Int, label: String, target: String) {
        self.caseID = caseID
        self.step = step
        self.visit = visit
        self.label = label
        self.target = target
    }

    /// A stored `branch-chosen` event's payload read as the branch taken; nil when unreadable.
    /// A branch corrected (`branch-corrected`, tester 34 F3) is the visit's latest choice: the
    /// counts follow the correction. `type`: the stored event's type.
    public static func stored(caseID: String, payload: String, type: String = CaseEvent.Kind.branchChosenType) -> BranchTaken? {
        switch try? CaseEvent.Kind.decode(type: type, payload: Data(payload.utf8)) {
        case .branchChosen(let chosen)?:
            return BranchTaken(caseID: CaseID(caseID), step: chosen.step, visit: chosen.visit, label: chosen.label, target: chosen.target)
        case .branchCorrected(let corrected)?:
            return BranchTaken(caseID: CaseID(caseID), step: corrected.step, visit: corrected.visit, label: corrected.label,
                               target: corrected.target)
        default:
            return nil
        }
    }

    /// The query the stores run for `stored`: the branch choices of the cases, in the order they
    /// were made. `cases` is the condition on `case_id`.
    public static func query(cases: String) -> String {
        """
        SELECT case_id, payload, type FROM case_event
        WHERE type IN ('\(CaseEvent.Kind.branchChosenType)', '\(CaseEvent.Kind.branchCorrectedType)') AND case_id \(cases)
        ORDER BY case_id, sequence
        """
    }

    /// The branches taken in a case's events, in order.
    public static func taken(in events: [CaseEvent], of id: CaseID) -> [BranchTaken] {
        events.compactMap { event in
            switch event.kind {
            case .branchChosen(let chosen):
                BranchTaken(caseID: id, step: chosen.step, visit: chosen.visit, label: chosen.label, target: chosen.target)
            case .branchCorrected(let corrected):
                BranchTaken(caseID: id, step: corrected.step, visit: corrected.visit, label: corrected.label, target: corrected.target)
            default:
                nil
            }
        }
    }

    /// The latest choice of each visit, by `"case\0step\0visit"`.
    public static func latest(_ taken: [BranchTaken]) -> [String: BranchTaken] {
        Dictionary(taken.map { ("\($0.caseID.rawValue)\u{0}\($0.step)\u{0}\($0.visit)", $0) }) { _, later in later }
    }
}

extension CaseEvent.Kind {
    /// The stored type of a decision's choice (`branch-chosen`), for queries on it.
    public static let branchChosenType = "branch-chosen"
}

extension CaseStore {
    /// The branches taken in these cases, by folding each case's events; SQLite and PostgreSQL
    /// answer it with one query over the stored events instead (`BranchTaken.query`).
    public func branchesTaken(of cases: [CaseID]) throws(StoreError) -> [BranchTaken] {
        var taken: [BranchTaken] = []
        for id in cases { taken += BranchTaken.taken(in: try events(of: id), of: id) }
        return taken
    }
}
