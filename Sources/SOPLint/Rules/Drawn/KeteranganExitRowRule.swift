import SOPCore
import SOPModel

/// A decision with unlabelled exits whose Keterangan says "jika X … ke N" for a row N none of
/// its exits leads to (tester 14, F1): the desk cannot use the Keterangan's words for the exits,
/// and without this the writer is not told why.
struct KeteranganExitRowRule: SOPRule {
    let description = RuleDescription(
        id: "keterangan-exit-row", severity: .warning, category: .flow,
        summary: Catalog.DecisionExits.keteranganRowSummary,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                  - no: 2
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: [{ke: 3a}, {ke: 1}]}
                    keterangan: ↓Jika lengkap lanjut ke 4, jika tidak kembali ke 1
                  - {no: 3a, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                  - no: 2
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: [{ke: 3a}, {ke: 1}]}
                    keterangan: Jika lengkap lanjut ke 3.a, jika tidak kembali ke 1
                  - {no: 3a, uraian: Mencatat berkas, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard case .decision(let decision) = step.flow, decision.branches.contains(where: \.isUnlabelled),
                let text = step.keterangan
            else { continue }
            for clause in KeteranganExits.clauses(text) where !decision.branches.contains(where: { $0.leadsToRow(clause.row) }) {
                let exits = decision.branches.map { $0.targetRow ?? $0.target.value.text }
                findings.add(description, Catalog.DecisionExits.keteranganRow(clause.row, exits: exits),
                             at: file.location(step.keteranganMark ?? step.mark),
                             notes: [.init(Catalog.DecisionExits.keteranganRowFix)])
            }
        }
    }
}
