import SOPCore
import SOPEngine
import SOPModel
import SOPTerminal

/// `sop tasks` names a row printed without a number as the run screens do ("tanpa nomor
/// (sesudah 5)"), not by its internal id: the store keeps the id as the step's label. And it
/// names a step of an outside party, or a joint row, as the step screen does ("BKN Kantor
/// Regional I (dicatat oleh Analis Kepegawaian BKPSDM)"), not by the recording role alone.
enum PrintedStepLabels {
    /// The printed labels of the tasks whose step has no number, and the performer lines of the
    /// tasks whose step is not its role's alone, from the SOP revision each task's case follows
    /// (`PinnedSOPs`: each revision parsed once; the folder is not read), by `TasksView.labelKey`.
    static func of(_ tasks: [TaskEntry], pinned: PinnedSOPs, language: Language)
        -> (labels: [String: String], performers: [String: String])
    {
        var labels: [String: String] = [:], performers: [String: String] = [:]
        for task in tasks {
            guard let sop = pinned.sop(task.revision, case: task.caseID), let step = sop.step(task.entry.step) else { continue }
            let key = TasksView.labelKey(nomor: task.nomor, revision: task.revision, step: task.entry.step)
            if task.entry.stepLabel == task.entry.step, step.number == nil, let label = sop.printedLabel(ofStep: step.id.value) {
                labels[key] = label.text(language)
            }
            performers[key] = sop.performerLineBesidesRole(ofStep: step.id.value, role: task.entry.role, language)
        }
        return (labels, performers)
    }
}
