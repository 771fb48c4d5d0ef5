import SOPCore
import SOPModel

/// A key the SOP language does not have, usually a typo; the nearest key is suggested.
struct UnknownKeyRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.unknownKey, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.unknownKey,
        triggering: [
            .sop(identity: "↓instansii: Dinas Koperasi"),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    ↓lanjt: selesai
                """),
        ],
        nonTriggering: [
            .sop(identity: "instansi: Dinas Koperasi"),
        ],
        suppressible: false)
}
