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
            // Indented deeper than its sibling 'no' (a note says so, not the quoting one).
            RuleExample("""
                nomor: "01"
                kegiatan:
                  - no: 6
                      uraian↓: Memeriksa
                """),
            // A printed dash item inside [ ] (a note says to quote it).
            RuleExample("""
                nomor: "01"
                output: [↓- Formulir]
                """),
        ],
        nonTriggering: [
            .sop(identity: "instansi: \"Dinas: Koperasi\""),
        ],
        suppressible: false)
}
