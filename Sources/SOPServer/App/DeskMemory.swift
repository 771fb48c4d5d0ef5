import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// What the desk keeps between requests so that a page or an answer does not read and check
/// again what has not changed: a case as last read or written, and the roster (the SOP folder
/// is `FolderCache`'s). Each is used only after one indexed read shows the store still holds
/// exactly it: the head of the case's event chain, of the roster's chain (a hash covers every
/// line before it). A revocation, another desk's answer or a terminal's write is therefore seen
/// by the very next request, as when everything was read anew.
final class DeskMemory: @unchecked Sendable {
    // @unchecked: every dictionary is read and written only under `lock`.
    private let lock = NSLock()
    private var cases: [String: (head: LogHead, pinned: PinnedCase)] = [:]
    private var roster: (head: LogHead?, roster: Roster)?
    /// Cases kept at most (those being worked on; each is its events and state).
    static let caseLimit = 256

    // MARK: Cases

    /// The case as kept, if the store's head is the one it was kept under.
    func pinned(_ id: CaseID, head: LogHead) -> PinnedCase? {
        lock.withLock { cases[id.rawValue].flatMap { $0.head == head ? $0.pinned : nil } }
    }

    /// The case as last kept, with the head it was kept under, whatever the store holds now:
    /// for a write whose own transaction finds out (an answer's expected sequence), never for a page.
    func latest(_ id: CaseID) -> (pinned: PinnedCase, head: LogHead)? {
        lock.withLock { cases[id.rawValue].map { ($0.pinned, $0.head) } }
    }

    func keep(_ pinned: PinnedCase, head: LogHead) {
        lock.withLock {
            if cases.count >= Self.caseLimit, cases[pinned.state.id.rawValue] == nil { cases.remove(at: cases.startIndex) }
            cases[pinned.state.id.rawValue] = (head, pinned)
        }
    }

    /// After this desk appended `events` to `before` (kept under `head`): the case as it is now,
    /// under the head the store computed the same way (EventChain), so the next page needs no read.
    func wrote(_ events: [CaseEvent], after before: PinnedCase, head: LogHead?, state: CaseState) {
        guard let head, let last = EventChain.linked(events.map(\.archived), caseID: state.id.rawValue, previous: head.hash).last,
            let hash = last.hash
        else { return }
        keep(PinnedCase(events: before.events + events, state: state, sop: before.sop, engine: before.engine, tracking: before.tracking),
             head: LogHead(sequence: last.sequence, hash: hash))
    }

    // MARK: Roster

    /// The roster now: the kept one when the roster's head has not moved, else read again.
    func roster(_ store: any AdministeredStore) throws(StoreError) -> Roster {
        guard let rosterStore = store as? RosterStore else { return Roster(history: []) }
        guard let heads = store as? DeskHeadStore else { return Roster(history: try rosterStore.rosterHistory()) }
        return try roster(rosterStore, head: try heads.rosterHead())
    }

    /// The roster as last kept, whatever the store holds now: for a write the store checks
    /// against the roster itself (its role triggers), never for what a page shows.
    func latestRoster() -> Roster? { lock.withLock { roster?.roster } }

    /// The roster whose head the store has just given (`DeskLook`): the kept one when it is that.
    func roster(_ rosterStore: any RosterStore, head: LogHead?) throws(StoreError) -> Roster {
        if let kept = lock.withLock({ roster }), kept.head == head { return kept.roster }
        let fresh = Roster(history: try rosterStore.rosterHistory())
        // Kept only when the history read ends where the head said (no grant slipped in between).
        if fresh.history.last?.sequence == head?.sequence, fresh.history.last?.hash == head?.hash {
            lock.withLock { roster = (head, fresh) }
        }
        return fresh
    }
}
