import Foundation
import SOPCore

/// A complete store held in memory: for tests and dry runs. Same contract as the SQLite store.
public final class InMemoryCaseStore: CaseStore, @unchecked Sendable {
    private let lock = NSLock()
    private var revisions: [String: SOPRevision] = [:]
    private var logs: [CaseID: [CaseEvent]] = [:]
    private var projections: [CaseID: CaseProjection] = [:]
    private var counters: [String: Int] = [:]
    private var attachments: [String: [UInt8]] = [:]

    public init() {}

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    public func saveRevision(_ revision: SOPRevision) throws(StoreError) {
        lock.withLock { revisions[revision.hash] = revisions[revision.hash] ?? revision }
    }

    public func revision(hash: String) throws(StoreError) -> SOPRevision? {
        lock.withLock { revisions[hash] }
    }

    public func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        lock.withLock {
            let key = "\(prefix)-\(year)"
            let sequence = (counters[key] ?? 0) + 1
            counters[key] = sequence
            let id = CaseID.make(prefix: prefix, year: year, sequence: sequence)
            logs[id] = events
            projections[id] = projection
            return id
        }
    }

    public func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
        try locked { () throws(StoreError) in
            guard let log = logs[id] else { throw .notFound(id) }
            let expected = (events.first?.sequence ?? 1) - 1
            guard log.count == expected else { throw .stale(id, expected: expected, found: log.count) }
            logs[id] = log + events
            projections[id] = projection
        }
    }

    public func events(of id: CaseID) throws(StoreError) -> [CaseEvent] {
        try locked { () throws(StoreError) in
            guard let log = logs[id] else { throw .notFound(id) }
            return log
        }
    }

    public func summary(of id: CaseID) throws(StoreError) -> CaseSummary? {
        lock.withLock { projections[id].map { CaseSummary(id: id, projection: $0) } }
    }

    public func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] {
        lock.withLock {
            projections.filter { filter.matches($0.value) && filter.matchesSearch($0.value.lookup, id: $0.key) }
                .map { CaseSummary(id: $0.key, projection: $0.value) }
                .sorted { $0.projection.startedAt != $1.projection.startedAt ? $0.projection.startedAt > $1.projection.startedAt : $0.id > $1.id }
        }
    }

    public func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] {
        TaskEntry.oncePerStep(lock.withLock {
            projections.filter { !$0.value.status.isFinished }.flatMap { id, projection in
                projection.active.filter { roles.isEmpty || roles.contains($0.role) }.map {
                    var task = TaskEntry(caseID: id, nomor: projection.nomor, judul: projection.judul, status: projection.status,
                                         entry: $0)
                    task.title = projection.lookup.title
                    task.revision = projection.revision
                    return task
                }
            }.sorted(by: TaskEntry.dueOrder)
        }, roles: roles)
    }

    public func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] {
        lock.withLock {
            logs.flatMap { id, events -> [VisitRow] in
                let state = CaseState(id: id, events: events)
                guard let started = state.started else { return [] }
                return (state.completed + state.active).map { visit in
                    VisitRow(caseID: id, nomor: started.nomor, revision: started.revision, step: visit.step, visit: visit.visit,
                             role: visit.role, startedAt: visit.startedAt, due: visit.due, completedAt: visit.completedAt,
                             completedBy: visit.completedBy, used: visit.used)
                }
            }.filter { filter.matches(nomor: $0.nomor, startedAt: $0.startedAt) }
            .sorted { ($0.caseID, $0.startedAt, $0.step) < ($1.caseID, $1.startedAt, $1.step) }
        }
    }

    public func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
        let hash = SHA256.hex(bytes)
        lock.withLock { attachments[hash] = bytes }
        return CaseEvent.Attachment(sha256: hash, name: name, size: bytes.count)
    }

    public func attachment(sha256: String) throws(StoreError) -> [UInt8]? {
        lock.withLock { attachments[sha256] }
    }

    public func caseID(tracking: String) throws(StoreError) -> CaseID? {
        lock.withLock { projections.first { $0.value.lookup.tracking == tracking }?.key }
    }
}

extension CaseFilter {
    public func matches(_ projection: CaseProjection) -> Bool {
        (nomor == nil || projection.nomor == nomor) && (statuses.isEmpty || statuses.contains(projection.status))
    }

    /// The search part of the filter (every case when there is none).
    public func matchesSearch(_ lookup: CaseLookup, id: CaseID) -> Bool {
        guard let search, !search.trimmingWhitespace().isEmpty else { return true }
        return lookup.matches(search, id: id)
    }
}

extension TaskEntry {
    /// Overdue and soonest due first; steps without a due time last, oldest first.
    public static func dueOrder(_ a: TaskEntry, _ b: TaskEntry) -> Bool {
        switch (a.entry.due, b.entry.due) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            if a.entry.startedAt != b.entry.startedAt { return a.entry.startedAt < b.entry.startedAt }
            return (a.caseID, a.entry.step) < (b.caseID, b.entry.step)
        }
    }
}
