import Foundation
import SOPEngine
import SOPModel

/// Where a row's pass began, for the report (issue 10). A printed row of several boxes is timed
/// once, from its first box's start to its last box's end, and judged at its last box; the
/// report's visits do not carry the pass, so it is read from the case's visits of the row: the
/// boxes of one pass share its due time (set from the pass's start when each box started).
extension ReportBuilder {
    /// The key of a visit in `rowPassStarts`.
    static func passKey(_ visit: VisitRow) -> String { "\(visit.caseID.rawValue)\u{0}\(visit.step)\u{0}\(visit.visit)" }

    /// For each box that ended a pass through a row of several boxes (recorded with the time it
    /// used) the start of the pass's first box: the earliest start among the case's boxes of the
    /// row with the same due time, started no later than it. Boxes started before the report's
    /// period are not among the visits: such a pass counts from its first box in the period.
    static func rowPassStarts(_ visits: [VisitRow], revisions: [String: SOP]) -> [String: Date] {
        // Each revision's steps that are boxes of such a row, with the row's first box.
        var rowOf: [String: [String: Int]] = [:]
        for (hash, sop) in revisions where sop.steps.rowRanges.count < sop.steps.count {
            var steps: [String: Int] = [:]
            for index in sop.steps.indices { if let row = sop.rowPass(of: index) { steps[sop.steps[index].id.value] = row.lowerBound } }
            if !steps.isEmpty { rowOf[hash] = steps }
        }
        guard !rowOf.isEmpty else { return [:] }
        var groups: [String: [VisitRow]] = [:]
        for visit in visits {
            guard let due = visit.due, let row = rowOf[visit.revision]?[visit.step] else { continue }
            groups["\(visit.caseID.rawValue)\u{0}\(visit.revision)\u{0}\(row)\u{0}\(due.timeIntervalSince1970)", default: []]
                .append(visit)
        }
        var starts: [String: Date] = [:]
        for group in groups.values where group.count > 1 {
            for visit in group where visit.used != nil {
                let first = group.lazy.map(\.startedAt).filter { $0 <= visit.startedAt }.min() ?? visit.startedAt
                if first < visit.startedAt { starts[passKey(visit)] = first }
            }
        }
        return starts
    }
}
