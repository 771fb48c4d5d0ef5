import Foundation
import SOPEngine
import SOPModel

extension ReportBuilder {
    /// Cases ended by a decision's labelled exit to the end ("Bukan kewenangan: selesai"): the
    /// case's last step done is a decision whose every exit to the end is labelled, and nothing
    /// else of it was done after (tester 10, finding 7). The visits carry no branch; a decision
    /// whose other exits all lead on to rows cannot have ended the case another way.
    func endedByExit(_ visits: [VisitRow]) -> Set<CaseID> {
        var last: [CaseID: VisitRow] = [:]
        for visit in visits {
            guard let done = visit.completedAt, !visit.undone else { continue }
            if let known = last[visit.caseID], let knownDone = known.completedAt, knownDone > done { continue }
            last[visit.caseID] = visit
        }
        return Set(last.values.filter { visit in
            guard let step = revisions[visit.revision]?.step(visit.step), case .decision(let decision) = step.flow else { return false }
            let ends = decision.branches.filter { $0.target.value == .end }
            return !ends.isEmpty && ends.allSatisfy { !$0.isUnlabelled }
        }.map(\.caseID))
    }
}
