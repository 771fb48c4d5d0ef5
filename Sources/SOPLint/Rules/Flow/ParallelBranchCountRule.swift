import SOPCore
import SOPModel

/// `paralel` to fewer than two different steps is no parallel work: one way is `lanjut`.
struct ParallelBranchCountRule: SOPRule {
    let description = RuleDescription(
        id: "parallel-branch-count", severity: .warning, category: .flow,
        summary: Catalog.Lint.Summary.parallelBranchCount,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Membagi tugas, pelaksana: petugas, ↓paralel: [2]}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.splitAndJoin),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for (index, step) in file.sop.steps.enumerated() where !file.unreadableFlow.contains(index) {
            guard case .parallel(let targets) = step.flow else { continue }
            let distinct = Set(targets.map(\.value)).count
            guard distinct < 2 else { continue }
            findings.add(description, Catalog.Lint.parallelBranchCount(distinct),
                         at: file.keyLocation(step: index, key: "paralel"))
        }
    }
}
