import SOPCore
import SOPModel

/// A `lanjut`, a branch, a `paralel` target or a `menunggu` naming no step.
struct FlowUnknownTargetRule: SOPRule {
    let description = RuleDescription(
        id: "flow-unknown-target", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.flowUnknownTarget,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, lanjut: ↓periksa}"),
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang: {Lengkap: 2, Belum lengkap: ↓O}
                  - {no: 2, uraian: Menyerahkan berkas, pelaksana: petugas, menunggu: [↓siap]}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang: {Lengkap: 2, Ditolak: selesai}
                  - {no: 2, uraian: Menyerahkan berkas, pelaksana: petugas, lanjut: selesai}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let graph = file.graph
        let steps = file.sop.steps
        let ids = steps.map(\.id.value)
        func note(_ id: String) -> Diagnostic.Note {
            // A number printed on several rows of one table: their boxes, to pick one.
            if let rows = steps.rowsByNumber[id], rows.count > 1 {
                return .init(Catalog.RowTargets.ambiguousRow(id, rows: rows.map { $0.map { steps[$0].id.value } }))
            }
            // A near miss among word ids; for numbers a guess ('1' for '10') misleads: list the ids
            // and the rows a number may name.
            guard id.contains(where: \.isLetter), let near = Suggestion.closest(to: id, among: ids),
                near.contains(where: \.isLetter)
            else { return .init(Catalog.Lint.stepIDs(steps.targetNames)) }
            return .init(Catalog.didYouMean(near))
        }
        for index in file.sop.steps.indices {
            for edge in graph.successors(of: index) where edge.node == nil {
                guard let written = edge.written else { continue }
                findings.add(description, Catalog.Lint.unknownTarget(Self.key(edge.kind), written.value.text),
                             at: file.location(written), notes: [note(written.value.text)])
            }
            for (id, awaited) in graph.awaited(by: index) where awaited == nil {
                findings.add(description, Catalog.Lint.unknownAwaited(id.value), at: file.location(id),
                             notes: [note(id.value)])
            }
        }
    }

    static func key(_ kind: FlowGraph.Edge.Kind) -> String {
        switch kind {
        case .nextRow, .next: "lanjut"
        case .branch: "cabang"
        case .parallel: "paralel"
        }
    }
}
