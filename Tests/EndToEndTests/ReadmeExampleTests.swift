import Foundation
import Testing

/// Every YAML example of the README is checked, so the documentation cannot drift: whole SOPs
/// and calendars are linted with `--strict`; SOP fragments (a `mutu_baku`, a `pelaksana` list)
/// are linted inside a minimal SOP; answers files are read by `sop run` against SOP 01. Blocks
/// of other tools (a GitHub workflow, an editor comment) are named here and left alone.
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
        let others = blocks.filter { Self.checkable($0) == nil && $0.firstKey != "sebagai" }.map(\.firstKey)
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
}
