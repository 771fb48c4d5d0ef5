import SOPCore
import SOPModel

/// `panah: tidak` hides a step's one plain arrow to the next step it leads to (two boxes
/// printed one under the other with no arrow between them). A step without such an arrow (a
/// decision, `paralel`, an end, `berhenti`, `hasil_akhir`) has none to hide, and a label on an
/// arrow that is not drawn cannot be printed.
struct HiddenArrowMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "hidden-arrow-misplaced", severity: .error, category: .flow,
        summary: Catalog.TableConnectors.Summary.hiddenArrowMisplaced,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    panah: ↓tidak
                    keputusan: {cabang: {Lengkap: 2, Belum: selesai}}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas, panah: ↓tidak}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas, label_lanjut: Ya, panah: ↓tidak}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Memperbaiki perangkat, pelaksana: petugas, panah: tidak}
                  - {no: 2, uraian: Menguji perbaikan, pelaksana: petugas}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas, lanjut: 2, panah: tidak}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas, panah: ya}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        guard steps.contains(where: { $0.drawn.arrowHidden?.value == true }) else { return }
        let graph = FlowGraph(file.sop)
        for (index, step) in steps.enumerated() {
            guard let hidden = step.drawn.arrowHidden, hidden.value else { continue }
            var plain = false
            if case .next = step.flow, step.drawn.arrowLabel == nil {
                let edges = graph.successors(of: index)
                plain = edges.count == 1 && edges.allSatisfy { edge in
                    guard edge.isPlain, case .step? = edge.node else { return false }
                    return true
                }
            }
            if !plain { findings.add(description, Catalog.TableConnectors.hiddenArrowMisplaced, at: file.location(hidden)) }
        }
    }
}
