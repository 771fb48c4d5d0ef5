import SOPCore
import SOPModel

/// A row the case comes back to (a decision's loop back) asks its form again: the previous
/// pass's answers are offered, and an answer left empty keeps them (tester 16, finding 10). The
/// terminal (Enter keeps, the prompt shows the value masked) and the web desk (an empty field
/// keeps, the page shows a personal value masked, never in clear) decide it here alike.
extension CaseState {
    /// The field's answer in the step's latest completed pass; nil on a first pass.
    public func previousAnswer(_ field: String, step: String) -> String? {
        completed.last { $0.step == step && $0.fields[field] != nil }?.fields[field]
    }

    /// What an answer means on a pass with a previous answer: typed, itself; left empty, the
    /// previous pass's (then validated as any answer).
    public static func keeping(_ typed: String, previous: String?) -> String {
        typed.trimmingWhitespace().isEmpty ? previous ?? typed : typed
    }
}
