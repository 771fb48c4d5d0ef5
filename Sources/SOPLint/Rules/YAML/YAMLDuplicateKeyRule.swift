import SOPCore
import SOPYAML

/// The same key twice in one mapping: which one counts would be a guess.
struct YAMLDuplicateKeyRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.duplicateKey, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlDuplicateKey,
        triggering: [
            .sop(identity: "↓judul: Pelayanan Pengaduan"),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    ↓uraian: Memeriksa berkas
                """),
        ],
        nonTriggering: [
            .sop(identity: "instansi: Dinas Koperasi"),
        ],
        suppressible: false)
}
