import SOPCore
import SOPModel

/// A decision with fewer than two branches is no decision: one way is `lanjut`.
struct DecisionBranchCountRule: SOPRule {
    let description = RuleDescription(
        id: "decision-branch-count", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.decisionBranchCount,
        triggering: [
            .sop(steps: """
                  - uraian: Memeriksa berkas
                    pelaksana: petugas
                    ↓keputusan:
                      cabang: {Lengkap: selesai}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang: {Lengkap: selesai, Ditolak: selesai}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for (index, step) in file.sop.steps.enumerated() where !file.unreadableFlow.contains(index) {
            guard case .decision(let decision) = step.flow, decision.branches.count < 2 else { continue }
            // Without `cabang` at all, the loader has said so.
            if let written = file.stepMapping(index)?["keputusan"]?.mapping, written["cabang"] == nil { continue }
            findings.add(description, Catalog.Lint.decisionBranchCount(decision.branches.count),
                         at: file.keyLocation(step: index, key: "keputusan"))
        }
    }
}
