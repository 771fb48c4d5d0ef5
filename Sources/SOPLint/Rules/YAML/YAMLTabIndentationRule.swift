import SOPCore
import SOPYAML

/// A tab in the indentation: YAML indents with spaces only.
struct YAMLTabIndentationRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.tabIndentation, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlTabIndentation,
        triggering: [
            .sop(actors: "↓\t- {id: petugas, nama: Petugas, jenis: staf}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: |-
                      Menerima berkas
                      \tdengan tab di dalam teks
                    pelaksana: petugas
                """),
        ],
        suppressible: false)
}
