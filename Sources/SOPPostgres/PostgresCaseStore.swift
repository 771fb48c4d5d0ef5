import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// The shared case store: one PostgreSQL database for every desk of a unit, with the same
/// schema and behaviour as the SQLite store. The event log is append-only (triggers refuse
/// UPDATE, DELETE and TRUNCATE); an append locks its case row (`SELECT … FOR UPDATE`) and
/// refuses a write made on a stale view, with the primary key (case_id, sequence) as a second
/// guard; case ids come from a counter row updated in the starting transaction.
///
/// A dropped connection is reopened once and the unit of work run again: the server rolled
/// back whatever had not committed. Only a COMMIT whose acknowledgement was lost may have gone
/// through: the second run then finds its own events already there and succeeds without
/// writing them twice (sequence numbers and the case's first event identify them).
public final class PostgresCaseStore: AdministeredStore, @unchecked Sendable {
    public let address: PostgresAddress
    private let connection: PGConnection
    private let lock = NSLock()
    /// The chain head of each case this store last wrote or read (`ChainHeads`); shared by the
    /// connections of one web server (`shareHeads(with:)`).
    private var heads = ChainHeads()
    /// The worklist rows of each case this store last wrote, for a move's notices (v12); shared
    /// with the heads, as both are valid only at the head they were written at.
    private var worklists = KnownWorklists()
    /// Test seams around COMMIT: cut the connection before it, or lose its acknowledgement.
    var hooks = Hooks()
    /// A step's move sends the rows it changes as one statement (`PostgresAppend.move`); false:
    /// as the plain statements before it (tests compare the two).
    var movesInOneStatement = true
    /// Sent first in each case write while set (`whileSessionLive`): the web session's check,
    /// in the write's own transaction.
    var writeGuard: [(sql: String, parameters: [PGValue])] = []

    struct Hooks {
        var beforeCommit: (() -> Void)?
        var loseNextCommitAcknowledgement = false
    }

    /// Connects. A database with no sop schema yet is created at the current one; an existing
    /// schema is never migrated here (only `migrate()`, `sop db migrate`): one with migrations
    /// pending is refused (`StoreError.schema`, nothing written), unless `asIs` (`sop db
    /// status`, `sop db migrate`). A schema a newer sop migrated is refused either way.
    public init(address: PostgresAddress, asIs: Bool = false) throws(StoreError) {
        self.address = address
        do {
            connection = try PGConnection(address, settings: PostgresLeanAnswer.session)
        } catch {
            throw Self.describe(error, user: address.parameters["user"] ?? "?")
        }
        let versions = try perform { c, _ in try PostgresMigrations.applied(c).map(\.version) }
        try refuseNewer(versions)
        if versions.isEmpty, !asIs {
            _ = try migrate()
            return
        }
        let pending = PostgresMigrations.all.filter { !versions.contains($0.version) }
        if !asIs, !pending.isEmpty {
            throw .schema(Catalog.StoreSchema.pending(address.redacted, pending: pending.map { PostgresMigrations.described($0.name) }))
        }
        try noticesAfterCommit()
    }

    /// A schema a newer sop migrated (a version this binary does not know): refused, by number.
    func refuseNewer(_ versions: [Int]) throws(StoreError) {
        guard let newest = versions.max(), newest > PostgresMigrations.latest else { return }
        throw .schema(Catalog.StoreSchema.newer(address.redacted, version: newest, known: PostgresMigrations.latest))
    }

    /// Whether this connection keeps the worklist's notices and sends them after each commit
    /// (migration v11 applied: `PostgresLiveNotices`); otherwise v7's trigger notifies inside
    /// the transaction.
    private(set) var flushesNotices = false

    /// The notices to send behind a write that may have moved worklist rows.
    var noticeFlush: [(sql: String, parameters: [PGValue])] { flushesNotices ? [PostgresLiveNotices.flush] : [] }

    /// Whether a step's move whose worklist rows this store knows sends their notices itself
    /// (migration v12 applied: `PostgresLeanAnswer`); otherwise v11's trigger keeps them.
    private(set) var sendsNotices = false

    /// Set once the schema has `sop_live_flush` (migrated, or found so), and v12.
    func noticesAfterCommit(migrated: Bool = false) throws(StoreError) {
        if migrated {
            flushesNotices = true
            sendsNotices = true
            return
        }
        (flushesNotices, sendsNotices) = try perform { c, _ in
            (try c.query("SELECT to_regproc('sop_live_flush') IS NOT NULL").bool(0, 0),
             try PostgresMigrations.applied(c).contains { $0.version >= 12 })
        }
    }

    /// Sent first in a write that moves worklist rows whose notices the store does not send
    /// itself: v11's trigger keeps them (v12).
    var triggersRecord: [(sql: String, parameters: [PGValue])] { sendsNotices ? [PostgresLeanAnswer.triggersRecord] : [] }

    public var displayName: String { "PostgreSQL \(address.redacted)" }

    /// Uses `first`'s chain heads from now on (call before the store is used): the connections of
    /// one web server then link an answer's events whichever of them wrote or read the case last,
    /// instead of leaving the link to `sop_append_case` on the server. Safe as for one connection:
    /// a head is remembered only once committed, and a stale one is refused by the primary key.
    public func shareHeads(with first: PostgresCaseStore) {
        heads = first.heads
        worklists = first.worklists
    }

    /// The head this store (or one sharing its heads) knows for the case (tests).
    func knownHead(of id: CaseID) -> ChainHead? { heads.head(id.rawValue) }

    // MARK: CaseStore

    /// The revisions this store has seen stored (saved or found there): a desk starting case after
    /// case on one SOP sends its text once, not once a case (a revision row is never deleted by a
    /// desk; a case started on one the owner removed fails on its foreign key, and the set is
    /// forgotten).
    private var storedRevisions = Set<String>()

    public func saveRevision(_ revision: SOPRevision) throws(StoreError) {
        let row = ArchivedRevision(hash: revision.hash, nomor: revision.nomor, judul: revision.judul, revisionDate: revision.revisionDate,
                                   path: revision.path, content: revision.content, savedAt: revision.savedAt.milliseconds)
        try perform { c, _ in
            guard !storedRevisions.contains(row.hash) else { return }
            try c.query(Self.insertRevision, Self.parameters(row))
            storedRevisions.insert(row.hash)
        }
    }

    public func revision(hash: String) throws(StoreError) -> SOPRevision? {
        try EventChain.verified(try archivedRevision(hash: hash).map {
            var revision = SOPRevision(content: $0.content, nomor: $0.nomor, judul: $0.judul, revisionDate: $0.revisionDate,
                                       path: $0.path, savedAt: Date(milliseconds: $0.savedAt))
            revision.hash = $0.hash
            return revision
        })
    }

    public func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        let rows = events.map(\.archived)
        let id: CaseID
        do {
            id = try startCase(prefix: prefix, year: year, rows: rows, events: events, projection: projection)
        } catch .unavailable(let message) where message.text(.en).contains("sop_case_pkey") {
            throw .unavailable(Catalog.TamperEvidence.numberTaken(prefix: prefix, year: year))  // the counter is below a stored case
        } catch {
            try? perform(retry: false) { _, _ in storedRevisions.removeAll() }
            throw error
        }
        // The same links `insert` wrote: the next answer continues from them.
        if let last = EventChain.linked(rows, caseID: id.rawValue, previous: "").last, let hash = last.hash {
            heads.remember(id.rawValue, ChainHead(sequence: last.sequence, hash: hash, lookup: projection.lookup))
            worklists.remember(id.rawValue, at: last.sequence, KnownWorklists.rows(of: projection))
        }
        return id
    }

    private func startCase(prefix: String, year: Int, rows: [ArchivedEvent], events: [CaseEvent],
                           projection: CaseProjection) throws(StoreError) -> CaseID {
        let id: CaseID = try perform { c, attempt in
            if attempt == .retry, let id = try Self.startedBefore(c, prefix: prefix, year: year, events: rows) { return id }
            // The new case's worklist rows notified by the store behind the commit, as a move's (v12),
            // once its last event is there; without v12 the trigger keeps them for the flush (v11).
            var notices: [(sql: String, parameters: [PGValue])] = []
            // Two round trips: BEGIN with the counter (the case's number), then every row and COMMIT.
            return try pipelinedTransaction(c, opening: [("""
                INSERT INTO case_counter (prefix, year, last) VALUES ($1, $2, 1)
                ON CONFLICT (prefix, year) DO UPDATE SET last = case_counter.last + 1
                RETURNING last
                """, [.text(prefix), .int(year)])] + (sendsNotices ? [] : triggersRecord) + [PostgresMigrations.newerGuard], after: { self.sendsNotices ? notices : self.noticeFlush }) { opened in
                let id = CaseID.make(prefix: prefix, year: year, sequence: opened[0].integer(0, 0))
                let tasks = projection.status.isFinished ? [] : projection.active.map(\.archived)
                let linked = rows.contains { $0.hash == nil } ? EventChain.linked(rows, caseID: id.rawValue, previous: "") : rows
                let came = KnownWorklists.rows(of: projection)
                if let last = linked.last, let hash = last.hash, !came.isEmpty {
                    notices = [PostgresLeanAnswer.notices(id.rawValue, rows: came, sequence: last.sequence, hash: hash)]
                }
                // The case row before its first event (the event's check locks it, v19), the lookup
                // row after them: a derived row moves only with its case's events (v28).
                var statements: [(sql: String, parameters: [PGValue])] = [(Self.insertCase, Self.caseRow(id.rawValue, projection))]
                if !linked.isEmpty { statements.append(Self.insertEventRows(linked, for: id.rawValue)) }
                statements.append((Self.insertLookup, Self.lookupRow(id.rawValue, projection.lookup)))
                if !tasks.isEmpty { statements.append(Self.insertTasks(tasks, for: id.rawValue)) }
                statements += Self.visitStatements(
                    VisitChange.changes(of: events, caseID: id, nomor: projection.nomor, revision: projection.revision), of: id)
                return (statements, id)
            }
        }
        return id
    }

    public func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
        let rows = events.map(\.archived)
        let expected = (rows.first?.sequence ?? projection.lastSequence + 1) - 1
        // Every answer is one statement, one round trip: an answer alone writes only its event
        // rows; events that change the worklist, the status or the title move those rows too.
        let rowChanges = events.contains { $0.kind.changesWorklist || $0.kind.changesStatus }
        // The head this store wrote or read last for the case, when the events continue it:
        // then the events are linked here (the same bytes as `sop_event_hash`), and an answer
        // is one plain INSERT, as the bare floor's, the primary key its optimistic check.
        let known = heads.known(id.rawValue, at: expected)
        let linked = known.map { EventChain.linked(rows, caseID: id.rawValue, previous: $0.hash) }
        // The case's title and search keys move as on SQLite: with the case row, when the events
        // move it (a step starts or ends, a pause), or at once for a correction; an answer alone
        // leaves them until its step ends (the README: "a name typed at a step is found once that
        // step ends or the case is paused"), so both stores list the same `Perihal`.
        let corrected = events.contains { if case .answerCorrected = $0.kind { true } else { false } }
        let lookupChanges = (rowChanges || corrected) && known?.holds(projection.lookup) != true
        // The worklist rows before these events, when this store wrote them at this head.
        let before = worklists.known(id.rawValue, at: expected)
        do throws(StoreError) {
            try append(events, rows: rows, linked: linked, to: id, expected: expected, projection: projection, rowChanges: rowChanges,
                       lookupChanges: lookupChanges, worklist: before)
        } catch {
            heads.forget(id.rawValue)
            worklists.remember(id.rawValue, at: 0, nil)
            throw error
        }
        worklists.remember(id.rawValue, at: expected + rows.count, rowChanges ? KnownWorklists.rows(of: projection) : before)
        // Linked here, or by the server from the same bytes: the new head is known only when linked here.
        if let last = linked?.last, let hash = last.hash {
            heads.remember(id.rawValue, .after(lookupWritten: lookupChanges, sequence: last.sequence, hash: hash, lookup: projection.lookup,
                                               known: known))
        } else {
            heads.forget(id.rawValue)
        }
    }

    private func append(_ events: [CaseEvent], rows: [ArchivedEvent], linked: [ArchivedEvent]?, to id: CaseID, expected: Int,
                        projection: CaseProjection, rowChanges: Bool, lookupChanges: Bool,
                        worklist: [KnownWorklists.Row]?) throws(StoreError) {
        try perform { c, attempt in
            // The schema still this sop's, checked in the write's own transaction (no round trip
            // more): by the INSERT of events linked here itself, so that an answer alone is one
            // statement; by a statement of its own before the server's functions.
            let guarded = [PostgresMigrations.newerGuard] + writeGuard
            guard rowChanges || lookupChanges else {
                if let linked {
                    try statement(c) {
                        _ = try Self.insertLinked(linked, to: id, expected: expected, attempt: attempt, c, before: writeGuard)
                    }
                    return
                }
                try statement(c) { _ = try Self.appendEvents(rows, to: id, expected: expected, attempt: attempt, c, before: guarded) }
                return
            }
            if let linked {
                // Linked here: the INSERT first, then the rows it moves, plain statements sent in
                // one round trip and committed together (`PostgresAppend.moves`).
                let moves = PostgresAppend.moves(id, events, projection: projection, lookup: lookupChanges, rows: rowChanges,
                                                 oneStatement: movesInOneStatement)
                // The rows that left and came, notified by the store when it knows them (v12).
                let notices = rowChanges ? worklist.map { $0 + KnownWorklists.rows(of: projection) } : nil
                let (first, after): ([(sql: String, parameters: [PGValue])], [(sql: String, parameters: [PGValue])])
                if !rowChanges {
                    (first, after) = ([], [])
                } else if sendsNotices, let notices, let last = linked.last, let hash = last.hash {
                    (first, after) = ([], notices.isEmpty ? [] : [PostgresLeanAnswer.notices(id.rawValue, rows: notices,
                                                                                              sequence: last.sequence, hash: hash)])
                } else {
                    (first, after) = (triggersRecord, noticeFlush)
                }
                try statement(c) {
                    _ = try Self.insertLinked(linked, to: id, expected: expected, attempt: attempt, c, before: writeGuard + first, then: moves,
                                              after: after)
                }
                return
            }
            // A step that starts or ends, a status that changes, a new title: one statement too
            // (`sop_append_case`, migration v8), which moves the case row with the events.
            let parameters = PostgresAppend.parameters(id, expected: expected, events, rows: rows, projection: projection,
                                                       lookup: lookupChanges, moves: rowChanges)
            try statement(c) {
                _ = try Self.appendEvents(rows, to: id, expected: expected, attempt: attempt, c,
                                          sql: PostgresAppend.sql, parameters: parameters, after: rowChanges ? noticeFlush : [],
                                          before: guarded + (rowChanges ? triggersRecord : []))
            }
        }
    }

    /// Inserts events linked here after the head `expected`, in one plain INSERT: another desk's
    /// event at the same sequence refuses it (the primary key: stale), a case that is not there
    /// too (its foreign key). True when written now; false when a retry finds them already
    /// written (a lost acknowledgement).
    /// `then`: statements that move rows with the events, sent after the INSERT in the same round
    /// trip and the same transaction (a pipeline: all of it commits, or none).
    /// `after`: the worklist's notices, sent behind it as a transaction of their own (v11).
    /// `before`: sent first, in the same transaction.
    /// The INSERT checks that the schema is still this sop's (`PostgresMigrations.newerCondition`).
    static func insertLinked(_ rows: [ArchivedEvent], to id: CaseID, expected: Int, attempt: Attempt, _ c: PGConnection,
                             before: [(sql: String, parameters: [PGValue])] = [],
                             then moves: [(sql: String, parameters: [PGValue])] = [],
                             after: [(sql: String, parameters: [PGValue])] = []) throws -> Bool {
        let insert = insertEventRows(rows, for: id.rawValue, checkingSchema: true)
        let result = Result { () throws(PGFailure) in
            if moves.isEmpty && before.isEmpty {
                try c.query(insert.sql, insert.parameters)
            } else {
                try c.pipeline(before + [insert] + moves, after: after)
            }
        }
        switch result {
        case .success:
            return true
        case .failure(.server(let state, _)) where state == "23505":
            if attempt == .retry, try events(c, of: id.rawValue, from: expected + 1, to: expected + rows.count) == rows {
                return false
            }
            throw StoreError.stale(id, expected: expected, found: expected + 1)
        case .failure(.server(let state, _)) where state == "23503":
            throw StoreError.notFound(id)
        case .failure(let failure):
            throw failure
        }
    }

    /// Linked events as one INSERT of a VALUES list (an answer's one row, a step's few): the same
    /// plan at every call, where an INSERT of arrays (`insertEvents`) was planned again for each
    /// (the arrays' length changes the planner's estimate). `checkingSchema`: the INSERT writes
    /// only while the schema is this sop's, and fails as `PostgresMigrations.newerGuard` does
    /// otherwise (its condition, evaluated once before any row: nothing is written), so that the
    /// write needs no statement of its own for it.
    static func insertEventRows(_ rows: [ArchivedEvent], for id: String, checkingSchema: Bool = false) -> (sql: String, parameters: [PGValue]) {
        var parameters: [PGValue] = [.text(id)]
        for row in rows {
            parameters += [.int(row.sequence), .int(row.at), .text(row.operatorName), .optional(row.role), .optional(row.step), .text(row.type),
                           .text(row.payload), .optional(row.hash)]
        }
        // The text made once for an answer's one row and a step's few, not at every write (building
        // a step's three-row text cost a desk about 37 K instructions).
        let made = checkingSchema ? insertEventsCheckingSchema : insertEventsPlain
        guard rows.count >= made.count else { return (made[rows.count], parameters) }
        return (insertEvents(rows.count, checkingSchema: checkingSchema), parameters)
    }

    /// The INSERT of `count` events (`insertEventRows`). Checking the schema, the VALUES list is
    /// a subquery of the INSERT's SELECT, its parameters cast to the columns' types (a subquery's
    /// untyped parameter would be text), its rows in their order under the condition's one-time
    /// filter.
    private static func insertEvents(_ count: Int, checkingSchema: Bool) -> String {
        let types = ["integer", "bigint", "text", "text", "text", "text", "text", "text"]
        let tuples = (0..<count).map { index in
            "($1" + (0..<8).map { ", $\(2 + 8 * index + $0)" + (checkingSchema ? "::\(types[$0])" : "") }.joined() + ")"
        }
        let columns = "INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) "
        guard checkingSchema else { return columns + "VALUES " + tuples.joined(separator: ", ") }
        return columns + "SELECT * FROM (VALUES " + tuples.joined(separator: ", ") + ") AS e WHERE " + PostgresMigrations.newerCondition
    }

    /// The INSERT of 0 to 7 events, by count (`insertEvents`): made once.
    private static let insertEventsPlain = (0..<8).map { insertEvents($0, checkingSchema: false) }
    private static let insertEventsCheckingSchema = (0..<8).map { insertEvents($0, checkingSchema: true) }

    /// Links and inserts the events after the head `expected` (`sop_append_events`). True when
    /// written now; false when a retry finds them already written (a lost acknowledgement).
    static func appendEvents(_ rows: [ArchivedEvent], to id: CaseID, expected: Int, attempt: Attempt, _ c: PGConnection,
                             sql: String = PostgresChain.appendSQL, parameters: [PGValue]? = nil,
                             after: [(sql: String, parameters: [PGValue])] = [],
                             before: [(sql: String, parameters: [PGValue])] = []) throws -> Bool {
        let head: Int64?
        let parameters = parameters ?? PostgresChain.appendParameters(id.rawValue, expected: expected, rows)
        switch Result(catching: { () throws(PGFailure) in
            after.isEmpty && before.isEmpty
                ? try c.query(sql, parameters) : try c.pipeline(before + [(sql, parameters)], after: after)[before.count]
        }) {
        case .success(let result):
            head = result.int(0, 0)
        case .failure(.server(let state, _)) where state == "23505":
            // Another desk appended the same sequence at the same moment.
            throw StoreError.stale(id, expected: expected, found: expected + 1)
        case .failure(let failure):
            throw failure
        }
        guard let head else { throw StoreError.notFound(id) }
        guard head == expected else {
            if attempt == .retry, try events(c, of: id.rawValue, from: expected + 1, to: expected + rows.count).map(\.content) == rows {
                return false
            }
            throw StoreError.stale(id, expected: expected, found: Int(head))
        }
        return true
    }

    public func events(of id: CaseID) throws(StoreError) -> [CaseEvent] {
        let (rows, recorded, status): ([ArchivedEvent], Int, String) = try perform { c, _ in
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? c.execute("COMMIT") }
            let recorded = try c.query("SELECT last_sequence, status FROM sop_case WHERE id = $1", [.text(id.rawValue)])
            guard !recorded.isEmpty else { throw StoreError.notFound(id) }
            return (try Self.events(c, of: id.rawValue), recorded.integer(0, 0), recorded.text(0, 1))
        }
        let events = try EventChain.verifiedEvents(rows, caseID: id, recorded: recorded, recordedStatus: status)
        // A log that holds: the next append continues from its last row.
        if let last = rows.last, let hash = last.hash { heads.remember(id.rawValue, ChainHead(sequence: last.sequence, hash: hash)) }
        return events
    }

    public func summary(of id: CaseID) throws(StoreError) -> CaseSummary? {
        try perform { c, _ in
            Self.summaries(try c.query(Self.selectCases + " WHERE c.id = $1 ORDER BY t.step COLLATE \"C\"", [.text(id.rawValue)])).first
        }
    }

    public func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] {
        try perform { c, _ in
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? c.execute("COMMIT") }
            let searched = Self.summaries(try c.query(Self.selectCases + """
                 WHERE ($1::text IS NULL OR c.nomor = $1)
                 ORDER BY c.started_at DESC, c.id COLLATE "C" DESC, t.step COLLATE "C"
                """, [.optional(filter.nomor)]))
                .filter { filter.matchesSearch($0.projection.lookup, id: $0.id) }
            let found = try Self.listingBreaks(c, cases: searched.map { ($0.id.rawValue, $0.projection.status.rawValue, $0.projection.lastSequence) },
                                               tasks: searched.flatMap { summary in summary.projection.active.map { (summary.id, $0) } })
            let listed = ListingCheck.byStatus(searched, status: \.projection.status.rawValue, id: \.id.rawValue, filter: filter, found: found)
            return try ListingCheck.marked(listed, found, filter: filter)
        }
    }

    public func caseID(tracking: String) throws(StoreError) -> CaseID? {
        try perform { c, _ in
            let rows = try c.query("SELECT case_id FROM case_lookup WHERE tracking = $1", [.text(tracking)])
            return rows.isEmpty ? nil : CaseID(rows.text(0, 0))
        }
    }

    public func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] {
        try perform { c, _ in
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? c.execute("COMMIT") }
            let rows = try c.query("""
                SELECT c.id, c.nomor, c.judul, c.status, t.step, t.step_label, t.visit, t.role, t.role_name, t.started_at, t.due_at,
                       l.title, c.last_sequence, c.revision
                FROM case_task t JOIN sop_case c ON c.id = t.case_id LEFT JOIN case_lookup l ON l.case_id = c.id
                WHERE cardinality($1::text[]) = 0 OR t.role = ANY($1::text[])
                """, [.array(roles)])
            var listedCases: [String: (id: String, status: String, lastSequence: Int)] = [:]
            for row in 0..<rows.count { listedCases[rows.text(row, 0)] = (rows.text(row, 0), rows.text(row, 3), rows.integer(row, 12)) }
            try Self.checkListing(c, cases: listedCases.values.sorted { $0.id < $1.id },
                                  tasks: (0..<rows.count).map { (CaseID(rows.text($0, 0)), Self.entry(rows, $0, from: 4)) })
            return TaskEntry.oncePerStep((0..<rows.count).map { row in
                var task = TaskEntry(caseID: CaseID(rows.text(row, 0)), nomor: rows.text(row, 1), judul: rows.text(row, 2),
                                     status: CaseState.Status(rawValue: rows.text(row, 3)) ?? .open, entry: Self.entry(rows, row, from: 4))
                task.title = rows.text(row, 11)
                task.revision = rows.text(row, 13)
                return task
            }.sorted(by: TaskEntry.dueOrder), roles: roles)
        }
    }

    public func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] {
        try perform { c, _ in
            let rows = try c.query("""
                SELECT case_id, nomor, revision, step, visit, role, started_at, due_at, completed_at, completed_by, used_seconds
                FROM step_visit
                WHERE ($1::text IS NULL OR nomor = $1) AND ($2::bigint IS NULL OR started_at >= $2)
                  AND ($3::bigint IS NULL OR started_at < $3)
                ORDER BY case_id COLLATE "C", started_at, step COLLATE "C"
                """, [.optional(filter.nomor), .optionalInt(filter.from?.milliseconds), .optionalInt(filter.to?.milliseconds)])
            return (0..<rows.count).map { row in
                VisitRow(caseID: CaseID(rows.text(row, 0)), nomor: rows.text(row, 1), revision: rows.text(row, 2),
                         step: rows.text(row, 3), visit: rows.integer(row, 4), role: rows.text(row, 5),
                         startedAt: Date(milliseconds: rows.int(row, 6) ?? 0), due: rows.int(row, 7).map(Date.init(milliseconds:)),
                         completedAt: rows.int(row, 8).map(Date.init(milliseconds:)), completedBy: rows.string(row, 9),
                         used: rows.string(row, 10).flatMap(Double.init))
            }
        }
    }

    public func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
        let hash = SHA256.hex(bytes)
        try perform { c, _ in
            // Content-addressed: a file already stored is not sent again.
            guard try c.query("SELECT 1 FROM attachment WHERE sha256 = $1", [.text(hash)]).isEmpty else { return }
            try c.query(Self.insertAttachment, Self.parameters(ArchivedAttachment(
                sha256: hash, name: name, size: bytes.count, content: bytes, savedAt: Date().milliseconds)))
        }
        return CaseEvent.Attachment(sha256: hash, name: name, size: bytes.count)
    }

    public func attachment(sha256: String) throws(StoreError) -> [UInt8]? {
        try archivedAttachment(sha256: sha256)?.content
    }

    // MARK: Rows

    static let insertCase = """
        INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """

    static let insertRevision = """
        INSERT INTO sop_revision (hash, nomor, judul, revision_date, path, content, saved_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING
        """

    static func parameters(_ revision: ArchivedRevision) -> [PGValue] {
        [.text(revision.hash), .text(revision.nomor), .text(revision.judul), .text(revision.revisionDate), .text(revision.path),
         .bytes(revision.content), .int(revision.savedAt)]
    }

    static let insertAttachment = """
        INSERT INTO attachment (sha256, name, size, content, saved_at) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (sha256) DO NOTHING
        """

    static func parameters(_ attachment: ArchivedAttachment) -> [PGValue] {
        [.text(attachment.sha256), .text(attachment.name), .int(attachment.size), .bytes(attachment.content), .int(attachment.savedAt)]
    }

    static let selectCases = """
        SELECT c.id, c.nomor, c.judul, c.revision, c.status, c.started_at, c.updated_at, c.last_sequence, c.ended_at, c.due_at,
               t.step, t.step_label, t.visit, t.role, t.role_name, t.started_at, t.due_at, l.title, l.tracking, l.search_keys
        FROM sop_case c LEFT JOIN case_task t ON t.case_id = c.id LEFT JOIN case_lookup l ON l.case_id = c.id
        """

    static let insertLookup = "INSERT INTO case_lookup (case_id, title, tracking, search_keys) VALUES ($1, $2, $3, $4)"

    static func lookupRow(_ id: String, _ lookup: CaseLookup) -> [PGValue] {
        [.text(id), .text(lookup.title), .optional(lookup.tracking), .text(lookup.keysText)]
    }

    /// Lookup rows of cases that have none (migration v5, copies): derived from their events
    /// and the SOP text they are pinned to.
    /// `only`: one case (a copy writes case by case; scanning every case for each one made a
    /// copy of 100,000 cases quadratic).
    static func backfillLookups(_ c: PGConnection, only: String? = nil) throws {
        let missing = try c.query("""
            SELECT c.id, r.content, r.path FROM sop_case c JOIN sop_revision r ON r.hash = c.revision
            WHERE ($1::text IS NULL OR c.id = $1) AND NOT EXISTS (SELECT 1 FROM case_lookup l WHERE l.case_id = c.id)
            """, [.optional(only)])
        for row in 0..<missing.count {
            let id = missing.text(row, 0)
            let events = try Self.events(c, of: id).map { try $0.event() }
            let lookup = CaseLookup.derive(id: CaseID(id), events: events, sopText: missing.bytes(row, 1), path: missing.text(row, 2))
            try c.query(insertLookup, lookupRow(id, lookup))
        }
    }

    static func caseRow(_ id: String, _ projection: CaseProjection) -> [PGValue] {
        [.text(id), .text(projection.nomor), .text(projection.judul), .text(projection.revision), .text(projection.status.rawValue),
         .int(projection.startedAt.milliseconds), .int(projection.updatedAt.milliseconds), .int(projection.lastSequence),
         .optionalInt(projection.endedAt?.milliseconds), .optionalInt(projection.due?.milliseconds)]
    }

    /// Events and worklist rows in one statement each, whatever their number.
    static func insert(_ events: [ArchivedEvent], tasks: [ArchivedTask], for id: String, _ c: PGConnection) throws {
        if !events.isEmpty {
            // A new case's first events, or a verified copy's (which keep their hashes).
            try insertEvents(events.contains { $0.hash == nil } ? EventChain.linked(events, caseID: id, previous: "") : events, for: id, c)
        }
        if !tasks.isEmpty {
            let insert = insertTasks(tasks, for: id)
            try c.query(insert.sql, insert.parameters)
        }
    }

    /// Worklist rows in one statement, whatever their number.
    static func insertTasks(_ tasks: [ArchivedTask], for id: String) -> (sql: String, parameters: [PGValue]) {
        ("""
            INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at, due_at)
            SELECT $1, * FROM unnest($2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])
            """, [.text(id), .array(tasks.map(\.step)), .array(tasks.map(\.stepLabel)), .array(tasks.map { Int64($0.visit) }),
                  .array(tasks.map(\.role)), .array(tasks.map(\.roleName)), .array(tasks.map { $0.startedAt }),
                  .array(tasks.map(\.dueAt))])
    }

    /// Linked events in one statement, whatever their number.
    static func insertEvents(_ events: [ArchivedEvent], for id: String, _ c: PGConnection) throws(PGFailure) {
        let insert = insertEvents(events, for: id)
        try c.query(insert.sql, insert.parameters)
    }

    static func insertEvents(_ events: [ArchivedEvent], for id: String) -> (sql: String, parameters: [PGValue]) {
        ("""
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            SELECT $1, * FROM unnest($2::integer[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                     $9::text[])
            """, [.text(id), .array(events.map { Int64($0.sequence) }), .array(events.map { $0.at }),
                  .array(events.map(\.operatorName)), .array(events.map(\.role)), .array(events.map(\.step)),
                  .array(events.map(\.type)), .array(events.map(\.payload)), .array(events.map(\.hash))])
    }

    /// Step visits opened and completed by these events.
    static func apply(_ changes: [VisitChange], of id: CaseID, _ c: PGConnection) throws {
        for change in visitStatements(changes, of: id) { try c.query(change.sql, change.parameters) }
    }

    /// The statements that open and complete the step visits of `changes`.
    static func visitStatements(_ changes: [VisitChange], of id: CaseID) -> [(sql: String, parameters: [PGValue])] {
        changes.map { change in
            switch change {
            case .started(let row, _):
                ("""
                    INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    """, [.text(id.rawValue), .text(row.step), .int(row.visit), .text(row.nomor), .text(row.revision),
                          .text(row.role), .int(row.startedAt.milliseconds), .optionalInt(row.due?.milliseconds)])
            case .completed(let step, let visit, let at, let by, let used):
                ("""
                    UPDATE step_visit SET completed_at = $1, completed_by = $2, used_seconds = $3::double precision
                    WHERE case_id = $4 AND step = $5 AND visit = $6
                    """, [.int(at.milliseconds), .text(by), used.map { .text(String($0)) } ?? .null, .text(id.rawValue),
                          .text(step), .int(visit)])
            }
        }
    }

    static func events(_ c: PGConnection, of id: String, from first: Int = 1, to last: Int = Int(Int32.max)) throws -> [ArchivedEvent] {
        let rows = try c.query("""
            SELECT sequence, at, operator, role, step, type, payload, hash FROM case_event
            WHERE case_id = $1 AND sequence BETWEEN $2 AND $3 ORDER BY sequence
            """, [.text(id), .int(first), .int(last)])
        return (0..<rows.count).map {
            ArchivedEvent(sequence: rows.integer($0, 0), at: rows.int($0, 1) ?? 0, operatorName: rows.text($0, 2),
                          role: rows.string($0, 3), step: rows.string($0, 4), type: rows.text($0, 5), payload: rows.text($0, 6),
                          hash: rows.string($0, 7))
        }
    }

    /// The case a retried start already wrote before its acknowledgement was lost, if any: same
    /// prefix and year, and the very same events.
    static func startedBefore(_ c: PGConnection, prefix: String, year: Int, events written: [ArchivedEvent]) throws -> CaseID? {
        guard let first = written.first else { return nil }
        let stem = "\(prefix)-\(year)-"
        let candidates = try c.query("""
            SELECT case_id FROM case_event WHERE sequence = 1 AND at = $1 AND operator = $2 AND type = $3 AND payload = $4
            AND left(case_id, length($5)) = $5
            """, [.int(first.at), .text(first.operatorName), .text(first.type), .text(first.payload), .text(stem)])
        for row in 0..<candidates.count where try events(c, of: candidates.text(row, 0)).map(\.content) == written {
            return CaseID(candidates.text(row, 0))
        }
        return nil
    }

    static func entry(_ rows: PGRows, _ row: Int, from column: Int) -> CaseProjection.ActiveEntry {
        CaseProjection.ActiveEntry(
            step: rows.text(row, column), stepLabel: rows.text(row, column + 1), visit: rows.integer(row, column + 2),
            role: rows.text(row, column + 3), roleName: rows.text(row, column + 4),
            startedAt: Date(milliseconds: rows.int(row, column + 5) ?? 0), due: rows.int(row, column + 6).map(Date.init(milliseconds:)))
    }

    /// Case rows joined with their worklist rows (one line per task, or one with NULLs).
    static func summaries(_ rows: PGRows) -> [CaseSummary] {
        var out: [CaseSummary] = []
        for row in 0..<rows.count {
            let id = CaseID(rows.text(row, 0))
            if out.last?.id != id {
                out.append(CaseSummary(id: id, projection: CaseProjection(
                    nomor: rows.text(row, 1), judul: rows.text(row, 2), revision: rows.text(row, 3),
                    status: CaseState.Status(rawValue: rows.text(row, 4)) ?? .open,
                    startedAt: Date(milliseconds: rows.int(row, 5) ?? 0), updatedAt: Date(milliseconds: rows.int(row, 6) ?? 0),
                    lastSequence: rows.integer(row, 7), active: [], endedAt: rows.int(row, 8).map(Date.init(milliseconds:)),
                    due: rows.int(row, 9).map(Date.init(milliseconds:)))))
                out[out.count - 1].projection.lookup = CaseLookup(
                    title: rows.text(row, 17), tracking: rows.string(row, 18),
                    searchKeys: rows.text(row, 19).split(separator: " ").map(String.init))
            }
            if rows.string(row, 10) != nil { out[out.count - 1].projection.active.append(entry(rows, row, from: 10)) }
        }
        return out
    }

    // MARK: Plumbing

    enum Attempt { case first, retry }

    /// Told each time a lost connection is retried, and when it is back (the desk prints it).
    public var onRetry: (@Sendable (Localized) -> Void)?
    /// How long a lost connection is retried before the work is given up: long enough for a
    /// server restart, short enough for an operator waiting at the desk.
    public var retryWindow: TimeInterval = 10

    /// Runs a unit of work under the lock. A lost connection is reopened with growing pauses
    /// (0.1 s doubling up to 2 s) for at most `retryWindow`, and the work run again as `.retry`,
    /// which finds its own writes when a COMMIT went through unacknowledged; anything else
    /// becomes a `StoreError` with a clear message.
    @discardableResult
    func perform<T>(retry: Bool = true, _ body: (PGConnection, Attempt) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            let deadline = Date().addingTimeInterval(retryWindow)
            var attempt = Attempt.first
            var pause = 0.1
            var tries = 0
            var lost: PGFailure?
            while true {
                let failure: PGFailure
                do {
                    if attempt == .retry { try connection.reconnect() }
                    let value = try body(connection, attempt)
                    if tries > 0 { onRetry?(Catalog.Faults.reconnected(after: tries)) }
                    return value
                } catch PGFailure.lost(let detail) {
                    failure = .lost(detail)
                } catch PGFailure.unusable(let message) where attempt == .retry {
                    // The server is still restarting: its port refuses connections for a moment.
                    failure = .unusable(message)
                }
                // Given up: said as the loss it was, not as the last refusal while reconnecting.
                if lost == nil { lost = failure }
                guard retry, Date().addingTimeInterval(pause) < deadline else { throw lost ?? failure }
                tries += 1
                onRetry?(Catalog.Faults.reconnecting(attempt: tries, pause: pause))
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 2)
                attempt = .retry
            }
        } catch let error as StoreError {
            throw error
        } catch let failure as PGFailure {
            if case .server(let state, let message) = failure, let version = PostgresMigrations.newerVersion(state: state, message: message) {
                throw .schema(Catalog.StoreSchema.newer(address.redacted, version: version, known: PostgresMigrations.latest))
            }
            throw Self.describe(failure, user: connection.user)
        } catch {
            throw .unavailable(Catalog.Faults.unexpected)
        }
    }

    /// BEGIN … COMMIT around `body`; ROLLBACK when it throws and the connection still stands.
    /// Every such transaction writes (the roster, a PIN, a copy's import): the schema check
    /// (`PostgresMigrations.newerGuard`) goes with its BEGIN, in the same round trip, so that a
    /// newer sop's migration refuses it as it refuses a case write (`StoreError.schema`).
    func transaction<T>(_ c: PGConnection, _ body: () throws -> T) throws -> T {
        try pipelinedTransaction(c, opening: [PostgresMigrations.newerGuard]) { _ in ([], try body()) }
    }

    /// A transaction in two round trips (libpq's pipeline): BEGIN and `opening`, then what `rest`
    /// makes of their rows (statements it may run itself, and the last ones to send) and COMMIT;
    /// ROLLBACK when anything fails and the connection still stands.
    /// `after`: sent behind the COMMIT (the worklist's notices; v11's flush when not given).
    func pipelinedTransaction<T>(_ c: PGConnection, opening: [(sql: String, parameters: [PGValue])],
                                 after: (() -> [(sql: String, parameters: [PGValue])])? = nil,
                                 _ rest: ([PGRows]) throws -> (statements: [(sql: String, parameters: [PGValue])], value: T)) throws -> T {
        do {
            let opened = try c.pipeline([("BEGIN", [])] + opening)
            let (statements, value) = try rest(Array(opened.dropFirst()))
            hooks.beforeCommit?()
            // The worklist's notices behind the COMMIT, in the same round trip (v11).
            try c.pipeline(statements + [("COMMIT", [])], after: after?() ?? noticeFlush)
            try acknowledged(c)
            return value
        } catch {
            if case PGFailure.lost = error {} else { _ = try? c.execute("ROLLBACK") }
            throw error
        }
    }

    /// One statement outside a transaction (autocommit), with the same test seams as
    /// `transaction`: the statement is its own COMMIT.
    func statement<T>(_ c: PGConnection, _ body: () throws -> T) throws -> T {
        hooks.beforeCommit?()
        let value = try body()
        try acknowledged(c)
        return value
    }

    /// The test seam after a COMMIT: its acknowledgement lost, as a network cut would.
    private func acknowledged(_ c: PGConnection) throws(PGFailure) {
        guard hooks.loseNextCommitAcknowledgement else { return }
        hooks.loseNextCommitAcknowledgement = false
        c.cut()
        throw PGFailure.lost("acknowledgement lost")
    }

    static func describe(_ failure: PGFailure, user: String) -> StoreError {
        switch failure {
        case .unusable(let message):
            return .unavailable(message)
        case .lost(let detail):
            return .unavailable(Catalog.Postgres.connectionLost(detail))
        case .server(let state, let message):
            if let refusal = PostgresRoster.explainEventRefusal(message) { return .unavailable(refusal) }
            if PostgresSessionGuard.isRefusal(state: state, message: message) { return .unavailable(Catalog.WebSessions.sessionEnded) }
            switch state {
            case "42501": return .unavailable(Catalog.Postgres.noPrivilege(user: user, detail: message))
            case "53100": return .unavailable(Catalog.Store.full)
            default: return .unavailable(Catalog.Postgres.serverError(message))
            }
        }
    }
}

extension PostgresCaseStore {
    /// The visits of these cases closed undone, read from their stored events
    /// (`SkippedVisit.query`) in one statement.
    public func skippedVisits(of cases: [CaseID]) throws(StoreError) -> Set<SkippedVisit> {
        guard !cases.isEmpty else { return [] }
        return try perform { c, _ in
            let rows = try c.query(SkippedVisit.query(cases: "= ANY($1::text[])"), [.array(cases.map(\.rawValue))])
            return Set((0..<rows.count).compactMap { row in
                SkippedVisit.stored(caseID: rows.text(row, 0), at: rows.int(row, 1) ?? 0, payload: rows.text(row, 2),
                                    previousType: rows.string(row, 3), previousAt: rows.int(row, 4))
            })
        }
    }

    /// The branches taken in these cases, read from their stored events (`BranchTaken.query`)
    /// in one statement.
    public func branchesTaken(of cases: [CaseID]) throws(StoreError) -> [BranchTaken] {
        guard !cases.isEmpty else { return [] }
        return try perform { c, _ in
            let rows = try c.query(BranchTaken.query(cases: "= ANY($1::text[])"), [.array(cases.map(\.rawValue))])
            return (0..<rows.count).compactMap { row in BranchTaken.stored(caseID: rows.text(row, 0), payload: rows.text(row, 1), type: rows.text(row, 2)) }
        }
    }
}
