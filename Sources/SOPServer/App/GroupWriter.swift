import Foundation
import SOPEngine
import SOPCore
import SOPStore

/// SQLite's one writer, committing together the writes that wait for it (group commit). While
/// a group is being written and synced, the writes of other requests queue up; the next group
/// takes all of them (at most `limit`), each in its own savepoint of one IMMEDIATE transaction
/// (`SQLiteCaseStore.group`), and one COMMIT (one sync of the WAL) makes them all durable. Only
/// then is each request resumed, with its own result: a write that threw was rolled back alone
/// and gets its error; the others are committed. When the transaction cannot begin or commit
/// (a full disk, the file locked past the busy timeout), every write of the group gets that
/// error and none of them is written. A lone write is a group of one: no waiting for others.
final class GroupWriter: @unchecked Sendable {
    // @unchecked: `waiting` and `running` are read and written only under `lock`; the store only on `worker.queue`.
    private let lock = NSLock()
    private var waiting: [Job] = []
    private var running = false
    private var groups = 0, lastSize = 0
    private let worker: Worker
    private let store: SQLiteCaseStore
    /// Writes in one group at most (a group holds SQLite's write lock while its jobs run).
    static let limit = 64

    init(_ worker: Worker, store: SQLiteCaseStore) {
        self.worker = worker
        self.store = store
    }

    /// One request's write: `attempt` runs it inside its savepoint (throwing rolls it back),
    /// `finish` resumes the request once the group's fate is known.
    struct Job: Sendable {
        let queued: UInt64
        let times: RequestTimes?
        let attempt: @Sendable (any AdministeredStore) throws -> Void
        let finish: @Sendable ((any Error)?) -> Void

        init<T: Sendable>(queued: UInt64, times: RequestTimes?, body: @escaping @Sendable (any AdministeredStore) throws -> T,
                          resume: @escaping @Sendable (Result<T, any Error>) -> Void) {
            let box = ResultBox<T>()
            self.queued = queued
            self.times = times
            attempt = { store in
                do { box.result = .success(try body(store)) } catch {
                    box.result = .failure(error)
                    throw error
                }
            }
            finish = { groupFailure in
                if let groupFailure {
                    resume(.failure((groupFailure as? StoreError).map(PageError.store) ?? groupFailure))
                } else {
                    resume(box.result ?? .failure(PageError(.internalServerError, Catalog.Serve.serverError)))
                }
            }
        }
    }

    /// Writes waiting for the next group, and groups begun so far with the last one's size (tests).
    var waitingCount: Int { lock.withLock { waiting.count } }
    var written: (groups: Int, lastSize: Int) { lock.withLock { (groups, lastSize) } }

    func submit(_ job: Job) {
        let start: Bool = lock.withLock {
            waiting.append(job)
            if running { return false }
            running = true
            return true
        }
        if start { worker.queue.async { self.drain() } }
    }

    /// Writes groups until nobody waits.
    private func drain() {
        while true {
            let group: [Job] = lock.withLock {
                let taken = Array(waiting.prefix(Self.limit))
                waiting.removeFirst(taken.count)
                if taken.isEmpty { running = false } else { (groups, lastSize) = (groups + 1, taken.count) }
                return taken
            }
            if group.isEmpty { return }
            write(group)
        }
    }

    private func write(_ group: [Job]) {
        let timed = ServeTiming.shared != nil
        var spans = [(started: UInt64, ended: UInt64)](repeating: (0, 0), count: group.count)
        let store = self.store
        var failure: (any Error)?
        do {
            _ = try store.group(group.enumerated().map { index, job -> () throws -> Void in
                {
                    let started = timed ? DispatchTime.now().uptimeNanoseconds : 0
                    defer { if timed { spans[index] = (started, DispatchTime.now().uptimeNanoseconds) } }
                    try job.attempt(store)
                }
            })
        } catch {
            failure = error
        }
        if timed {
            let committed = DispatchTime.now().uptimeNanoseconds
            ServeTiming.shared?.group(size: group.count, commitNanoseconds: committed &- (spans.last?.ended ?? committed))
            for (job, span) in zip(group, spans) {
                job.times?.store(writing: true, queued: job.queued, started: span.started, ended: span.ended, committed: committed)
            }
        }
        for job in group { job.finish(failure) }
    }
}

/// A job's result, written on the writer's queue before the group commits, read after.
private final class ResultBox<T>: @unchecked Sendable {
    // @unchecked: written inside the job, read after the group's commit on the same queue.
    var result: Result<T, any Error>?
}
