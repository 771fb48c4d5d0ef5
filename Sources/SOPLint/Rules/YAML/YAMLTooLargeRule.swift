import SOPCore
import SOPYAML

/// A file above 1 MiB is refused before it is parsed: an SOP is a few kilobytes.
struct YAMLTooLargeRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.tooLarge, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlTooLarge,
        triggering: [
            .generated(Localized(id: "SOP dengan komentar sepanjang 2 MiB", en: "an SOP with a 2 MiB comment")) {
                Array(RuleExample.sopText().utf8) + Array("# ".utf8) + [UInt8](repeating: 0x78, count: 2 << 20)
            },
        ],
        nonTriggering: [
            .sop(),
        ],
        suppressible: false)
}
