import SOPCore
import SOPModel

/// Two branches of a decision whose labels differ only in case ("Ya" and "ya"): the person
/// deciding could not tell them apart.
struct DecisionDuplicateLabelRule: SOPRule {
    let description = RuleDescription(
        id: "decision-duplicate-label", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.decisionDuplicateLabel,
        triggering: [
            .sop(steps: """
                  - uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang:
                        Ya: selesai
                        ↓ya: selesai
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang:
                        Ya: selesai
                        Tidak: selesai
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard case .decision(let decision) = step.flow else { continue }
            var first: [String: Located<String>] = [:]
            for branch in decision.branches where !branch.isUnlabelled {
                let key = TextKey.folded(branch.label.value)
                if let earlier = first[key] {
                    findings.add(description, Catalog.Lint.decisionDuplicateLabel(branch.label.value),
                                 at: file.location(branch.label),
                                 notes: [.init(Catalog.YAML.firstWrittenHere, at: file.location(earlier))])
                } else {
                    first[key] = branch.label
                }
            }
        }
    }
}
