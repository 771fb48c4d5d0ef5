import Foundation
import SOPCore
import SOPEngine
import SOPPostgres
import SOPStore

/// The stores are synchronous classes holding one connection each: the gateway owns a few of
/// them, each on its own serial queue (a worker), and runs store work there, off the server's
/// event loops. A request waits for a free turn of one worker; two workers never share a
/// connection. (After every successful case write, the desk tells `ServerConfiguration.onChange`.)
/// On SQLite, which takes one writer at a time, the writes (`run(writing: true)`) all go to the
/// first worker and the reads to the others: the server's own connections never wait for each
/// other's write lock (SQLite's busy handler sleeps 1, 2, 5… ms between tries). PostgreSQL commits
/// on several connections at once, so there every worker takes both.
public final class StoreGateway: Sendable {
    private let workers: [Worker]
    private let turn = Counter()
    private let oneWriter: Bool
    /// "SQLite /path" or "PostgreSQL postgres://…" (never a password).
    public let displayName: String

    /// Opens `count` connections with `open` (the first one migrates the store).
    public init(workers count: Int, open: () throws(StoreError) -> any AdministeredStore) throws(StoreError) {
        var workers: [Worker] = []
        for index in 0..<max(1, count) { workers.append(Worker(store: try open(), index: index)) }
        self.workers = workers
        self.displayName = workers[0].store.displayName
        self.oneWriter = workers.count > 1 && workers[0].store is SQLiteCaseStore
    }

    public convenience init(address: StoreAddress, workers count: Int) throws(StoreError) {
        try self.init(workers: count) { () throws(StoreError) in try address.open() }
    }

    /// Runs `body` with one worker's store, on that worker's queue; `writing`: a case write.
    public func run<T: Sendable>(writing: Bool = false, _ body: @escaping @Sendable (any AdministeredStore) throws -> T) async throws -> T {
        let worker = !oneWriter ? workers[turn.next() % workers.count]
            : writing ? workers[0] : workers[1 + turn.next() % (workers.count - 1)]
        return try await withCheckedThrowingContinuation { continuation in
            worker.queue.async {
                do { continuation.resume(returning: try body(worker.store)) } catch { continuation.resume(throwing: error) }
            }
        }
    }
}

/// One store connection and the serial queue that alone touches it.
private final class Worker: @unchecked Sendable {
    // @unchecked: `store` is used only on `queue`, one block at a time.
    let store: any AdministeredStore
    let queue: DispatchQueue

    init(store: any AdministeredStore, index: Int) {
        self.store = store
        self.queue = DispatchQueue(label: "sop.serve.store.\(index)")
    }
}

/// A thread-safe round-robin counter.
final class Counter: @unchecked Sendable {
    // @unchecked: `value` is read and written only under `lock`.
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value &+= 1
        return value & Int.max
    }
}
