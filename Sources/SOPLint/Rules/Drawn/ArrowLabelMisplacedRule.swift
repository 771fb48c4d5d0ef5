import SOPCore
import SOPModel

/// `label_lanjut` labels a step's one plain arrow; a decision labels its branches and `paralel`
/// draws several arrows.
struct ArrowLabelMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "arrow-label-misplaced", severity: .error, category: .flow,
        summary: Catalog.Flow.Summary.arrowLabelMisplaced,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    label_lanjut: ↓Ya
                    keputusan: {cabang: {Lengkap: 2, Belum: selesai}}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Memeriksa berkas, pelaksana: petugas, label_lanjut: Ya}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let label = step.drawn.arrowLabel else { continue }
            if case .next = step.flow { continue }
            findings.add(description, Catalog.Flow.arrowLabelMisplaced, at: file.location(label))
        }
    }
}
