import SOPCore
import Testing

@Suite struct DiagnosticFormatterTests {
    let source = SourceFile(path: "sop/01.yaml", text: "nomor: \"01\"\njudul:\tPelayanan\n")

    @Test func underlinesTheSpanAndPrintsNotes() {
        let diagnostic = Diagnostic.error(
            "yaml-duplicate-key", Localized(id: "kunci ganda", en: "duplicate key"),
            at: Location(file: "sop/01.yaml", mark: Mark(line: 2, column: 8), length: 9),
            notes: [.init(Localized(id: "lihat", en: "see"), at: Location(file: "sop/01.yaml", mark: .start, length: 5)),
                    .init(Localized(id: "saran", en: "hint"))])
        let text = DiagnosticFormatter(language: .en, colour: false, sources: ["sop/01.yaml": source]).format(diagnostic)
        #expect(text == """
            sop/01.yaml:2:8: error: duplicate key [yaml-duplicate-key]
              2 | judul: Pelayanan
                |        ^~~~~~~~~
            sop/01.yaml:1:1: note: see
              1 | nomor: "01"
                | ^~~~~
            note: hint

            """)
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic.warning("w", Localized(verbatim: "x"), at: nil)
        #expect(!DiagnosticFormatter(language: .id, colour: false).format(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticFormatter(language: .id, colour: true).format(diagnostic).contains("\u{1B}[1;33mwarning:"))
    }

    @Test func spanIsClampedToTheLine() {
        let diagnostic = Diagnostic.error("e", Localized(verbatim: "x"),
                                          at: Location(file: "sop/01.yaml", mark: Mark(line: 1, column: 9), length: 50))
        let text = DiagnosticFormatter(language: .id, colour: false, sources: ["sop/01.yaml": source]).format(diagnostic)
        #expect(text.hasSuffix("  1 | nomor: \"01\"\n    |         ^~~\n"))
    }
}

@Suite struct LanguageTests {
    @Test func flagWinsOverEnvironment() {
        #expect(Language.detect(arguments: ["sop", "show", "--lang", "en"], environment: ["LANG": "id_ID"]) == .en)
        #expect(Language.detect(arguments: ["sop", "--lang=id"], environment: ["LANG": "en_US.UTF-8"]) == .id)
    }

    @Test func environmentDecidesOtherwise() {
        #expect(Language.detect(arguments: [], environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.detect(arguments: [], environment: ["LC_ALL": "en_GB", "LANG": "id_ID"]) == .en)
        #expect(Language.detect(arguments: [], environment: ["LANG": "C.UTF-8"]) == .id)
        #expect(Language.detect(arguments: [], environment: [:]) == .id)
    }
}

@Suite struct SuggestionTests {
    @Test func typosFindTheirWord() {
        #expect(Suggestion.closest(to: "judl", among: ["judul", "nomor"]) == "judul")
        #expect(Suggestion.closest(to: "kegaitan", among: ["kegiatan", "pelaksana"]) == "kegiatan")
        #expect(Suggestion.closest(to: "zzz", among: ["judul", "nomor"]) == nil)
    }
}
