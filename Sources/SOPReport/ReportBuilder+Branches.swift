import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// A decision row's passes per exit, and the cases that took an exit carrying an outcome
/// (`hasil`), from the branch each visit took (`VisitRow.branch`, tester 26, finding 5).
extension ReportBuilder {
    /// The passes through a decision row per exit, in the order written; an exit of an older
    /// revision that the latest no longer has is counted after them. Nil for another row.
    /// An exit drawn without a label is named as the desk names it ("Tidak lengkap (kembali ke
    /// kegiatan 1)": tester 27, finding N5).
    static func branchCounts(of step: Step, in sop: SOP, visits: [VisitRow], _ language: Language) -> [BranchCount]? {
        guard case .decision(let decision) = step.flow else { return nil }
        let exits = sop.deskExits(of: step)
        var counts = decision.branches.enumerated().map { offset, branch in
            BranchCount(label: branch.isUnlabelled && offset < exits.count
                            ? Catalog.DecisionExits.exitName(exits[offset].words).text(language) : branch.label.value,
                        passes: 0, outcome: branch.outcome?.value)
        }
        var keys = decision.branches.map { ConditionalWaktu.key($0.label.value) }
        for visit in visits where visit.completedAt != nil && !visit.undone {
            guard let label = visit.branch else { continue }
            let key = ConditionalWaktu.key(label)
            if let index = keys.firstIndex(of: key) {
                counts[index].passes += 1
            } else {
                keys.append(key)
                counts.append(BranchCount(label: label, passes: 1))
            }
        }
        return counts
    }

    /// The cases whose visits took an exit carrying an outcome (`hasil`) in the revision they followed.
    func carriedOutcome(_ visits: [VisitRow]) -> Set<CaseID> {
        Set(visits.filter { visit in
            guard visit.completedAt != nil, !visit.undone, let label = visit.branch,
                case .decision(let decision)? = revisions[visit.revision]?.step(visit.step)?.flow
            else { return false }
            return decision.branches.contains { $0.outcome != nil && ConditionalWaktu.key($0.label.value) == ConditionalWaktu.key(label) }
        }.map(\.caseID))
    }
}
