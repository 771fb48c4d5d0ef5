import Foundation
import SOPCore
import SOPEngine
import SOPLint
import SOPModel
import SOPStore

/// What the desk keeps between requests so that a page or an answer does not read and check
/// again what has not changed: a case as last read or written, the roster, the SOPs a case may
/// start from. Each is used only after one indexed read shows the store still holds exactly it:
/// the head of the case's event chain, of the roster's chain (a hash covers every line before
/// it), the SOP file's bytes. A revocation, another desk's answer, a terminal's write or an
/// edited SOP file is therefore seen by the very next request, as when everything was read anew.
final class DeskMemory: @unchecked Sendable {
    // @unchecked: every dictionary is read and written only under `lock`.
    private let lock = NSLock()
    private var cases: [String: (head: LogHead, pinned: PinnedCase)] = [:]
    private var roster: (head: LogHead?, roster: Roster)?
    private var startables: [String: (bytes: [UInt8], day: Int, entry: StartableSOP?)] = [:]
    /// Cases kept at most (those being worked on; each is its events and state).
    static let caseLimit = 256

    // MARK: Cases

    /// The case as kept, if the store's head is the one it was kept under.
    func pinned(_ id: CaseID, head: LogHead) -> PinnedCase? {
        lock.withLock { cases[id.rawValue].flatMap { $0.head == head ? $0.pinned : nil } }
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
        let head = try heads.rosterHead()
        if let kept = lock.withLock({ roster }), kept.head == head { return kept.roster }
        let fresh = Roster(history: try rosterStore.rosterHistory())
        // Kept only when the history read ends where the head said (no grant slipped in between).
        if fresh.history.last?.sequence == head?.sequence, fresh.history.last?.hash == head?.hash {
            lock.withLock { roster = (head, fresh) }
        }
        return fresh
    }

    // MARK: SOPs to start from

    /// Every SOP of the folder with whether `sop lint` finds errors in it, read now: a file whose
    /// bytes (and the day, which some lint rules depend on) are as when it was last parsed and
    /// linted is not parsed and linted again.
    func startable(folder: SOPFolder, today: Date) -> [StartableSOP] {
        let files: [String]
        do { files = try folder.files() } catch { return [] }
        let day = Int(today.timeIntervalSince1970 / 86400)
        var entries: [StartableSOP] = []
        for path in files {
            // Read whole only to be compared (a file past the loader's own limit is refused by it, as before).
            let bytes: [UInt8]? = if case .success(let read) = FileReader.read(path, limit: 16 << 20) { read } else { nil }
            if let bytes, let kept = lock.withLock({ startables[path] }), kept.day == day, kept.bytes == bytes {
                if let entry = kept.entry { entries.append(entry) }
                continue
            }
            switch SOPFolder.document(at: path) {
            case .calendar:
                if let bytes { lock.withLock { startables[path] = (bytes, day, nil) } }
            case .sop(let result):
                let findings = Linter(today: today).lint([.memory(path: result.source.path, bytes: result.source.bytes)])[0].diagnostics
                let entry = StartableSOP(nomor: result.sop?.nomor ?? result.source.path, judul: result.sop?.judul ?? "",
                                         path: result.source.path, bytes: result.source.bytes, sop: result.sop,
                                         hasErrors: result.hasErrors || findings.hasErrors || result.sop == nil)
                if bytes != nil { lock.withLock { startables[path] = (result.source.bytes, day, entry) } }
                entries.append(entry)
            }
        }
        lock.withLock { startables = startables.filter { files.contains($0.key) } }
        return entries
    }
}
