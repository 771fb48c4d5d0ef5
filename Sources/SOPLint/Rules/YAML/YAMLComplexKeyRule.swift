import SOPCore
import SOPYAML

/// A key written as a list or a mapping (`? [a, b]`): keys are words.
struct YAMLComplexKeyRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.complexKey, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlComplexKey,
        triggering: [
            .sop(identity: "? ↓[instansi, unit]\n: Dinas Koperasi"),
        ],
        nonTriggering: [
            .sop(identity: "instansi: Dinas Koperasi"),
        ],
        suppressible: false)
}
