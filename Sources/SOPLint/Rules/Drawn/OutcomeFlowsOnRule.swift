import SOPCore
import SOPModel

/// `hasil_akhir` ends the case: a decision, `paralel` or a `lanjut` to another step on the same
/// step could never be followed.
struct OutcomeFlowsOnRule: SOPRule {
    let description = RuleDescription(
        id: "outcome-flows-on", severity: .error, category: .flow,
        summary: Catalog.Flow.Summary.outcomeFlowsOn,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Memeriksa tuduhan, pelaksana: petugas, hasil_akhir: ↓Pemeriksaan dihentikan, lanjut: 2}
                  - {no: 2, uraian: Menyusun laporan, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa tuduhan
                    pelaksana: petugas
                    keputusan: {cabang: {Terbukti: 3, Tidak terbukti: 2}}
                  - {no: 2, uraian: Pemeriksaan dihentikan, pelaksana: petugas, simbol: terminator, hasil_akhir: Tidak terbukti}
                  - {no: 3, uraian: Menyusun laporan, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let outcome = step.drawn.outcome else { continue }
            let key: String?
            switch step.flow {
            case .decision: key = "keputusan"
            case .parallel: key = "paralel"
            case .next(let target?) where target.value != .end: key = "lanjut"
            case .next: key = nil
            }
            if let key { findings.add(description, Catalog.Flow.outcomeFlowsOn(key), at: file.location(outcome)) }
        }
    }
}
