import SOPCore
import SOPModel

/// A `wajib` that is neither ya nor tidak.
struct InvalidBooleanRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.invalidBoolean, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.invalidBoolean,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan:
                        - {butir: KTP, wajib: ↓mungkin}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan:
                        - {butir: KTP, wajib: ya}
                        - {butir: Surat pengantar, wajib: Tidak}
                """),
        ],
        suppressible: false)
}
