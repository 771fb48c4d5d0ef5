import Foundation
import SOPEngine

/// The last event (sequence and chain hash) of a case, as this store wrote or read it, and the
/// case's title and search keys as they stood then (nil when not known).
public struct ChainHead: Sendable, Equatable {
    public var sequence: Int
    public var hash: String
    /// `fingerprint` of the lookup row as it stood at this head.
    public var lookup: String?

    public init(sequence: Int, hash: String, lookup: CaseLookup? = nil) {
        self.sequence = sequence
        self.hash = hash
        self.lookup = lookup.map(Self.fingerprint)
    }

    /// Whether the case's lookup row already says what `lookup` says.
    public func holds(_ lookup: CaseLookup) -> Bool { self.lookup == Self.fingerprint(lookup) }

    /// The head after events were written past `known`: the lookup row is `lookup` when it was
    /// written with them, else as it was known.
    public static func after(lookupWritten: Bool, sequence: Int, hash: String, lookup: CaseLookup, known: ChainHead?) -> ChainHead {
        var head = ChainHead(sequence: sequence, hash: hash)
        head.lookup = lookupWritten ? fingerprint(lookup) : known?.lookup
        return head
    }

    public static func fingerprint(_ lookup: CaseLookup) -> String { lookup.title + "\u{0}" + lookup.keysText }
}

/// The chain heads a store wrote or read last, so that an answer need not read its case's head
/// before writing: events are append-only, so the hash of sequence N never changes, and when
/// another desk wrote N+1 meanwhile, the primary key (case_id, sequence) refuses this desk's N+1
/// (stale: the case is read again). A failed write forgets its case. Bounded: the map is emptied
/// when it grows past `limit` cases (a server's store sees many).
public final class ChainHeads: @unchecked Sendable {
    private let lock = NSLock()
    private var heads: [String: ChainHead] = [:]
    private let limit: Int

    public init(limit: Int = 4096) { self.limit = limit }

    /// The case's known head, when it is at `sequence`.
    public func known(_ caseID: String, at sequence: Int) -> ChainHead? {
        lock.withLock { heads[caseID].flatMap { $0.sequence == sequence ? $0 : nil } }
    }

    public func head(_ caseID: String) -> ChainHead? { lock.withLock { heads[caseID] } }

    public func remember(_ caseID: String, _ head: ChainHead) {
        lock.withLock {
            if heads.count >= limit, heads[caseID] == nil { heads.removeAll(keepingCapacity: true) }
            heads[caseID] = head
        }
    }

    public func forget(_ caseID: String) {
        _ = lock.withLock { heads.removeValue(forKey: caseID) }
    }

    /// Forgets every head (a group of writes that was not committed: `SQLiteCaseStore.group`).
    public func forgetAll() {
        lock.withLock { heads.removeAll(keepingCapacity: true) }
    }
}
