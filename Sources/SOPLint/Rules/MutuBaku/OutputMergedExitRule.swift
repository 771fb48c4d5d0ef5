import SOPCore
import SOPModel

/// An exit leaving an Output cell merged over several rows (`output_gabung_sampai`) before its
/// last row, the row where the desk asks the cell's output, to a way that never comes back to
/// that row: a case going that way produces none of it. Often right (a refused file gets no
/// permit), so a warning the author silences with a reason, or answers by ending the cell earlier.
struct OutputMergedExitRule: SOPRule {
    let description = RuleDescription(
        id: "output-merged-exit", severity: .warning, category: .mutuBaku,
        summary: Catalog.MergedCells.outputMergedExitSummary,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {output: [Izin terbit], output_gabung_sampai: 3}}
                  - no: 2
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: {Lengkap: 3, Tidak lengkap: ↓selesai}}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {output: [Izin terbit], output_gabung_sampai: 3}}
                  - no: 2
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: {Lengkap: 3, Tidak lengkap: 1}}
                  - {no: 3, uraian: Menerbitkan izin, pelaksana: petugas}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps, graph = file.graph
        guard steps.contains(where: { $0.mutuBaku.outputMergedThrough != nil }) else { return }
        for (first, step) in steps.enumerated() {
            guard let through = step.mutuBaku.outputMergedThrough,
                let last = graph.index(of: through.value), last > first
            else { continue }  // output-merged says it
            let cell = first...last
            for index in first..<last {
                for edge in graph.successors(of: index) {
                    let target: String
                    switch edge.node {
                    case .end?: target = "selesai"
                    case .step(let next)?:
                        guard !cell.contains(next), !graph.canReach(from: next, to: last) else { continue }
                        target = steps[next].number ?? steps[next].id.value
                    case nil: continue
                    }
                    let label = { (index: Int) in steps[index].number ?? steps[index].id.value }
                    findings.add(description, Catalog.MergedCells.outputMergedExit(label(index), to: target, first: label(first), last: label(last)),
                                 at: edge.written.map { file.location($0) } ?? file.location(steps[index].id),
                                 notes: [.init(Catalog.MergedCells.outputMergedExitFix)])
                }
            }
        }
    }
}
