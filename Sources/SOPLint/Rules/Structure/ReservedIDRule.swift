import SOPCore
import SOPModel

/// `selesai` marks the end of the flow, so no step may be called that.
struct ReservedIDRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.reservedIdentifier, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.reservedID,
        triggering: [
            .sop(steps: "  - {id: ↓selesai, uraian: Menerima berkas, pelaksana: petugas}"),
        ],
        nonTriggering: [
            .sop(steps: "  - {id: terima, uraian: Menerima berkas, pelaksana: petugas, lanjut: selesai}"),
        ],
        suppressible: false)
}
