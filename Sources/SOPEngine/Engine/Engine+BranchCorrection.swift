import Foundation
import SOPCore
import SOPModel

/// Correcting the branch of a case's latest decision (tester 34, F3): a failed vehicle sent on
/// as "Lulus uji? Ya" went to the desk printing its Kartu Uji, and nobody could send it back.
extension Engine {
    typealias BranchWords = Catalog.BranchCorrection

    /// The events of correcting the branch of decision `stepID` (its id or printed number) to
    /// `choice`, by its role (the one that took it), with a reason. Allowed while the decision's
    /// visit is the case's latest completed one and the visits its branch started have recorded
    /// nothing (they were only started): those are closed as corrected (a completion with a
    /// `skipped` reason, which reports count neither as done nor as skipped), and the corrected
    /// branch's target starts as a completion of the decision would have started it.
    func branchCorrection(_ stepID: String, choice: String, reason: String, state: CaseState, actor: Operator, at time: Date)
        throws(EngineError) -> [CaseEvent.Kind]
    {
        guard state.status == .open else { throw EngineError(Words.notOpen(state.status.rawValue)) }
        func isDecision(_ step: Step) -> Bool { if case .decision = step.flow { true } else { false } }
        func numbered(_ step: Step) -> Bool { step.number.map { RowNumber.same($0, stepID) } == true }
        let decisions = sop.steps.filter(isDecision)
        guard let step = sop.step(stepID) ?? decisions.first(where: numbered) ?? sop.steps.first(where: numbered)
        else {
            throw EngineError(DeskWords.correctionUnknownStep(stepID, known: sop.steps.map(label)))
        }
        guard case .decision(let decision) = step.flow else {
            throw EngineError(BranchWords.notADecision(label(step), decisions: decisions.map(label)))
        }
        let id = step.id.value
        guard let taken = state.completed.last(where: { $0.step == id }), let previous = taken.branch else {
            throw EngineError(BranchWords.notTaken(label(step)))
        }
        guard let role = actor.role(for: taken) else {
            throw EngineError(BranchWords.notYourDecision(label(step), role: facts.actor(taken.role)?.lineName ?? taken.role))
        }
        let reason = reason.trimmingWhitespace()
        guard !reason.isEmpty else { throw EngineError(DeskWords.correctionNeedsReason) }
        guard let branch = Self.branch(choice, of: step, in: decision) else {
            let exits = exitWords(of: step)
            if choice.allSatisfy(\.isWhitespace) { throw EngineError(Catalog.DecisionExits.noBranch(exits)) }
            throw EngineError(Catalog.DecisionExits.unknownBranch(PersonalEcho.quoted(choice), exits: exits))
        }
        func shown(_ label: String, _ target: String) -> String {
            let row = target == Target.endKeyword ? target : (sop.step(target).map(self.label) ?? target)
            return label.isEmpty ? row : "\(label) → \(row)"
        }
        let target = branch.target.value.text
        guard branch.label.value != previous.label || target != previous.target else {
            throw EngineError(BranchWords.sameBranch(label(step), branch: shown(previous.label, previous.target)))
        }
        // What the decision's completion started (in the same instant), and whether anything was
        // done after it: a later completion, or an answer in a step it started.
        let done = taken.completedAt ?? .distantFuture
        let started = state.active.filter { $0.startedAt >= done }
        func waitingRole() -> String? {
            state.active.first.map { facts.actor($0.role)?.lineName ?? $0.role }
        }
        // (A visit closed undone, as a corrected branch closes one, was never worked on.)
        if let later = state.completed.last(where: { $0.skipped == nil }), later.step != id || later.visit != taken.visit {
            throw EngineError(BranchWords.tooLate(label(step), recordedAt: sop.step(later.step).map(label) ?? later.step,
                                                  by: later.completedBy ?? "-", waitingRole: waitingRole()))
        }
        if let answered = started.first(where: { !$0.operators.isEmpty }) {
            throw EngineError(BranchWords.tooLate(label(step), recordedAt: sop.step(answered.step).map(label) ?? answered.step,
                                                  by: answered.operators.sorted().joined(separator: ", "), waitingRole: waitingRole()))
        }
        let closing = BranchWords.closedReason(label(step), to: shown(branch.label.value, target)).text(.id)
        var events: [CaseEvent.Kind] = [
            .branchCorrected(.init(step: id, visit: taken.visit, label: branch.label.value, target: target, previousLabel: previous.label,
                                   previousTarget: previous.target, reason: reason, closed: started.map(\.step)))
        ]
        events += started.map { .stepCompleted(.init(step: $0.step, visit: $0.visit, skipped: closing)) }
        // The case as it stands once the wrong branch is undone: the decision then completes
        // again into the corrected branch (its own completion is not written twice).
        var corrected = state
        for (offset, kind) in events.enumerated() {
            corrected.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: actor.name, role: role, kind: kind))
        }
        guard let visit = corrected.completed.last(where: { $0.step == id && $0.visit == taken.visit }) else { return events }
        events += completion(of: step, visit: visit, state: corrected, at: time, skipped: nil).dropFirst()
        return events
    }
}
