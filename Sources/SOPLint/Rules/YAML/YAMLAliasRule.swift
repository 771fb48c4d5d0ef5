import SOPCore
import SOPYAML

/// Aliases (`*name`) are refused: they hide what the SOP says, and alias bombs blow up memory.
struct YAMLAliasRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.alias, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlAlias,
        triggering: [
            .sop(identity: "instansi: &dinas Dinas Koperasi\nunit: ↓*dinas"),
        ],
        nonTriggering: [
            .sop(identity: "instansi: Dinas Koperasi\nunit: Dinas Koperasi"),
        ],
        suppressible: false)
}
