import Foundation
import SOPCore
import SOPModel

/// Two SOP files in one folder whose names start with the same short code ("19-izin.yaml" and
/// "19-reklame.yaml", or "7-…" and "07-…"): `sop run 19` could not tell them apart. Files that
/// share their nomor too are `nomor-duplicate`'s to report, once.
struct ShortCodeDuplicateRule: CrossFileRule {
    /// The fact an SOP file leaves for this rule: its short code, located at its nomor.
    static let fact = "kode-pendek"

    let description = RuleDescription(
        id: "short-code-duplicate", severity: .error, category: .identity,
        summary: Catalog.Numbering.Summary.shortCodeDuplicate,
        triggering: [
            .sop(nomor: "↓800/16/BKD", file: "19-reklame.yaml",
                 siblings: [.init("19-izin.yaml", RuleExample.sopText(nomor: "800/15/BKD"))]),
        ],
        nonTriggering: [
            .sop(nomor: "800/16/BKD", file: "20-reklame.yaml",
                 siblings: [.init("19-izin.yaml", RuleExample.sopText(nomor: "800/15/BKD"))]),
        ])

    func check(path: String, facts: [String: Located<String>], memory: inout CrossFileMemory,
               into findings: inout Findings) {
        guard let code = facts[Self.fact] else { return }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let key = "\(Self.fact)\u{0}\(folder)\u{0}\(ShortCode.key(code.value))"
        let here = Location(file: path, mark: code.mark, length: code.length)
        if let first = memory.firstSeen[key] {
            if let nomor = facts[NomorDuplicateRule.fact],
                memory.firstSeen["\(NomorDuplicateRule.fact)\u{0}\(folder)\u{0}\(ShortCode.key(nomor.value))"]?.file == first.file
            {
                return
            }
            findings.add(description, Catalog.Numbering.shortCodeDuplicate(code.value, file: (path as NSString).lastPathComponent),
                         at: here, notes: [.init(Catalog.Numbering.otherFile, at: first)])
        } else {
            memory.firstSeen[key] = here
        }
    }
}
