import Foundation
import SOPCore
import SOPEngine

/// Entries dated before something recorded earlier cannot be genuine (tester 15's finding 2): an
/// event or roster entry dated more than `ChainVerifier.clockTolerance` before one that precedes
/// it in its chain, and anything past a seal's sealed head (written after the seal) dated before
/// the seal was made. Only the chain's order and the seals' times are used: an entry appended after
/// the newest seal, with its chain recomputed, dated after that seal and after the entry before
/// it, stays undetectable.
struct BackDatedAudit {
    /// Each case's event times, in sequence order.
    let times: [String: [Int64]]
    let roster: [RosterEntry]
    private(set) var breaks: [ChainBreak] = []
    private var reported: Set<String> = []

    init(times: [String: [Int64]], roster: [RosterEntry]) {
        self.times = times
        self.roster = roster
        for late in Self.outOfOrder(roster.map { ($0.sequence, $0.at.milliseconds) }) {
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.Roster.located(
                late.sequence, Catalog.Verify.dateBeforePrevious(ChainVerifier.stamp(late.at), previous: ChainVerifier.stamp(late.latest))))))
        }
    }

    /// The entries dated more than the tolerance before the latest time recorded before them (the
    /// latest, not only the previous one, so that small steps back cannot add up).
    /// `untrusted`: the entries whose hash does not hold (their time may be the edit): neither
    /// checked nor compared with.
    static func outOfOrder(_ entries: [(sequence: Int, at: Int64)], untrusted: Set<Int> = []) -> [(sequence: Int, at: Int64, latest: Int64)] {
        var latest = Int64.min
        var found: [(sequence: Int, at: Int64, latest: Int64)] = []
        for entry in entries where !untrusted.contains(entry.sequence) {
            if latest != .min, entry.at < latest - ChainVerifier.clockTolerance { found.append((entry.sequence, entry.at, latest)) }
            latest = max(latest, entry.at)
        }
        return found
    }

    /// The first entry past each of the seal's heads (written after it) must not be dated before it.
    mutating func check(_ seal: ChainSeal, heads: [ChainSeal.Head]) {
        let bound = seal.sealedAt - ChainVerifier.clockTolerance
        for head in heads {
            if head.caseID == RosterAudit.sealHeadID {
                guard head.sequence < roster.count, roster[head.sequence].at.milliseconds < bound else { continue }
                report("-", sequence: roster[head.sequence].sequence, at: roster[head.sequence].at.milliseconds, seal: seal, roster: true)
                continue
            }
            guard let events = times[head.caseID], head.sequence < events.count, events[head.sequence] < bound else { continue }
            report(head.caseID, sequence: head.sequence + 1, at: events[head.sequence], seal: seal, roster: false)
        }
    }

    /// A case the newest seal does not name, numbered after every case it seals of the same SOP
    /// and year, was started after it: its first event must not be dated before it. (A case of a
    /// series the seal does not hold at all may come from another store by `sop db copy`.)
    mutating func checkUnsealed(after seal: ChainSeal) {
        var last: [String: Int] = [:]
        var named: Set<String> = []
        for head in seal.parsedHeads {
            named.insert(head.caseID)
            guard let parts = CaseID(head.caseID).parts else { continue }
            last["\(parts.prefix) \(parts.year)"] = max(last["\(parts.prefix) \(parts.year)"] ?? 0, parts.number)
        }
        let bound = seal.sealedAt - ChainVerifier.clockTolerance
        for (id, events) in times.sorted(by: { $0.key < $1.key }) where !named.contains(id) {
            guard let first = events.first, first < bound, let parts = CaseID(id).parts,
                  let sealedLast = last["\(parts.prefix) \(parts.year)"], parts.number > sealedLast else { continue }
            guard reported.insert(id).inserted else { continue }
            breaks.append(.init(caseID: id, sequence: 1, kind: .derived(Catalog.Seals.caseBeforeSeal(
                ChainVerifier.stamp(first), seal: seal.id, sealedAt: ChainVerifier.stamp(seal.sealedAt)))))
        }
    }

    private mutating func report(_ caseID: String, sequence: Int, at: Int64, seal: ChainSeal, roster: Bool) {
        guard reported.insert("\(caseID) \(sequence)").inserted else { return }
        let what = Catalog.Seals.dateBeforeSeal(ChainVerifier.stamp(at), seal: seal.id, sealedAt: ChainVerifier.stamp(seal.sealedAt))
        breaks.append(roster ? .init(caseID: "-", sequence: 0, kind: .derived(Catalog.Roster.located(sequence, what)))
                             : .init(caseID: caseID, sequence: sequence, kind: .derived(what)))
    }
}
