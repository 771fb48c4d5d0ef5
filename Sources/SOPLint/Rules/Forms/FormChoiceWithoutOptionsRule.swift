import SOPCore
import SOPModel

/// A `pilihan` field with no options to choose from.
struct FormChoiceWithoutOptionsRule: SOPRule {
    let description = RuleDescription(
        id: "form-choice-without-options", severity: .error, category: .forms,
        summary: Catalog.Lint.Summary.formChoiceWithoutOptions,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: cara, label: Cara menghubungi, jenis: ↓pilihan}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: cara, label: Cara menghubungi, jenis: pilihan, pilihan: [Telepon, Datang langsung]}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            for field in step.form where field.type.value == .pilihan && field.options.isEmpty {
                findings.add(description, Catalog.Lint.formChoiceWithoutOptions(field.name.value),
                             at: file.location(field.type))
            }
        }
    }
}
