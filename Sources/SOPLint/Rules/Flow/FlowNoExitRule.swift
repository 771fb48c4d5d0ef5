import SOPCore
import SOPModel

/// Steps from which the end can never be reached: a loop with no way out. Reported once per
/// loop, at its first step (the steps leading into it are stuck because of it).
struct FlowNoExitRule: SOPRule {
    let description = RuleDescription(
        id: "flow-no-exit", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.flowNoExit,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang: {Lengkap: 4, Belum lengkap: 2}
                  - {no: ↓2, uraian: Meminta kelengkapan, pelaksana: petugas}
                  - {no: 3, uraian: Menunggu kelengkapan, pelaksana: petugas, lanjut: 2}
                  - {no: 4, uraian: Menyerahkan berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.loopWithExit),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let graph = file.graph
        guard !graph.starts.isEmpty else { return }
        // A step whose way on could not be read may lead to the end, and so may every step before it.
        var ends = graph.reachesEnd(assumingUnknown: true)
        if !file.unreadableFlow.isEmpty { ends = zip(ends, file.leadsToUnreadableFlow()).map { $0 || $1 } }
        guard ends.contains(true) else { return }  // flow-no-end says it once
        let reached = graph.reachable(from: graph.starts)
        let stuck = zip(reached, ends).map { $0 && !$1 }
        for component in graph.components(of: stuck) {
            let members = Set(component)
            let leaves = component.contains { index in
                graph.successors(of: index).contains { edge in
                    guard case .step(let next)? = edge.node else { return false }
                    return stuck[next] && !members.contains(next)
                }
            }
            guard !leaves, let first = component.first else { continue }
            let step = file.sop.steps[first]
            findings.add(description, Catalog.Lint.noExit(component.map { file.sop.steps[$0].id.value }),
                         at: file.location(step.id), notes: [.init(Catalog.Lint.noExitHint)])
        }
    }
}
