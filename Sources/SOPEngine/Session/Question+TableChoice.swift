import Foundation
import SOPModel

extension Question {
    /// The question before a case of an SOP whose tables are alternatives is opened: which table
    /// it runs (`TableChoice.decision`), shown like a decision of the table's first step.
    public static func tableChoice(_ decision: Decision, first: Step, at time: Date) -> Question {
        Question(kind: .branch(decision), step: first,
                 visit: StepVisit(step: first.id.value, visit: 1, role: "", startedAt: time, due: nil))
    }
}
