import Foundation
import SOPModel

/// The state of a case, derived from its events and nothing else: the event log is the truth.
public struct CaseState: Sendable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case open = "terbuka"
        case paused = "dijeda"
        case completed = "selesai"
        case cancelled = "dibatalkan"

        public var isFinished: Bool { self == .completed || self == .cancelled }
    }

    public let id: CaseID
    /// The folded history, shared by copies of the case until one of them applies an event
    /// (copy on write): the session hands the case to the engine and the views several times an
    /// answer, and a copy of every array and dictionary here cost about 1,100 instructions each.
    private var storage: Storage

    public var started: CaseEvent.CaseStarted? { storage.started }
    public var startedAt: Date? { storage.startedAt }
    public var startedBy: String? { storage.startedBy }
    public var status: Status { storage.status }
    /// Steps being worked on, in the order they became active.
    public var active: [StepVisit] { storage.active }
    /// Every finished step visit, in order of completion.
    public var completed: [StepVisit] { storage.completed }
    public var visits: [String: Int] { storage.visits }
    /// Parallel branches already arrived at a join that waits for more.
    public var joinArrivals: [String: Set<String>] { storage.joinArrivals }
    public var notes: [Note] { storage.notes }
    public var cancelReason: String? { storage.cancelReason }
    /// Who cancelled the case, and in which role (the timeline says so, tester 11's F24).
    public var cancelledBy: String? { storage.cancelledBy }
    public var cancelledRole: String? { storage.cancelledRole }
    /// The outcome the case ended with (`hasil_akhir`, a labelled exit to the end, or the `hasil` of
    /// the latest exit taken that carries one), apart from plain completion and cancellation. Set
    /// while the case is still open too when an exit carries it: read it for a completed case.
    public var outcome: String? { storage.outcome }
    public var endedAt: Date? { storage.endedAt }
    public var updatedAt: Date? { storage.updatedAt }
    public var lastSequence: Int { storage.lastSequence }
    /// Every amendment, in order, with who made it and when (the originals stay in the events).
    public var corrections: [CorrectionEntry] { storage.corrections }
    /// Every decision's branch corrected, in order (the original choice stays in the events).
    public var branchCorrections: [BranchCorrectionEntry] { storage.branchCorrections }
    /// Every pause, in order: when and by whom it began and ended (nil end: still paused).
    public var pauses: [PauseSpan] { storage.pauses }

    public struct PauseSpan: Sendable, Equatable {
        public var start: Date
        public var pausedBy: String
        public var end: Date?
        public var resumedBy: String?
    }

    public struct CorrectionEntry: Sendable, Equatable {
        public var correction: CaseEvent.Correction
        /// The value before the correction ("ya"/"tidak" for kelengkapan), nil if never given.
        public var previous: String?
        public var at: Date
        public var operatorName: String
        /// The role the correction was written in.
        public var role: String? = nil
    }

    public struct BranchCorrectionEntry: Sendable, Equatable {
        public var correction: CaseEvent.BranchCorrection
        public var at: Date
        public var operatorName: String
        public var role: String?
    }

    public init(id: CaseID) {
        self.id = id
        storage = Storage()
    }

    public struct Note: Sendable, Equatable {
        public var step: String?
        public var text: String
        public var at: Date
        public var operatorName: String
        /// The role the operator wrote the note in (none for an event written without one).
        public var role: String? = nil
    }

    /// Folds a whole history.
    public init(id: CaseID, events: [CaseEvent]) {
        self.init(id: id)
        for event in events { apply(event) }
    }

    public func visit(of step: String) -> StepVisit? { active.first { $0.step == step } }

    public mutating func apply(_ event: CaseEvent) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        storage.apply(event)
    }
}

extension CaseState {
    /// The case's fields, folded from its events in place (`CaseState.apply` copies them first
    /// when another copy of the case still shares them). Mutated only through a uniquely held
    /// reference, so the `CaseState` holding it stays a value, and as Sendable as it was.
    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var started: CaseEvent.CaseStarted? = nil
        @exclusivity(unchecked) var startedAt: Date? = nil
        @exclusivity(unchecked) var startedBy: String? = nil
        @exclusivity(unchecked) var status: CaseState.Status = .open
        @exclusivity(unchecked) var active: [StepVisit] = []
        @exclusivity(unchecked) var completed: [StepVisit] = []
        @exclusivity(unchecked) var visits: [String: Int] = [:]
        @exclusivity(unchecked) var joinArrivals: [String: Set<String>] = [:]
        @exclusivity(unchecked) var notes: [CaseState.Note] = []
        @exclusivity(unchecked) var cancelReason: String? = nil
        @exclusivity(unchecked) var cancelledBy: String? = nil
        @exclusivity(unchecked) var cancelledRole: String? = nil
        @exclusivity(unchecked) var outcome: String? = nil
        @exclusivity(unchecked) var endedAt: Date? = nil
        @exclusivity(unchecked) var updatedAt: Date? = nil
        @exclusivity(unchecked) var lastSequence: Int = 0
        @exclusivity(unchecked) var corrections: [CaseState.CorrectionEntry] = []
        @exclusivity(unchecked) var branchCorrections: [CaseState.BranchCorrectionEntry] = []
        @exclusivity(unchecked) var pauses: [CaseState.PauseSpan] = []

        init() {}

        init(copying other: Storage) {
            started = other.started
            startedAt = other.startedAt
            startedBy = other.startedBy
            status = other.status
            active = other.active
            completed = other.completed
            visits = other.visits
            joinArrivals = other.joinArrivals
            notes = other.notes
            cancelReason = other.cancelReason
            cancelledBy = other.cancelledBy
            cancelledRole = other.cancelledRole
            outcome = other.outcome
            endedAt = other.endedAt
            updatedAt = other.updatedAt
            lastSequence = other.lastSequence
            corrections = other.corrections
            branchCorrections = other.branchCorrections
            pauses = other.pauses
        }

        func apply(_ event: CaseEvent) {
            lastSequence = event.sequence
            updatedAt = event.at
            switch event.kind {
            case .caseStarted(let started):
                self.started = started
                startedAt = event.at
                startedBy = event.operatorName
            case .stepStarted(let payload):
                visits[payload.step] = payload.visit
                joinArrivals[payload.step] = nil
                var visit = StepVisit(step: payload.step, visit: payload.visit, role: payload.role,
                                      startedAt: event.at, due: payload.due)
                visit.rowStartedAt = payload.rowStarted
                visit.joint = payload.joint ?? []
                active.append(visit)
            case .kelengkapanChecked(let payload):
                // An item that does not apply is not missing: kept apart for the receipt and timeline.
                let applies = payload.notApplicable != true
                updateActive(payload.step, event) { visit in
                    visit.kelengkapan[payload.item] = payload.present || !applies
                    if applies { visit.notApplicable.remove(payload.item) } else { visit.notApplicable.insert(payload.item) }
                }
            case .fieldAnswered(let payload):
                updateActive(payload.step, event) { $0.fields[payload.field] = payload.value }
            case .outputRecorded(let payload):
                updateActive(payload.step, event) { $0.outputs[payload.item] = payload }
            case .branchChosen(let payload):
                updateActive(payload.step, event) { $0.branch = payload }
            case .joinArrived(let payload):
                joinArrivals[payload.step, default: []].insert(payload.from)
            case .noteAdded(let payload):
                notes.append(Note(step: payload.step, text: payload.text, at: event.at, operatorName: event.operatorName, role: event.role))
            case .stepCompleted(let payload):
                if let index = active.firstIndex(where: { $0.step == payload.step }) {
                    var visit = active.remove(at: index)
                    visit.completedAt = event.at
                    visit.completedBy = event.operatorName
                    visit.used = payload.used
                    visit.skipped = payload.skipped
                    visit.rowOpen = payload.rowOpen == true
                    visit.collective = payload.collective
                    // An exit's `hasil` is carried while the flow goes on; the latest outcome stands.
                    if let outcome = payload.outcome ?? payload.branchOutcome { self.outcome = outcome }
                    visit.operators.insert(event.operatorName)
                    visit.noteJointRole(of: event)
                    visit.completedRole = event.role
                    completed.append(visit)
                }
            case .casePaused:
                status = .paused
                pauses.append(PauseSpan(start: event.at, pausedBy: event.operatorName))
            case .caseResumed:
                status = .open
                if let last = pauses.indices.last, pauses[last].end == nil {
                    pauses[last].end = event.at
                    pauses[last].resumedBy = event.operatorName
                }
            case .caseCancelled(let payload):
                if let last = pauses.indices.last, pauses[last].end == nil { pauses[last].end = event.at }
                status = .cancelled
                cancelReason = payload.reason
                cancelledBy = event.operatorName
                cancelledRole = event.role
                endedAt = event.at
            case .caseCompleted:
                status = .completed
                endedAt = event.at
            case .answerCorrected(let payload):
                applyCorrection(payload, event)
            case .branchCorrected(let payload):
                // The decision's visit takes the corrected branch; the visits the wrong one started
                // are closed by the completions that follow.
                if let index = completed.lastIndex(where: { $0.step == payload.step && $0.visit == payload.visit }) {
                    completed[index].branch = CaseEvent.BranchChoice(step: payload.step, visit: payload.visit, label: payload.label,
                                                                     target: payload.target)
                }
                branchCorrections.append(CaseState.BranchCorrectionEntry(correction: payload, at: event.at,
                                                                         operatorName: event.operatorName, role: event.role))
            }
        }

        private func applyCorrection(_ payload: CaseEvent.Correction, _ event: CaseEvent) {
            func amend(_ visit: inout StepVisit) -> String? {
                switch payload.target {
                case .kelengkapan:
                    let previous = visit.notApplicable.contains(payload.name) ? "tidak berlaku"
                        : visit.kelengkapan[payload.name].map { $0 ? "ya" : "tidak" }
                    visit.kelengkapan[payload.name] = payload.value == "ya"
                    visit.notApplicable.remove(payload.name)
                    return previous
                case .field:
                    let previous = visit.fields[payload.name]
                    visit.fields[payload.name] = payload.value
                    return previous
                case .output:
                    let previous = visit.outputs[payload.name].map { $0.attachment?.name ?? $0.text }
                    visit.outputs[payload.name] = CaseEvent.OutputRecord(
                        step: payload.step, visit: payload.visit, item: payload.name, text: payload.value,
                        attachment: payload.attachment)
                    return previous
                }
            }
            var previous: String?
            if let index = active.firstIndex(where: { $0.step == payload.step && $0.visit == payload.visit }) {
                previous = amend(&active[index])
            } else if let index = completed.lastIndex(where: { $0.step == payload.step && $0.visit == payload.visit }) {
                previous = amend(&completed[index])
            }
            corrections.append(CorrectionEntry(correction: payload, previous: previous, at: event.at,
                                               operatorName: event.operatorName, role: event.role))
        }

        private func updateActive(_ step: String, _ event: CaseEvent, _ change: (inout StepVisit) -> Void) {
            guard let index = active.firstIndex(where: { $0.step == step }) else { return }
            change(&active[index])
            active[index].operators.insert(event.operatorName)
            active[index].noteJointRole(of: event)
        }
    }
}

/// One visit of a step (a loop visits a step again): when it started and ended, who worked on
/// it, and every answer given.
public struct StepVisit: Sendable, Equatable {
    public var step: String
    public var visit: Int
    public var role: String
    public var startedAt: Date
    public var due: Date?
    /// When the visit continues a pass through its printed row of several boxes, the start of
    /// the row's first box (see `CaseEvent.StepStarted.rowStarted`).
    public var rowStartedAt: Date?
    /// Done while its pass through the row went on (see `CaseEvent.StepCompletion.rowOpen`).
    public var rowOpen = false
    public var completedAt: Date?
    public var completedBy: String?
    /// The role the step was completed in: its own, or one of its joint roles (tester 28, F17).
    public var completedRole: String?
    /// The staff roles of the step's `bersama` actors, as its start gave them: their holders may
    /// work on it too (`Operator.works`), and it waits in their worklists as well.
    public var joint: [String] = []
    /// The operators who worked on it in one of its joint roles, with that role (the timeline
    /// names it beside them).
    public var jointOperators: [String: String] = [:]
    /// Seconds of the standard used, as recorded at completion.
    public var used: Double?
    public var operators: Set<String> = []
    public var kelengkapan: [String: Bool] = [:]
    /// Conditional items answered "tidak berlaku" (their `kelengkapan` entry is true: not missing).
    public var notApplicable: Set<String> = []
    public var fields: [String: String] = [:]
    public var outputs: [String: CaseEvent.OutputRecord] = [:]
    public var branch: CaseEvent.BranchChoice?
    /// Why the step was left out, when it was (see `CaseEvent.StepCompletion.skipped`).
    public var skipped: String?
    /// How many cases a collective run completed this visit for at once (`sop kolektif`); nil
    /// when it was done in this case alone.
    public var collective: Int?

    public init(step: String, visit: Int, role: String, startedAt: Date, due: Date?) {
        self.step = step
        self.visit = visit
        self.role = role
        self.startedAt = startedAt
        self.due = due
    }
}

extension StepVisit {
    /// Keeps who worked on the visit in one of its joint roles, and in which.
    mutating func noteJointRole(of event: CaseEvent) {
        guard let role = event.role, role != self.role, joint.contains(role) else { return }
        jointOperators[event.operatorName] = role
    }

    /// Every role the visit waits in: its own, then its joint roles.
    public var waitingRoles: [String] { joint.isEmpty ? [role] : [role] + joint }
}

extension CaseState {
    /// The items a per-item standard counted for `visit`: the latest answer of its field given
    /// by the time the visit started (or in the visit itself); nil without one.
    public func itemCount(_ perItem: PerItemWaktu, for visit: StepVisit?) -> Int? {
        let name = perItem.field.value
        if let own = visit?.fields[name] { return PerItemWaktu.count(own) }
        let start = visit?.startedAt ?? .distantFuture
        let answered = (completed + active).filter { $0.startedAt <= start && $0.fields[name] != nil }
        return PerItemWaktu.count(answered.max { $0.startedAt < $1.startedAt }?.fields[name])
    }

    /// The choice a standard chosen by the case (`waktu_baku: {menurut}`) took for `visit`: by
    /// the latest branch its decision took, or answer its field got, by the visit's start (as
    /// its due time was set); nil when the case chose none of its values (`lainnya`).
    public func chosenStandard(_ conditional: ConditionalWaktu, for visit: StepVisit?) -> ConditionalWaktu.Choice? {
        let name = conditional.basis.value
        if let own = visit?.fields[name] { return conditional.choice(for: own) }
        let start = visit?.startedAt ?? .distantFuture
        let earlier = (completed + active).filter { $0.startedAt <= start }.sorted { $0.startedAt > $1.startedAt }
        let value = earlier.lazy.compactMap { $0.step == name ? $0.branch?.label : $0.fields[name] }.first
        return value.flatMap(conditional.choice(for:))
    }
}
