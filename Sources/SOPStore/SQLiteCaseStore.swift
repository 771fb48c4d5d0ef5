import Foundation
import GRDB
import GRDBSQLite
import SOPCore
import SOPEngine

/// The embedded case store: one SQLite file, WAL, `synchronous = FULL` so that an answer
/// acknowledged at the desk survives a power cut, and append-only events with optimistic
/// concurrency between terminals.
public final class SQLiteCaseStore: CaseStore, @unchecked Sendable {
    let queue: DatabaseQueue
    public let path: String
    /// The chain head of each case this store last wrote or read (`ChainHeads`).
    let heads = ChainHeads()
    /// Inside `group`: each write is a savepoint of the group's one transaction (`SQLiteCaseStore+Group`).
    var inGroup = false
    /// Whether this connection keeps its savepoints' journal in memory (`group`: PRAGMA temp_store).
    var groupJournalInMemory = false
    /// The answer's statements, once prepared (`HotStatements`).
    let statements = HotStatements()
    /// The roster's checks on every event written (`EventRoleCheck`).
    let roleCheck = EventRoleCheck()
    /// The SOP revisions seen stored (`SavedRevisions`).
    let savedRevisions = SavedRevisions()
    /// `PRAGMA schema_version` when the store was opened (or last found current): a write that
    /// finds another one reads the migration list again (`checkSchema`). Used only inside the
    /// store's database accesses, which its queue runs one at a time.
    var schemaVersion: Int64 = 0
    /// The data version (`EventRoleCheck.dataVersion`) the COMMIT of this connection's last answer
    /// or new case left, its schema checked in it (`checkSchema`); nil after any other write. A
    /// write that finds it unchanged knows that no connection committed anything since, so the
    /// schema is the one checked.
    var schemaCheckedAt: Int64?
    /// Set by a write's body that changes no schema (an answer, a new case): its COMMIT then
    /// keeps the check (`schemaCheckedAt`). Cleared at every BEGIN.
    var changesNoSchema = false

    /// Opens the store at `path`, creating it (mode 0600, its folder 0700) at the current schema
    /// when there is nothing there yet. An existing store is never migrated here (only
    /// `migrate()`, `sop db migrate`): one with migrations pending is refused (`StoreError.schema`,
    /// nothing written), unless `asIs` (`sop db status`, `sop db migrate`: the schema as it is).
    /// `readOnly` opens an existing store without writing anything to it (the reading commands:
    /// they work on a read-only file system and on a file the user may read but not write).
    /// Another application's SQLite file and a store a newer sop migrated are refused (StoreGuard).
    public init(path: String, asIs: Bool = false, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        do {
            if let kind = StoreGuard.kind(of: path) { throw StoreError.unavailable(Catalog.StoreGuard.notAFile(path, kind: kind)) }
            if readOnly {
                StoreGuard.tighten(path)
                queue = try Self.openReadOnly(path, current: !asIs)
            } else {
                try StoreLocation.prepareFile(at: path)
                StoreGuard.tighten(path)
                queue = try DatabaseQueue(path: path, configuration: Self.configuration())
                try StoreGuard.prepare(queue, path: path, current: !asIs)
            }
            schemaVersion = try queue.inDatabase { db in try Self.schemaVersion(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            // Opening changed nothing: a full disk is said without a "last change" lost.
            let described = Self.describe(error, path: path)
            throw described == .unavailable(Catalog.Store.full) ? .unavailable(Catalog.Backup.noRoom) : described
        }
    }

    /// A store in WAL mode needs its `-shm` index, which a reader that may not write the folder
    /// cannot create: when no writer is at work (no `-wal` content), the file is then read as
    /// immutable, which needs no index. With a writer at work its index exists and is shared.
    /// On a full disk the index cannot be made either (SQLite fails to size the `-shm` file, an
    /// I/O error). The store is then read through a connection in EXCLUSIVE locking mode, set
    /// before its first read, which keeps the index in its own memory and never maps `-shm`, and
    /// reads the `-wal` as it is, so the answers last saved are seen; `query_only` refuses every
    /// write. SQLite checkpoints a WAL when its last connection closes, which would write to the
    /// file: this connection is never closed, the process's end releases it (a reading command
    /// is short). A desk writing meanwhile holds the store: the reader waits, then says so.
    private static func openReadOnly(_ path: String, current: Bool) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
            try StoreGuard.check(queue, path: path, current: current)
            return queue
        } catch let error as DatabaseError where (error.resultCode == .SQLITE_IOERR || error.resultCode == .SQLITE_FULL)
            && StoreLocation.diskFull(at: path) {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                try db.execute(sql: "PRAGMA query_only = 1")
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = Unmanaged.passRetained(queue)
            try StoreGuard.check(queue, path: path, current: current)
            return queue
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
            guard wal == 0 else { throw error }
            var uri = URLComponents()
            uri.scheme = "file"
            uri.path = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            uri.queryItems = [URLQueryItem(name: "immutable", value: "1")]
            let queue = try DatabaseQueue(path: uri.string ?? path, configuration: configuration(readOnly: true))
            try StoreGuard.check(queue, path: path, current: current)
            return queue
        }
    }

    /// Why nothing could be written now, checked before a desk asks its first question: the file
    /// opened read-only (SQLite does so, silently, for a file its user may not write), its folder
    /// not writable while the `-wal` it needs is missing, or a full disk. Nil when a write can go.
    public func writeBlocked() -> Localized? {
        guard path != ":memory:" else { return nil }
        let readOnly = queue.inDatabase { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }
        let folder = (path as NSString).deletingLastPathComponent
        if readOnly || access(path, W_OK) != 0
            || access(folder.isEmpty ? "." : folder, W_OK) != 0 && !FileManager.default.fileExists(atPath: path + "-wal") {
            return Catalog.StoreGuard.readOnly(path)
        }
        return StoreLocation.diskFull(at: path) ? Catalog.Backup.noRoom : nil
    }

    /// An in-memory store with the same schema (tests, dry runs).
    public init(inMemory: Void = ()) throws(StoreError) {
        path = ":memory:"
        do {
            queue = try DatabaseQueue(configuration: Self.configuration(wal: false))
            try Migrations.migrator.migrate(queue)
            schemaVersion = try queue.inDatabase { db in try Self.schemaVersion(db) }
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    static func configuration(wal: Bool = true, readOnly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL is set here rather than through GRDB's journalMode, which also lowers
            // synchronous to NORMAL. FULL syncs the WAL at every commit: NORMAL would be faster
            // and still consistent, but a power cut could lose the last answers acknowledged at
            // the desk.
            if readOnly { return }
            // Never on another application's file (StoreGuard refuses it next, unchanged).
            if wal, try StoreGuard.mayTurnOnWAL(db) { _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    // MARK: CaseStore

    public func saveRevision(_ revision: SOPRevision) throws(StoreError) {
        // Once per case: nothing when this store saw the revision stored, else a prepared
        // statement, not a query built and compiled each time.
        if savedRevisions.contains(revision.hash) { return }
        if try !read({ db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM sop_revision WHERE hash = ?"), arguments: [revision.hash]) != nil
        }) {
            try write { db in try RevisionRecord(revision).insert(db, onConflict: .ignore) }
        }
        if !inGroup { savedRevisions.insert(revision.hash) }
    }

    public func revision(hash: String) throws(StoreError) -> SOPRevision? {
        try EventChain.verified(try read { db in try RevisionRecord.fetchOne(db, key: hash)?.revision })
    }

    public func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        let (id, head) = try write { db in
            changesNoSchema = true
            // Every case's first commit: the store's kept statements, bound directly (`RawStatement`).
            let sequence = try RawStatement.int(statements.statement(.nextCaseNumber, db), [.text(prefix), .int(year)], db: db) ?? 1
            let id = CaseID.make(prefix: prefix, year: year, sequence: Int(sequence))
            do {
                // The row carries the case's title, tracking code and search keys (v15).
                try RawStatement.run(statements.statement(.insertCase, db), CaseRecord(id: id, projection).insertValues(projection.lookup), db: db)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw StoreError.unavailable(Catalog.TamperEvidence.numberTaken(id.rawValue))  // the counter is below a stored case
            }
            roleCheck.starting(id.rawValue)
            let head = try self.insert(events, for: id, previous: "", projection: projection, db: db)
            return (id, head)
        }
        heads.remember(id.rawValue, ChainHead(sequence: head.sequence, hash: head.hash, lookup: projection.lookup))
        return id
    }

    public func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
        let expected = (events.first?.sequence ?? projection.lastSequence + 1) - 1
        // The head this store wrote or read last for the case, when the events continue it.
        let known = heads.known(id.rawValue, at: expected)
        let written: ChainHead
        do throws(StoreError) {
            written = try write { db in
                changesNoSchema = true
                return try self.append(events, to: id, projection: projection, expected: expected, known: known, db: db)
            }
        } catch {
            heads.forget(id.rawValue)
            throw error
        }
        // The lookup row as it now stands: written with the case row, else as it was known.
        var head = ChainHead(sequence: written.sequence, hash: written.hash)
        head.lookup = Self.movesLookup(events) ? ChainHead.fingerprint(projection.lookup) : known?.lookup
        heads.remember(id.rawValue, head)
    }

    /// Whether the events move the case row (and the worklist and lookup it carries): a step
    /// starts or ends, or the case's status changes. An answer alone writes only its event row.
    static func movesCaseRow(_ events: [CaseEvent]) -> Bool {
        events.contains { $0.kind.changesWorklist || $0.kind.changesStatus }
    }

    /// Whether the events write the case's title and search keys (when they differ from the
    /// row's): with the case row, and at once for a correction (`sop correct`, a write of its own).
    static func movesLookup(_ events: [CaseEvent]) -> Bool {
        movesCaseRow(events) || events.contains { if case .answerCorrected = $0.kind { true } else { false } }
    }

    private func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection, expected: Int, known: ChainHead?,
                        db: Database) throws -> ChainHead {
        // The hot path of every answer: prepared statements only, no SQL built per call, and
        // no page written that the answer does not change (each costs WAL bytes to sync).
        // The optimistic check is the primary key (case_id, sequence): the events continue
        // the log only from the sequence this terminal read, and another desk's event at the
        // same sequence refuses the INSERT (stale). The head's hash comes from the row this
        // store wrote or read last for the case; without it, the head is read (one seek).
        let previous: String
        if let known {
            previous = known.hash
        } else {
            let head = try Row.fetchOne(db.cachedStatement(sql: Self.headSQL), arguments: [id.rawValue])
            guard let head else { throw StoreError.notFound(id) }
            let last: Int = head[0]
            guard last == expected else { throw StoreError.stale(id, expected: expected, found: last) }
            previous = head[1] ?? ""
        }
        // An answer alone writes only its event row (one page). The case row, the worklist it
        // holds (`TaskList`), and the title and search keys the answers gave (columns of the
        // same row since v15) move with the events that change the case row.
        if Self.movesCaseRow(events) {
            let record = CaseRecord(id: id, projection)
            // The status with them, in the same statement (a case's end was a second UPDATE).
            try RawStatement.run(statements.statement(.progress, db), record.progressValues(projection.lookup), db: db)
        } else if Self.movesLookup(events), known?.holds(projection.lookup) != true {
            try RawStatement.run(statements.statement(.updateLookup, db),
                                 [.text(id.rawValue), .text(projection.lookup.title), .text(projection.lookup.keysText)], db: db)
        }
        return try self.insert(events, for: id, previous: previous, projection: projection, db: db)
    }

    /// The head this store would link the case's next event to without reading it (tests).
    func knownHead(of id: CaseID) -> ChainHead? { heads.head(id.rawValue) }

    /// The last event of a case and its hash (the primary key read backwards: one seek).
    static let headSQL = "SELECT sequence, hash FROM case_event WHERE case_id = ? ORDER BY sequence DESC LIMIT 1"

    /// Writes the events linked after `previous`; returns the new head.
    private func insert(_ events: [CaseEvent], for id: CaseID, previous: String, projection: CaseProjection,
                        db: Database) throws -> ChainHead {
        let insertEvent = try statements.statement(.insertEvent, db)
        var head = ChainHead(sequence: -1, hash: previous)  // no events: matches no sequence
        let rows = EventChain.linked(events.map(\.archived), caseID: id.rawValue, previous: previous)
        let visits = VisitChange.changes(of: events, caseID: id, nomor: projection.nomor, revision: projection.revision)
        // The roster's checks, before any row is written (their refusal is the same sentence);
        // the case's open visits are kept for its next write, except in a group (a savepoint).
        try roleCheck.check(rows, caseID: id.rawValue, changes: inGroup ? nil : visits, db: db)
        for row in rows {
            do {
                try RawStatement.insertEvent(insertEvent, caseID: id.rawValue, row, db: db)
                head = ChainHead(sequence: row.sequence, hash: row.hash ?? "")
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw StoreError.stale(id, expected: row.sequence - 1, found: row.sequence)
            } catch let error as DatabaseError {
                // A store before v12: the roster's triggers (a role not held, or not the step's role).
                throw RosterSchema.eventRefusal(error, row) ?? error
            }
        }
        try VisitProjector.apply(visits, to: id, nomor: projection.nomor, revision: projection.revision, statements: statements, db: db)
        return head
    }

    public func events(of id: CaseID) throws(StoreError) -> [CaseEvent] {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT last_sequence, status FROM sop_case WHERE id = ?", arguments: [id.rawValue])
            else { throw StoreError.notFound(id) }
            let rows = try EventRecord.filter(Column("case_id") == id.rawValue).order(Column("sequence")).fetchAll(db).map(\.archived)
            let events = try EventChain.verifiedEvents(rows, caseID: id, recorded: row[0], recordedStatus: row[1])
            // A log that holds: the next append continues from its last row.
            if let last = rows.last { heads.remember(id.rawValue, ChainHead(sequence: last.sequence, hash: last.hash ?? "")) }
            return events
        }
    }

    public func summary(of id: CaseID) throws(StoreError) -> CaseSummary? {
        try read { db in
            guard let record = try CaseRecord.fetchOne(db, key: id.rawValue) else { return nil }
            var summary = record.summary(tasks: try TaskRecord.filter(Column("case_id") == id.rawValue).fetchAll(db))
            summary.projection.lookup = try LookupRecord.all(db, ids: [id.rawValue])[id.rawValue] ?? CaseLookup()
            return summary
        }
    }

    public func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] {
        try read { db in
            var request = CaseRecord.order(Column("started_at").desc, Column("id").desc)
            if let nomor = filter.nomor { request = request.filter(Column("nomor") == nomor) }
            let records = try request.fetchAll(db)
            let tasks = Dictionary(grouping: try TaskRecord.fetchAll(db), by: \.case_id)
            let lookups = try LookupRecord.all(db)
            let searched = records.filter { filter.matchesSearch(lookups[$0.id] ?? CaseLookup(), id: CaseID($0.id)) }
            let found = try listingBreaks(db, cases: searched, tasks: searched.flatMap { tasks[$0.id] ?? [] })
            let listed = ListingCheck.byStatus(searched, status: \.status, id: \.id, filter: filter, found: found)
            return try ListingCheck.marked(listed.map { record -> CaseSummary in
                var summary = record.summary(tasks: tasks[record.id] ?? [])
                summary.projection.lookup = lookups[record.id] ?? CaseLookup()
                return summary
            }, found, filter: filter)
        }
    }

    public func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] {
        try read { db in
            var request = TaskRecord.all()
            if !roles.isEmpty { request = request.filter(roles.contains(Column("role"))) }
            let records = try request.fetchAll(db)
            let cases = Dictionary(uniqueKeysWithValues: try CaseRecord.fetchAll(db, keys: Set(records.map(\.case_id))).map { ($0.id, $0) })
            let lookups = try LookupRecord.all(db, ids: Array(cases.keys))
            try checkListing(db, cases: Array(cases.values), tasks: records)
            return TaskEntry.oncePerStep(records.compactMap { task in
                cases[task.case_id].map {
                    var entry = TaskEntry(caseID: CaseID($0.id), nomor: $0.nomor, judul: $0.judul,
                                          status: CaseState.Status(rawValue: $0.status) ?? .open, entry: task.entry)
                    entry.title = lookups[$0.id]?.title ?? ""
                    entry.revision = $0.revision
                    return entry
                }
            }.sorted(by: TaskEntry.dueOrder), roles: roles)
        }
    }

    public func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let nomor = filter.nomor {
                conditions.append("nomor = ?")
                arguments += [nomor]
            }
            if let from = filter.from {
                conditions.append("started_at >= ?")
                arguments += [from.milliseconds]
            }
            if let to = filter.to {
                conditions.append("started_at < ?")
                arguments += [to.milliseconds]
            }
            let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let statement = try db.makeStatement(sql: """
                SELECT case_id, nomor, revision, step, visit, role, started_at, due_at, completed_at, completed_by,
                used_seconds FROM step_visit\(clause) ORDER BY case_id, started_at, step
                """)
            var rows: [VisitRow] = []
            let cursor = try Row.fetchCursor(statement, arguments: arguments)
            while let row = try cursor.next() {
                rows.append(VisitRow(
                    caseID: CaseID(row[0]), nomor: row[1], revision: row[2], step: row[3], visit: row[4], role: row[5],
                    startedAt: Date(milliseconds: row[6]), due: (row[7] as Int64?).map(Date.init(milliseconds:)),
                    completedAt: (row[8] as Int64?).map(Date.init(milliseconds:)), completedBy: row[9], used: row[10]))
            }
            return rows
        }
    }

    public func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
        let hash = SHA256.hex(bytes)
        try write { db in
            if try AttachmentRecord.exists(db, key: hash) { return }
            try AttachmentRecord(sha256: hash, name: name, size: bytes.count, content: Data(bytes),
                                 savedAt: Date().milliseconds).insert(db)
        }
        return CaseEvent.Attachment(sha256: hash, name: name, size: bytes.count)
    }

    public func attachment(sha256: String) throws(StoreError) -> [UInt8]? {
        try read { db in try AttachmentRecord.fetchOne(db, key: sha256).map { Array($0.content) } }
    }

    public func caseID(tracking: String) throws(StoreError) -> CaseID? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT case_id FROM case_lookup WHERE tracking = ?", arguments: [tracking]).map(CaseID.init)
        }
    }

    // MARK: Maintenance

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// Moves every write still in the `-wal` file into the store's file and empties the `-wal`
    /// (`PRAGMA wal_checkpoint(TRUNCATE)`, outside any transaction: inside one SQLite refuses it).
    /// True when all of it was moved: false when another connection, in this process or
    /// another, still reads an older snapshot or writes (the `-wal` is then left as it is, whole).
    @discardableResult
    public func checkpoint() throws(StoreError) -> Bool {
        do {
            return try queue.inDatabase { db in
                try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)").map { $0[0] as Int == 0 } ?? false
            }
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// Closes this connection for good (`sop serve` on stopping, once every request has ended):
    /// the statements it keeps are finalized first, which SQLite needs to close it. Closing
    /// the last connection to a WAL store moves the `-wal` into the file and deletes it; a
    /// `checkpoint()` before, on the last connection, makes that so whatever SQLite decides.
    /// Any use afterwards fails ("connection is closed"), never silently.
    public func close() throws(StoreError) {
        do {
            queue.inDatabase { _ in
                statements.clear()
                roleCheck.forgetStatements()
            }
            try queue.close()
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// Runs raw SQL (benchmarks and tests that need to look under the hood).
    public func withDatabase<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        // The SQL may change `step_visit` without an event, or the roster: neither is counted by
        // the data version on this store's own connection.
        roleCheck.forgetOpenVisits()
        defer { roleCheck.rosterWritten() }
        return try write(body)
    }

    // MARK: Plumbing

    /// A write in one IMMEDIATE transaction: writers queue up instead of failing half-way.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if inGroup { return try groupedWrite(body) }
        do {
            // A plain IMMEDIATE transaction through cached statements: every answer is one,
            // and GRDB's savepoint machinery would cost more than the SQL itself.
            return try queue.writeWithoutTransaction { db in try transaction(.beginImmediate, db, body) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// A read in one DEFERRED transaction: one consistent snapshot, as GRDB's `read` gives, but
    /// without its `PRAGMA query_only` on and off, which expires every prepared statement of the
    /// connection: each answer's insert (with its triggers) was compiled again after every read.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if inGroup { return try groupedRead(body) }
        do {
            if queue.configuration.readonly { return try queue.read(body) }
            return try queue.inDatabase { db in try transaction(.beginDeferred, db, body) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// `body` between `begin` and COMMIT, rolled back when it throws. BEGIN and COMMIT are
    /// stepped on their cached statements like the answer's own (`RawStatement`): GRDB's
    /// bookkeeping around a statement (transaction observers, of which the store has none, the
    /// accessed region, the transaction's date) is work nothing here reads. The transaction is
    /// the same, and a failure is the same `DatabaseError`.
    private func transaction<T>(_ begin: HotStatements.SQL, _ db: Database, _ body: (Database) throws -> T) throws -> T {
        roleCheck.beginning()
        changesNoSchema = false
        try RawStatement.run(statements.statement(begin, db), [], db: db)
        do {
            if begin == .beginImmediate { try checkSchema(db) }
            let result = try body(db)
            try RawStatement.run(statements.statement(.commit, db), [], db: db)
            roleCheck.committed(db)
            // Read right after this connection's own COMMIT, before it can see another's (as
            // `EventRoleCheck.committed`). A read changes nothing and leaves the check as it was.
            if begin == .beginImmediate { schemaCheckedAt = changesNoSchema ? try? EventRoleCheck.dataVersion(db) : nil }
            return result
        } catch {
            if begin == .beginImmediate { schemaCheckedAt = nil }
            if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
            throw error
        }
    }

    static func schemaVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
    }

    /// Inside a write's transaction, before anything is written: the schema is still the one
    /// this store works on. A `sop db migrate` of a newer sop run under a running desk or `sop
    /// serve` is noticed here and the write refused (`StoreError.schema`, as at opening); one of
    /// this sop's own (a schema changed, but known) is taken as the new current one. One cached
    /// `PRAGMA schema_version`; the migration list is read only when that number moved. Not even
    /// that when SQLite's data version is still the one the last answer's own COMMIT left
    /// (`schemaCheckedAt`): any commit since, by any connection, this one's other writes
    /// included, moves it (about 2,000 instructions an answer less).
    func checkSchema(_ db: Database) throws {
        if let schemaCheckedAt, try EventRoleCheck.dataVersion(db) == schemaCheckedAt { return }
        let version = try RawStatement.int(statements.statement(.schemaVersion, db), [], db: db) ?? 0
        guard version != schemaVersion else { return }
        try StoreGuard.refuseNewer(db, path: path)
        let waiting = try StoreGuard.pending(db)
        if !waiting.isEmpty { throw StoreGuard.pendingRefusal(path, waiting) }
        schemaVersion = version
    }

    /// A failure in words users read: never SQLite's own text ("disk I/O error", SQL).
    static func describe(_ error: any Error, path: String = "") -> StoreError {
        if let decoding = error as? CaseEvent.Kind.DecodingFailure { return .unavailable(decoding.message) }
        guard let database = error as? DatabaseError else { return .unavailable(Catalog.StoreGuard.failed(path, code: -1)) }
        // A roster trigger's refusal keeps its stable code, which the roster's callers turn
        // into a sentence (RosterRefusal.explain); no other database text reaches a user.
        if let message = database.message, RosterRefusal.code(in: message) != nil { return .unavailable(Localized(verbatim: message)) }
        switch database.resultCode {
        case .SQLITE_FULL: return .unavailable(Catalog.Store.full)
        // A full disk often shows as an I/O error (the `-shm` or `-wal` cannot grow): said as
        // what it is when the store's file system has no room left.
        case .SQLITE_IOERR where StoreLocation.diskFull(at: path), .SQLITE_CANTOPEN where StoreLocation.diskFull(at: path):
            return .unavailable(Catalog.Store.full)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .unavailable(Catalog.Store.busy)
        case .SQLITE_READONLY: return .unavailable(Catalog.StoreGuard.readOnly(path))
        case .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return .unavailable(Catalog.StoreGuard.cannotOpen(path))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .unavailable(Catalog.Store.corrupt)
        case .SQLITE_IOERR: return .unavailable(Catalog.StoreGuard.ioError(path))
        default: return .unavailable(Catalog.StoreGuard.failed(path, code: database.resultCode.rawValue))
        }
    }
}

extension SQLiteCaseStore {
    /// The visits of these cases closed undone, read from their stored events
    /// (`SkippedVisit.query`), a few hundred cases a statement.
    public func skippedVisits(of cases: [CaseID]) throws(StoreError) -> Set<SkippedVisit> {
        try read { db in
            var skips = Set<SkippedVisit>()
            for start in stride(from: 0, to: cases.count, by: 500) {
                let ids = cases[start..<min(start + 500, cases.count)].map(\.rawValue)
                let rows = try Row.fetchCursor(db, sql: SkippedVisit.query(cases: "IN (\(databaseQuestionMarks(count: ids.count)))"),
                                               arguments: StatementArguments(ids))
                while let row = try rows.next() {
                    if let visit = SkippedVisit.stored(caseID: row[0], at: row[1], payload: row[2], previousType: row[3], previousAt: row[4]) {
                        skips.insert(visit)
                    }
                }
            }
            return skips
        }
    }

    public func branchesTaken(of cases: [CaseID]) throws(StoreError) -> [BranchTaken] {
        try read { db in
            var taken: [BranchTaken] = []
            for start in stride(from: 0, to: cases.count, by: 500) {
                let ids = cases[start..<min(start + 500, cases.count)].map(\.rawValue)
                let rows = try Row.fetchCursor(db, sql: BranchTaken.query(cases: "IN (\(databaseQuestionMarks(count: ids.count)))"),
                                               arguments: StatementArguments(ids))
                while let row = try rows.next() {
                    if let branch = BranchTaken.stored(caseID: row[0], payload: row[1], type: row[2]) { taken.append(branch) }
                }
            }
            return taken
        }
    }
}
