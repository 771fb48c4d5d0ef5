import SOPCore
import SOPEngine
import SOPModel
import SOPTerminal

/// `sop tasks` names a row printed without a number as the run screens do ("tanpa nomor
/// (sesudah 5)"), not by its internal id: the store keeps the id as the step's label.
enum PrintedStepLabels {
    /// The printed labels of the tasks whose step has no number, from the SOPs in the folder
    /// (read only when such a task is listed).
    static func of(_ tasks: [TaskEntry], global: GlobalOptions, language: Language) -> [String: String] {
        let unnumbered = tasks.filter { $0.entry.stepLabel == $0.entry.step }
        guard !unnumbered.isEmpty else { return [:] }
        let sops = ((try? global.loadAll()) ?? []).compactMap(\.sop)
        var labels: [String: String] = [:]
        for task in unnumbered {
            guard let sop = sops.first(where: { $0.nomor == task.nomor }), let step = sop.step(task.entry.step),
                step.number == nil, let label = sop.printedLabel(ofStep: step.id.value)
            else { continue }
            labels[TasksView.labelKey(nomor: task.nomor, step: task.entry.step)] = label.text(language)
        }
        return labels
    }
}
