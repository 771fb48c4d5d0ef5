import SOPCore
import SOPModel

/// An optional step may be left out; a decision cannot: where would the flow go?
struct OptionalDecisionRule: SOPRule {
    let description = RuleDescription(
        id: "optional-decision", severity: .error, category: .flow,
        summary: Catalog.Flow.Summary.optionalDecision,
        triggering: [
            .sop(steps: """
                  - ↓no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    opsional: ya
                    keputusan: {cabang: {Lengkap: selesai, Belum: selesai}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menyerahkan lokasi kerja (apabila diperlukan), pelaksana: petugas, opsional: ya}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps where step.drawn.isOptional && step.isDecision {
            findings.add(description, Catalog.Flow.optionalDecision, at: file.location(step.mark))
        }
    }
}
