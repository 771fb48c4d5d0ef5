import SOPCore
import SOPModel

/// Options on a field that is not `pilihan`: they are never offered.
struct FormOptionsUnusedRule: SOPRule {
    let description = RuleDescription(
        id: "form-options-unused", severity: .warning, category: .forms,
        summary: Catalog.Lint.Summary.formOptionsUnused,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: cara, label: Cara menghubungi, jenis: teks, pilihan: [↓Telepon, Datang langsung]}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: cara, label: Cara menghubungi, jenis: pilihan, pilihan: [Telepon, Datang langsung]}
                      - {nama: catatan, label: Catatan, jenis: teks}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            for field in step.form where field.type.value != .pilihan {
                guard let first = field.options.first else { continue }
                findings.add(description, Catalog.Lint.formOptionsUnused(field.name.value, type: field.type.value.rawValue),
                             at: file.location(first))
            }
        }
    }
}
