import Foundation
import GRDB
import SOPCore
import SOPEngine

/// One row of the worklist as live updates see it: which step of which case waits for which
/// role. No title, no answer: nothing personal.
public struct WorklistKey: Hashable, Sendable {
    public var caseID: String
    public var step: String
    public var role: String

    public init(caseID: String, step: String, role: String) {
        self.caseID = caseID
        self.step = step
        self.role = role
    }
}

/// A read-only connection of its own to a SQLite store, for noticing writes made by any other
/// connection, in this process or another (a terminal's `sop run` on the same file).
///
/// `PRAGMA data_version` changes when another connection has committed since this one last
/// looked; asking costs no disk read (SQLite compares a counter in the shared WAL index), so it
/// can be asked several times a second. Only then is the worklist read again.
public final class WorklistProbe: @unchecked Sendable {
    private let queue: DatabaseQueue
    public let path: String

    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw SQLiteCaseStore.describe(error, path: path)
        }
    }

    /// SQLite's count of commits by other connections, as this connection sees it.
    public func dataVersion() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Every step waiting on the worklist, in one consistent read.
    public func worklist() throws(StoreError) -> Set<WorklistKey> {
        try read { db in
            let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT case_id, step, role FROM case_task"))
            return Set(rows.map { WorklistKey(caseID: $0[0], step: $0[1], role: $0[2]) })
        }
    }

    /// Closes the connection (the server stopping): a read-only connection closed last could not
    /// move the `-wal` into the file, so the watcher's goes before the store's own.
    public func close() {
        try? queue.close()
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.inDatabase(body)
        } catch {
            throw SQLiteCaseStore.describe(error, path: path)
        }
    }
}
