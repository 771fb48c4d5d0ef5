import SOPCore
import Testing

@testable import SOPYAML

func read(_ text: String, limits: ReaderLimits = .standard) -> YAMLDocument {
    YAMLReader.read(Array(text.utf8), path: "t.yaml", limits: limits)
}

func codes(_ document: YAMLDocument) -> [String] {
    document.diagnostics.map(\.code.rawValue)
}

func marks(_ document: YAMLDocument) -> [String] {
    document.diagnostics.map { d in d.location.map { "\($0.line):\($0.column)" } ?? "-" }
}

@Suite("Scalars stay the text written")
struct ScalarTests {
    @Test("YAML 1.1 look-alikes are text", arguments: [
        ("nomor: 01", "01"), ("a: NO", "NO"), ("a: yes", "yes"), ("a: on", "on"), ("a: 08", "08"),
        ("a: 1:30", "1:30"), ("a: ~", "~"), ("a: 1e3", "1e3"), ("a: 0x1F", "0x1F"), ("a: .5", ".5"),
        ("a: null", "null"), ("a: 2021-03-01", "2021-03-01"), ("a: 'quoted'", "quoted"), ("a: \"x\\ty\"", "x\ty"),
    ])
    func lookAlikes(source: String, expected: String) throws {
        let document = read(source + "\n")
        #expect(document.diagnostics.isEmpty)
        let value = try #require(document.root?.mapping?.pairs.first?.value.scalar)
        #expect(value.value == expected)
    }

    @Test func nodesCarryOneBasedMarks() throws {
        let document = read("judul: Contoh\nkegiatan:\n  - uraian: satu\n    no: 1\n")
        let root = try #require(document.root?.mapping)
        #expect(root.mark == Mark(line: 1, column: 1))
        #expect(root.pairs[0].key.mark == Mark(line: 1, column: 1))
        #expect(root.pairs[0].value.mark == Mark(line: 1, column: 8))
        let step = try #require(root["kegiatan"]?.sequence?.items.first?.mapping)
        #expect(step.mark == Mark(line: 3, column: 5))
        #expect(step["no"]?.mark == Mark(line: 4, column: 9))
        #expect(step["no"]?.scalar?.length == 1)
    }

    @Test func emptyValueIsAnEmptyPlainScalar() throws {
        let document = read("peringatan:\n")
        let value = try #require(document.root?.mapping?["peringatan"])
        #expect(value.isEmptyValue)
        #expect(read("a: ''\n").root?.mapping?["a"]?.isEmptyValue == false)
    }
}

@Suite("Refused constructs")
struct RefusalTests {
    @Test func duplicateKeyNamesBothPlaces() throws {
        let document = read("judul: a\nnomor: 1\njudul: b\n")
        #expect(codes(document) == ["yaml-duplicate-key"])
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.location?.mark == Mark(line: 3, column: 1))
        #expect(diagnostic.notes.first?.location?.mark == Mark(line: 1, column: 1))
        #expect(document.root?.mapping?["judul"]?.scalar?.value == "a")
    }

    @Test func anchorsAndAliasesAreRefused() {
        let document = read("a: &x satu\nb: *x\n")
        #expect(codes(document) == ["yaml-anchor", "yaml-alias"])
        #expect(marks(document) == ["1:4", "2:4"])
    }

    @Test func mergeKeyIsRefused() {
        let document = read("a:\n  <<: {b: c}\n  d: e\n")
        #expect(codes(document) == ["yaml-merge-key"])
        #expect(document.root?.mapping?["a"]?.mapping?.pairs.map(\.key.value) == ["d"])
    }

    @Test("Tags are refused, standard and custom", arguments: ["a: !!str 01\n", "a: !rahasia x\n", "a: !!map {b: c}\n"])
    func tagsAreRefused(source: String) {
        #expect(codes(read(source)) == ["yaml-tag"])
    }

    @Test func complexKeysAreRefused() {
        #expect(codes(read("? [a, b]\n: c\n")) == ["yaml-complex-key"])
    }

    @Test func aliasBombIsRefusedWithBoundedWork() {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        let document = read(lines.joined(separator: "\n") + "\n")
        #expect(document.diagnostics.count <= ReaderLimits.standard.maxDiagnostics + 1)
        #expect(codes(document).first == "yaml-anchor")
        #expect(codes(document).contains("yaml-alias"))
        #expect(codes(document).last == "yaml-too-many-problems")
        // Reading stopped at the bound: no tree is built, nothing was ever expanded.
        #expect(document.root == nil)
    }

    @Test func multipleDocumentsAreRefused() {
        let document = read("a: 1\n---\nb: 2\n")
        #expect(codes(document) == ["yaml-multiple-documents"])
        #expect(marks(document) == ["2:1"])
    }
}

@Suite("Bounds and encodings")
struct BoundsTests {
    @Test func oversizedFileIsRefusedBeforeParsing() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: (1 << 20) + 1)
        let document = YAMLReader.read(bytes, path: "big.yaml")
        #expect(codes(document) == ["yaml-too-large"])
        #expect(document.diagnostics.first?.message.en.contains("1048577 bytes") == true)
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let document = read("a: " + deep + "\n")
        #expect(codes(document) == ["yaml-too-deep"])
        #expect(document.root == nil)
        var block = ""
        for level in 0..<40 { block += String(repeating: "  ", count: level) + "k\(level):\n" }
        #expect(codes(read(block + String(repeating: "  ", count: 40) + "x\n")) == ["yaml-too-deep"])
    }

    @Test func nestingWithinTheBoundIsRead() {
        var block = ""
        for level in 0..<20 { block += String(repeating: "  ", count: level) + "k\(level):\n" }
        #expect(read(block + String(repeating: "  ", count: 20) + "x\n").diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Array("judul: a\nuraian: Pel".utf8)
        bytes.append(0xFF)
        bytes += Array("apor\n".utf8)
        let document = YAMLReader.read(bytes, path: "t.yaml")
        #expect(codes(document) == ["yaml-invalid-utf8"])
        #expect(marks(document) == ["2:12"])
        #expect(document.diagnostics.first?.message.en.contains("0xFF") == true)
    }

    /// Tester 12, F18: "é" saved as Latin-1 is 0xE9 before an ASCII letter; 0xE9 is the byte at
    /// fault (not the letter), at its own column, and the note says what the file looks saved as.
    @Test func theByteAtFaultIsNamedWithItsPlaceAndTheEncodingItLooksSavedIn() throws {
        let latin1 = YAMLReader.read(Array("a: 1\nb: R".utf8) + [0xE9] + Array("sepsionis\n".utf8), path: "t")
        #expect(marks(latin1) == ["2:5"])
        let error = try #require(latin1.diagnostics.first)
        #expect(error.message.id == "byte 0xE9 di baris 2 kolom 5 bukan UTF-8 yang sah; simpan berkas dengan pengodean UTF-8")
        #expect(error.message.en == "byte 0xE9 at line 2, column 5 is not valid UTF-8; save the file with UTF-8 encoding")
        #expect(error.notes.map(\.message.en) == ["this file looks saved as Latin-1/Windows-1252, where 0xE9 is 'é'; save it again as UTF-8"])
        // A sequence cut short names its lead byte; nothing is guessed from a continuation byte.
        let cut = YAMLReader.read([0x61, 0x3A, 0x20, 0xE2, 0x82, 0x41, 0x0A], path: "t")
        #expect(cut.diagnostics.first?.message.en.hasPrefix("byte 0xE2 at line 1, column 4 ") == true)
        #expect(cut.diagnostics.first?.notes.isEmpty == true)
        // UTF-16, with or without its byte order mark.
        let bom: [UInt8] = [0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }
        let noBOM: [UInt8] = Array("nomor: 1\n".utf8).flatMap { [$0, 0] } + [0xFF]
        for bytes in [bom, noBOM] {
            let document = YAMLReader.read(bytes, path: "t")
            #expect(document.diagnostics.first?.notes.first?.message.en.hasPrefix("this file looks saved as UTF-16") == true,
                    "\(document.diagnostics.map { $0.message.en })")
        }
    }

    @Test func overlongAndTruncatedSequencesAreInvalid() {
        #expect(codes(YAMLReader.read([0x61, 0x3A, 0x20, 0xC0, 0xAF], path: "t")) == ["yaml-invalid-utf8"])
        #expect(codes(YAMLReader.read([0x61, 0x3A, 0x20, 0xE2, 0x82], path: "t")) == ["yaml-invalid-utf8"])
        #expect(codes(YAMLReader.read([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80], path: "t")) == ["yaml-invalid-utf8"])
    }

    @Test func multibyteTextAndBOMAreFine() throws {
        let document = YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("a: “Pelapor” – ✓\n".utf8), path: "t")
        #expect(document.diagnostics.isEmpty)
        #expect(document.root?.mapping?["a"]?.scalar?.value == "“Pelapor” – ✓")
    }

    @Test func tabIndentationIsLocated() {
        let document = read("kegiatan:\n\t- uraian: x\n")
        #expect(codes(document) == ["yaml-tab-indentation"])
        #expect(marks(document) == ["2:1"])
        let nested = read("a:\n  b: 1\n  \tc: 2\n")
        #expect(codes(nested).first == "yaml-tab-indentation")
        #expect(marks(nested).first == "3:3")
    }

    @Test func tabsInsideBlockTextAreText() {
        let document = read("uraian: |\n  baris satu\n  \tbaris dua\nno: 1\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.root?.mapping?["uraian"]?.scalar?.value == "baris satu\n\tbaris dua\n")
    }

    @Test("Empty files", arguments: ["", "\n\n", "# hanya komentar\n", "---\n", "   \n"])
    func emptyFiles(source: String) {
        let document = read(source)
        #expect(codes(document) == ["yaml-empty"])
        #expect(marks(document) == ["1:1"])
        #expect(document.root == nil)
    }
}

@Suite("Syntax errors read like a compiler's")
struct SyntaxErrorTests {
    func formatted(_ source: String, language: Language = .id) -> String {
        let document = read(source)
        let formatter = DiagnosticFormatter(language: language, colour: false, sources: ["t.yaml": document.source])
        return formatter.format(document.diagnostics)
    }

    @Test func mappingValueInPlainScalar() {
        #expect(formatted("judul: a: b\n") == """
            t.yaml:1:9: error: tanda ':' tidak boleh di sini (nilai pemetaan tidak diizinkan dalam konteks ini) [yaml-syntax]
              1 | judul: a: b
                |         ^
            note: teks yang memuat ': ' ditulis dalam tanda kutip: uraian: "Syarat: KTP dan KK"

            """)
    }

    /// The indentation sentence leads; libyaml's words follow as a note (tester 12, F22).
    @Test func badIndentationInEnglish() {
        #expect(formatted("kegiatan:\n  - uraian: a\n pelaksana: b\n", language: .en) == """
            t.yaml:3:2: error: line 3 is indented less deep (column 2) than the key 'uraian' on line 2 (column 5); if 'pelaksana' is its sibling, write it straight under it, at column 5 [yaml-syntax]
              3 |  pelaksana: b
                |  ^
            note: did not find expected key
            t.yaml:1:1: note: while parsing a block mapping started here
              1 | kegiatan:
                | ^

            """)
    }

    @Test func unclosedQuoteNamesWhereItOpened() {
        #expect(formatted("judul: \"Pelayanan\nnomor: 01\n") == """
            t.yaml:3:1: error: berkas berakhir sebelum unsur ini selesai [yaml-syntax]
              3 | 
                | ^
            t.yaml:1:8: note: saat membaca teks berkutip yang dimulai di sini
              1 | judul: "Pelayanan
                |        ^

            """)
    }

    @Test func controlCharacterIsLocated() {
        let document = read("judul: a\u{7}b\n")
        #expect(codes(document) == ["yaml-syntax"])
        #expect(marks(document) == ["1:9"])
    }

    @Test func problemsBeforeASyntaxErrorAreAllReported() {
        let document = read("a: &x 1\na: 2\nb: [\n")
        #expect(codes(document) == ["yaml-anchor", "yaml-duplicate-key", "yaml-syntax"])
    }
}
