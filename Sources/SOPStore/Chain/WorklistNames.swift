import SOPCore
import SOPEngine

extension PinnedRevisionAudit {
    /// The worklist's display names against the revision the case follows: each waiting step's
    /// label and its role's name, as `sop tasks`, the picker and the web worklist show them (the
    /// projection writes them from the same revision). A name changed by hand would show a desk
    /// another step or role than the one waiting.
    func worklistNameBreaks(caseID: String, _ tasks: [ArchivedTask]) -> [ChainBreak] {
        func text(_ task: ArchivedTask, label: String, roleName: String) -> String { "\(task.step)#\(task.visit) '\(label)' '\(roleName)'" }
        var stored: [String] = []
        var expected: [String] = []
        for task in tasks {
            let label = engine.sop.step(task.step).map { $0.number ?? $0.id.value } ?? task.step
            let roleName = engine.facts.actor(task.role)?.lineName ?? task.role
            guard task.stepLabel != label || task.roleName != roleName else { continue }
            stored.append(text(task, label: task.stepLabel, roleName: task.roleName))
            expected.append(text(task, label: label, roleName: roleName))
        }
        guard let broken = ChainBreak.derived(caseID: caseID, Catalog.Verify.worklistNames, stored: stored.sorted().joined(separator: ", "),
                                              events: expected.sorted().joined(separator: ", "))
        else { return [] }
        return [broken]
    }
}
