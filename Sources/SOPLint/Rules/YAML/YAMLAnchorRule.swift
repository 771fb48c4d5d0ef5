import SOPCore
import SOPYAML

/// Anchors (`&name`) are refused: an SOP is written out in full, as it is printed.
struct YAMLAnchorRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.anchor, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlAnchor,
        triggering: [
            .sop(identity: "instansi: ↓&dinas Dinas Koperasi"),
        ],
        nonTriggering: [
            .sop(identity: "instansi: \"&dinas Dinas Koperasi\""),
        ],
        suppressible: false)
}
