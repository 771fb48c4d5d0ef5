import SOPCore
import SOPYAML

/// Nothing in the file, or only comments.
struct YAMLEmptyRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.empty, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlEmpty,
        triggering: [
            RuleExample("↓"),
            RuleExample("↓# SOP Pelayanan Pengaduan (belum ditulis)\n"),
        ],
        nonTriggering: [
            .sop(),
        ],
        suppressible: false)
}
