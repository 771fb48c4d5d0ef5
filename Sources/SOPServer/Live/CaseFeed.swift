import Foundation

/// Where live pages hear of changes: `subscribe` gives a stream that ends when the feed is
/// closed (or the subscriber stops listening); `publish` tells every subscriber; `written`
/// is how the server says it wrote to a case (`ServerConfiguration.onChange`, after the write
/// is durable), and the feed finds out what that changed on the worklist.
///
/// Three feeds: `LocalCaseFeed` (this process only), `WatchedCaseFeed` (on SQLite also notices what other
/// processes write to the same file) and `PostgresCaseFeed` (LISTEN/NOTIFY: every instance on
/// the same database hears every write). `CaseFeeds.open(for:)` picks the one for a store.
public protocol CaseFeed: AnyObject, Sendable {
    func subscribe() -> AsyncStream<LiveChange>
    func publish(_ change: LiveChange)
    /// This process wrote to the case.
    func written(caseID: String)
    /// Ends every subscription and stops watching the store (shutdown).
    func close()
}

/// The in-process feed: a broadcast to the subscribers of this process. A subscriber that
/// falls behind keeps the newest 256 changes: a live page reloads its worklist on any change,
/// so the newest is the one that counts.
public final class LocalCaseFeed: CaseFeed, @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UInt64: AsyncStream<LiveChange>.Continuation] = [:]
    private var next: UInt64 = 0
    private var closed = false

    public init() {}

    public func subscribe() -> AsyncStream<LiveChange> {
        let (stream, continuation) = AsyncStream.makeStream(of: LiveChange.self, bufferingPolicy: .bufferingNewest(256))
        let id: UInt64? = lock.withLock {
            guard !closed else { return nil }
            next += 1
            subscribers[next] = continuation
            return next
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    public func publish(_ change: LiveChange) {
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(change) }
    }

    /// Nothing to find out: a local feed hears only what is published to it.
    public func written(caseID: String) {}

    public func close() {
        let all = lock.withLock {
            closed = true
            defer { subscribers = [:] }
            return Array(subscribers.values)
        }
        for continuation in all { continuation.finish() }
    }

    /// How many are listening (tests, the server's status).
    public var subscriberCount: Int { lock.withLock { subscribers.count } }

    private func remove(_ id: UInt64) {
        _ = lock.withLock { subscribers.removeValue(forKey: id) }
    }
}
