import SOPCore
import SOPModel

/// Keys of which one only may be written: a step's `lanjut`, `keputusan` and `paralel`;
/// `efektif` and `pengesahan`.
struct ConflictingKeysRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.conflictingKeys, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.conflictingKeys,
        triggering: [
            .sop(identity: "tanggal:\n  efektif: Maret 2021\n  ↓pengesahan: Maret 2021"),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    lanjut: selesai
                    ↓keputusan:
                      cabang: {Ya: selesai, Tidak: selesai}
                """),
        ],
        nonTriggering: [
            .sop(identity: "tanggal:\n  pengesahan: Maret 2021"),
        ],
        suppressible: false)
}
