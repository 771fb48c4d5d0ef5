import SOPCore
import SOPYAML

/// Nesting beyond 32 levels is refused: no SOP needs it, and it guards the reader.
struct YAMLTooDeepRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.tooDeep, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlTooDeep,
        triggering: [
            RuleExample("judul: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[↓[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan:
                        - {butir: KTP, wajib: ya}
                """),
        ],
        suppressible: false)
}
