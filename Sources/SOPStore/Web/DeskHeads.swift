import Foundation
import GRDB
import SOPCore
import SOPEngine

/// The last line of an append-only log (a case's events, the roster): its sequence and its
/// chain hash, which covers every line before it. Equal heads mean the same log.
public struct LogHead: Sendable, Equatable {
    public var sequence: Int
    public var hash: String

    public init(sequence: Int, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}

/// One indexed read for what the web desk keeps in memory (`sop serve`): whether a case's log or
/// the roster moved since it was read, without reading either whole again.
public protocol DeskHeadStore: AnyObject {
    /// The last event of a case; nil for an unknown case.
    func caseHead(_ id: CaseID) throws(StoreError) -> LogHead?
    /// The last entry of the roster; nil while it is empty.
    func rosterHead() throws(StoreError) -> LogHead?
}

extension SQLiteCaseStore: DeskHeadStore {
    public func caseHead(_ id: CaseID) throws(StoreError) -> LogHead? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: Self.headSQL), arguments: [id.rawValue]).map { row in
                LogHead(sequence: row[0], hash: row[1] ?? "")
            }
        }
    }

    public func rosterHead() throws(StoreError) -> LogHead? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT sequence, hash FROM roster_event ORDER BY sequence DESC LIMIT 1")).map { row in
                LogHead(sequence: row[0], hash: row[1] ?? "")
            }
        }
    }
}
