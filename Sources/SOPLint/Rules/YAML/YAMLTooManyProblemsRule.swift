import SOPCore
import SOPYAML

/// After 100 problems the reader stops, and says so.
struct YAMLTooManyProblemsRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.tooManyProblems, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlTooManyProblems,
        triggering: [
            .generated(Localized(id: "berkas dengan 120 anchor", en: "a file with 120 anchors")) {
                Array((0..<120).map { "kunci\($0): &a\($0) nilai\n" }.joined().utf8)
            },
        ],
        nonTriggering: [
            .sop(),
        ],
        suppressible: false)
}
