import SOPCore
import SOPModel

/// Parallel work that no step joins: no step `menunggu` (waits for) a step on every branch,
/// so nothing says when the work done at the same time is complete.
struct ParallelNoJoinRule: SOPRule {
    let description = RuleDescription(
        id: "parallel-no-join", severity: .warning, category: .flow,
        summary: Catalog.Lint.Summary.parallelNoJoin,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Membagi tugas, pelaksana: petugas, ↓paralel: [catat, periksa]}
                  - {id: catat, no: 2, uraian: Mencatat berkas, pelaksana: petugas, lanjut: selesai}
                  - {id: periksa, no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: selesai}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.splitAndJoin),
            .sop(steps: """
                  - {no: 1, uraian: Membagi tugas, pelaksana: petugas, paralel: [catat, periksa]}
                  - {id: catat, no: 2, baris: terpisah, uraian: Mencatat berkas, pelaksana: petugas}
                  - {id: periksa, no: 2, uraian: Memeriksa berkas, pelaksana: petugas, berhenti: ya}
                  - {no: 3, uraian: Menutup berkas, pelaksana: petugas}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let graph = file.graph
        guard !file.hasUnknownTargets, !file.reachesUnreadableFlow else { return }  // flow-unknown-target, the loader's finding first
        let joins = file.sop.steps.indices.map { graph.awaited(by: $0).compactMap(\.index) }.filter { !$0.isEmpty }
        var reach = ReachCache(graph: graph)
        for (index, step) in file.sop.steps.enumerated() {
            guard case .parallel = step.flow else { continue }
            let branches = Set(graph.successors(of: index).compactMap { edge -> Int? in
                guard case .step(let to)? = edge.node else { return nil }
                return to
            })
            // A branch whose path stops inside a row (berhenti) is drawn not to join.
            let joining = branches.filter { branch in
                !reach.from(branch).indices.contains { reach.from(branch)[$0] && file.sop.steps[$0].drawn.stops?.value == true }
            }
            guard joining.count >= 2 else { continue }
            let joined = joins.contains { awaited in
                joining.allSatisfy { branch in awaited.contains { reach.from(branch)[$0] } }
            }
            if !joined {
                findings.add(description, Catalog.Lint.parallelNoJoin(step.id.value),
                             at: file.keyLocation(step: index, key: "paralel"))
            }
        }
    }
}
