import Foundation
import SOPModel

/// A printed row of several boxes at the desk (issue 10): its Mutu Baku cells belong to the
/// whole row. A pass through the row begins when its first box to run starts (the Kelengkapan is
/// asked there) and ends when its last box to run is done (the Output is asked there); the row's
/// Waktu times the pass once, from that first start to that last end.
extension Engine {
    /// The moment a visit's standard counts from: the start of its pass through the row.
    public func rowStart(of visit: StepVisit) -> Date { visit.rowStartedAt ?? visit.startedAt }

    /// Whether the visit asks the row's Kelengkapan: it is not a later box of a pass.
    public func asksKelengkapan(_ visit: StepVisit, index: Int) -> Bool {
        facts.rowPass[index] == nil || visit.rowStartedAt == nil
    }

    /// Whether the visit ends its pass through the row, and so asks the row's Output and is
    /// judged on the row's Waktu: no other box of the row is still open and the flow does not go
    /// on to a box of the row. Nil while a decision's branch, not yet chosen, decides it.
    public func closesRow(_ visit: StepVisit, in state: CaseState?) -> Bool? {
        guard let index = graph.index(of: visit.step) else { return true }
        return closesRow(visit, index: index, in: state)
    }

    /// The same, for the visit's step at `index` in the flow (the session's every question).
    func closesRow(_ visit: StepVisit, index: Int, in state: CaseState?) -> Bool? {
        guard let row = facts.rowPass[index] else { return true }
        let step = graph.steps[index]
        if let state, state.active.contains(where: { $0.step != visit.step && graph.index(of: $0.step).map(row.contains) == true }) {
            return false
        }
        if let state, pathOnItsWay(into: row, besides: visit, in: state) { return false }
        if case .decision(let decision) = step.flow, visit.branch == nil {
            let staysInRow = decision.branches.flatMap(\.targets).contains { target in
                guard case .step(let id) = target.value, let next = graph.index(of: id) else { return false }
                return row.contains(next) && !facts.endCapsule[next]
            }
            return staysInRow ? nil : true
        }
        // An end capsule beside the box is no box of the pass: the box closes the row.
        return !nextSteps(of: step, index: index, visit: visit).contains { row.contains($0) && !facts.endCapsule[$0] }
    }

    /// The end capsules (`SOP.isEndCapsule`) the flow enters after a step when they are all it
    /// enters: the step closes them with itself, none is started as a step of its own.
    func endCapsules(after step: Step, index: Int, visit: StepVisit) -> [Int] {
        let next = nextSteps(of: step, index: index, visit: visit)
        return !next.isEmpty && next.allSatisfy({ facts.endCapsule[$0] }) ? next : []
    }

    /// For a box about to start after `visit` was done: the start of the pass it continues
    /// through its row (handed on from a box of the row, started with another box of the row,
    /// or while one is still open), nil when it begins a pass.
    func rowStarted(of next: Int, after visit: StepVisit, startedNow: [(index: Int, rowStarted: Date?)],
                    state: CaseState, at time: Date) -> Date?
    {
        guard let row = facts.rowPass[next] else { return nil }
        if let from = graph.index(of: visit.step), row.contains(from) { return rowStart(of: visit) }
        if let sibling = startedNow.first(where: { row.contains($0.index) && $0.index != next }) {
            return sibling.rowStarted ?? time
        }
        if let open = state.active.first(where: { $0.step != visit.step && graph.index(of: $0.step).map(row.contains) == true }) {
            return rowStart(of: open)
        }
        // A box of the row done while a separate path was still on its way to this one: the
        // same pass, unless this box was already done in it (then a loop entered the row again).
        let pass = openPass(of: row, in: state)
        guard let last = pass.last, !pass.contains(where: { $0.step == graph.steps[next].id.value }) else { return nil }
        return rowStart(of: last)
    }

    /// The boxes of the row done in its pass still going on (each done with `rowOpen`), in the
    /// order they were done; empty when the row's last pass ended.
    func openPass(of row: Range<Int>, in state: CaseState) -> [StepVisit] {
        var pass: [StepVisit] = []
        for done in state.completed.reversed() where graph.index(of: done.step).map(row.contains) == true {
            guard done.rowOpen else { break }
            pass.insert(done, at: 0)
        }
        return pass
    }

    /// Whether another active step, outside the row, is on its way forward (down the table, no
    /// loop back) to a box of the row not yet done in its pass: a separate path (`terpisah`)
    /// that has not reached the row yet, and will: a decision on it whose exit may lead away
    /// from the row (to a later row, the end, or back up the table) does not hold the pass open,
    /// or the row's Output would never be asked should it branch away. The pass goes on until
    /// the path has reached the row.
    func pathOnItsWay(into row: Range<Int>, besides visit: StepVisit, in state: CaseState) -> Bool {
        let done = Set(openPass(of: row, in: state).map(\.step) + [visit.step])
        var known: [Int: Bool] = [:]
        /// Whether the flow from `index` comes, whatever is chosen, to a box of the row not yet done.
        func mustReach(_ index: Int) -> Bool {
            if row.contains(index) { return !done.contains(graph.steps[index].id.value) && !facts.endCapsule[index] }
            if let answer = known[index] { return answer }
            known[index] = false  // no cycle forward; guards against one all the same
            let targets = graph.targets(of: index)
            let answer: Bool
            if case .decision = graph.steps[index].flow {
                let leaves = graph.successors(of: index).contains { edge in
                    guard case .step(let next)? = edge.node else { return true }  // the end, or no step
                    return next <= index || next >= row.upperBound
                }
                answer = !leaves && !targets.isEmpty && targets.allSatisfy(mustReach)
            } else {
                answer = targets.contains { $0 > index && $0 < row.upperBound && mustReach($0) }
            }
            known[index] = answer
            return answer
        }
        return state.active.contains { active in
            guard active.step != visit.step, let index = graph.index(of: active.step), index < row.lowerBound else { return false }
            return mustReach(index)
        }
    }
}

/// Output items of a row of several boxes assigned to one box (`{butir, oleh}`): asked at that
/// box, when it is done, by whoever records it; the row's other items at the box ending a pass.
extension Engine {
    /// Item text → the id of the box producing it, for the row's Output cell at `index`.
    func outputOwners(of index: Int) -> [String: String] {
        guard let row = facts.rowPass[index] else { return [:] }
        return graph.steps[row.lowerBound].mutuBaku.outputBy.mapValues(\.value)
    }

    /// The row's Output items a box lists on its screen: those it produces, and the row's items
    /// no box claims (asked at the box ending the pass); never another box's own item.
    /// Nil in a row whose items name no box (every item asked at the box ending the pass).
    public func boxOutput(of index: Int) -> BoxOutput? {
        let owners = outputOwners(of: index)
        guard !owners.isEmpty else { return nil }
        let step = graph.steps[index].id.value
        let items = facts.output[index].map(\.value)
        return BoxOutput(own: items.filter { owners[$0] == step }, row: items.filter { owners[$0] == nil }, owners: owners)
    }
}

/// A box's share of its row's Output cell when items name the box producing them (`oleh`).
public struct BoxOutput: Sendable {
    /// The items this box produces: listed and asked at it, when it is done.
    public let own: [String]
    /// The row's items no box claims: asked at the box ending the pass.
    public let row: [String]
    /// Every claimed item → the id of its box.
    public let owners: [String: String]
}
