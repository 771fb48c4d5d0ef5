import SOPCore
import SOPModel

/// A step the flow never comes to from the start (the first step): a row that never happens.
struct FlowUnreachableRule: SOPRule {
    let description = RuleDescription(
        id: "flow-unreachable", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.flowUnreachable,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas, lanjut: 3}
                  - {no: ↓2, uraian: Mengarsipkan berkas, pelaksana: petugas}
                  - {no: 3, uraian: Menyerahkan berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.loopWithExit),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard !file.graph.starts.isEmpty, !file.hasUnknownTargets else { return }  // flow-unknown-target first
        // A step reached whose way on could not be read may lead anywhere: nothing is unreachable.
        guard !file.reachesUnreadableFlow else { return }
        let reached = file.graph.reachable(from: file.graph.starts)
        for (index, step) in file.sop.steps.enumerated() where !reached[index] {
            // A second step with an id already used is step-duplicate-id's finding, not a cascade here.
            guard file.graph.index(of: step.id.value) == index else { continue }
            findings.add(description, Catalog.Lint.unreachable(step.id.value), at: file.location(step.id))
        }
    }
}
