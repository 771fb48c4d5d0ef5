import SOPCore
import SOPYAML

/// The bytes are not UTF-8 (a file saved as Windows-1252, say).
struct YAMLInvalidUTF8Rule: Rule {
    let description = RuleDescription(
        id: YAMLReader.Code.invalidUTF8, severity: .error, category: .yaml,
        summary: Catalog.Lint.Summary.yamlInvalidUTF8,
        triggering: [
            .generated(Localized(id: "judul berisi byte 0xE9 (é dalam Windows-1252)",
                                 en: "a judul with byte 0xE9 (é in Windows-1252)")) {
                Array("nomor: \"01\"\njudul: Caf".utf8) + [0xE9] + Array("\n".utf8)
            },
        ],
        nonTriggering: [
            .sop(identity: "instansi: Dinas Koperasi — Kota Malang (é, ü, ñ)"),
        ],
        suppressible: false)
}
