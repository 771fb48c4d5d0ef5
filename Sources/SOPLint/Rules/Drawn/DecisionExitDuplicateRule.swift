import SOPCore
import SOPModel

/// Two exits without a label to one step: the desk tells unlabelled exits apart by the row they
/// lead to, so these two could not be chosen between (and drawn, they lie on each other).
struct DecisionExitDuplicateRule: SOPRule {
    let description = RuleDescription(
        id: "decision-exit-duplicate", severity: .error, category: .flow,
        summary: Catalog.Flow.exitDuplicateSummary,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: [{ke: 2}, {ke: ↓2}]}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: [{ke: 2}, {ke: selesai}]}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard case .decision(let decision) = step.flow else { continue }
            var seen = Set<Target>()
            for branch in decision.branches where branch.isUnlabelled {
                if !seen.insert(branch.target.value).inserted {
                    findings.add(description, Catalog.Flow.exitDuplicate(branch.target.value.text),
                                 at: file.location(branch.target))
                }
            }
        }
    }
}
