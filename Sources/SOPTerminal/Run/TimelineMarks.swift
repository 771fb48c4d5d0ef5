import Foundation
import SOPEngine

/// The events a timeline marks (`RoleMarks`: a role not held, a role other than the step's), each
/// placed under the first visit of its step whose time span holds it; the rest (no step, or no
/// such visit) after the visits.
struct TimelineMarks {
    private var pending: [CaseEvent]

    init(_ events: [CaseEvent]) {
        pending = events.sorted { $0.sequence < $1.sequence }
    }

    /// The marked events of this visit, taken out of those still to place.
    mutating func take(_ visit: StepVisit) -> [CaseEvent] {
        let end = visit.completedAt ?? .distantFuture
        let mine = pending.filter { $0.kind.step == visit.step && $0.at >= visit.startedAt && $0.at <= end }
        let taken = Set(mine.map(\.sequence))
        pending.removeAll { taken.contains($0.sequence) }
        return mine
    }

    /// Those no visit took.
    var rest: [CaseEvent] { pending }
}
