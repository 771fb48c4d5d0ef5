import Foundation
import Testing

/// Every YAML example of the README is checked, so the documentation cannot drift: whole SOPs
/// and calendars are linted with `--strict`; SOP fragments (a `mutu_baku`, a `pelaksana` list)
/// are linted inside a minimal SOP; answers files are read by `sop run` against SOP 01; the
/// GitLab job is validated against GitLab's CI schema and its `script` is run with the built
/// `sop`. Blocks of other tools (a GitHub workflow, an editor comment) are named here and left alone.
@Suite("README examples")
struct ReadmeExampleTests {
    struct Block {
        let line: Int
        let text: String

        var firstKey: String {
            let first = text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return first.map { String($0.prefix { $0 != ":" }) } ?? ""
        }
    }

    static func blocks() throws -> [Block] {
        let readme = try String(contentsOf: SOPBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [Block] = []
        var current: [String]?
        var start = 0
        for (index, line) in readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if current == nil, line == "```yaml" {
                current = []
                start = index + 2
            } else if current != nil, line == "```" {
                blocks.append(Block(line: start, text: current!.joined(separator: "\n") + "\n"))
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        return blocks
    }

    /// What a block is, and the file that checks it.
    static func checkable(_ block: Block) -> (name: String, text: String)? {
        let text = block.text
        switch block.firstKey {
        case "nomor": return ("readme-\(block.line).yaml", text)
        case "kalender": return ("kalender.yaml", text)
        case "mutu_baku":
            let indented = text.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
            return ("readme-\(block.line).yaml", "nomor: R\(block.line)\njudul: Contoh\npelaksana:\n  - {id: petugas, nama: Petugas, jenis: staf}\n"
                + "kegiatan:\n  - uraian: Contoh\n    pelaksana: petugas\n" + indented + "\n")
        case "pelaksana":
            let first = text.range(of: "id: ").map { String(text[$0.upperBound...].prefix { $0 != "," }) } ?? "petugas"
            return ("readme-\(block.line).yaml", "nomor: R\(block.line)\njudul: Contoh\n" + text
                + "kegiatan:\n  - {uraian: Contoh, pelaksana: \(first)}\n")
        case "kasus":
            // Checked inside SOP 01, in place of SOP 01's own `kasus:`.
            guard let sop01 = try? String(contentsOf: SOPBinary.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml"), encoding: .utf8)
            else { return nil }
            var lines: [Substring] = []
            var inKasus = false
            for line in sop01.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("kasus:") { inKasus = true; continue }
                if inKasus, line.hasPrefix(" ") || line.isEmpty { continue }
                inKasus = false
                lines.append(line)
            }
            return ("readme-\(block.line).yaml", lines.joined(separator: "\n") + "\n" + text)
        default: return nil
        }
    }

    @Test func everyBlockIsKnown() throws {
        let blocks = try Self.blocks()
        let others = blocks.filter { Self.checkable($0) == nil && $0.firstKey != "sebagai" && $0.firstKey != "sop-lint" }
            .map(\.firstKey)
        // The GitHub workflow and the editor's schema comment are not SOP language.
        #expect(others == ["name", ""], "README YAML blocks nobody checks: \(others)")
        #expect(blocks.count >= 12)
    }

    @Test func sopAndCalendarExamplesLintCleanUnderStrict() throws {
        for block in try Self.blocks() {
            guard let (name, text) = Self.checkable(block) else { continue }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-readme-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let output = try SOPBinary.run(["lint", "--strict", "--lang", "en", file.path])
            #expect(output.status == 0, "README.md:\(block.line): \(output.stdout)\(output.stderr)")
        }
    }

    @Test func theAnswersExampleIsReadBySOPRun() throws {
        let block = try #require(try Self.blocks().first { $0.firstKey == "sebagai" })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("jawaban.yaml")
        try block.text.write(to: answers, atomically: true, encoding: .utf8)
        let run = try SOPBinary.run(["run", "01", "--answers", answers.path, "--operator", "budi"],
                                    environment: ["SOP_DB": folder.appendingPathComponent("sop.sqlite").path,
                                                  "SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"])
        // The example pauses the case at its last line ({tindakan: jeda}).
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kasus dijeda."), "\(run.stdout)")
    }

    // MARK: The GitLab job (tester 12, F15)

    /// The `script` items of a job as written (a `- ` item per line under `  script:`).
    static func scriptLines(of job: String) -> [String] {
        var lines: [String] = []
        var inScript = false
        for line in job.split(separator: "\n") {
            if line == "  script:" { inScript = true; continue }
            guard inScript else { continue }
            guard line.hasPrefix("    - ") else { break }
            lines.append(String(line.dropFirst(6)))
        }
        return lines
    }

    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let testPATH = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"

    static let hasCheckJSONSchema: Bool = {
        (try? SOPBinary.run(["check-jsonschema", "--version"], environment: ["PATH": testPATH],
                            executable: URL(fileURLWithPath: "/usr/bin/env")))?.status == 0
    }()

    @Test func theGitLabJobFailsOnErrorsAndWritesItsReport() throws {
        let block = try #require(try Self.blocks().first { $0.firstKey == "sop-lint" }, "the README's GitLab job")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-readme-gitlab-\(UUID().uuidString)")
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The job, against GitLab's own schema of .gitlab-ci.yml (vendored in check-jsonschema).
        let ci = folder.appendingPathComponent(".gitlab-ci.yml")
        try block.text.write(to: ci, atomically: true, encoding: .utf8)
        if Self.hasCheckJSONSchema || Self.inCI {
            let check = try SOPBinary.run(["check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", ci.path],
                                          environment: ["PATH": Self.testPATH], executable: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(check.status == 0, "README.md:\(block.line): \(check.stdout)\(check.stderr)")
        }
        // Its script, as the runner runs it (one bash, errexit and pipefail), with the built sop
        // where before_script installs it, on a clean, a broken and an emptied SOP folder.
        let lines = Self.scriptLines(of: block.text)
        #expect(lines.count >= 2 && lines.contains { $0.contains("--format gitlab") }, "\(lines)")
        let script = folder.appendingPathComponent("job.sh")
        try ("set -eo pipefail\n" + lines.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("sop"), withDestinationURL: SOPBinary.executable)
        let clean = "nomor: \"01\"\njudul: Contoh\npelaksana:\n  - {id: petugas, nama: Petugas, jenis: staf}\nkegiatan:\n  - {uraian: Menerima berkas, pelaksana: petugas}\n"
        for (name, text, status) in [("bersih", clean, Int32(0)), ("rusak", clean + "  - {uraian: Memeriksa, pelaksana: petugas, lanjut: 9}\n", 1),
                                     ("kosong", nil, 2)] as [(String, String?, Int32)] {
            let repository = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: repository.appendingPathComponent("sop"), withIntermediateDirectories: true)
            if let text { try text.write(to: repository.appendingPathComponent("sop/01-contoh.yaml"), atomically: true, encoding: .utf8) }
            let job = try SOPBinary.run([script.path], environment: ["PATH": bin.path + ":/usr/bin:/bin"], directory: repository,
                                        executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(job.status == status, "\(name): \(job.stdout)\(job.stderr)")
            let report = try Data(contentsOf: repository.appendingPathComponent("gl-code-quality-report.json"))
            let issues = try #require(try JSONSerialization.jsonObject(with: report) as? [[String: Any]], "\(name)")
            switch name {
            case "bersih":
                #expect(issues.isEmpty && job.stdout == "1 berkas, 0 galat, 0 peringatan\n", "\(job.stdout)")
            case "rusak":
                #expect(issues.map { $0["check_name"] as? String } == ["flow-unknown-target"])
                #expect(job.stdout.contains("sop/01-contoh.yaml:7:"), "the readable report in the log: \(job.stdout)")
            default:
                #expect(issues.map { $0["check_name"] as? String } == ["io-no-sop-files"])
            }
        }
    }
}
