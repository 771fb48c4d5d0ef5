import Foundation
import SOPCore

extension EventChain {
    /// Every break of a chain, each edit once: after a changed event the chain goes on from its
    /// stored hash (so one edit is one break), after a gap from the event found. An event inserted
    /// or deleted in the middle with the events after it renumbered (a sequence is inside each
    /// hash) is one break where the chain is cut, and one line of consequence for the renumbered
    /// events after it (`ChainBreak.Kind.renumbered`): they are still checked against each other
    /// under their former numbers, so an independent edit among them is a break of its own.
    public static func allBreaks(caseID: String, _ events: [ArchivedEvent]) -> [ChainBreak] {
        var walk = ChainWalk(caseID: caseID, events: events)
        return walk.breaks()
    }
}

/// One pass over a case's stored events for `EventChain.allBreaks` (or over the access log's
/// entries, `AccessLogAudit`: any chain of numbered links). Only a break costs more than the one
/// hash per link: the search for the renumbering that explains what follows it.
struct ChainWalk {
    let caseID: String
    /// Each link's stored sequence and hash, in the order stored.
    let sequences: [Int]
    let hashes: [String?]
    /// The hash of the link at an index, were it numbered `sequence` and linked to `previous`.
    let hashing: (_ index: Int, _ sequence: Int, _ previous: String) -> String
    private var found: [ChainBreak] = []
    /// The renumbered events being walked: each one's former sequence is its stored one plus
    /// `shift`; `cause` is the sequence where the chain was cut.
    private var run: (shift: Int, first: Int, last: Int, cause: Int)?
    /// Where the run's line of consequence goes: right after the break that cut the chain.
    private var consequenceAt = 0

    /// How far a renumbering is searched for, in sequences either way (events inserted or deleted).
    static let shiftLimit = 256

    init(caseID: String, events: [ArchivedEvent]) {
        self.init(caseID: caseID, sequences: events.map(\.sequence), hashes: events.map(\.hash)) { index, sequence, previous in
            var event = events[index]
            event.sequence = sequence
            return EventChain.hash(caseID: caseID, event, previous: previous)
        }
    }

    init(caseID: String, sequences: [Int], hashes: [String?], hashing: @escaping (_ index: Int, _ sequence: Int, _ previous: String) -> String) {
        self.caseID = caseID
        self.sequences = sequences
        self.hashes = hashes
        self.hashing = hashing
    }

    mutating func breaks() -> [ChainBreak] {
        var expected = 1
        var afterGap = false
        for index in sequences.indices {
            let sequence = sequences[index]
            if sequence != expected {
                close()
                found.append(ChainBreak(caseID: caseID, sequence: expected, kind: .gap(found: sequence)))
                afterGap = true
            }
            expected = sequence + 1
            guard hashes[index] != nil else {
                close()
                found.append(ChainBreak(caseID: caseID, sequence: sequence, kind: .unhashed))
                continue
            }
            // The event after a gap was linked to the missing one: its own hash cannot be checked.
            if afterGap {
                afterGap = false
                continue
            }
            let previous = storedHash(before: index)
            if holds(index, shift: 0, previous: previous) {
                close()
            } else if let run, holds(index, shift: run.shift, previous: previous) {
                self.run?.last = sequence
            } else if run != nil {
                // An edit of its own among renumbered events: the run goes on after it.
                found.append(ChainBreak(caseID: caseID, sequence: sequence, kind: .hashMismatch))
                self.run?.last = sequence
            } else {
                cut(at: index)
            }
        }
        close()
        return found
    }

    /// The chain is cut at `index`: what it is, and whether the events after it were renumbered.
    private mutating func cut(at index: Int) {
        let sequence = sequences[index]
        let next = index + 1 < sequences.count && sequences[index + 1] == sequence + 1 ? index + 1 : nil
        // This event was inserted: the next links to the one before it, under a former number.
        if let next, let shift = shift(of: next, previous: storedHash(before: index)) {
            found.append(ChainBreak(caseID: caseID, sequence: sequence, kind: .inserted))
            begin((shift, sequences[next], sequences[next], sequence))
            return
        }
        // The event before this one was inserted with a hash computed to fit: this one links to
        // the event before that, one number down.
        if index >= 1, let shift = shift(of: index, previous: storedHash(before: index - 1)) {
            let inserted = sequences[index - 1]
            found.append(ChainBreak(caseID: caseID, sequence: inserted, kind: .inserted))
            begin((shift, sequence, sequence, inserted))
            return
        }
        found.append(ChainBreak(caseID: caseID, sequence: sequence, kind: .hashMismatch))
        // Events deleted before this one (or this one changed) and the rest renumbered: the next
        // links to this one under a former number.
        if let next, let shift = shift(of: next, previous: hashes[index] ?? "") {
            begin((shift, sequences[next], sequences[next], sequence))
        }
    }

    private mutating func begin(_ run: (shift: Int, first: Int, last: Int, cause: Int)) {
        self.run = run
        consequenceAt = found.count
    }

    /// The line of consequence of the run just walked, if any.
    private mutating func close() {
        guard let run else { return }
        found.insert(ChainBreak(caseID: caseID, sequence: run.first,
                                kind: .renumbered(through: run.last, cutAt: run.cause, shift: run.shift)), at: consequenceAt)
        self.run = nil
    }

    private func storedHash(before index: Int) -> String { index > 0 ? hashes[index - 1] ?? "" : "" }

    /// Whether the link's stored hash is the one of its content under sequence + `shift`, linked to `previous`.
    private func holds(_ index: Int, shift: Int, previous: String) -> Bool {
        guard let stored = hashes[index] else { return false }
        let sequence = sequences[index] + shift
        return sequence >= 1 && stored == hashing(index, sequence, previous)
    }

    /// The renumbering under which the event links to `previous`, nearest first; nil for none.
    private func shift(of index: Int, previous: String) -> Int? {
        let limit = min(Self.shiftLimit, max(sequences.count, 8))
        for distance in 1...limit {
            for shift in [distance, -distance] where holds(index, shift: shift, previous: previous) { return shift }
        }
        return nil
    }
}

extension ChainBreak {
    /// A line that says what a break before it entails, not an edit of its own: not counted.
    public var isConsequence: Bool {
        switch kind {
        case .renumbered, .consequence: true
        default: false
        }
    }

    /// How many edits these breaks report (the lines of consequence left out).
    public static func findings(_ breaks: [ChainBreak]) -> Int { breaks.filter { !$0.isConsequence }.count }

    /// The breaks as printed, one a line: "  ✗ …", and a line of consequence under the break it follows.
    public static func printed(_ breaks: [ChainBreak], _ language: Language) -> String {
        breaks.map { ($0.isConsequence ? "    ↳ " : "  ✗ ") + $0.message.text(language) + "\n" }.joined()
    }
}
