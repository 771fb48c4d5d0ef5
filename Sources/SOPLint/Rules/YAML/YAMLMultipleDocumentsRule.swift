import SOPCore
import SOPYAML

/// Several YAML documents (`---`) in one file: one file is one SOP.
struct YAMLMultipleDocumentsRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.multipleDocuments, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlMultipleDocuments,
        triggering: [
            RuleExample(RuleExample.sopText() + "↓---\nnomor: \"02\"\n"),
        ],
        nonTriggering: [
            RuleExample("---\n" + RuleExample.sopText()),
        ],
        suppressible: false)
}
