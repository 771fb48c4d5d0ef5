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
        // An exit is known by its label; exits drawn without one (two or more of them, all with the
        // empty label) by where they lead (tester 28, finding 4: every pass was put on the first).
        var keys = decision.branches.map { Self.exitKey(label: $0.label.value, target: $0.target.value.text) }
        for visit in visits where visit.completedAt != nil && !visit.undone {
            guard let label = visit.branch else { continue }
            let key = Self.exitKey(label: label, target: visit.branchTarget)
            if let index = keys.firstIndex(of: key) {
                counts[index].passes += 1
            } else {
                keys.append(key)
                counts.append(BranchCount(label: label, passes: 1))
            }
        }
        return counts
    }

    /// The key a decision's exit is counted under: its label, or for an exit without one, where it leads.
    static func exitKey(label: String, target: String?) -> String {
        let key = ConditionalWaktu.key(label)
        return key.isEmpty ? "\u{0}" + (target ?? "") : key
    }

    /// The cases whose visits took an exit carrying an outcome (`hasil`) in the revision they followed.
    func carriedOutcome(_ visits: [VisitRow]) -> Set<CaseID> {
        Set(visits.filter { visit in
            guard visit.completedAt != nil, !visit.undone, let label = visit.branch,
                case .decision(let decision)? = revisions[visit.revision]?.step(visit.step)?.flow
            else { return false }
            let key = Self.exitKey(label: label, target: visit.branchTarget)
            return decision.branches.contains { $0.outcome != nil && Self.exitKey(label: $0.label.value, target: $0.target.value.text) == key }
        }.map(\.caseID))
    }
}
