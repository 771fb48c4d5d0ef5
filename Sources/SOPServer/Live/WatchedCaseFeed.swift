import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// Where a watched feed reads the worklist, and how it tells that someone committed.
public protocol WorklistSource: Sendable {
    /// A number that moves whenever anyone committed; nil when only this process's writes
    /// (`written(caseID:)`) can be noticed.
    func version() throws(StoreError) -> Int?
    /// Every step waiting on the worklist.
    func worklist() throws(StoreError) -> Set<WorklistKey>
    /// Lets go of what it reads through, once the feed's watcher has ended.
    func close()
}

/// A SQLite file: `PRAGMA data_version` on a read-only connection of its own moves with every
/// commit of any other connection, in this process or another.
extension WorklistProbe: WorklistSource {
    public func version() throws(StoreError) -> Int? { try dataVersion() }
}

/// Any store, through its own worklist query: only this process's writes are noticed (an
/// in-memory store, tests).
public struct StoreWorklist: WorklistSource, @unchecked Sendable {
    let store: any CaseStore
    public init(_ store: any CaseStore) { self.store = store }
    public func version() throws(StoreError) -> Int? { nil }
    public func close() {}
    public func worklist() throws(StoreError) -> Set<WorklistKey> {
        Set(try store.tasks(roles: []).map { WorklistKey(caseID: $0.caseID.rawValue, step: $0.entry.step, role: $0.entry.role) })
    }
}

/// Live updates by watching the worklist: as it was, compared with it as it is whenever
/// someone committed. Writes of this process wake the watcher at once (`written(caseID:)`);
/// on a SQLite file, writes of other processes (a terminal's `sop run` on the
/// same file) are noticed by asking `PRAGMA data_version` every `interval` (0.25 s by default),
/// which reads no page of the file. Only when it moved is the worklist read again (`case_task`:
/// a row per waiting step), and what appeared or went is published.
public final class WatchedCaseFeed: CaseFeed, @unchecked Sendable {
    private let local = LocalCaseFeed()
    private let probe: any WorklistSource
    private let interval: TimeInterval
    private let report: @Sendable (Localized) -> Void
    private let condition = NSCondition()
    private var poked = false
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    /// Watches the SQLite file at `path` through a read-only connection of its own.
    public static func sqlite(path: String, interval: TimeInterval = 0.25,
                              report: @escaping @Sendable (Localized) -> Void = { _ in }) throws(StoreError) -> WatchedCaseFeed {
        try WatchedCaseFeed(source: try WorklistProbe(path: path), interval: interval, report: report)
    }

    /// Reads the worklist now, and starts watching.
    public init(source: any WorklistSource, interval: TimeInterval = 0.25,
                report: @escaping @Sendable (Localized) -> Void = { _ in }) throws(StoreError) {
        probe = source
        self.interval = interval
        self.report = report
        let version = try source.version()
        let known = try source.worklist()
        let thread = Thread { [self] in
            watch(version: version, known: known)
            finished.signal()
        }
        thread.name = "sop-watch"
        thread.start()
    }

    public func subscribe() -> AsyncStream<LiveChange> { local.subscribe() }

    public func publish(_ change: LiveChange) { local.publish(change) }

    public func written(caseID: String) {
        condition.withLock {
            poked = true
            condition.signal()
        }
    }

    public func close() {
        let first = condition.withLock {
            defer {
                stopped = true
                condition.signal()
            }
            return !stopped
        }
        // The watcher's connection is closed once the watcher has ended (after its read under way, if
        // it is stuck: the connection is serialized, and its next read then fails, said once).
        if first {
            _ = finished.wait(timeout: .now() + 5)
            probe.close()
        }
        local.close()
    }

    public var subscriberCount: Int { local.subscriberCount }

    private func watch(version start: Int?, known start2: Set<WorklistKey>) {
        var version = start
        var known = start2
        var failing = false
        while true {
            let (stop, wasPoked) = condition.withLock {
                if !poked && !stopped { _ = condition.wait(until: Date().addingTimeInterval(interval)) }
                defer { poked = false }
                return (stopped, poked)
            }
            if stop { return }
            do throws(StoreError) {
                let now = try probe.version()
                if now == version && !wasPoked && !failing { continue }
                version = now
                let current = try probe.worklist()
                let changed = current.symmetricDifference(known)
                known = current
                if failing {
                    failing = false
                    local.publish(.resync)
                }
                for key in changed.sorted(by: { ($0.caseID, $0.step) < ($1.caseID, $1.step) }) { local.publish(LiveChange(key)) }
            } catch {
                if !failing, case .unavailable(let message) = error { report(Catalog.Live.sqliteWatchFailed(message)) }
                failing = true
            }
        }
    }
}
