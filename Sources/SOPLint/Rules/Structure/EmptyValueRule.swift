import SOPCore
import SOPModel

/// A required value, or an item of a list, written empty.
struct EmptyValueRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.emptyValue, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.emptyValue,
        triggering: [
            .sop(steps: "  - {uraian: ↓\"\", pelaksana: petugas}"),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      output: [Berkas, ↓""]
                """),
        ],
        nonTriggering: [
            .sop(identity: "instansi:\nunit: \"\""),
        ],
        suppressible: false)
}
