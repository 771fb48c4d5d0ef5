import SOPCore
import SOPModel

/// A value outside its choices: an actor's jenis, a step's simbol, a form field's jenis.
struct InvalidChoiceRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.invalidChoice, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.invalidChoice,
        triggering: [
            .sop(actors: "  - {id: petugas, nama: Petugas, jenis: ↓staff}"),
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, simbol: ↓lingkaran}"),
        ],
        nonTriggering: [
            .sop(actors: "  - {id: petugas, nama: Petugas, jenis: Staf}"),
        ],
        suppressible: false)
}
