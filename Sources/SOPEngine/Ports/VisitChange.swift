import Foundation

/// What events change in the step-visit rows that reports read: a store applies these with its
/// own SQL, in the same transaction as the events (on append, on copy, on upgrade).
public enum VisitChange: Sendable, Equatable {
    /// `joint`: the step's `bersama` staff roles, which may complete it too (not a column of the
    /// visit's row: the stores' role checks keep them with the open visit).
    case started(VisitRow, joint: [String] = [])
    case completed(step: String, visit: Int, at: Date, by: String, used: Double?)

    public static func changes(of events: [CaseEvent], caseID: CaseID, nomor: String, revision: String) -> [VisitChange] {
        events.compactMap { event in
            switch event.kind {
            case .stepStarted(let payload):
                return .started(VisitRow(caseID: caseID, nomor: nomor, revision: revision, step: payload.step,
                                         visit: payload.visit, role: payload.role, startedAt: event.at, due: payload.due,
                                         completedAt: nil, completedBy: nil, used: nil), joint: payload.joint ?? [])
            case .stepCompleted(let payload):
                return .completed(step: payload.step, visit: payload.visit, at: event.at, by: event.operatorName,
                                  used: payload.used)
            default:
                return nil
            }
        }
    }
}
