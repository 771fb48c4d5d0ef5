import SOPCore
import SOPModel

/// Two SOPs in one folder with the same nomor (in any case and spacing, as lookups compare
/// them): `sop show 01` could not tell them apart.
/// Reported on every file after the first (in path order).
struct NomorDuplicateRule: CrossFileRule {
    /// The fact an SOP file leaves for this rule.
    static let fact = "nomor"

    let description = RuleDescription(
        id: "nomor-duplicate", severity: .error, category: .identity,
        summary: Catalog.Lint.Summary.nomorDuplicate,
        triggering: [
            .sop(nomor: "↓\"01\"", file: "01-b.yaml",
                 siblings: [.init("01-a.yaml", RuleExample.sopText())]),
        ],
        nonTriggering: [
            .sop(nomor: "\"02\"", file: "02-b.yaml",
                 siblings: [.init("01-a.yaml", RuleExample.sopText())]),
        ])

    func check(path: String, facts: [String: Located<String>], memory: inout CrossFileMemory,
               into findings: inout Findings) {
        guard let nomor = facts[Self.fact] else { return }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let key = "\(Self.fact)\u{0}\(folder)\u{0}\(ShortCode.key(nomor.value))"
        let here = Location(file: path, mark: nomor.mark, length: nomor.length)
        if let first = memory.firstSeen[key] {
            findings.add(description, Catalog.Lint.nomorDuplicate(nomor.value), at: here,
                         notes: [.init(Catalog.Lint.firstUsedHere, at: first)])
        } else {
            memory.firstSeen[key] = here
        }
    }
}
