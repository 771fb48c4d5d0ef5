import Foundation
import Testing

@Suite("sop lint, run as validators run it")
struct LintTests {
    static let err = "Tests/Fixtures/lint/err"

    /// Each file and folder of the err fixtures, linted on its own against its golden.
    static let errEntries: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: SOPBinary.root.path + "/" + err)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func theSOPFolderIsClean() throws {
        // The calendar lists the holidays of 2026: judged as of a day in 2026.
        let output = try SOPBinary.run(["lint"], environment: ["SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"])
        #expect(output.status == 0)
        #expect(output.stdout == "2 berkas, 0 galat, 0 peringatan\n")
        let nextYear = try SOPBinary.run(["lint"], environment: ["SOP_FIXED_TIME": "2027-01-04T09:00:00+07:00"])
        #expect(nextYear.status == 0, "a warning does not fail without --strict")
        #expect(nextYear.stdout.contains("sop/kalender.yaml:19:1: warning: hari libur tahun 2027 belum dicantumkan (tercantum: 2026)"))
        #expect(try SOPBinary.run(["lint", "--strict"], environment: ["SOP_FIXED_TIME": "2027-01-04T09:00:00+07:00"]).status == 1)
        #expect(output.stderr == "")
    }

    @Test func okFixturesAndTheExamplesAreClean() throws {
        let output = try SOPBinary.run(["lint", "Tests/Fixtures/lint/ok", "Tests/Fixtures/examples", "--lang", "en"])
        #expect(output.status == 0)
        #expect(output.stdout == "12 files, 0 errors, 0 warnings\n")
    }

    @Test func thereAreErrFixtures() {
        #expect(Self.errEntries.count >= 15)
    }

    @Test(arguments: errEntries)
    func errFixtureGivesItsGoldenFindings(entry: String) throws {
        let output = try SOPBinary.run(["lint", Self.err + "/" + entry])
        #expect(output.status == (entry == "peringatan.yaml" ? 0 : 1), "\(entry): \(output.stdout)")
        #expect(output.stderr == "")
        #expect(!output.stdout.hasPrefix("0 berkas") && output.stdout.contains(":"))
        let name = entry.hasSuffix(".yaml") ? String(entry.dropLast(5)) : entry
        try SOPBinary.expectGolden(output.stdout, "lint/err/\(name).txt")
    }

    @Test(arguments: [("text", "err.en.txt"), ("json", "err.json"), ("github", "err.github.txt"), ("sarif", "err.sarif.json"),
                      ("gitlab", "err.gitlab.json")])
    func theWholeErrFolderInEveryFormat(format: String, golden: String) throws {
        let output = try SOPBinary.run(["lint", Self.err, "--format", format, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr == "")
        // SARIF names the working directory (the checkout) as %SRCROOT%: the golden says ROOT.
        let root = "\"file://\(SOPBinary.root.resolvingSymlinksInPath().path)/\""
        try SOPBinary.expectGolden(output.stdout.replacingOccurrences(of: root, with: "\"file:///ROOT/\""), "lint/\(golden)")
        if format == "json" || format == "sarif" {
            #expect(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) is [String: Any])
        }
        if format == "gitlab" {
            #expect(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) is [[String: Any]])
        }
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let path = Self.err + "/peringatan.yaml"
        #expect(try SOPBinary.run(["lint", path]).status == 0)
        let strict = try SOPBinary.run(["lint", "--strict", path])
        #expect(strict.status == 1)
        #expect(strict.stdout.hasSuffix("1 berkas, 0 galat, 2 peringatan\n"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let path = Self.err + "/nip.yaml"
        #expect(!(try SOPBinary.run(["lint", path]).stdout.contains("\u{1B}[")))
        let command = "'\(SOPBinary.executable.path)' lint \(path)"
        let terminal = try SOPBinary.run(["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(terminal.stdout.contains("\u{1B}[1;31merror:"), "\(terminal.stdout)")
        let noColour = try SOPBinary.run(["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"],
                                         executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(noColour.stdout.contains("error:") && !noColour.stdout.contains("\u{1B}["))
    }

    @Test("Bad flags and paths are usage errors (exit 2)", arguments: [
        ["lint", "--format", "xml"], ["lint", "--sop-dir", "/nonexistent/sop"],
        ["lint", "--bogus"], ["lint", "--lang", "fr"], ["schema", "extra"],
    ])
    func usageErrors(arguments: [String]) throws {
        let output = try SOPBinary.run(arguments)
        #expect(output.status == 2, "\(arguments): \(output.stderr)")
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("sop: galat: "), "\(arguments): \(output.stderr)")
    }

    @Test func missingPathsAreNamed() throws {
        // Reported in its place among the files (tester 10, finding 1: KeteranganExitsReceiptAndMissingPathsTests).
        let output = try SOPBinary.run(["lint", "sop", "/nonexistent/sop.yaml"])
        #expect(output.status == 2 && output.stderr == "")
        #expect(output.stdout.hasPrefix("/nonexistent/sop.yaml: error: '/nonexistent/sop.yaml' tidak ditemukan [io-unreadable]\n"),
                "\(output.stdout)")
        let folder = try SOPBinary.run(["lint", "--lang", "en"], directory: URL(fileURLWithPath: "/"))
        #expect(folder.status == 2)
        #expect(folder.stderr == "sop: error: SOP folder 'sop' not found; use --sop-dir or SOP_DIR\n")
    }

    @Test func anUnreadableFileExitsTwoAfterReportingEverything() throws {
        let folder = try SOPBinary.folder(["01-a.yaml": "nomor: \"01\"\n"])
        // A link to nothing: listed as an SOP file, but it cannot be opened.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sop/02-hilang.yaml").path,
                                                   withDestinationPath: "/nonexistent/02.yaml")
        let output = try SOPBinary.run(["lint"], directory: folder)
        #expect(output.status == 2)
        #expect(output.stdout.contains("sop/01-a.yaml:1:1: error: kunci wajib 'judul' tidak ada di SOP [missing-key]"))
        #expect(output.stdout.contains("error: tidak dapat membaca 'sop/02-hilang.yaml': berkas tidak ada [io-unreadable]"))
        #expect(output.stdout.hasSuffix("2 berkas, 4 galat, 0 peringatan\n"))
    }

    @Test func theSOPFolderComesFromTheEnvironmentToo() throws {
        let output = try SOPBinary.run(["lint"], environment: ["SOP_DIR": "Tests/Fixtures/examples"])
        #expect(output.status == 0 && output.stdout == "6 berkas, 0 galat, 0 peringatan\n")
        // An SOP folder with no SOP file fails (tester 12, F16: LintInCITests).
        let empty = try SOPBinary.run(["lint"], directory: try SOPBinary.folder([:]))
        #expect(empty.status == 2)
        #expect(empty.stderr == "")
        #expect(empty.stdout.hasPrefix("sop: error: tidak ada berkas SOP (*.yaml, *.yml) di folder 'sop'"), "\(empty.stdout)")
    }

    @Test func rulesAreListed() throws {
        let output = try SOPBinary.run(["lint", "--rules"])
        #expect(output.status == 0)
        try SOPBinary.expectGolden(output.stdout, "lint/rules.txt")
        let english = try SOPBinary.run(["lint", "--rules", "--lang", "en"])
        try SOPBinary.expectGolden(english.stdout, "lint/rules.en.txt")
        let json = try SOPBinary.run(["lint", "--rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count == output.stdout.split(separator: "\n").count - 1)
    }

    @Test func readmeDocumentsEveryRule() throws {
        let readme = try String(contentsOf: SOPBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        let listed = try SOPBinary.run(["lint", "--rules", "--lang", "en"]).stdout.split(separator: "\n").dropFirst()
        let ids = listed.compactMap { $0.split(separator: " ").first.map(String.init) }
        let missing = ids.filter { !readme.contains("| `\($0)` |") }
        #expect(ids.count > 50 && missing.isEmpty, "README's rules table lacks \(missing)")
    }

    @Test func schemaPrintsTheCommittedSchema() throws {
        let output = try SOPBinary.run(["schema"])
        #expect(output.status == 0)
        let committed = try String(contentsOf: SOPBinary.root.appendingPathComponent("Schemas/sop.schema.json"), encoding: .utf8)
        #expect(output.stdout == committed)
    }
}
