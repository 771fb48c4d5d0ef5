import Foundation
import SOPEngine
import SOPModel

/// Due times as the clock stands, for the listings. The store keeps each step's due time as it
/// was when the step started (the worklist rows, and `sop db verify` checks them against the
/// events); when a case has been paused and its SOP stops the clock for pauses
/// (`kasus: jeda_menghentikan_waktu`, default ya), `sop tasks`, the worklist picker and
/// `sop cases` print them moved on by the paused spans, each on its standard's own clock, as
/// the desk judges the step when it is done (`Engine.due(of:in:now:)`). Only cases still open
/// or paused are read again (their events and pinned SOP); an SOP text is parsed once.
final class PausedDeadlines {
    let store: CaseStore
    let calendar: WorkCalendar
    let now: Date
    let pinned: PinnedSOPs
    private var engines: [String: Engine?] = [:]

    init(store: CaseStore, calendar: WorkCalendar, now: Date, pinned: PinnedSOPs? = nil) {
        self.store = store
        self.calendar = calendar
        self.now = now
        self.pinned = pinned ?? PinnedSOPs(store: store)
    }

    /// The case's state and engine when it has been paused; nil when nothing moves (never
    /// paused, finished, or unreadable: then the stored times stand).
    private func paused(_ id: CaseID) -> (state: CaseState, engine: Engine)? {
        guard let events = try? store.events(of: id) else { return nil }
        let state = CaseState(id: id, events: events)
        guard !state.pauses.isEmpty, !state.status.isFinished, let revision = state.started?.revision,
            let engine = engine(revision, case: id)
        else { return nil }
        return (state, engine)
    }

    private func engine(_ revision: String, case id: CaseID) -> Engine? {
        if let known = engines[revision] { return known }
        var engine: Engine?
        if let sop = pinned.sop(revision, case: id), sop.caseSettings.pauseStopsClock {
            engine = Engine(sop: sop, calendar: calendar)
        }
        engines[revision] = engine
        return engine
    }

    private func moved(_ entry: CaseProjection.ActiveEntry, in state: CaseState, engine: Engine) -> CaseProjection.ActiveEntry {
        guard let visit = state.active.first(where: { $0.step == entry.step && $0.visit == entry.visit }) else { return entry }
        var entry = entry
        entry.due = engine.due(of: visit, in: state, now: now)
        return entry
    }

    /// Waiting steps with their due times moved, soonest first again (no due time last).
    func tasks(_ tasks: [TaskEntry]) -> [TaskEntry] {
        var cache: [CaseID: (state: CaseState, engine: Engine)?] = [:]
        let moved = tasks.map { task -> TaskEntry in
            if cache[task.caseID] == nil { cache[task.caseID] = .some(paused(task.caseID)) }
            guard let found = cache[task.caseID] ?? nil else { return task }
            var task = task
            task.entry = self.moved(task.entry, in: found.state, engine: found.engine)
            return task
        }
        return moved.enumerated().sorted { a, b in
            switch (a.element.entry.due, b.element.entry.due) {
            case let (x?, y?) where x != y: x < y
            case (_?, nil): true
            case (nil, _?): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Cases with their steps' and the whole case's due times moved.
    func cases(_ cases: [CaseSummary]) -> [CaseSummary] {
        cases.map { summary in
            guard !summary.projection.status.isFinished,
                let found = paused(summary.id)
            else { return summary }
            var summary = summary
            summary.projection.active = summary.projection.active.map { moved($0, in: found.state, engine: found.engine) }
            summary.projection.due = found.engine.caseDue(in: found.state, now: now)
            return summary
        }
    }
}
