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
/// places and hash chain, each entry's date against the entries before it and against its case's
/// start, the case it names, and the log's head against the seals.
public struct AccessLogAudit {
    public let log: [PersonalAccess]

    public init(log: [PersonalAccess]) { self.log = log }

    /// The log's line in a seal's heads ("(access-log) <sequence> <hash>"): never a case id. Seals
    /// made before the log was chained have no such line, and verify as they did.
    public static let sealHeadID = "(access-log)"

    /// The head a seal signs for the log: its last entry's place and hash; nil while it has none.
    public var sealHead: ChainSeal.Head? {
        guard let last = log.last, let hash = last.hash else { return nil }
        return ChainSeal.Head(caseID: Self.sealHeadID, sequence: last.sequence, hash: hash)
    }

    /// Every break of the log itself. `starts`: each case read, with the time of its first event;
    /// `only`: the one case verified (then the other cases are not known, and not asked for).
    public func breaks(starts: [String: Int64], only: String?) -> [ChainBreak] {
        var breaks: [ChainBreak] = []
        func broken(_ entry: PersonalAccess, _ what: Localized) {
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.located(entry.sequence, case: entry.caseID, what))))
        }
        var previous = ""
        for (offset, entry) in log.enumerated() {
            if entry.sequence != (offset == 0 ? 1 : log[offset - 1].sequence + 1) {
                // An entry deleted before it, or a place taken twice: the one before it is not the
                // one its hash was linked to, so only the gap is reported.
                broken(entry, Catalog.AccessLog.gap(found: entry.sequence))
            } else if entry.hash != AccessLogChain.hash(entry, sequence: entry.sequence, previous: previous) {
                broken(entry, Catalog.AccessLog.hashMismatch)
            }
            previous = entry.hash ?? ""
            guard only == nil || entry.caseID == only else { continue }
            if let start = starts[entry.caseID] {
                if entry.at.milliseconds < start - ChainVerifier.clockTolerance {
                    broken(entry, Catalog.AccessLog.beforeCase(ChainVerifier.stamp(entry.at.milliseconds), started: ChainVerifier.stamp(start)))
                }
            } else if only == nil {
                broken(entry, Catalog.AccessLog.caseMissing)
            }
        }
        let bySequence = Dictionary(log.map { ($0.sequence, $0) }) { a, _ in a }
        for late in BackDatedAudit.outOfOrder(log.map { ($0.sequence, $0.at.milliseconds) }) where only == nil || bySequence[late.sequence]?.caseID == only {
            guard let entry = bySequence[late.sequence] else { continue }
            broken(entry, Catalog.Verify.dateBeforePrevious(ChainVerifier.stamp(late.at), previous: ChainVerifier.stamp(late.latest)))
        }
        return breaks
    }

    /// What a seal's access-log head says of the log now (cut short, or rewritten), and whether
    /// the entry written just after the sealed one is dated before the seal; and the hash stored
    /// at the sealed place ("" when the log is shorter), for the recomputed digest.
    func sealBreaks(_ head: ChainSeal.Head, seal: ChainSeal) -> (breaks: [ChainBreak], stored: String) {
        let stored = log.first { $0.sequence == head.sequence }?.hash
        var breaks: [ChainBreak] = []
        if stored != head.hash {
            let what = stored == nil ? Catalog.AccessLog.truncated(sealed: head.sequence) : Catalog.AccessLog.sealMismatch
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.locatedAt(head.sequence, what))))
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
