import Foundation
import SOPCore
import SOPModel

/// Collective completion against a store (tester 28, F6): the step completed in each chosen
/// case, one case after another, each case's events appended on their own (its own chain, its
/// own role check in the engine and, on PostgreSQL, in the server). A failure or an interruption
/// leaves every case either untouched or completed; `progress` is told of each case as it is
/// written, so that the desk can say which were done.
public final class CollectiveRun {
    public let store: CaseStore
    public let clock: Clock
    public let actor: Operator
    /// The engine of a case's pinned SOP revision (cases of one SOP may follow different
    /// revisions); nil with the reason when the revision cannot be read.
    public let engineFor: (CaseState) -> Result<Engine, EngineError>

    public enum CaseResult: Sendable, Equatable {
        /// Completed: the events written.
        case done(CaseID, [CaseEvent])
        /// Refused by the engine (the step is no longer waiting, a role not held, a required item missing…): nothing written.
        case refused(CaseID, Localized)
        /// The store failed: nothing of this case written, and the run stops (the cases after it are not attempted).
        case failed(CaseID, StoreError)
    }

    /// How often a case whose log moved on while it was being written is read again and tried.
    public static let staleRetries = 3

    public init(store: CaseStore, clock: Clock, actor: Operator, engineFor: @escaping (CaseState) -> Result<Engine, EngineError>) {
        self.store = store
        self.clock = clock
        self.actor = actor
        self.engineFor = engineFor
    }

    /// Completes `step` in each case, in order; stops at the first store failure. Every case
    /// is stamped with the same time (the moment the run began), the same operator.
    @discardableResult
    public func run(step: String, cases: [CaseID], answers: CollectiveAnswers,
                    progress: (CaseResult) -> Void = { _ in }) -> [CaseResult] {
        let now = clock.now().wholeMilliseconds
        var results: [CaseResult] = []
        for id in cases {
            let result = complete(step, in: id, answers: answers, at: now, cases: cases.count)
            results.append(result)
            progress(result)
            if case .failed = result { break }
        }
        return results
    }

    private func complete(_ step: String, in id: CaseID, answers: CollectiveAnswers, at now: Date, cases: Int) -> CaseResult {
        var attempt = 0
        while true {
            let state: CaseState
            let engine: Engine
            do {
                let events = try store.events(of: id)
                let loaded = CaseState(id: id, events: events)
                switch engineFor(loaded) {
                case .success(let found): engine = found
                case .failure(let error): return .refused(id, error.message)
                }
                state = engine.state(of: id, events: events)
            } catch {
                return .failed(id, error)
            }
            let kinds: [CaseEvent.Kind]
            do {
                kinds = try engine.completeCollectively(step, answers: answers, on: state, by: actor, at: now, cases: cases)
            } catch {
                return .refused(id, error.message)
            }
            // The visit's role, or the joint role (`bersama`) the operator works on it in (F17).
            let role = state.visit(of: step).map { actor.role(for: $0) ?? $0.role } ?? actor.roles.first
            var next = state
            let events = kinds.enumerated().map { offset, kind in
                CaseEvent(sequence: state.lastSequence + 1 + offset, at: now, operatorName: actor.name, role: role, kind: kind)
            }
            events.forEach { next.apply($0) }
            guard let projection = next.projection(engine: engine) else {
                return .failed(id, .unavailable(Localized(verbatim: "projection")))
            }
            do {
                try store.append(events, to: id, projection: projection)
                return .done(id, events)
            } catch .stale {
                // Another desk wrote to this case meanwhile: read it again and decide again
                // (the step may have been done there: then it is refused as no longer waiting).
                attempt += 1
                if attempt > Self.staleRetries {
                    return .failed(id, .unavailable(Catalog.Chain.staleGaveUp(id.rawValue, attempts: attempt)))
                }
            } catch {
                return .failed(id, error)
            }
        }
    }
}

extension CollectiveRun {
    /// Where a case went once its step was completed collectively, as the desk says it after
    /// the case's `✓` line ("kegiatan 3 menunggu Petugas Front Office", "kasus selesai"): from
    /// the events written (`CaseResult.done`); nil when they start no step and end no case.
    public static func next(after events: [CaseEvent], engine: Engine) -> Localized? {
        let parts = events.compactMap { event -> Localized? in
            if case .caseCompleted = event.kind { return Catalog.Collective.caseCompleted }
            guard case .stepStarted(let started) = event.kind else { return nil }
            let role = engine.actor(started.role)?.lineName ?? started.role
            return Catalog.Collective.nextWaits(engine.step(started.step).map(engine.label) ?? started.step, role: role)
        }
        guard !parts.isEmpty else { return nil }
        return Localized(id: parts.map(\.id).joined(separator: ", "), en: parts.map(\.en).joined(separator: ", "))
    }
}

/// A row marked `kolektif: ya` waiting in several open cases of a worklist: what `sop tasks`
/// names the command for, and the web worklist links to the collective page for.
public struct CollectiveWaiting: Sendable {
    public let sop: SOP
    public let step: Step
    public let count: Int

    /// In the worklist's order of first appearance; only rows of the SOPs given (the folder's,
    /// by nomor) marked collective there, waiting in more than one open case.
    public static func of(_ tasks: [TaskEntry], sops: [SOP]) -> [CollectiveWaiting] {
        var counts: [String: Int] = [:]
        var order: [(nomor: String, step: String)] = []
        for task in tasks where task.status == .open {
            let key = task.nomor + "\u{1F}" + task.entry.step
            if counts[key] == nil { order.append((task.nomor, task.entry.step)) }
            counts[key, default: 0] += 1
        }
        return order.compactMap { nomor, step in
            guard let count = counts[nomor + "\u{1F}" + step], count > 1, let sop = sops.first(where: { $0.nomor == nomor }),
                let row = sop.step(step), row.isCollective
            else { return nil }
            return CollectiveWaiting(sop: sop, step: row, count: count)
        }
    }
}
