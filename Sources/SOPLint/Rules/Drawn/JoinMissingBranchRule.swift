import SOPCore
import SOPModel

/// A join (`menunggu`) must name every branch that flows into it from before it: one left out
/// would start the join before its own branch is done. (A loop back from after the join is no
/// branch of it.)
struct JoinMissingBranchRule: SOPRule {
    let description = RuleDescription(
        id: "join-missing-branch", severity: .error, category: .flow,
        summary: Catalog.Flow.Summary.joinMissingBranch,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Membagi tugas, pelaksana: petugas, paralel: [a, b, c]}
                  - {id: a, no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 3}
                  - {id: b, no: 2, uraian: Memeriksa lokasi, pelaksana: petugas, lanjut: 3}
                  - {id: c, no: 2, uraian: Memeriksa pajak, pelaksana: petugas, lanjut: 3}
                  - {no: 3, uraian: Menyusun laporan, pelaksana: petugas, menunggu: [a, ↓b]}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.splitAndJoin),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let graph = file.graph
        for (index, step) in file.sop.steps.enumerated() where !step.waitsFor.isEmpty {
            let listed = Set(step.waitsFor.map(\.value))
            for from in file.sop.steps.indices where !listed.contains(file.sop.steps[from].id.value) {
                guard graph.targets(of: from).contains(index), !graph.canReach(from: index, to: from) else { continue }
                findings.add(description,
                             Catalog.Flow.joinMissingBranch(step.number ?? step.id.value, missing: file.sop.steps[from].id.value),
                             at: file.location(step.waitsFor[step.waitsFor.count - 1]))
            }
        }
    }
}
