import Foundation
import SOPModel

/// A case's row passes rebuilt from its stored history (desk5, an outside tester's finding 1).
/// Every box that continues a pass through its printed row records the pass's start on its
/// `step-started` event (`rowStarted`), and a new session reads it back from the store. Stores
/// written between be9b1c9 and desk5 lost it: the answer's fast payload path (`payloadText`)
/// left the key out, so a row's second box opened in a new session (`sop run --case`, the web
/// step page) asked the row's Kelengkapan again and timed the row from its own start. A case
/// read from a store is folded here: a box's start without `rowStarted` gets it again from the
/// events, by the engine's own rule (`rowStarted(of:after:startedNow:state:at:)`) replayed on the
/// state the case had when the box started.
extension Engine {
    /// The state of a case read from a store: its events folded, each row pass's start restored
    /// where a stored box start left it out.
    public func state(of id: CaseID, events: [CaseEvent]) -> CaseState {
        var state = CaseState(id: id)
        // The completion whose events are being folded: the box done, the state before it, and
        // the boxes it started so far (the `startedNow` of `completion(of:…)`).
        var completion: (visit: StepVisit, before: CaseState, at: Date, started: [(index: Int, rowStarted: Date?)])?
        var previous: CaseEvent.Kind?
        for var event in events {
            switch event.kind {
            case .stepCompleted(let done):
                // Withdrawals follow their completion at once (an alternative chosen): the same batch.
                let withdrawal = done.skipped != nil && completion?.at == event.at && { if case .stepCompleted? = previous { true } else { false } }()
                if !withdrawal { completion = state.visit(of: done.step).map { ($0, state, event.at, []) } }
            case .stepStarted(var started):
                guard var current = completion, current.at == event.at, let index = graph.index(of: started.step) else { break }
                if started.rowStarted == nil, facts.rowPass[index] != nil {
                    started.rowStarted = rowStarted(of: index, after: current.visit, startedNow: current.started,
                                                    state: current.before, at: event.at)
                    event.kind = .stepStarted(started)
                }
                current.started.append((index, started.rowStarted))
                completion = current
            case .joinArrived:
                break
            default:
                completion = nil
            }
            previous = event.kind
            state.apply(event)
        }
        return state
    }
}
