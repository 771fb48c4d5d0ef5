import SOPCore
import SOPModel

/// Two fields of one form with the same name: the second would overwrite the first's data.
struct FormDuplicateFieldRule: SOPRule {
    let description = RuleDescription(
        id: "form-duplicate-field", severity: .error, category: .forms,
        summary: Catalog.Lint.Summary.formDuplicateField,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: nama, label: Nama pemohon, jenis: teks}
                      - {nama: ↓nama, label: Nama usaha, jenis: teks}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: nama, label: Nama pemohon, jenis: teks}
                      - {nama: nama_usaha, label: Nama usaha, jenis: teks}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            var first: [String: Located<String>] = [:]
            for field in step.form {
                if let earlier = first[field.name.value] {
                    findings.add(description, Catalog.Lint.formDuplicateField(field.name.value),
                                 at: file.location(field.name),
                                 notes: [.init(Catalog.YAML.firstWrittenHere, at: file.location(earlier))])
                } else {
                    first[field.name.value] = field.name
                }
            }
        }
    }
}
