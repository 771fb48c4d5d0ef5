import Foundation
import SOPCore
import SOPModel

/// Completing a step as the SOP draws its flow (issue 10): implicit joins, rows of several
/// boxes, optional steps, outcome ends.
extension Engine {
    /// An unlabelled exit named by its target: "7", "ke 7", "kegiatan 7" (the row it leads to).
    /// "ke kegiatan 5" as offered, "ke 5", "5": the printed row (`Branch.targetRow`, as
    /// `RowNumber` compares it: "3a" for a row printed 3.a), else the target's id.
    static func unlabelledBranch(_ text: String, in decision: Decision) -> Branch? {
        var name = text.lowercased()
        for suffix in [Catalog.Flow.noLabel.id, Catalog.Flow.noLabel.en] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count)).trimmingWhitespace()
        }
        var stripped = true
        while stripped {
            stripped = false
            for prefix in ["kegiatan ", "ke ", "to ", "step "] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count)).trimmingWhitespace()
                stripped = true
            }
        }
        var matches = decision.branches.filter { $0.isUnlabelled && $0.targetRow.map { RowNumber.same($0, name) } == true }
        if matches.isEmpty { matches = decision.branches.filter { $0.isUnlabelled && $0.leadsToRow(name) } }
        return matches.count == 1 ? matches[0] : nil
    }

    /// A decision's exits as the desk names them (`Catalog.RowTargets.exitList`).
    static func exits(of decision: Decision) -> [(label: String, row: String)] {
        decision.branches.map { ($0.label.value, $0.targetRow ?? $0.target.value.text) }
    }

    /// Leaving out an optional step, with its reason: recorded, and the flow goes on.
    func skip(_ step: Step, visit: StepVisit, reason: String, state: CaseState, at time: Date) throws(EngineError)
        -> [CaseEvent.Kind]
    {
        guard step.drawn.isOptional else { throw EngineError(Catalog.SkippedSteps.notOptional(label(step))) }
        let reason = reason.trimmingWhitespace()
        guard !reason.isEmpty else { throw EngineError(Catalog.Flow.skipNeedsReason) }
        if case .decision = step.flow { throw EngineError(Catalog.Flow.skipDecision(label(step))) }
        return completion(of: step, visit: visit, state: state, at: time, skipped: reason)
    }

    /// The events of completing (or skipping) a step: where the flow goes next, joins, and the end.
    ///
    /// - A step reached while another active step can still reach it in this pass (down the
    ///   table, not through a loop back) waits for it (a join without `menunggu`): no step is
    ///   started twice because a join was not written.
    /// - A plain arrow into a row of boxes done together starts every box of the row.
    /// - Completing a box of a `pilihan` row withdraws the other boxes of the row.
    /// - A step with `hasil_akhir` ends the case with that outcome, withdrawing what is active.
    func completion(of step: Step, visit: StepVisit, state: CaseState, at time: Date, skipped: String?)
        -> [CaseEvent.Kind]
    {
        // A row of several boxes is judged once, at the box that ends the pass through it.
        let rowOpen = closesRow(visit, in: state) == false
        let used = skipped != nil || rowOpen ? nil
            : standard(of: step, startingAt: rowStart(of: visit), in: state, current: visit).map { self.used($0, to: time, in: state) }
        // An end capsule beside the box (or on the decision's exit) ends the case with the box.
        let capsules = graph.index(of: step.id.value).map { endCapsules(after: step, index: $0, visit: visit) } ?? []
        let outcome = step.drawn.outcome?.value ?? endingExit(of: step, visit: visit, in: state)
            ?? capsules.lazy.compactMap { self.graph.steps[$0].drawn.outcome?.value }.first
        let carried = (outcome == nil || !capsules.isEmpty) && skipped == nil ? exitOutcome(of: step, visit: visit) : nil
        var events: [CaseEvent.Kind] = [
            .stepCompleted(.init(step: step.id.value, visit: visit.visit, used: used, skipped: skipped, outcome: outcome,
                                 rowOpen: rowOpen ? true : nil, branchOutcome: carried))
        ]
        var active = state.active.map(\.step).filter { $0 != step.id.value }
        func withdraw(_ id: String, reason: String) {
            guard let other = state.visit(of: id) else { return }
            events.append(.stepCompleted(.init(step: id, visit: other.visit, skipped: reason)))
            active.removeAll { $0 == id }
        }
        if outcome != nil {
            for id in active { withdraw(id, reason: Catalog.Flow.withdrawnByOutcome.text(.id)) }
            return events + [.caseCompleted]
        }
        guard let index = graph.index(of: step.id.value) else { return events }
        if let row = facts.boxRow[index], sop.steps.rowKind(of: row) == .pilihan
        {
            for sibling in row where sibling != index {
                withdraw(graph.steps[sibling].id.value, reason: Catalog.Flow.alternativeChosen(label(step)).text(.id))
            }
        }
        var arrivals = state.joinArrivals
        var waiting = Set(arrivals.keys)
        // A step waits only for what is on its way to it in this pass: a loop back brings a
        // new pass, never one the join should wait for (so the boxes of a row inside a loop,
        // which reach each other only through the loop, start together each time).
        func activeCanReach(_ target: Int) -> Bool {
            active.contains { id in graph.index(of: id).map { graph.reachesInPass(from: $0, to: target) } ?? false }
        }
        var startedNow: [(index: Int, rowStarted: Date?)] = []
        func start(_ next: Step, previousRole: String) {
            active.append(next.id.value)
            waiting.remove(next.id.value)
            arrivals[next.id.value] = nil
            let visitNumber = (state.visits[next.id.value] ?? 0) + 1
            let nextIndex = graph.index(of: next.id.value) ?? 0
            let rowStarted = rowStarted(of: nextIndex, after: visit, startedNow: startedNow, state: state, at: time)
            startedNow.append((nextIndex, rowStarted))
            events.append(.stepStarted(begin(next, visit: visitNumber, previousRole: previousRole, at: time, state: state,
                                             rowStarted: rowStarted)))
        }
        for nextIndex in nextSteps(of: step, index: index, visit: visit) where !capsules.contains(nextIndex) {
            let next = graph.steps[nextIndex]
            let nextID = next.id.value
            if next.waitsFor.contains(where: { $0.value == step.id.value }) {
                arrivals[nextID, default: []].insert(step.id.value)
                let waited = Set(next.waitsFor.map(\.value))
                guard waited.isSubset(of: arrivals[nextID] ?? []) else {
                    events.append(.joinArrived(.init(step: nextID, from: step.id.value)))
                    waiting.insert(nextID)
                    continue
                }
            } else if next.waitsFor.isEmpty, !active.contains(nextID), activeCanReach(nextIndex) {
                // Another branch still on its way here: wait for it (an implicit join).
                arrivals[nextID, default: []].insert(step.id.value)
                events.append(.joinArrived(.init(step: nextID, from: step.id.value)))
                waiting.insert(nextID)
                continue
            }
            // Two paths into a step that is already being worked on merge into it.
            guard !active.contains(nextID) else { continue }
            start(next, previousRole: visit.role)
        }
        // Implicit joins nothing active can reach any more start now, in table order.
        var released = !waiting.isEmpty  // nothing waits at a join: nothing to release
        let flow = graph  // the sort below need not copy the whole engine
        while released {
            released = false
            for id in waiting.sorted(by: { (flow.index(of: $0) ?? 0) < (flow.index(of: $1) ?? 0) }) {
                guard let waitIndex = graph.index(of: id), graph.steps[waitIndex].waitsFor.isEmpty,
                    !active.contains(id), !activeCanReach(waitIndex)
                else { continue }
                start(graph.steps[waitIndex], previousRole: visit.role)
                released = true
                break
            }
        }
        if active.isEmpty { events.append(.caseCompleted) }
        return events
    }

    /// The steps the flow enters after a step: the chosen branch, or the step's edges, a plain
    /// arrow into a row of boxes done together entering every box.
    func nextSteps(of step: Step, index: Int, visit: StepVisit) -> [Int] {
        if case .decision(let decision) = step.flow {
            guard let chosen = visit.branch, let target = graph.index(of: chosen.target) else { return [] }
            // A branch drawn forking into several rows starts them all.
            let branch = decision.branches.first { $0.label.value == chosen.label && $0.target.value.text == chosen.target }
            var result = [target]
            for extra in branch?.alsoTargets ?? [] {
                if case .step(let id) = extra.value, let index = graph.index(of: id), !result.contains(index) { result.append(index) }
            }
            return result
        }
        var result: [Int] = []
        for edge in graph.successors(of: index) {
            guard case .step(let next)? = edge.node else { continue }
            for box in edge.isPlain ? graph.entered[next] : next..<next + 1 where !result.contains(box) { result.append(box) }
        }
        return result
    }
}
