import Foundation
import GRDB
import SOPEngine

/// Group commit: the writes of several requests (`sop serve`'s answers waiting for the writer)
/// in one IMMEDIATE transaction, committed once, so one WAL sync makes all of them durable.
/// Each job runs in a savepoint of its own: a job that throws (a stale sequence, a role the
/// roster's triggers refuse, a validation) is rolled back to it alone, and the others stay in
/// the commit. Inside a group every `write` of the store is a nested savepoint (rolled back
/// alone when it throws, as a lone write's transaction would be) and every `read` reads inside
/// the group's transaction (it sees the earlier jobs' writes, as a later transaction would).
extension SQLiteCaseStore {
    /// Runs `jobs` in order, each in its own savepoint of one transaction, and commits once.
    /// Returns each job's failure (nil: its writes are in the commit). Throws when the
    /// transaction could not begin or commit, or a job's failure ended it (a full disk): then
    /// nothing of any job is written, and every job should be told so.
    public func group(_ jobs: [() throws -> Void]) throws(StoreError) -> [(any Error)?] {
        precondition(!inGroup, "groups do not nest")
        do {
            return try queue.unsafeReentrantWrite { db in
                if !groupJournalInMemory {
                    // The savepoints' journal (the pages each job changed, as they were) in memory
                    // rather than in a temporary file once a group's passes 64 KiB.
                    try db.execute(sql: "PRAGMA temp_store = MEMORY")
                    groupJournalInMemory = true
                }
                try RawStatement.run(statements.statement(.beginImmediate, db), [], db: db)
                do { try checkSchema(db) } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
                inGroup = true
                defer { inGroup = false }
                var failures: [(any Error)?] = []
                do {
                    for job in jobs {
                        do {
                            try savepoint(db, job)
                            failures.append(nil)
                        } catch {
                            // A failure that ended the transaction (SQLite rolls back on some I/O
                            // errors) took the earlier jobs' writes with it: none is committed.
                            guard db.isInsideTransaction else { throw error }
                            // A head its writes remembered may be rolled back with them.
                            heads.forgetAll()
                            failures.append(error)
                        }
                    }
                    try RawStatement.run(statements.statement(.commit, db), [], db: db)
                } catch {
                    if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
                    throw error
                }
                return failures
            }
        } catch {
            // Heads remembered by the jobs' appends point at rows that were not committed.
            heads.forgetAll()
            if let error = error as? StoreError { throw error }
            throw Self.describe(error, path: path)
        }
    }

    /// `body` between SAVEPOINT and RELEASE, rolled back to the savepoint when it throws.
    private func savepoint<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "SAVEPOINT sop_group")
        do {
            let result = try body()
            try db.execute(sql: "RELEASE sop_group")
            return result
        } catch {
            if db.isInsideTransaction {
                try? db.execute(sql: "ROLLBACK TO sop_group")
                try? db.execute(sql: "RELEASE sop_group")
            }
            throw error
        }
    }

    /// A write inside a group: a savepoint of its transaction.
    func groupedWrite<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.unsafeReentrantWrite { db in try savepoint(db) { try body(db) } }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// A read inside a group: within its transaction, no BEGIN of its own.
    func groupedRead<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.unsafeReentrantWrite { db in try body(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }
}
