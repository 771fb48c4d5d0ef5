import Foundation
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// The store gateway hands each piece of store work to the first free worker, first come first
/// served: a read never waits behind a slow one while another reader is free.
// The limit guards against a hang, not a speed: in the whole suite on two cores this test may wait
// minutes for a thread (it took 151 s once in CI, with every other suite running beside it).
@Suite(.serialized, .timeLimit(.minutes(10))) struct WorkerPoolTests {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    @Test func aReadTakesTheFreeReaderNotTheOneBusyBehindASlowRead() async throws {
        // SQLite: the first connection writes, the other two read.
        let gateway = try StoreGateway(workers: 3) { () throws(StoreError) in try SQLiteCaseStore(inMemory: ()) }
        let release = DispatchSemaphore(value: 0), started = Flag()
        let slowDone = Flag()
        let slow = Task {
            try await gateway.run { _ in
                started.set()
                release.wait()
                slowDone.set()
            }
        }
        // Waited for without blocking a thread of the tests' own pool.
        while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
        // Two reads one after the other while the slow one holds its reader: both are served.
        for _ in 0..<2 { _ = try await gateway.run { _ in 0 } }
        #expect(!slowDone.isSet)
        release.signal()
        try await slow.value
        #expect(slowDone.isSet)
    }

    @Test func everyJobWaitingForTheWriterRunsOnce() async throws {
        let gateway = try StoreGateway(workers: 2) { () throws(StoreError) in try SQLiteCaseStore(inMemory: ()) }
        let lock = NSLock()
        nonisolated(unsafe) var ran: [Int] = []
        // The one writer is held: 300 writes queue up behind it (past the pool's compaction).
        let release = DispatchSemaphore(value: 0), started = Flag()
        let first = Task { try await gateway.run(writing: true) { _ in started.set(); release.wait() } }
        while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
        let tasks = (0..<300).map { index in
            Task { try await gateway.run(writing: true) { _ in lock.withLock { ran.append(index) } } }
        }
        release.signal()
        try await first.value
        for task in tasks { try await task.value }
        #expect(lock.withLock { ran.count } == 300)
        #expect(Set(lock.withLock { ran }) == Set(0..<300))
    }
}
