import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPLint
import SOPModel
import SOPStore

/// A refusal a route answers with a page: the status and the sentence, never internal text.
public struct PageError: Error, Sendable {
    public let status: HTTPResponse.Status
    public let message: Localized
    /// The page's heading when the generic one ("Tidak dapat dilayani") says the wrong thing.
    public var title: Localized? = nil
    /// A way on from the refusal (the case's timeline), besides back to the worklist.
    public var link: (href: String, text: Localized)? = nil
    /// What the server's log gets besides the page, for the operator (the store's path and
    /// versions): never shown to a visitor, who may not be logged in.
    public var logged: String? = nil

    public init(_ status: HTTPResponse.Status, _ message: Localized) {
        self.status = status
        self.message = message
    }

    static let notFound = PageError(.notFound, Catalog.Serve.notFound)
    static let forbidden = PageError(.forbidden, Catalog.Serve.forbidden)

    /// A store failure as users may read it (the store's own words are already catalogued).
    static func store(_ error: StoreError) -> PageError {
        switch error {
        case .notFound: .notFound
        case .stale: PageError(.conflict, Catalog.Serve.staleTitle)
        case .unavailable(let message): PageError(.serviceUnavailable, message)
        // The desk cannot serve until the operator acts (503: no retry by the user changes it).
        // The page names no path or version (anyone may reach /masuk); the log has them.
        case .schema(let message): {
            var page = PageError(.serviceUnavailable, Catalog.StoreSchema.onTheWeb)
            page.logged = message.en
            return page
        }()
        }
    }
}

/// A case with the SOP text it is pinned to, read back into the model.
struct PinnedCase: Sendable {
    let events: [CaseEvent]
    let state: CaseState
    let sop: SOP
    let engine: Engine
    let tracking: String?
}

/// An SOP of the folder a case may be started from.
struct StartableSOP: Sendable {
    let nomor: String
    let judul: String
    let path: String
    let bytes: [UInt8]
    let sop: SOP?
    let hasErrors: Bool
    /// The staff role that records its first step (who starts a case of it).
    var firstRole: String? = nil
}

/// The desk's work on the store, shared by every route: reading cases pinned to their SOP,
/// the roster, starting cases and committing commands, each on a gateway worker.
final class Desk: Sendable {
    let gateway: StoreGateway
    let folder: SOPFolder
    let calendar: WorkCalendar
    let clock: any Clock
    let configuration: ServerConfiguration
    private let models = ModelCache()
    /// The folder's SOPs, each with its lint result and the role that starts it, as last read.
    let sops: FolderCache
    /// Cases and the roster as last read, used while the store still holds them.
    let memory = DeskMemory()
    /// Sessions as last read, for a step's answer on a store that checks the session in the
    /// write's transaction (`guardsSessions`).
    let sessions = KnownSessions()
    let guardsSessions: Bool

    init(gateway: StoreGateway, folder: SOPFolder, calendar: WorkCalendar, clock: any Clock, configuration: ServerConfiguration,
         guardsSessions: Bool = false) {
        self.guardsSessions = guardsSessions
        self.gateway = gateway
        self.folder = folder
        self.calendar = calendar
        self.clock = clock
        self.configuration = configuration
        self.sops = FolderCache(folder: folder, calendar: calendar)
    }

    // MARK: Reading

    func roster() async throws -> Roster {
        let memory = self.memory
        return try await gateway.run { store in try memory.roster(store) }
    }

    /// The roster as this request's first read found it (`SessionMiddleware`), else read now.
    func roster(for context: DeskContext) async throws -> Roster {
        if let read = context.roster { return read }
        return try await roster()
    }

    /// The case and its pinned SOP; 404 for an unknown case.
    func pinned(_ id: CaseID) async throws -> PinnedCase {
        let models = self.models, calendar = self.calendar, memory = self.memory
        return try await gateway.run { store in try Self.load(id, store: store, models: models, calendar: calendar, memory: memory).0 }
    }

    /// The case as `memory` keeps it when the store's head of its chain is the kept one (one
    /// indexed read), else read whole, its chain checked, and kept; with the head it is kept under.
    static func load(_ id: CaseID, store: any CaseStore, models: ModelCache, calendar: WorkCalendar,
                     memory: DeskMemory) throws -> (PinnedCase, LogHead?) {
        guard let heads = store as? DeskHeadStore else { return (try load(id, store: store, models: models, calendar: calendar), nil) }
        let head: LogHead
        do {
            guard let read = try heads.caseHead(id) else { throw PageError.notFound }
            head = read
        } catch let error as StoreError {
            throw PageError.store(error)
        }
        if let kept = memory.pinned(id, head: head) { return (kept, head) }
        let pinned = try load(id, store: store, models: models, calendar: calendar)
        // Kept only when the log read ends at the head read just before (nothing appended between).
        guard pinned.state.lastSequence == head.sequence else { return (pinned, nil) }
        memory.keep(pinned, head: head)
        return (pinned, head)
    }

    static func load(_ id: CaseID, store: any CaseStore, models: ModelCache, calendar: WorkCalendar) throws -> PinnedCase {
        do {
            let events = try store.events(of: id)
            let folded = CaseState(id: id, events: events)
            guard let hash = folded.started?.revision else { throw PageError.notFound }
            let tracking = try store.summary(of: id)?.projection.lookup.tracking
            let sop = try pinnedSOP(hash, of: id, store: store, models: models)
            let engine = Engine(sop: sop, calendar: calendar)
            return PinnedCase(events: events, state: engine.state(of: id, events: events), sop: sop, engine: engine, tracking: tracking)
        } catch let error as StoreError {
            throw PageError.store(error)
        }
    }

    /// The SOP revision `hash` a case is pinned to, parsed once (`models`); 404 when the store
    /// lacks it, 500 when it no longer reads.
    static func pinnedSOP(_ hash: String, of id: CaseID, store: any CaseStore, models: ModelCache) throws -> SOP {
        if let sop = models.sop(hash) { return sop }
        guard let revision = try store.pinnedRevision(hash, of: id) else { throw PageError.notFound }
        let result = SOPLoader.load(bytes: revision.content, path: revision.path)
        guard let sop = result.sop, !result.hasErrors else {
            throw PageError(.internalServerError, Catalog.Serve.serverError)
        }
        models.keep(sop, hash: hash)
        return sop
    }

    /// Collective completion (`sop kolektif`'s `CollectiveRun`) of `step` in one case, in one
    /// write of its own: the case read again and decided by the engine of its pinned revision,
    /// its events appended on their own. A store failure rolls back this case alone (nothing of
    /// it written) and is returned as `.failed`; so is a group's commit that failed.
    func completeCollectively(_ step: String, in id: CaseID, answers: CollectiveAnswers, actor: Operator,
                              at time: Date) async -> CollectiveRun.CaseResult {
        struct NotWritten: Error { let result: CollectiveRun.CaseResult }
        let models = self.models, calendar = self.calendar
        let written: (CollectiveRun.CaseResult, CaseState?)
        do {
            written = try await gateway.run(writing: true) { store -> (CollectiveRun.CaseResult, CaseState?) in
                let run = CollectiveRun(store: store, clock: FixedClock(time), actor: actor) { state in
                    do {
                        let sop = try Self.pinnedSOP(state.started?.revision ?? "", of: state.id, store: store, models: models)
                        return .success(Engine(sop: sop, calendar: calendar))
                    } catch let error as PageError {
                        return .failure(EngineError(error.message))
                    } catch {
                        return .failure(EngineError(Catalog.Serve.serverError))
                    }
                }
                let result = run.run(step: step, cases: [id], answers: answers).first ?? .refused(id, Catalog.Serve.notFound)
                switch result {
                case .failed:
                    // Thrown, so that this case's savepoint is rolled back whatever the store left of it.
                    throw NotWritten(result: result)
                case .done:
                    // The case as it is now, for the live pages (read in the same write).
                    return (result, (try? store.events(of: id)).map { CaseState(id: id, events: $0) })
                case .refused:
                    return (result, nil)
                }
            }
        } catch let failed as NotWritten {
            return failed.result
        } catch let error as PageError {
            return .failed(id, .unavailable(error.message))
        } catch {
            return .failed(id, .unavailable(Catalog.Serve.serverError))
        }
        if case .done(_, let events) = written.0, let state = written.1 {
            // The live worklists and pages: the case moved on, as after a step's answer.
            configuration.onChange(Self.change(id, events: events, after: state))
        }
        return written.0
    }

    /// Every SOP of the folder, read now (a new or edited file needs no restart), with whether
    /// `sop lint` finds errors in it: a case starts only from an SOP without errors.
    func startable() -> [StartableSOP] {
        sops.current(today: clock.now()).sops
    }

    /// The staff roles of an SOP the operator holds, in grant order.
    static func actor(_ name: String, in sop: SOP, roster: Roster) -> Operator {
        let staff = sop.actors.filter(\.kind.operatesSystem).map(\.id.value)
        return Operator(name: name, roles: roster.roles(of: name, sop: sop.nomor).filter(staff.contains))
    }

    /// The staff role that records an SOP's first step (who starts a case).
    static func firstRole(of sop: SOP, calendar: WorkCalendar) -> String? {
        guard let first = sop.steps.first, let staff = sop.actors.first(where: \.kind.operatesSystem) else { return nil }
        return Engine(sop: sop, calendar: calendar).handlingRole(of: first, previousRole: staff.id.value)
    }

    /// Whether `name` may start a case of `entry` now: it has no `sop lint` errors and they hold
    /// the role of its first step.
    static func mayStart(_ entry: StartableSOP, _ name: String, roster: Roster) -> Bool {
        guard entry.sop != nil, !entry.hasErrors, let role = entry.firstRole else { return false }
        return roster.holds(name, role, sop: entry.nomor)
    }

    /// The SOPs that cannot be started for their `sop lint` errors, whose first step's role
    /// `name` holds: what they are told instead of being offered them.
    static func blocked(_ entries: [StartableSOP], _ name: String, roster: Roster) -> [StartableSOP] {
        entries.filter { entry in
            guard entry.hasErrors, entry.sop != nil, let role = entry.firstRole else { return false }
            return roster.holds(name, role, sop: entry.nomor)
        }
    }

    // MARK: Writing

    /// What a commit came to.
    enum Outcome: Sendable {
        /// Written; the case as it is now.
        case written(CaseState)
        /// Refused by the engine: the messages by form field ("" for the whole form).
        case invalid(ValidationFailure)
        /// Another desk changed what this write is about since `seen`: their events.
        case stale([CaseEvent], CaseState)
    }

    /// Builds events on the case as stored and appends them, all or nothing. `seen` is the last
    /// sequence the operator's page showed: when another desk's events since then touch `step`
    /// (or the case's status), nothing is written and they are returned. A write that meets a
    /// newer log at the store is built again on the reloaded case (at most 3 times).
    /// `kept`: the case as this request's first read found it kept (`DeskContext.caseAtHead`): the
    /// first try builds on it without reading the head again; the store refuses the append if the
    /// case moved since (its expected sequence), and the next try reads it.
    /// `session`: the id hash of a session not read by this request (`KnownSessions`): every
    /// append is checked against it in its own transaction (`SessionGuardedStore`).
    func commit(_ id: CaseID, seen: Int?, step: String?, kept: (pinned: PinnedCase, head: LogHead)? = nil, session: String? = nil,
                build: @escaping @Sendable (PinnedCase, any CaseStore) throws -> Result<[CaseEvent.Kind], ValidationFailure>,
                role: @escaping @Sendable (PinnedCase) -> String?, operatorName: String) async throws -> Outcome {
        let models = self.models, calendar = self.calendar, clock = self.clock, memory = self.memory
        let kept = kept.flatMap { $0.pinned.state.id == id ? ($0.pinned, $0.head) : nil }
        let outcome: (Outcome, CaseChange?) = try await gateway.run(writing: true) { store in
            for attempt in 0..<4 {
                let (pinned, head): (PinnedCase, LogHead?)
                if attempt == 0, let kept { (pinned, head) = kept } else {
                    (pinned, head) = try Self.load(id, store: store, models: models, calendar: calendar, memory: memory)
                }
                let state = pinned.state
                if let seen {
                    let theirs = pinned.events.filter { $0.sequence > seen }
                    let overlapping = theirs.filter { $0.kind.changesStatus || (step != nil && $0.kind.step == step) }
                    if !overlapping.isEmpty { return (.stale(overlapping, state), nil) }
                }
                let kinds: [CaseEvent.Kind]
                switch try build(pinned, store) {
                case .failure(let failure): return (.invalid(failure), nil)
                case .success(let built): kinds = built
                }
                let now = clock.now().wholeMilliseconds
                let eventRole = role(pinned)
                let events = kinds.enumerated().map { offset, kind in
                    CaseEvent(sequence: state.lastSequence + 1 + offset, at: now, operatorName: operatorName, role: eventRole, kind: kind)
                }
                var next = state
                events.forEach { next.apply($0) }
                guard let projection = next.projection(sop: pinned.sop) else { throw PageError(.internalServerError, Catalog.Serve.serverError) }
                do {
                    if let session, let guarded = store as? SessionGuardedStore {
                        try guarded.whileSessionLive(session, operatorName: operatorName, at: clock.now()) { try store.append(events, to: id, projection: projection) }
                    } else {
                        try store.append(events, to: id, projection: projection)
                    }
                } catch StoreError.stale {
                    continue
                } catch StoreError.unavailable(let message) where session != nil && message == Catalog.WebSessions.sessionEnded {
                    throw SessionEnded()
                } catch let error as StoreError {
                    throw PageError.refused(error, operatorName: operatorName, role: eventRole, steps: events.compactMap(\.kind.step),
                                            sop: pinned.sop)
                }
                memory.wrote(events, after: pinned, head: head, state: next)
                return (.written(next), Self.change(id, events: events, after: next))
            }
            throw PageError(.conflict, Catalog.Chain.staleGaveUp(id.rawValue, attempts: 4))
        }
        if let change = outcome.1 { configuration.onChange(change) }
        return outcome.0
    }

    /// Opens a case on the SOP as the folder has it now, pinned to that text.
    func start(_ entry: StartableSOP, sop: SOP, actor: Operator) async throws -> CaseState {
        let calendar = self.calendar, clock = self.clock
        let (state, events, revision): (CaseState, [CaseEvent], String) = try await gateway.run(writing: true, starting: true) { store in
            let revision = SOPRevision(content: entry.bytes, nomor: sop.nomor, judul: sop.judul,
                                       revisionDate: SOPDate.printed(sop.identity.dates.revisi), path: entry.path, savedAt: clock.now())
            do {
                let session = try CaseSession.start(revision: revision, engine: Engine(sop: sop, calendar: calendar), store: store,
                                                    clock: clock, prompter: SilentPrompter(), attachments: NoFiles(), actor: actor)
                return (session.state, session.openingEvents, revision.hash)
            } catch let error as StoreError {
                throw PageError.refused(error, operatorName: actor.name, role: actor.roles.first, steps: sop.steps.prefix(1).map(\.id.value),
                                        sop: sop)
            }
        }
        keepStarted(state, events: events, sop: sop, revision: revision)
        configuration.onChange(Self.change(state.id, events: [], after: state, kind: .started))
        return state
    }

    /// A case this desk has just started (committed), kept as its step page will read it: under
    /// the head the store computed the same way (`EventChain`, from an empty chain), so the page
    /// that follows needs no read of the events (the answer path's `DeskMemory.wrote`).
    private func keepStarted(_ state: CaseState, events: [CaseEvent], sop: SOP, revision: String) {
        let archived = events.map(\.archived)
        guard let last = EventChain.linked(archived, caseID: state.id.rawValue, previous: "").last, let hash = last.hash else { return }
        models.keep(sop, hash: revision)
        let engine = Engine(sop: sop, calendar: calendar)
        let pinned = PinnedCase(events: events, state: engine.state(of: state.id, events: events), sop: sop, engine: engine,
                                tracking: state.started?.tracking)
        memory.keep(pinned, head: LogHead(sequence: last.sequence, hash: hash))
    }

    static func change(_ id: CaseID, events: [CaseEvent], after state: CaseState, kind: CaseChange.Kind? = nil) -> CaseChange {
        let kinds = events.map(\.kind)
        func has(_ test: (CaseEvent.Kind) -> Bool) -> Bool { kinds.contains(where: test) }
        let derived: CaseChange.Kind
        if has({ if case .caseCompleted = $0 { true } else { false } }) {
            derived = .completed
        } else if has({ if case .caseCancelled = $0 { true } else { false } }) {
            derived = .cancelled
        } else if has({ if case .casePaused = $0 { true } else { false } }) {
            derived = .paused
        } else if has({ if case .caseResumed = $0 { true } else { false } }) {
            derived = .resumed
        } else if has({ if case .stepStarted = $0 { true } else if case .stepCompleted = $0 { true } else { false } }) {
            derived = .stepsChanged
        } else if has({ if case .answerCorrected = $0 { true } else { false } }) {
            derived = .corrected
        } else if kinds.allSatisfy({ if case .noteAdded = $0 { true } else { false } }) {
            derived = .noted
        } else {
            derived = .answered
        }
        return CaseChange(caseID: id.rawValue, kind: kind ?? derived, sequence: state.lastSequence,
                          // A joint row (`bersama`) waits for each of its roles.
                          waiting: state.active.flatMap { visit in visit.waitingRoles.map { CaseChange.Waiting(step: visit.step, role: $0) } })
    }
}

/// A guarded write found its session gone or expired (`Desk.commit(session:)`): nothing written.
struct SessionEnded: Error {}

/// Refusals by form field, for the page to show next to each ("" for the whole form).
struct ValidationFailure: Error, Sendable {
    var messages: [String: Localized]
    /// An upload of a type not accepted (415 rather than 422).
    var unsupportedType = false
}

/// SOP models by revision hash: a pinned revision never changes, so it is parsed once.
final class ModelCache: @unchecked Sendable {
    // @unchecked: `models` is read and written only under `lock`.
    private let lock = NSLock()
    private var models: [String: SOP] = [:]

    func sop(_ hash: String) -> SOP? { lock.withLock { models[hash] } }
    func keep(_ sop: SOP, hash: String) { lock.withLock { models[hash] = sop } }
}

/// The engine's session needs a prompter to start a case; the web desk shows pages instead.
private final class SilentPrompter: Prompter {
    func show(_ message: SessionMessage) {}
    func ask(_ question: Question) -> Reply { .endOfInput }
    func refused(_ question: Question, reason: Localized) -> Bool { false }
}

/// Outputs come as uploads, never as paths on the server's disk.
private struct NoFiles: AttachmentSource {
    func read(_ path: String) -> Result<[UInt8], AttachmentProblem> { .failure(AttachmentProblem(Catalog.Serve.forbidden)) }
}
