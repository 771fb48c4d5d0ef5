import SOPCore
import SOPModel

/// `kegiatan: []`: without steps the flow has no start.
struct StepsMissingRule: SOPRule {
    let description = RuleDescription(
        id: "steps-missing", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.stepsMissing,
        triggering: [
            RuleExample(RuleExample.sopText(marking: "kegiatan", steps: "")),
        ],
        nonTriggering: [
            .sop(),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard file.sop.steps.isEmpty, let key = file.keyLocation("kegiatan") else { return }
        findings.add(description, Catalog.Lint.noSteps, at: key)
    }
}
