import SOPCore
import SOPYAML

/// libyaml cannot read the file: an unclosed bracket, a stray ':', a bad indentation.
struct YAMLSyntaxRule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.syntax, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlSyntax,
        triggering: [
            RuleExample("""
                nomor: "01"
                judul: [Contoh
                ↓
                """),
            RuleExample("""
                nomor: "01"
                judul: Contoh↓: Pelayanan
                """),
        ],
        nonTriggering: [
            .sop(identity: "instansi: \"Dinas: Koperasi\""),
        ],
        suppressible: false)
}
