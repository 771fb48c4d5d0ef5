import SOPCore
import SOPYAML

/// Merge keys (`<<`) are refused: each key is written out.
struct YAMLMergeKeyRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.mergeKey, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlMergeKey,
        triggering: [
            .sop(actors: """
                  - ↓<<: {jenis: staf}
                    id: petugas
                    nama: Petugas
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - id: petugas
                    nama: Petugas
                    jenis: staf
                """),
        ],
        suppressible: false)
}
