import Foundation
import SOPCore
import SOPPostgres

/// Live updates on PostgreSQL: LISTEN/NOTIFY through `PostgresChangeListener`. Every instance
/// hears every committed worklist change, its own writes included, so `written(caseID:)`
/// needs nothing more here. After a lost LISTEN connection comes back, a `.resync`
/// tells pages to reload their worklist (what changed meanwhile was not heard).
public final class PostgresCaseFeed: CaseFeed, @unchecked Sendable {
    private let local = LocalCaseFeed()
    private let listener: PostgresChangeListener

    public init(address: PostgresAddress, report: @escaping @Sendable (Localized) -> Void = { _ in }) {
        let local = self.local
        listener = PostgresChangeListener(
            address: address,
            onChange: { local.publish(LiveChange($0)) },
            onConnected: { again in
                guard again else { return }
                report(Catalog.Live.listenBack)
                local.publish(.resync)
            },
            onProblem: report)
        listener.start()
    }

    public func subscribe() -> AsyncStream<LiveChange> { local.subscribe() }

    public func publish(_ change: LiveChange) { local.publish(change) }

    /// The server's NOTIFY tells this instance too.
    public func written(caseID: String) {}

    public func close() {
        listener.stop()
        local.close()
    }

    public var subscriberCount: Int { local.subscriberCount }
    /// The listening connection's server process (tests end it to cut the connection).
    public var backendPID: Int32 { listener.backendPID }
}
