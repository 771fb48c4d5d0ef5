import Foundation
import SOPCore
import SOPEngine

/// The access log of unmasked personal data as one hash chain, like the roster's:
///
///     hash(n) = SHA-256( "sop-access-v1\n" · f(sequence) · f(at) · f(operator) · f(case id)
///                        · f(command) · f(refused) · f(hash(n-1)) )
///
/// with f as in `EventChain` (f(nil) is "-;": `refused` is nil for data shown, the refusal's code
/// for an attempt refused), `at` in milliseconds since 1970, and hash(0) the empty text. The same
/// bytes are built by the PostgreSQL function `sop_access_hash` (PostgreSQL migration v23), so either side
/// checks the other. Entries logged before the chain existed were chained as they stood by that
/// migration: the chain vouches for them from the migration on, not before.
public enum AccessLogChain {
    public static let version = "sop-access-v1\n"

    public static func hash(_ entry: PersonalAccess, sequence: Int, previous: String) -> String {
        var bytes = Array(version.utf8)
        for text in [String(sequence), String(entry.at.milliseconds), entry.operatorName, entry.caseID, entry.command] {
            EventChain.field(text, into: &bytes)
        }
        EventChain.field(entry.refused, into: &bytes)
        EventChain.field(previous, into: &bytes)
        return SHA256.hex(bytes)
    }

    /// The entries linked after `previous` from place `after + 1` on, with their places and hashes.
    public static func linked(_ entries: [PersonalAccess], after: Int, previous: String) -> [PersonalAccess] {
        var previous = previous
        return entries.enumerated().map { offset, entry in
            var linked = entry
            linked.sequence = after + offset + 1
            linked.hash = hash(entry, sequence: linked.sequence, previous: previous)
            previous = linked.hash ?? ""
            return linked
        }
    }
}

/// What `sop db verify` checks of the access log (a step of its own, beside the roster's): its
/// places and hash chain (`ChainWalk`, as for events: one deletion, insertion or change is one
/// break, at its place), each entry's date against the entries before it and against its case's
/// start, and what each entry says: a case that exists, a refusal code sop writes, and, for data
/// shown, an operator who then held a role for the case's SOP or the role administrator's (the
/// roster's history at that time); and the log's head against the seals.
public struct AccessLogAudit {
    public let log: [PersonalAccess]

    public init(log: [PersonalAccess]) { self.log = log }

    /// The log's line in a seal's heads ("(access-log) <sequence> <hash>"): never a case id. Seals
    /// made before the log was chained have no such line, and verify as they did.
    public static let sealHeadID = "(access-log)"

    /// The refusal codes sop writes (`PersonalAccess.Refusal`).
    public static let refusalCodes: Set<String> = [PersonalAccess.Refusal.noRole]

    /// The head a seal signs for the log: its last entry's place and hash; nil while it has none.
    public var sealHead: ChainSeal.Head? {
        guard let last = log.last, let hash = last.hash else { return nil }
        return ChainSeal.Head(caseID: Self.sealHeadID, sequence: last.sequence, hash: hash)
    }

    /// What verify knows of the cases, for the entries' own checks: each case read, with the time
    /// of its first event and its SOP (from that event).
    public struct Cases {
        public var starts: [String: Int64] = [:]
        public var sops: [String: String] = [:]
        /// The one case verified (`--case`): the other cases are not known, and not asked for.
        public var only: String?

        public init(only: String? = nil) { self.only = only }
    }

    /// The breaks of the log's chain alone: each gap, insertion, change or entry without a hash
    /// once, at its place (the entries renumbered after a cut as one line of consequence).
    public func chainBreaks() -> [ChainBreak] {
        let log = self.log
        var walk = ChainWalk(caseID: "-", sequences: log.map(\.sequence), hashes: log.map(\.hash)) { index, sequence, previous in
            AccessLogChain.hash(log[index], sequence: sequence, previous: previous)
        }
        let bySequence = Dictionary(log.map { ($0.sequence, $0.caseID) }) { a, _ in a }
        func at(_ sequence: Int, _ what: Localized) -> ChainBreak.Kind {
            .derived(bySequence[sequence].map { Catalog.AccessLog.located(sequence, case: $0, what) } ?? Catalog.AccessLog.locatedAt(sequence, what))
        }
        return walk.breaks().map { found in
            let kind: ChainBreak.Kind
            switch found.kind {
            case .gap(let next) where next > found.sequence: kind = .derived(Catalog.AccessLog.missing(found.sequence, found: next))
            case .gap(let next): kind = .derived(Catalog.AccessLog.repeated(next, after: found.sequence - 1))
            case .unhashed: kind = at(found.sequence, Catalog.AccessLog.unhashed)
            case .inserted: kind = at(found.sequence, Catalog.AccessLog.inserted)
            case .renumbered(let through, let cutAt, let shift):
                kind = .consequence(Catalog.AccessLog.renumbered(found.sequence, through: through, cutAt: cutAt, shift: shift))
            default: kind = at(found.sequence, Catalog.AccessLog.hashMismatch)
            }
            return ChainBreak(caseID: "-", sequence: 0, kind: kind)
        }
    }

    /// What each entry says against the store and the rules, entry by entry (of the one case
    /// with `cases.only`). `findings`: what an entry whose chain holds may say and no one can
    /// undo (a case that does not exist, a refusal code sop never writes, data shown to someone
    /// without a role), by the entry's place, for a seal to acknowledge; `breaks`: its dates.
    public func entryChecks(_ cases: Cases, roster: RosterAudit?) -> (breaks: [ChainBreak], findings: [(sequence: Int, ChainBreak)]) {
        var breaks: [ChainBreak] = []
        var findings: [(sequence: Int, ChainBreak)] = []
        func located(_ entry: PersonalAccess, _ what: Localized) -> ChainBreak {
            ChainBreak(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.located(entry.sequence, case: entry.caseID, what)))
        }
        for entry in log where cases.only == nil || entry.caseID == cases.only {
            if let code = entry.refused, !Self.refusalCodes.contains(code) {
                findings.append((entry.sequence, located(entry, Catalog.AccessLog.unknownRefusal(code))))
            }
            guard let start = cases.starts[entry.caseID] else {
                if cases.only == nil { findings.append((entry.sequence, located(entry, Catalog.AccessLog.caseMissing))) }
                continue
            }
            if entry.at.milliseconds < start - ChainVerifier.clockTolerance {
                breaks.append(located(entry, Catalog.AccessLog.beforeCase(ChainVerifier.stamp(entry.at.milliseconds), started: ChainVerifier.stamp(start))))
            }
            if entry.refused == nil, let sop = cases.sops[entry.caseID], let roster, !roster.mayUnmask(entry.operatorName, sop: sop, at: entry.at, tolerance: ChainVerifier.clockTolerance) {
                findings.append((entry.sequence, located(entry, Catalog.AccessLog.notHeld(entry.operatorName, sop: sop))))
            }
        }
        let bySequence = Dictionary(log.map { ($0.sequence, $0) }) { a, _ in a }
        for late in BackDatedAudit.outOfOrder(log.map { ($0.sequence, $0.at.milliseconds) }) {
            guard let entry = bySequence[late.sequence], cases.only == nil || entry.caseID == cases.only else { continue }
            breaks.append(located(entry, Catalog.Verify.dateBeforePrevious(ChainVerifier.stamp(late.at), previous: ChainVerifier.stamp(late.latest))))
        }
        return (breaks, findings)
    }

    /// What a seal's access-log head says of the log now (cut short, or rewritten), and whether
    /// the entry written just after the sealed one is dated before the seal; and the hash stored
    /// at the sealed place ("" when the log is shorter), for the recomputed digest.
    func sealBreaks(_ head: ChainSeal.Head, seal: ChainSeal) -> (breaks: [ChainBreak], stored: String) {
        let stored = log.first { $0.sequence == head.sequence }?.hash
        var breaks: [ChainBreak] = []
        if let stored, stored != head.hash {
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.locatedAt(head.sequence, Catalog.AccessLog.sealMismatch))))
        } else if stored == nil, !log.contains(where: { $0.sequence > head.sequence }) {
            // The log ends before the sealed place (a sealed place missing in the middle is the
            // chain's gap, reported once there).
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.truncated(last: log.last?.sequence ?? 0, sealed: head.sequence))))
        }
        if let next = log.first(where: { $0.sequence == head.sequence + 1 }),
           next.at.milliseconds < seal.sealedAt - ChainVerifier.clockTolerance {
            let what = Catalog.Seals.dateBeforeSeal(ChainVerifier.stamp(next.at.milliseconds), seal: seal.id,
                                                       sealedAt: ChainVerifier.stamp(seal.sealedAt))
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.located(next.sequence, case: next.caseID, what))))
        }
        return (breaks, stored ?? "")
    }
}
