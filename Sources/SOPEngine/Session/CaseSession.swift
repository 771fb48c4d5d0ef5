import Foundation
import SOPCore
import SOPModel

/// The interpreter's walk: for each active step the operator can do, it asks for kelengkapan,
/// form data, outputs and branches, and commits every answer to the store before the next
/// prompt. Clock, store, prompter and files come in as protocols.
public final class CaseSession {
    public let engine: Engine
    public let store: CaseStore
    public let clock: Clock
    public let prompter: Prompter
    public let attachments: AttachmentSource
    public let actor: Operator
    /// The desk's own `--as` roles and `--operator` as given: the command to go on with after a
    /// store failure repeats them (tester 32, F5).
    public var resumeRoles: [String] = []
    public var resumeOperator: String?
    public private(set) var state: CaseState
    /// The events that opened a new case: shown when the walk begins, after the case header
    /// (`sop serve` keeps them in memory as the case it has just written).
    public private(set) var openingEvents: [CaseEvent] = []
    /// Whether the last command was written (false when another desk's write made it stale).
    private var lastCommandWritten = false
    /// The past date last warned of (`Engine.pastDueDate`): answered again, it is kept.
    private var pastDateWarned: (step: String, field: String, value: String)?
    /// How often a write refused as stale is applied again on the reloaded case when the other
    /// desk's events do not touch this step.
    static let rebaseRetries = 3
    /// Stale writes in a row: each reloads the case, up to `maxStaleRetries`.
    private var staleRetries = 0
    /// The title and search keys last written, while no event since may have changed them
    /// (the step header's title is read from it then).
    private var lookup: CaseLookup?
    /// The facts of completed visits the step headers listed, kept for the next header.
    private let soFarFacts = SoFarFacts()
    public static let maxStaleRetries = 5

    typealias Words = Catalog.Session

    public convenience init(caseID: CaseID, engine: Engine, store: CaseStore, clock: Clock, prompter: Prompter,
                            attachments: AttachmentSource, actor: Operator) throws(StoreError)
    {
        self.init(state: engine.state(of: caseID, events: try store.events(of: caseID)), engine: engine, store: store,
                  clock: clock, prompter: prompter, attachments: attachments, actor: actor)
    }

    private init(state: CaseState, engine: Engine, store: CaseStore, clock: Clock, prompter: Prompter,
                 attachments: AttachmentSource, actor: Operator) {
        self.engine = engine
        self.store = store
        self.clock = clock
        self.prompter = prompter
        self.attachments = attachments
        self.actor = actor
        self.state = state
    }

    /// Opens a new case on a pinned revision of the SOP and returns its session.
    public static func start(
        revision: SOPRevision, engine: Engine, store: CaseStore, clock: Clock, prompter: Prompter,
        attachments: AttachmentSource, actor: Operator, tracking: String = TrackingCode.generate(), table: Int? = nil
    ) throws(StoreError) -> CaseSession {
        try store.saveRevision(revision)
        let now = clock.now().wholeMilliseconds
        let started = CaseEvent.CaseStarted(
            nomor: engine.sop.nomor, judul: engine.sop.judul, revision: revision.hash,
            revisionDate: revision.revisionDate, file: revision.path, tracking: tracking, table: table)
        let role = actor.roles.first ?? ""
        let events = engine.start(started, by: role, at: now).enumerated().map { offset, kind in
            CaseEvent(sequence: offset + 1, at: now, operatorName: actor.name, role: role, kind: kind)
        }
        var draft = CaseState(id: CaseID("draft"))
        events.forEach { draft.apply($0) }
        guard let projection = draft.projection(engine: engine) else { throw .unavailable(Localized(verbatim: "empty case")) }
        let year = Calendar.jakarta.component(.year, from: now)
        let id = try store.startCase(prefix: engine.sop.shortCode ?? CaseID.prefix(nomor: engine.sop.nomor), year: year, events: events,
                                     projection: projection)
        // The case is exactly the events just written: no need to read them back.
        let session = CaseSession(state: CaseState(id: id, events: events), engine: engine, store: store, clock: clock,
                                  prompter: prompter, attachments: attachments, actor: actor)
        session.openingEvents = events
        session.lookup = projection.lookup
        return session
    }

    // MARK: The walk

    /// Whether the walk takes a step waiting in one of its joint roles (`bersama`, tester 28's
    /// F17) that the operator holds: when they continue a case (`sop run --case`, where they
    /// found it in their worklist). A new case's walk stops before it, as before, handing it to
    /// the step's own role (the joint role's holder finds it in `sop tasks`).
    private var takesJoint = false

    private func takes(_ visit: StepVisit) -> Bool {
        actor.plays(visit.role) || (takesJoint && actor.works(visit))
    }

    public func run(resumed: Bool = false) -> Outcome {
        takesJoint = resumed
        // A paused case is resumed only by a holder of a waiting step's role; anyone else is
        // told who paused it and whose role may resume it, and it stays paused.
        var ended: CaseState.PauseSpan?
        if state.status == .paused {
            if let refusal = engine.resumeRefusal(state, by: actor) { return .refused(refusal) }
            ended = state.pauses.last(where: { $0.end == nil })
            if case .stop(let outcome) = commitOrStop(.resume, question: nil) { return outcome }
        }
        prompter.show(.caseOpened(header(resumed: resumed)))
        if let ended { prompter.show(.pauseEnded(engine.pauseEnded(ended))) }
        if !openingEvents.isEmpty {
            prompter.show(.committed(openingEvents))
            openingEvents = []
        }
        while true {
            switch state.status {
            case .completed:
                prompter.show(.caseCompleted(state))
                return .completed
            case .cancelled:
                prompter.show(.caseCancelled(reason: state.cancelReason ?? ""))
                return .cancelled
            case .paused:
                prompter.show(.casePaused)
                return .paused
            case .open:
                break
            }
            guard let visit = state.active.first(where: { actor.plays($0.role) }) ?? state.active.first(where: takes),
                let step = engine.step(visit.step)
            else {
                prompter.show(.waiting(state.active.map { (boxLabel($0.step, role: $0.role), $0.role, roleName($0.role)) }))
                return .waiting
            }
            if let outcome = work(on: step, visit: visit) { return outcome }
        }
    }

    /// Asks what the step still needs, then completes it. Nil when the step is done (or was
    /// finished elsewhere); an outcome when the walk must stop.
    private func work(on step: Step, visit: StepVisit) -> Outcome? {
        let index = engine.graph.index(of: step.id.value) ?? 0
        prompter.show(.stepOpened(stepHeader(step, visit: visit, index: index)))
        // The step's place in the flow is looked up once, not at every question.
        let cells = MutuBaku(kelengkapan: engine.facts.kelengkapan[index], output: engine.facts.output[index])
        while let current = state.visit(of: step.id.value), current.visit == visit.visit, state.status == .open {
            let closesRow = engine.closesRow(current, index: index, in: state)
            let kind: Question.Kind
            switch engine.pending(current, index: index, closesRow: closesRow).first {
            case .kelengkapan(let item)?: kind = .kelengkapan(item)
            case .field(let field)?: kind = .field(field)
            case .output(let item)?: kind = .output(item)
            case .branch(let decision)?: kind = .branch(decision)
            case nil: kind = .complete
            }
            var question = Question(kind: kind, step: step, visit: current, cells: cells,
                                    asksKelengkapan: engine.asksKelengkapan(current, index: index),
                                    asksOutput: closesRow != false)
            question.boxOutput = engine.boxOutput(of: index)
            if case .branch = kind { question.exits = engine.sop.deskExits(of: step) }
            if case .field(let field) = kind {
                // A past date just warned of is kept by Enter, as a previous pass's answer is.
                let warned = pastDateWarned.flatMap { $0.step == current.step && $0.field == field.name.value ? $0.value : nil }
                question.previous = warned ?? state.previousAnswer(field.name.value, step: current.step)
            }
            switch ask(question) {
            case .again: continue
            case .stop(let outcome): return outcome
            }
        }
        return nil
    }

    private enum AskResult { case again, stop(Outcome) }

    private func ask(_ question: Question) -> AskResult {
        switch prompter.ask(question) {
        case .endOfInput:
            prompter.show(.stopped)
            return .stop(.stopped)
        case .invalidInput(let reason):
            return .stop(.failed(step: engine.label(question.step), reason: reason))
        case .command(.help):
            prompter.show(.help)
            return .again
        case .command(.note(let text)):
            if case .stop(let outcome) = commitOrStop(.addNote(step: question.step.id.value, text: text), question: question) {
                return .stop(outcome)
            }
            prompter.show(.noteSaved)
            return .again
        case .command(.pause):
            if case .stop(let outcome) = commitOrStop(.pause, question: question) { return .stop(outcome) }
            return .again
        case .command(.cancel(let reason)):
            if case .stop(let outcome) = commitOrStop(.cancel(reason: reason), question: question) { return .stop(outcome) }
            return .again
        case .command(.skip(let reason)):
            let step = question.step.id.value
            if case .stop(let outcome) = commitOrStop(.skipStep(step: step, reason: reason), question: question) {
                return .stop(outcome)
            }
            if state.visit(of: step)?.visit != question.visit.visit {
                prompter.show(.skipped(step: engine.label(question.step), reason: reason.trimmingWhitespace()))
            }
            return .again
        case .answer(let text):
            return answer(text, to: question)
        }
    }

    private func answer(_ text: String, to question: Question) -> AskResult {
        let step = question.step.id.value
        let command: Command
        switch question.kind {
        case .kelengkapan(let item):
            if Self.notApplicable(text) {
                // Only an item printed with its condition may not apply; any other is asked y/t.
                guard item.isConditional else { return refuse(question, Catalog.ConditionalItems.notConditional(PrintedItem.inSentence(item.text.value))) }
                command = .markNotApplicable(step: step, item: item.text.value)
            } else {
                guard let present = Self.yesNo(text) else {
                    return refuse(question, item.isConditional ? Catalog.ConditionalItems.answerYesNoNotApplicable : Words.answerYesNo)
                }
                command = .checkKelengkapan(step: step, item: item.text.value, present: present)
            }
        case .field(let field):
            // Enter on a later pass keeps the previous pass's answer (shown masked in the prompt).
            let value = CaseState.keeping(text, previous: question.previous)
            // A date a standard is due by, already past: said once, then kept if typed again or Enter.
            if let warning = engine.pastDueDate(field, value: value, now: clock.now()) {
                let normalized = if case .success(let date) = field.validate(value) { date } else { value }
                if pastDateWarned.map({ $0.step != step || $0.field != field.name.value || $0.value != normalized }) ?? true {
                    pastDateWarned = (step, field.name.value, normalized)
                    prompter.show(.warning(Localized(id: warning.id + ". " + Catalog.WaktuFromCase.pastDateKeepEnter.id,
                                                     en: warning.en + ". " + Catalog.WaktuFromCase.pastDateKeepEnter.en)))
                    return .again
                }
            }
            // A birth date the NIK contradicts (or a NIK its birth date does): said once, then kept (tester 28 F15).
            if let warning = engine.birthDateMismatch(field, value: value, in: state) {
                let normalized = if case .success(let valid) = field.validate(value) { valid } else { value }
                if pastDateWarned.map({ $0.step != step || $0.field != field.name.value || $0.value != normalized }) ?? true {
                    pastDateWarned = (step, field.name.value, normalized)
                    prompter.show(.warning(warning))
                    return .again
                }
            }
            pastDateWarned = nil
            command = .answerField(step: step, field: field.name.value, value: value)
        case .output(let item):
            if let path = CaseEvent.Attachment.path(typed: text) {
                switch attachments.attach(path, to: store) {
                case .success(let attachment):
                    prompter.show(.attachmentSaved(attachment))
                    command = .recordOutput(step: step, item: item, text: "", attachment: attachment)
                case .failure(.unreadable(let message)): return refuse(question, message)
                case .failure(.store(let error)): return .stop(storeFailed(error))
                }
            } else {
                command = .recordOutput(step: step, item: item, text: text.trimmingWhitespace(), attachment: nil)
            }
        case .branch:
            command = .chooseBranch(step: step, label: text)
        case .complete:
            // Only Enter (or a yes) finishes the step: typed text would be lost, so it is refused.
            let typed = text.trimmingWhitespace()
            guard typed.isEmpty || Self.yesNo(typed) == true || ["selesai", "done"].contains(typed.lowercased()) else {
                let label = engine.sop.printedLabel(ofStep: step) ?? Localized(verbatim: step)
                return refuse(question, Catalog.Desk.completeTakesEnter(label))
            }
            command = .completeStep(step: step)
        }
        // The case before the step's completion, for its report (no copy for other answers).
        var before: CaseState?
        if case .complete = question.kind { before = state }
        switch commitOrStop(command, question: question) {
        case .stop(let outcome): return .stop(outcome)
        case .again: break
        }
        guard lastCommandWritten else { return .again }
        if case .kelengkapan(let item) = question.kind, state.visit(of: step)?.kelengkapan[item.text.value] == false {
            prompter.show(.kelengkapanMissing(item: item.text.value, required: item.requiredToProceed))
            // Said once, at once, in the words the desk shows the item by (tester 16, finding 9).
            let required = Words.requiredToProceed(PrintedItem.inSentence(item.text.value))
            if item.requiredToProceed, !prompter.refused(question, reason: required) {
                return .stop(.failed(step: engine.label(question.step), reason: required))
            }
        }
        if let before, let done = before.visit(of: step) {
            reportCompletion(of: question.step, visit: done, before: before)
        }
        return .again
    }

    private func refuse(_ question: Question, _ reason: Localized) -> AskResult {
        prompter.refused(question, reason: reason)
            ? .again : .stop(.failed(step: engine.label(question.step), reason: reason))
    }

    /// Executes and commits a command. Refusals go back to the prompter; a stale write reloads
    /// the case; pause and cancel end the walk.
    private func commitOrStop(_ command: Command, question: Question?) -> AskResult {
        lastCommandWritten = false
        var attempt = 0
        var events: [CaseEvent] = []
        while true {
            let now = clock.now().wholeMilliseconds
            let kinds: [CaseEvent.Kind]
            // One copy of the case: the command is checked on it, then its events applied to it.
            var next = state
            do {
                kinds = try engine.execute(command, on: next, by: actor, at: now)
            } catch {
                guard let question else { return .stop(.failed(step: "-", reason: error.message)) }
                return refuse(question, error.message)
            }
            // A resume is written in the role of the waiting step its operator holds; an answer in
            // the role the operator works on its step in (a joint row's other role, F17).
            let role = question.map { actor.role(for: $0.visit) ?? $0.visit.role }
                ?? (command == .resume ? state.active.first(where: { actor.plays($0.role) })?.role : nil) ?? actor.roles.first
            let first = next.lastSequence + 1
            events = kinds.enumerated().map { offset, kind in
                CaseEvent(sequence: first + offset, at: now, operatorName: actor.name, role: role, kind: kind)
            }
            events.forEach { next.apply($0) }
            do {
                let known = CaseState.mayChangeLookup(events, engine: engine) ? nil : lookup
                let title = known == nil && !CaseState.mayChangeTitle(events, engine: engine) ? lookup?.title : nil
                let keys = known == nil && !CaseState.mayChangeKeys(events, engine: engine) ? lookup?.searchKeys : nil
                guard let projection = next.projection(engine: engine, lookup: known, title: title, keys: keys) else {
                    return .stop(.storeFailed(Localized(verbatim: "projection")))
                }
                try store.append(events, to: next.id, projection: projection)
                lookup = projection.lookup
                state = next
                break
            } catch .stale {
                staleRetries += 1
                guard staleRetries <= Self.maxStaleRetries else {
                    return .stop(.storeFailed(Catalog.Chain.staleGaveUp(state.id.rawValue, attempts: staleRetries)))
                }
                // Another desk wrote first. Concurrency is checked where the work overlaps:
                // if its events leave this step (and the case's status) alone, the same command
                // is applied again on the reloaded case; otherwise the officer is told what the
                // other desk did and asked again.
                let fresh: [CaseEvent]
                do { fresh = try store.events(of: state.id) } catch { return .stop(storeFailed(error)) }
                let theirs = fresh.filter { $0.sequence > state.lastSequence }
                state = engine.state(of: state.id, events: fresh)
                lookup = nil
                let overlaps = theirs.filter { Self.overlaps($0, step: question?.step.id.value) }
                attempt += 1
                if overlaps.isEmpty, attempt <= Self.rebaseRetries { continue }
                if !overlaps.isEmpty { prompter.show(.otherDeskAnswered(overlaps)) }
                prompter.show(.staleReloaded)
                return .again
            } catch {
                return .stop(storeFailed(error))
            }
        }
        lastCommandWritten = true
        staleRetries = 0
        prompter.show(.committed(events))
        switch command {
        case .pause:
            prompter.show(.casePaused)
            return .stop(.paused)
        case .cancel(let reason):
            prompter.show(.caseCancelled(reason: reason.trimmingWhitespace()))
            return .stop(.cancelled)
        default:
            return .again
        }
    }

    /// Whether another desk's event touches the work of this step: an event of the step itself,
    /// or one that changes the whole case (pause, resume, cancel, end). A command outside any
    /// step (a case note) overlaps only with the latter.
    static func overlaps(_ event: CaseEvent, step: String?) -> Bool {
        if event.kind.changesStatus { return true }
        guard let step else { return false }
        return event.kind.step == step
    }

    /// The store's reason, then what was kept and the command to go on (as Ctrl-D says it).
    private func storeFailed(_ error: StoreError) -> Outcome {
        let reason: Localized
        switch error {
        case .unavailable(let why), .schema(let why): reason = why
        case .notFound(let id), .stale(let id, _, _): reason = Localized(verbatim: id.rawValue)
        }
        let next = Catalog.Backup.resume(Catalog.Desk.runCommand(case: state.id.rawValue, roles: resumeRoles, operatorName: resumeOperator))
        let message = Localized(id: reason.id + "\n" + next.id, en: reason.en + "\n" + next.en)
        if case .schema = error { return .schemaRefused(message) }
        return .storeFailed(message)
    }

    private func reportCompletion(of step: Step, visit: StepVisit, before: CaseState) {
        guard let finished = state.completed.last(where: { $0.step == visit.step && $0.visit == visit.visit }),
            let end = finished.completedAt
        else { return }
        // A row of several boxes is done in the time since its first box started.
        let used = end.timeIntervalSince(engine.rowStart(of: finished))
        var done = StepDone(step: step, used: used, waktu: engine.timing(of: step.id.value)?.waktu,
                            margin: finished.due.map { $0.timeIntervalSince(end) })
        done.clock = engine.clock(of: finished, in: state)
        done.items = engine.itemCount(of: done.waktu, for: finished, in: state)
        done.chosen = done.waktu?.conditional.flatMap { state.chosenStandard($0, for: finished) }
        if done.waktu == nil, let index = engine.graph.index(of: step.id.value), let cell = engine.sop.sharedCell(of: index) {
            done.sharedCell = (cell.judgedAt, finished.due)
        }
        if engine.closesRow(visit, in: before) == false {
            done.part = engine.actor(step.performer.value)?.lineName ?? step.performer.value
        }
        prompter.show(.stepDone(done))
        for next in state.active where !takes(next) && next.startedAt == end {
            prompter.show(.handedOff(step: boxLabel(next.step, role: next.role), role: next.role, roleName: roleName(next.role), due: next.due))
        }
    }

    // MARK: Views

    private func header(resumed: Bool) -> CaseHeader {
        CaseHeader(caseID: state.id, nomor: engine.sop.nomor, judul: engine.sop.judul,
                   revision: state.started?.revision ?? "", revisionDate: state.started?.revisionDate ?? "-",
                   operatorName: actor.name, roleNames: actor.roles.map(roleName), resumed: resumed)
    }

    private func stepHeader(_ step: Step, visit: StepVisit, index: Int) -> StepHeader {
        let performer = engine.actor(step.performer.value)
        let printed = engine.facts.tableRow[index]
        let now = clock.now()  // one reading for the time used and the due time
        var header = StepHeader(
            step: step, position: printed.row, total: printed.rows,
            visit: visit.visit, performerName: performer?.lineName ?? step.performer.value,
            performerIsStaff: performer?.kind.operatesSystem ?? true, recordedBy: roleName(visit.role),
            involvedNames: (step.involved + step.drawn.jointWith).map { engine.actor($0.value)?.lineName ?? $0.value },
            used: engine.usedSoFar(visit, in: state, now: now), due: engine.due(of: visit, in: state, now: now) ?? visit.due,
            title: lookup?.title ?? state.title(engine: engine), soFar: state.soFar(engine: engine, excluding: visit, kept: soFarFacts))
        header.table = printed.table.map { (number: $0, title: printed.title) }
        header.rowLabel = engine.facts.rowLabel[index]
        header.lastNumber = engine.sop.lastRowNumber(ofTableOf: index)
        header.waktu = engine.facts.timing[index]?.waktu ?? engine.sop.sharedCell(of: index)?.waktu
        header.cells = MutuBaku(kelengkapan: engine.facts.kelengkapan[index], output: engine.facts.output[index])
        header.items = engine.itemCount(of: header.waktu, for: visit, in: state)
        header.chosen = header.waktu?.conditional.flatMap { state.chosenStandard($0, for: visit) }
        header.rowStarted = visit.rowStartedAt
        header.asksKelengkapan = engine.asksKelengkapan(visit, index: index)
        header.asksOutput = engine.closesRow(visit, index: index, in: state) != false
        header.boxOutput = engine.boxOutput(of: index)
        header.keterangan = engine.sop.keteranganLine(of: index)
        header.mergedElsewhere = MergedColumn.allCases.compactMap { engine.sop.mergedCellElsewhere($0, of: index) }
            .map { ($0, engine.sop.note($0)) }
        if engine.facts.sharesRowAtDesk[index] {
            header.part = performer?.lineName ?? step.performer.value
        }
        return header
    }

    private func label(_ step: String) -> String {
        engine.step(step).map(engine.label) ?? step
    }

    /// A box of a row of several waiting in another actor's worklist names its actor
    /// ("20 · Pemohon" in Petugas FO's): the row's two boxes in one worklist read apart (tester
    /// 14, F10).
    private func boxLabel(_ id: String, role: String) -> String {
        guard let index = engine.graph.index(of: id), engine.facts.sharesRowAtDesk[index] else { return label(id) }
        let step = engine.graph.steps[index]
        guard step.performer.value != role else { return label(id) }
        return label(id) + " · " + roleName(step.performer.value)
    }

    private func roleName(_ role: String) -> String {
        engine.actor(role)?.lineName ?? role
    }

    /// "y", "ya", "ada" / "t", "tidak", "tidak ada" (and English yes/no).
    public static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingWhitespace().lowercased() {
        case "y", "ya", "iya", "ada", "yes", "lengkap": true
        case "t", "tidak", "tidak ada", "n", "no", "belum": false
        default: nil
        }
    }

    /// "Tidak berlaku" for a conditional Kelengkapan item: `-`, `tb`, `tidak berlaku`, `n/a`.
    public static func notApplicable(_ text: String) -> Bool {
        ["-", "tb", "tidak berlaku", "tdk berlaku", "n/a", "na", "not applicable"].contains(text.trimmingWhitespace().lowercased())
    }
}

extension Calendar {
    /// Made once: a new Calendar for every case cost more than the year it gives.
    static let jakarta: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = WorkCalendar.jakarta
        return calendar
    }()
}
