import Foundation
import Testing

/// Every link of the README and of the benchmark notes to a heading (`[…](#anchor)`, or
/// `[…](FILE.md#anchor)` to the other) and to a file of the repository resolves, so a heading
/// renamed or a section moved cannot leave a reader at a dead link. Anchors as GitHub makes
/// them: the heading's text in lower case, punctuation dropped, spaces as `-`, a repeated
/// heading suffixed `-1`, `-2`.
@Suite("README links")
struct ReadmeLinkTests {
    static let documents = ["README.md", "Tests/Benchmarks/README.md"]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: SOPBinary.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The lines outside fenced code blocks, numbered from 1.
    static func prose(_ text: String) -> [(line: Int, text: Substring)] {
        var inFence = false
        var lines: [(Int, Substring)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if !inFence { lines.append((index + 1, line)) }
        }
        return lines
    }

    static func anchors(_ text: String) -> Set<String> {
        var anchors: Set<String> = []
        var seen: [String: Int] = [:]
        for (_, line) in prose(text) {
            let hashes = line.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { continue }
            let title = line.dropFirst(hashes.count).trimmingCharacters(in: .whitespaces).lowercased()
            let anchor = String(title.unicodeScalars.filter {
                CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == " "
            }.map(Character.init)).replacingOccurrences(of: " ", with: "-")
            let count = seen[anchor, default: 0]
            seen[anchor] = count + 1
            anchors.insert(count == 0 ? anchor : "\(anchor)-\(count)")
        }
        return anchors
    }

    @Test(arguments: documents)
    func everyLinkResolves(document: String) throws {
        let text = try Self.text(document)
        let folder = SOPBinary.root.appendingPathComponent(document).deletingLastPathComponent()
        let link = try Regex(#"\]\(([^)\s]+)\)"#)
        let own = Self.anchors(text)
        var checked = 0
        for (number, line) in Self.prose(text) {
            for match in line.matches(of: link) {
                let target = String(line[match.range].dropFirst(2).dropLast())
                guard !target.hasPrefix("http") else { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                checked += 1
                if file.isEmpty {
                    let found = own.contains(fragment ?? "")
                    #expect(found, "\(document):\(number): no heading for #\(fragment ?? "")")
                    continue
                }
                let url = folder.appendingPathComponent(file).standardizedFileURL
                let exists = FileManager.default.fileExists(atPath: url.path)
                #expect(exists, "\(document):\(number): no file \(file)")
                if let fragment, exists {
                    let other = try String(contentsOf: url, encoding: .utf8)
                    let found = Self.anchors(other).contains(fragment)
                    #expect(found, "\(document):\(number): no heading for \(target)")
                }
            }
        }
        #expect(checked > 5, "\(document): \(checked) links found")
    }

    @Test func anchorsFollowGitHubsRule() {
        let anchors = Self.anchors("# A\n## `sop serve`: the desk in a browser\n```\n# not a heading\n```\n## A\n")
        #expect(anchors == ["a", "sop-serve-the-desk-in-a-browser", "a-1"])
    }
}
