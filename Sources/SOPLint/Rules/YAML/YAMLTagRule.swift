import SOPCore
import SOPYAML

/// Tags (`!!str`, `!nama`) are refused: every value is already read as the text written.
struct YAMLTagRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.tag, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlTag,
        triggering: [
            .sop(identity: "instansi: ↓!!str Dinas Koperasi"),
        ],
        nonTriggering: [
            .sop(identity: "instansi: Dinas Koperasi"),
        ],
        suppressible: false)
}
