import Foundation
import SOPCore
import SOPModel

/// The interpreter's core: a pure function from (SOP, case state, command, operator, time) to
/// the events that record it. No clock, store, terminal or file inside.
public struct Engine: Sendable {
    public let sop: SOP
    /// The unit's calendar, with the SOP's own service hours when it names them.
    public let calendar: WorkCalendar

    /// The SOP's flow, as `sop lint` validates it: the engine follows the same edges.
    public let graph: FlowGraph

    /// What every answer looks up about a step, worked out once (`StepFacts`).
    public let facts: StepFacts

    public init(sop: SOP, calendar: WorkCalendar = .standard) {
        self.sop = sop
        self.calendar = calendar.serving(sop.serviceHours)
        self.graph = FlowGraph(sop)
        self.facts = StepFacts(sop)
    }

    typealias Words = Catalog.Run

    // MARK: Starting

    /// The events that open a case: its start and its first step.
    /// In an SOP whose tables are alternatives, `started.table` (1-based) names the table the
    /// case runs: its first step starts, and the case falls due by that table's longest path.
    public func start(_ started: CaseEvent.CaseStarted, by operatorRole: String, at time: Date) -> [CaseEvent.Kind] {
        var started = started
        var firstIndex = graph.starts.first
        if sop.tablesAreAlternatives, let table = started.table, graph.starts.indices.contains(table - 1) {
            firstIndex = graph.starts[table - 1]
            started.tableTitle = sop.tables[table - 1].title.map(\.value).map(TableChoice.oneLine)
        }
        guard let firstIndex else { return [.caseStarted(started), .caseCompleted] }
        let first = begin(sop.steps[firstIndex], visit: 1, previousRole: operatorRole, at: time, state: nil)
        // Due by the SOP's service standard (`kasus: batas_layanan`, the public promise) when it
        // states one; else by the longest single path from the first step (`Engine+PathDue`).
        if let standard = sop.caseSettings.serviceStandard {
            // One duration as a row's waktu falls due; several ("9 hari kerja 35 menit") each in turn.
            started.due = standard.parts.count == 1 ? calendar.due(from: time, waktu: standard.parts[0])
                : calendar.due(from: time, total: standard.total)
        } else {
            started.due = latestEnd(from: [PathSource(index: firstIndex, start: time, finish: first.due ?? time,
                                                      timed: first.due != nil)], in: nil)
        }
        return [.caseStarted(started), .stepStarted(first)]
    }

    /// The staff role that handles a step: its performer when staff, else the first staff actor
    /// involved, else whoever handled the step before (an external actor's step is recorded by
    /// the staff member handling the case).
    public func handlingRole(of step: Step, previousRole: String) -> String {
        if facts.actor(step.performer.value)?.kind.operatesSystem == true { return step.performer.value }
        // A non-staff actor's step: the role the SOP names, else the documented rule (SOP.recorder).
        if let index = graph.index(of: step.id.value), let recorder = sop.recorder(of: index) { return recorder }
        return previousRole
    }

    func begin(_ step: Step, visit: Int, previousRole: String, at time: Date, state: CaseState?,
               rowStarted: Date? = nil) -> CaseEvent.StepStarted {
        let role = handlingRole(of: step, previousRole: previousRole)
        let joint = jointRoles(of: step, role: role)
        return CaseEvent.StepStarted(
            step: step.id.value, visit: visit, role: role,
            due: standard(of: step, startingAt: rowStarted ?? time, in: state).map { $0.dueAt ?? calendar.due(from: $0.from, waktu: $0.duration) }
                ?? sharedCellDue(of: step, startingAt: rowStarted ?? time, in: state),
            rowStarted: rowStarted, joint: joint.isEmpty ? nil : joint)
    }

    /// The staff roles of the step's `bersama` actors other than `role` (the one handling it), in
    /// the order written: their holders may work on the step too, in their own role (tester 28,
    /// F17). An outside party written `bersama` has no desk of its own: its part is recorded by
    /// the handling role, as for its own steps.
    public func jointRoles(of step: Step, role: String) -> [String] {
        var roles: [String] = []
        for actor in step.drawn.jointWith where actor.value != role && !roles.contains(actor.value)
            && facts.actor(actor.value)?.kind.operatesSystem == true {
            roles.append(actor.value)
        }
        return roles
    }

    // MARK: Requirements

    /// What is still to be given for an active step, in the order the session asks it. A
    /// kelengkapan item marked wajib stays required until it is present. In a row of several
    /// boxes the row's Kelengkapan is asked at the first box of a pass and its Output at the
    /// last (after the branch, when the branch decides whether the row goes on): `state` tells
    /// which boxes of the row are still open.
    public func pending(_ visit: StepVisit, in state: CaseState? = nil) -> [Requirement] {
        guard let index = graph.index(of: visit.step) else { return [] }
        return pending(visit, index: index, closesRow: closesRow(visit, index: index, in: state))
    }

    /// The same, for the visit's step at `index`, `closesRow` as `closesRow(_:index:in:)` says
    /// (which is all it needs of the case: no copy of the case is made for it at each question).
    func pending(_ visit: StepVisit, index: Int, closesRow closes: Bool?) -> [Requirement] {
        var pending: [Requirement] = []
        if asksKelengkapan(visit, index: index) {
            for item in facts.askedKelengkapan[index] {
                let present = visit.kelengkapan[item.text.value]
                if present == nil || (item.requiredToProceed && present == false) { pending.append(.kelengkapan(item)) }
            }
        }
        // A field asked only on a later pass (`hanya_kunjungan_ulang`) waits for one.
        for field in graph.steps[index].form where visit.fields[field.name.value] == nil && (!field.laterPassOnly || visit.visit > 1) {
            pending.append(.field(field))
        }
        // A decision's branch before its row's Output: a branch that sends the work back up the
        // table (a loop back) leaves the Output unasked, the row not having produced it.
        if case .decision(let decision) = graph.steps[index].flow, visit.branch == nil { pending.append(.branch(decision)) }
        if !sendsBack(visit, index: index) {
            let owners = outputOwners(of: index)
            for output in facts.askedOutput[index] where visit.outputs[output.value] == nil {
                // An item a box produces (`oleh`) is asked at that box, when it is done; the
                // row's other items at the box that ends the pass.
                if let box = owners[output.value] {
                    if box == visit.step { pending.append(.output(output.value)) }
                } else if closes == true {
                    pending.append(.output(output.value))
                }
            }
        }
        return pending
    }

    // MARK: Commands

    public func execute(_ command: Command, on state: CaseState, by actor: Operator, at time: Date)
        throws(EngineError) -> [CaseEvent.Kind]
    {
        switch command {
        case .pause:
            guard state.status == .open else { throw EngineError(Words.notOpen(state.status.rawValue)) }
            if let joint = jointRoleStopRefusal(state, by: actor) { throw EngineError(joint) }
            return [.casePaused]
        case .resume:
            guard state.status == .paused else { throw EngineError(Words.notPaused(state.status.rawValue)) }
            if let refusal = resumeRefusal(state, by: actor) { throw EngineError(refusal) }
            return [.caseResumed]
        case .cancel(let reason):
            guard !state.status.isFinished else { throw EngineError(Words.notOpen(state.status.rawValue)) }
            if let joint = jointRoleStopRefusal(state, by: actor) { throw EngineError(joint) }
            let reason = reason.trimmingWhitespace()
            guard !reason.isEmpty else {
                let applicant = sop.actors.first { $0.kind == .eksternal }?.lineName
                throw EngineError(Words.cancelNeedsReason(Words.cancelExample(applicant: applicant)))
            }
            return [.caseCancelled(.init(reason: reason))]
        case .addNote(let step, let text):
            guard !state.status.isFinished else { throw EngineError(Words.notOpen(state.status.rawValue)) }
            let text = text.trimmingWhitespace()
            guard !text.isEmpty else { throw EngineError(Words.emptyNote) }
            return [.noteAdded(.init(step: step, text: text))]
        case .checkKelengkapan(let stepID, let item, let present):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            // As printed, or in another case (an item as printed needs no lowercasing).
            let lowered = item.lowercased()
            guard let known = self.askedKelengkapan(of: stepID).first(where: { $0.text.value == item || $0.text.value.lowercased() == lowered })
            else {
                throw EngineError(Words.unknownKelengkapan(item, step: label(graph.steps[index])))
            }
            return [.kelengkapanChecked(.init(step: stepID, visit: visit.visit, item: known.text.value, present: present))]
        case .markNotApplicable(let stepID, let item):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            guard let known = self.askedKelengkapan(of: stepID).first(where: { $0.text.value.lowercased() == item.lowercased() }) else {
                throw EngineError(Words.unknownKelengkapan(item, step: label(graph.steps[index])))
            }
            guard known.isConditional else {
                throw EngineError(Catalog.ConditionalItems.notConditional(PrintedItem.inSentence(known.text.value)))
            }
            return [.kelengkapanChecked(.init(step: stepID, visit: visit.visit, item: known.text.value, present: false,
                                              notApplicable: true))]
        case .answerField(let stepID, let name, let value):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            guard let field = graph.steps[index].form.first(where: { $0.name.value == name }) else {
                throw EngineError(Words.unknownField(name, step: label(graph.steps[index])))
            }
            switch field.validate(value) {
            case .success(let normalized):
                return [.fieldAnswered(.init(step: stepID, visit: visit.visit, field: name, value: normalized))]
            case .failure(let problem):
                throw EngineError(problem.message)
            }
        case .recordOutput(let stepID, let item, let text, let attachment):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            // An item printed with its own dash ("- Notulensi") is named with or without it.
            let name = PrintedItem.withoutDash(item).lowercased()
            guard let output = self.askedOutput(of: stepID).first(where: { $0.value == item || PrintedItem.withoutDash($0.value).lowercased() == name })
            else {
                throw EngineError(Words.unknownOutput(item, step: label(graph.steps[index])))
            }
            var text = text.trimmingWhitespace()
            // On a step with a form, an Output left empty is the form just filled in (tester 20,
            // finding 8): recorded by the form's labels, not typed again.
            if text.isEmpty, attachment == nil, let form = Self.formOutput(of: graph.steps[index], visit: visit.visit) { text = form }
            guard !text.isEmpty || attachment != nil else { throw EngineError(Words.emptyOutput(output.value)) }
            return [.outputRecorded(.init(step: stepID, visit: visit.visit, item: output.value, text: text,
                                          attachment: attachment))]
        case .chooseBranch(let stepID, let choice):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            let step = graph.steps[index]
            guard case .decision(let decision) = step.flow else { throw EngineError(Words.notADecision(label(step))) }
            guard let branch = Self.branch(choice, of: step, in: decision) else {
                let exits = exitWords(of: step)
                if choice.allSatisfy(\.isWhitespace) { throw EngineError(Catalog.DecisionExits.noBranch(exits)) }
                let holding = Self.branchesHolding(choice, of: step, in: decision)
                if holding.count > 1 {
                    throw EngineError(Catalog.DecisionExits.ambiguousBranch(PersonalEcho.quoted(choice),
                                                                     exits: holding.map { (number: $0 + 1, exit: exits[$0]) }))
                }
                throw EngineError(Catalog.DecisionExits.unknownBranch(PersonalEcho.quoted(choice), exits: exits))
            }
            return [.branchChosen(.init(step: stepID, visit: visit.visit, label: branch.label.value,
                                        target: branch.target.value.text))]
        case .completeStep(let stepID):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            if let missing = pending(visit, in: state).first {
                throw EngineError(Words.incomplete(describe(missing, of: graph.steps[index]), step: label(graph.steps[index])))
            }
            return completion(of: graph.steps[index], visit: visit, state: state, at: time, skipped: nil)
        case .skipStep(let stepID, let reason):
            let (index, visit) = try activeStep(stepID, in: state, for: actor)
            return try skip(graph.steps[index], visit: visit, reason: reason, state: state, at: time)
        case .correct(let stepID, let target, let name, let value, let attachment, let reason, let visit):
            return [.answerCorrected(try correction(stepID, target: target, name: name, value: value, attachment: attachment,
                                                     reason: reason, visit: visit, state: state, actor: actor))]
        case .correctBranch(let stepID, let choice, let reason):
            return try branchCorrection(stepID, choice: choice, reason: reason, state: state, actor: actor, at: time)
        }
    }

    /// What an Output left empty records on a step with a form (`Catalog.StepOutputs.recordedAsForm`:
    /// the form's labels); nil on a step without one, whose Output must be given. On a first
    /// visit, a field asked only on a later pass (`hanya_kunjungan_ulang`) is no form.
    public static func formOutput(of step: Step, visit: Int) -> String? {
        let asked = step.form.filter { !$0.laterPassOnly || visit > 1 }
        return asked.isEmpty ? nil : Catalog.StepOutputs.recordedAsForm(asked.map(\.label))
    }

    /// A branch by its label (any case) or its number in the list (1, 2, …).
    public static func branch(_ choice: String, in decision: Decision) -> Branch? {
        let text = choice.trimmingWhitespace()
        if let number = Int(text), decision.branches.indices.contains(number - 1) { return decision.branches[number - 1] }
        if text.isEmpty { return nil }
        if let labelled = decision.branches.first(where: { !$0.isUnlabelled && $0.label.value.lowercased() == text.lowercased() }) {
            return labelled
        }
        return unlabelledBranch(text, in: decision)
    }

    /// The step's index in the flow graph (its `Step` is read there, not copied for every answer) and its open visit.
    private func activeStep(_ stepID: String, in state: CaseState, for actor: Operator) throws(EngineError) -> (Int, StepVisit) {
        guard state.status == .open else { throw EngineError(Words.notOpen(state.status.rawValue)) }
        guard let visit = state.visit(of: stepID), let index = graph.index(of: stepID) else {
            throw EngineError(Words.notActive(stepID))
        }
        guard actor.works(visit) else {
            throw EngineError(Words.notYourStep(label(graph.steps[index]), role: facts.actor(visit.role)?.lineName ?? visit.role))
        }
        return (index, visit)
    }

    /// Where the flow goes after a step: the chosen branch of a decision, else the step's edges
    /// in the flow graph (the parallel targets, the written target, or the next row: steps that
    /// share a printed number are one row, and the end follows the last).
    public func successors(of step: Step, visit: StepVisit?) -> [Target] {
        if case .decision = step.flow {
            guard let chosen = visit?.branch else { return [] }
            return [Target(chosen.target)]
        }
        guard let index = graph.index(of: step.id.value) else { return [] }
        return graph.successors(of: index).compactMap { edge in
            switch edge.node {
            case .end: .end
            case .step(let next): .step(graph.steps[next].id.value)
            case nil: edge.written?.value
            }
        }
    }

    /// The printed number of a step, or its id for unnumbered rows.
    public func label(_ step: Step) -> String {
        step.number ?? step.id.value
    }

    public func describe(_ requirement: Requirement) -> Localized {
        switch requirement {
        case .kelengkapan(let item): Words.requirementKelengkapan(item.text.value, required: item.requiredToProceed)
        case .field(let field): Words.requirementField(field.label)
        case .output(let item): Words.requirementOutput(item)
        case .branch(let decision): Catalog.RowTargets.requirementBranch(Self.exits(of: decision))
        }
    }
}
