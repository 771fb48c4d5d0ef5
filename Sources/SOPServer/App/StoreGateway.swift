import Foundation
import SOPCore
import SOPEngine
import SOPPostgres
import SOPStore

/// The stores are synchronous classes holding one connection each: the gateway owns a few of
/// them, each on its own serial queue (a worker), and runs store work there, off the server's
/// event loops. A request waits for the first free worker; two workers never share a
/// connection. (After every successful case write, the desk tells `ServerConfiguration.onChange`.)
/// On SQLite, which takes one writer at a time, the writes (`run(writing: true)`) all go to the
/// first worker and the reads to the others: the server's own connections never wait for each
/// other's write lock (SQLite's busy handler sleeps 1, 2, 5… ms between tries). PostgreSQL commits
/// on several connections at once, so there every worker takes both. On SQLite the writes that
/// wait for the writer while it works are committed together, in one transaction and one WAL
/// sync (`GroupWriter`); each request is answered once its own write is durable.
public final class StoreGateway: Sendable {
    private let workers: [Worker]
    /// The workers that take reads, and those that take case writes (the same on PostgreSQL).
    private let readers: WorkerPool
    private let writers: WorkerPool
    /// SQLite's one writer, committing the writes waiting for it together (nil: `writers`).
    let grouped: GroupWriter?
    /// On PostgreSQL, a connection of its own for starting cases (nil: the writers): each start
    /// takes the next case number under its counter row's lock until it commits, so starts wait
    /// for each other whatever connection they run on; on one connection they wait in this
    /// server's queue instead of holding the connections the answers and pages need.
    private let starters: WorkerPool?
    /// "SQLite /path" or "PostgreSQL postgres://…" (never a password).
    public let displayName: String

    /// Opens `count` connections with `open` (the first one migrates the store).
    /// `groupCommit`: on SQLite, commit the writes waiting for the writer together (false: one
    /// transaction each, as before; the load test compares both).
    /// `startsApart`: on PostgreSQL with more than one worker, one more connection for starting
    /// cases (`starters`).
    public init(workers count: Int, groupCommit: Bool = true, startsApart: Bool = true,
                open: () throws(StoreError) -> any AdministeredStore) throws(StoreError) {
        var workers: [Worker] = []
        for index in 0..<max(1, count) { workers.append(Worker(store: try open(), index: index)) }
        // On PostgreSQL the connections share the chain heads they know: a desk's next answer goes
        // to whichever connection is free, and is still linked here (one INSERT, no hashing and
        // no head read on the server), as on the connection that wrote the last one.
        var starter: Worker?
        if let first = workers[0].store as? PostgresCaseStore {
            for worker in workers.dropFirst() { (worker.store as? PostgresCaseStore)?.shareHeads(with: first) }
            if startsApart, workers.count > 1, let own = try open() as? PostgresCaseStore {
                own.shareHeads(with: first)
                starter = Worker(store: own, index: workers.count)
            }
        }
        starters = starter.map { WorkerPool([$0]) }
        self.workers = workers
        self.displayName = workers[0].store.displayName
        if workers.count > 1, let sqlite = workers[0].store as? SQLiteCaseStore {
            writers = WorkerPool([workers[0]])
            readers = WorkerPool(Array(workers.dropFirst()))
            grouped = groupCommit ? GroupWriter(workers[0], store: sqlite) : nil
        } else {
            writers = WorkerPool(workers)
            readers = writers
            grouped = nil
        }
    }

    public convenience init(address: StoreAddress, workers count: Int, groupCommit: Bool = true, startsApart: Bool = true) throws(StoreError) {
        try self.init(workers: count, groupCommit: groupCommit, startsApart: startsApart) { () throws(StoreError) in try address.open() }
    }

    /// Closes every connection, once the server has stopped and every request was answered: on
    /// SQLite the readers first, then the writer (on its queue, after the group it may still
    /// be committing), which first empties the `-wal` into the file (`wal_checkpoint(TRUNCATE)`),
    /// so that the file alone holds every write; closing the last connection deletes the `-wal`.
    /// Nil on PostgreSQL (its connections end with the process); else whether the `-wal` was
    /// emptied (false: another process still reads or writes the file, or the checkpoint failed).
    /// The gateway is used no more afterwards: a store closed fails every call.
    public func close() -> Bool? {
        guard let writer = workers.first?.store as? SQLiteCaseStore else { return nil }
        for worker in workers.dropFirst() {
            worker.queue.sync { try? (worker.store as? SQLiteCaseStore)?.close() }
        }
        return workers[0].queue.sync {
            let emptied = (try? writer.checkpoint()) ?? false
            try? writer.close()
            return emptied
        }
    }

    /// Runs `body` with one worker's store, on that worker's queue; `writing`: a case write. The
    /// first free worker of the pool takes it; when all are busy it waits its turn with the
    /// others, first come first served (never behind one worker's queue while another is free).
    /// On SQLite a write (`writing`) joins the writes waiting for the writer: it returns once the
    /// group's transaction holding it is committed; when `body` throws, its writes alone are
    /// rolled back (the others of the group are committed).
    /// `starting`: a case's start, on PostgreSQL on the connection kept for starts (`starters`).
    public func run<T: Sendable>(writing: Bool = false, starting: Bool = false,
                                 _ body: @escaping @Sendable (any AdministeredStore) throws -> T) async throws -> T {
        let times = ServeTiming.current, queued = times == nil ? 0 : DispatchTime.now().uptimeNanoseconds
        if writing, let grouped {
            return try await withCheckedThrowingContinuation { continuation in
                grouped.submit(GroupWriter.Job(queued: queued, times: times, body: body, resume: { continuation.resume(with: $0) }))
            }
        }
        let pool = starting ? starters ?? writers : writing ? writers : readers
        return try await withCheckedThrowingContinuation { continuation in
            pool.submit { store in
                let started = times == nil ? 0 : DispatchTime.now().uptimeNanoseconds
                let result = Result { try body(store) }
                times?.store(writing: writing, queued: queued, started: started, ended: DispatchTime.now().uptimeNanoseconds)
                continuation.resume(with: result)
            }
        }
    }
}

/// Workers that take the store work submitted to them in order: a free worker starts a job at
/// once; a worker that finishes one takes the oldest waiting before it rests.
final class WorkerPool: @unchecked Sendable {
    typealias Job = @Sendable (any AdministeredStore) -> Void
    // @unchecked: `free` and `waiting` are read and written only under `lock`.
    private let lock = NSLock()
    private var free: [Worker]
    private var waiting: [Job] = []
    private var head = 0

    init(_ workers: [Worker]) { free = workers }

    func submit(_ job: @escaping Job) {
        let worker: Worker? = lock.withLock {
            if let worker = free.popLast() { return worker }
            waiting.append(job)
            return nil
        }
        if let worker { start(job, on: worker) }
    }

    private func start(_ job: @escaping Job, on worker: Worker) {
        worker.queue.async {
            var job = job
            while true {
                job(worker.store)
                guard let next = self.next(for: worker) else { return }
                job = next
            }
        }
    }

    /// The oldest waiting job, or nil after `worker` is put back among the free.
    private func next(for worker: Worker) -> Job? {
        lock.withLock {
            guard head < waiting.count else {
                waiting.removeAll(keepingCapacity: true)
                head = 0
                free.append(worker)
                return nil
            }
            let job = waiting[head]
            head += 1
            // Taken jobs are dropped from the front now and then: a pool never idle does not grow.
            if head >= 64, head * 2 >= waiting.count {
                waiting.removeFirst(head)
                head = 0
            }
            return job
        }
    }
}

/// One store connection and the serial queue that alone touches it.
final class Worker: @unchecked Sendable {
    // @unchecked: `store` is used only on `queue`, one block at a time.
    let store: any AdministeredStore
    let queue: DispatchQueue

    init(store: any AdministeredStore, index: Int) {
        self.store = store
        self.queue = DispatchQueue(label: "sop.serve.store.\(index)")
    }
}
