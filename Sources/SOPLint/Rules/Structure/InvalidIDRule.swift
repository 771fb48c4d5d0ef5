import SOPCore
import SOPModel

/// An id with spaces or punctuation: ids are letters, digits, '-', '_' and '.'.
struct InvalidIDRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.invalidIdentifier, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.invalidID,
        triggering: [
            .sop(actors: "  - {id: ↓petugas loket, nama: Petugas, jenis: staf}",
                 steps: "  - {uraian: Menerima berkas, pelaksana: ↓petugas loket}"),
        ],
        nonTriggering: [
            .sop(actors: "  - {id: petugas-loket_1.a, nama: Petugas, jenis: staf}",
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas-loket_1.a}"),
        ],
        suppressible: false)
}
