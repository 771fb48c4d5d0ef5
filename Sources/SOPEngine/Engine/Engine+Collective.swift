import Foundation
import SOPCore
import SOPModel

/// Collective completion (tester 28, F6): the same waiting step of several cases completed in
/// one action, the Kelengkapan and Output answered once. Each case still gets its own events,
/// made here one case at a time by the ordinary commands, so every check of a single answer
/// (the role, the open visit, a required item) holds for each case as it does at the desk.
public struct CollectiveAnswers: Sendable, Equatable {
    /// Kelengkapan items as printed: present (true), missing (false). An item in `notApplicable`
    /// is a conditional item that does not apply.
    public var kelengkapan: [String: Bool]
    public var notApplicable: Set<String>
    /// Output items as printed: the text recorded in every case, or an attachment (stored once).
    public var outputs: [String: CollectiveOutput]

    public init(kelengkapan: [String: Bool] = [:], notApplicable: Set<String> = [], outputs: [String: CollectiveOutput] = [:]) {
        self.kelengkapan = kelengkapan
        self.notApplicable = notApplicable
        self.outputs = outputs
    }
}

public struct CollectiveOutput: Sendable, Equatable {
    public var text: String
    public var attachment: CaseEvent.Attachment?

    public init(text: String, attachment: CaseEvent.Attachment? = nil) {
        self.text = text
        self.attachment = attachment
    }
}

extension Engine {
    typealias CollectiveWords = Catalog.Collective

    /// Why a step cannot be completed for several cases at once: it asks something each case
    /// answers for itself (a form, a decision's branch). Nil when it can.
    public func collectiveRefusal(of stepID: String) -> Localized? {
        guard let index = graph.index(of: stepID) else { return Words.notActive(stepID) }
        let step = graph.steps[index]
        if step.isDecision { return CollectiveWords.refusedDecision(label(step)) }
        if !step.form.isEmpty { return CollectiveWords.refusedForm(label(step), fields: step.form.map(\.label)) }
        return nil
    }

    /// What collective completion asks once for every case: the step's Kelengkapan and Output
    /// items as the desk asks them (a later box of a row of several boxes asks no Kelengkapan,
    /// only the box that ends the row asks its Output: each case answers only what it asks).
    public func collectiveQuestions(of stepID: String) -> (kelengkapan: [Kelengkapan], outputs: [String]) {
        (askedKelengkapan(of: stepID), askedOutput(of: stepID).map(\.value))
    }

    /// The events that complete `stepID` in one case with the answers given once for all:
    /// every Kelengkapan and Output the visit still asks, then its completion. An item this
    /// case asks that the answers lack, a required item answered missing, a form field or a
    /// branch refuses the case (nothing of it is returned). `role` is the role the events are
    /// recorded in (the session's rule: the waiting visit's). `cases`: how many cases the run
    /// takes, this one among them, marked on the step's completion (`StepCompletion.collective`,
    /// read by `sop case`).
    public func completeCollectively(_ stepID: String, answers: CollectiveAnswers, on state: CaseState,
                                     by actor: Operator, at time: Date, cases: Int = 1) throws(EngineError) -> [CaseEvent.Kind] {
        if let refusal = collectiveRefusal(of: stepID) { throw EngineError(refusal) }
        guard state.status == .open else { throw EngineError(Words.notOpen(state.status.rawValue)) }
        guard let visit = state.visit(of: stepID) else { throw EngineError(Words.notActive(stepID)) }
        var next = state
        var kinds: [CaseEvent.Kind] = []
        let role = actor.role(for: visit) ?? visit.role
        func run(_ command: Command) throws(EngineError) {
            let made = try execute(command, on: next, by: actor, at: time)
            for kind in made {
                next.apply(CaseEvent(sequence: next.lastSequence + 1, at: time, operatorName: actor.name, role: role, kind: kind))
            }
            kinds += made
        }
        for requirement in pending(visit, in: state) {
            switch requirement {
            case .kelengkapan(let item):
                let text = item.text.value
                if answers.notApplicable.contains(text) {
                    try run(.markNotApplicable(step: stepID, item: text))
                } else if let present = answers.kelengkapan[text] {
                    if item.requiredToProceed, !present {
                        throw EngineError(CollectiveWords.requiredMissing(PrintedItem.inSentence(text)))
                    }
                    try run(.checkKelengkapan(step: stepID, item: text, present: present))
                } else {
                    throw EngineError(CollectiveWords.notAnswered(text))
                }
            case .output(let item):
                guard let output = answers.outputs[item] else { throw EngineError(CollectiveWords.notAnswered(item)) }
                try run(.recordOutput(step: stepID, item: item, text: output.text, attachment: output.attachment))
            case .field, .branch:
                // A form or a branch is refused above; a step that asks one on this pass alone
                // (a later-pass field) is refused here, for this case.
                throw EngineError(CollectiveWords.perCaseAnswer(describe(requirement), step: label(graph.steps[graph.index(of: stepID) ?? 0])))
            }
        }
        let done = kinds.count
        try run(.completeStep(step: stepID))
        // The completion of this step (not the steps it starts, nor a later box of its row) is
        // marked as collective, in the event's own payload.
        if let index = kinds[done...].firstIndex(where: { if case .stepCompleted(let c) = $0 { c.step == stepID } else { false } }),
            case .stepCompleted(var completion) = kinds[index]
        {
            completion.collective = max(1, cases)
            kinds[index] = .stepCompleted(completion)
        }
        return kinds
    }
}
