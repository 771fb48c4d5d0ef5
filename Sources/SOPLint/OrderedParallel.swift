import Foundation

/// Runs `produce` for indices 0..<count on worker threads and hands the outputs to `consume` on
/// the calling thread in index order. A worker takes index i only once fewer than `window`
/// outputs are waiting or being made past the last consumed one, so memory stays bounded by the
/// window whatever the count. The smallest index not yet consumed is always being produced by
/// a worker that does not wait, so the run cannot deadlock.
enum OrderedParallel {
    static func run<Output: Sendable>(
        count: Int, workers: Int, window: Int,
        produce: @escaping @Sendable (Int) -> Output, consume: (Output) -> Void
    ) {
        guard count > 1, workers > 1 else {
            for index in 0..<count { consume(produce(index)) }
            return
        }
        let state = State<Output>()
        let window = max(window, workers)
        for _ in 0..<min(workers, count) {
            let thread = Thread {
                while let index = state.take(count: count, window: window) {
                    state.deliver(produce(index), at: index)
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        for index in 0..<count {
            consume(state.receive(index))
        }
    }

    /// The shared counters and finished outputs, guarded by one condition lock. Threads are
    /// woken only when what they wait for may have happened: the consumer when the output it
    /// needs arrives, workers when the window has room again.
    private final class State<Output: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private var consumed = 0
        private var ready: [Int: Output] = [:]
        private var workersWaiting = 0
        private var consumerWaiting = false

        func take(count: Int, window: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < count, next >= consumed + window {
                workersWaiting += 1
                condition.wait()
                workersWaiting -= 1
            }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ output: Output, at index: Int) {
            condition.lock()
            ready[index] = output
            if consumerWaiting, index == consumed { condition.broadcast() }
            condition.unlock()
        }

        func receive(_ index: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while ready[index] == nil {
                consumerWaiting = true
                condition.wait()
                consumerWaiting = false
            }
            consumed = index + 1
            if workersWaiting > 0 { condition.broadcast() }
            return ready.removeValue(forKey: index)!
        }
    }
}
