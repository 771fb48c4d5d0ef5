import Foundation
import SOPCore
import SOPYAML
import Testing

@testable import SOPLint

/// Every ```yaml block of the README is checked, so the docs cannot drift: an SOP or a calendar
/// lints without errors or warnings (as `sop lint --strict`), anything else reads as YAML.
@Suite struct ReadmeExamplesTests {
    static func blocks() throws -> [(line: Int, text: String)] {
        let readme = try String(contentsOfFile: Paths.root + "/README.md", encoding: .utf8)
        var blocks: [(Int, String)] = []
        var current: (Int, [Substring])?
        for (number, line) in readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if current == nil, line == "```yaml" {
                current = (number + 2, [])
            } else if let open = current, line == "```" {
                blocks.append((open.0, open.1.joined(separator: "\n") + "\n"))
                current = nil
            } else if current != nil {
                current!.1.append(line)
            }
        }
        return blocks
    }

    /// The SOP's nomor, for a file name whose prefix matches it.
    static func nomor(_ text: String) -> String? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("nomor:") }) else { return nil }
        return line.dropFirst("nomor:".count).split(separator: "#")[0]
            .trimmingCharacters(in: CharacterSet(charactersIn: " \""))
    }

    @Test func everySOPAndCalendarOfTheReadmeLintsClean() throws {
        var checked = 0
        for (line, text) in try Self.blocks() {
            let path: String
            if let nomor = Self.nomor(text) {
                path = "sop/\(nomor)-readme.yaml"
            } else if text.hasPrefix("kalender:") {
                path = "sop/kalender.yaml"
            } else {
                continue
            }
            checked += 1
            let report = lint(text, path: path)
            let problems = report.diagnostics.filter { $0.severity != .note }
            #expect(problems.isEmpty, "README.md:\(line): \(problems.map { "\($0.code.rawValue): \($0.message.en)" })")
        }
        // The language's sample SOP, the calendar and the cookbook's six patterns at least.
        #expect(checked >= 8)
    }

    @Test func everyOtherYAMLBlockReads() throws {
        for (line, text) in try Self.blocks() {
            // A block of comments only (the schema line for editors) holds no YAML to read.
            if text.split(separator: "\n").allSatisfy({ $0.hasPrefix("#") }) { continue }
            let document = YAMLReader.read(Array(text.utf8), path: "README.md", limits: .standard)
            #expect(!document.diagnostics.hasErrors, "README.md:\(line): \(document.diagnostics.map(\.message.en))")
        }
    }
}
