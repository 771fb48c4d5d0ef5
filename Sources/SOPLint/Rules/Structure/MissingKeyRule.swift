import SOPCore
import SOPModel

/// A required key is not written: nomor, judul, pelaksana and kegiatan; a step's uraian and
/// pelaksana; an actor's id, nama and jenis; a decision's cabang; a form field's nama and jenis.
struct MissingKeyRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.missingKey, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.missingKey,
        triggering: [
            RuleExample("""
                ↓nomor: "01"
                pelaksana:
                  - {id: petugas, nama: Petugas, jenis: staf}
                kegiatan:
                  - {uraian: Menerima berkas, pelaksana: petugas}
                """),
            .sop(steps: "  - ↓{uraian: Menerima berkas}"),
        ],
        nonTriggering: [
            .sop(),
        ],
        suppressible: false)
}
