import Foundation
import GRDB
import SOPCore
import SOPEngine

extension SQLiteCaseStore: AdministeredStore {
    public var displayName: String { "SQLite \(path)" }

    public func migrationStatus() throws(StoreError) -> MigrationStatus {
        try read { db in
            let applied = try Migrations.migrator.appliedMigrations(db)
            return MigrationStatus(applied: applied.map { AppliedMigration(name: $0, appliedAt: nil) },
                                   pending: Migrations.migrator.migrations.filter { !applied.contains($0) })
        }
    }

    public func describe(migration name: String) -> Localized { Migrations.described(name) }

    public func migrate() throws(StoreError) -> [String] {
        let pending = try migrationStatus().pending
        do {
            try StoreGuard.migrate(queue, path: path)
            schemaVersion = try queue.inDatabase { db in try Self.schemaVersion(db) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode) {
            // A migration's own statement failed (the store is not what the release before left):
            // rolled back whole, said in words, never the engine's code.
            throw .schema(Catalog.StoreSchema.migrationFailed(path, pending: pending.map(Migrations.described)))
        } catch {
            throw Self.describe(error, path: path)
        }
        return pending
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM sop_case), (SELECT count(*) FROM case_event), (SELECT count(*) FROM case_task),
                       (SELECT count(*) FROM sop_revision), (SELECT count(*) FROM attachment), (SELECT count(*) FROM case_counter)
                """)
            guard let row else { return StoreCounts() }
            return StoreCounts(cases: row[0], events: row[1], tasks: row[2], revisions: row[3], attachments: row[4], counters: row[5])
        }
    }

    public func caseIDs() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM sop_case ORDER BY id") }
    }

    public func archivedCase(_ id: String) throws(StoreError) -> ArchivedCase? {
        try read { db in
            guard let record = try CaseRecord.fetchOne(db, key: id) else { return nil }
            let events = try EventRecord.filter(Column("case_id") == id).order(Column("sequence")).fetchAll(db)
            let tasks = try TaskRecord.filter(Column("case_id") == id).order(Column("step")).fetchAll(db)
            return ArchivedCase(id: record.id, nomor: record.nomor, judul: record.judul, revision: record.revision,
                                status: record.status, startedAt: record.started_at, updatedAt: record.updated_at,
                                lastSequence: record.last_sequence, endedAt: record.ended_at, dueAt: record.due_at,
                                events: events.map(\.archived), tasks: tasks.map(\.archived))
        }
    }

    public func revisionHashes() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT hash FROM sop_revision ORDER BY hash") }
    }

    public func archivedRevision(hash: String) throws(StoreError) -> ArchivedRevision? {
        try read { db in
            try RevisionRecord.fetchOne(db, key: hash).map {
                ArchivedRevision(hash: $0.hash, nomor: $0.nomor, judul: $0.judul, revisionDate: $0.revision_date, path: $0.path,
                                 content: Array($0.content), savedAt: $0.saved_at)
            }
        }
    }

    public func attachmentHashes() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT sha256 FROM attachment ORDER BY sha256") }
    }

    public func archivedAttachment(sha256: String) throws(StoreError) -> ArchivedAttachment? {
        try read { db in
            try AttachmentRecord.fetchOne(db, key: sha256).map {
                ArchivedAttachment(sha256: $0.sha256, name: $0.name, size: $0.size, content: Array($0.content), savedAt: $0.saved_at)
            }
        }
    }

    public func counters() throws(StoreError) -> [CaseCounter] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT prefix, year, last FROM case_counter ORDER BY prefix, year").map {
                CaseCounter(prefix: $0[0], year: $0[1], last: $0[2])
            }
        }
    }

    public func credentials() throws(StoreError) -> OperatorCredentials {
        try read { db in
            let pins = try String.fetchAll(db, sql: "SELECT operator FROM operator_pin ORDER BY operator").compactMap {
                try Self.pinRecord(db, $0)
            }
            let secrets = try Row.fetchAll(db, sql: "SELECT \(Self.totpColumns) FROM operator_totp ORDER BY operator").map(Self.totpRecord)
            return OperatorCredentials(pins: pins, secrets: secrets)
        }
    }

    public func importArchive(_ body: (any ArchiveWriter) throws(StoreError) -> Void) throws(StoreError) {
        defer { roleCheck.rosterWritten() }  // the copy may bring roster events
        try write { db in try body(SQLiteArchiveWriter(db: db, roleCheck: roleCheck)) }
    }

    /// The roster's checks of each event's role against the holdings now are not made (the
    /// store's, `EventRoleCheck`; on a store before v12, the triggers that made them are dropped
    /// inside the write transaction and made again, from their own text, before it commits).
    public func importVerifiedArchive(_ body: (any ArchiveWriter) throws(StoreError) -> Void) throws(StoreError) {
        defer { roleCheck.rosterWritten() }
        try write { db in
            let suspended = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('case_event_role_held', 'case_event_step_role')
                """).map { (name: $0[0] as String, sql: $0[1] as String) }
            for trigger in suspended { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
            try body(SQLiteArchiveWriter(db: db, roleCheck: nil))
            for trigger in suspended { try db.execute(sql: trigger.sql) }
        }
    }
}

private struct SQLiteArchiveWriter: ArchiveWriter {
    let db: Database
    /// The roster's checks on each event; nil for a verified copy (`importVerifiedArchive`).
    let roleCheck: EventRoleCheck?

    private func run(_ body: () throws -> Void) throws(StoreError) {
        do {
            try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw SQLiteCaseStore.describe(error)
        }
    }

    func insert(_ revision: ArchivedRevision) throws(StoreError) {
        try run {
            try db.execute(sql: """
                INSERT INTO sop_revision (hash, nomor, judul, revision_date, path, content, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(hash) DO NOTHING
                """, arguments: [revision.hash, revision.nomor, revision.judul, revision.revisionDate, revision.path,
                                 Data(revision.content), revision.savedAt])
        }
    }

    func insert(_ attachment: ArchivedAttachment) throws(StoreError) {
        try run {
            try db.execute(sql: """
                INSERT INTO attachment (sha256, name, size, content, saved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING
                """, arguments: [attachment.sha256, attachment.name, attachment.size, Data(attachment.content), attachment.savedAt])
        }
    }

    func insert(_ archived: ArchivedCase) throws(StoreError) {
        if try (Self.exists(archived.id, db: db)) { throw .unavailable(Catalog.DbAdmin.caseAppeared(archived.id)) }
        try run {
            try db.execute(sql: CaseRecord.insertSQL, arguments: [
                archived.id, archived.nomor, archived.judul, archived.revision, archived.status, archived.startedAt,
                archived.updatedAt, archived.lastSequence, archived.endedAt, archived.dueAt, TaskList.json(archived.tasks),
            ])
            // The source was verified before the copy: its rows keep their hashes, and a row
            // without one (never the case after migration v3) is linked here.
            let rows = archived.events.contains { $0.hash == nil }
                ? EventChain.linked(archived.events, caseID: archived.id, previous: "") : archived.events
            try append(rows, of: archived)
            let events = try archived.events.map { try $0.event() }
            try VisitProjector.apply(events, to: CaseID(archived.id), nomor: archived.nomor, revision: archived.revision, db: db)
            try writeLookup(of: archived, events: events)
        }
    }

    func extend(_ archived: ArchivedCase, after: Int) throws(StoreError) {
        guard after < archived.events.count else { return }
        try run {
            let added = Array(archived.events[after...])
            try append(added, of: archived)
            try db.execute(sql: """
                UPDATE sop_case SET status = ?, updated_at = ?, last_sequence = ?, ended_at = ?, due_at = ?, tasks = ? WHERE id = ?
                """, arguments: [archived.status, archived.updatedAt, archived.lastSequence, archived.endedAt, archived.dueAt,
                                 TaskList.json(archived.tasks), archived.id])
            try VisitProjector.apply(try added.map { try $0.event() }, to: CaseID(archived.id), nomor: archived.nomor,
                                     revision: archived.revision, db: db)
            try writeLookup(of: archived, events: try archived.events.map { try $0.event() })
        }
    }

    /// Event rows of a copied case, checked against the roster as a desk's append is.
    private func append(_ rows: [ArchivedEvent], of archived: ArchivedCase) throws {
        try roleCheck?.check(rows, caseID: archived.id, db: db)
        let insertEvent = try db.cachedStatement(sql: EventRecord.insertSQL)
        for event in rows { try insertEvent.execute(arguments: EventRecord(caseID: CaseID(archived.id), event).arguments) }
    }

    /// The case's title, tracking code and search keys, from all its events and its pinned SOP.
    private func writeLookup(of archived: ArchivedCase, events: [CaseEvent]) throws {
        let revision = try RevisionRecord.fetchOne(db, key: archived.revision)
        let lookup = CaseLookup.derive(id: CaseID(archived.id), events: events, sopText: revision.map { Array($0.content) },
                                       path: revision?.path ?? "")
        try db.execute(sql: LookupRecord.writeSQL, arguments: LookupRecord.arguments(id: archived.id, lookup))
    }

    func put(_ pin: PINRecord) throws(StoreError) {
        try run {
            try db.execute(sql: """
                INSERT INTO operator_pin (operator, salt, hash, parameters, failures, locked_until, set_at, set_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(operator) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, parameters = excluded.parameters,
                failures = excluded.failures, locked_until = excluded.locked_until, set_at = excluded.set_at, set_by = excluded.set_by
                """, arguments: [pin.operatorName, Data(pin.salt), Data(pin.hash), pin.parameters, pin.failures,
                                 pin.lockedUntil?.milliseconds, pin.setAt.milliseconds, pin.setBy])
        }
    }

    func put(_ secret: TOTPRecord) throws(StoreError) {
        try run {
            try db.execute(sql: """
                INSERT INTO operator_totp (operator, secret, set_at, set_by, last_step) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(operator) DO UPDATE SET secret = excluded.secret, set_at = excluded.set_at, set_by = excluded.set_by,
                last_step = excluded.last_step
                """, arguments: [secret.operatorName, secret.secret, secret.setAt.milliseconds, secret.setBy, secret.lastStep])
        }
    }

    /// The roster's own triggers still check the sequence and the rules, and keep the holdings.
    func append(_ entry: RosterEntry) throws(StoreError) {
        try run {
            try db.execute(sql: """
                INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.sequence, entry.at.milliseconds, entry.by, entry.action.rawValue, entry.operatorName,
                                 entry.role, entry.sop ?? "", entry.hash])
        }
    }

    /// An appended row keeps its time, operator, place and hash (the copy carries the chain); the
    /// log's insert trigger still refuses a place out of turn.
    func append(_ access: PersonalAccess) throws(StoreError) {
        try run {
            try db.execute(sql: AccessLogMigration.insertSQL, arguments: AccessLogMigration.arguments(access))
        }
    }

    func put(_ profile: OperatorProfile) throws(StoreError) {
        try run {
            try db.execute(sql: OperatorProfileRecord.upsertSQL, arguments: OperatorProfileRecord.arguments(profile))
        }
    }

    private static func exists(_ id: String, db: Database) throws(StoreError) -> Bool {
        do {
            return try CaseRecord.exists(db, key: id)
        } catch {
            throw SQLiteCaseStore.describe(error)
        }
    }

    func raise(_ counter: CaseCounter) throws(StoreError) {
        try run {
            try db.execute(sql: """
                INSERT INTO case_counter (prefix, year, last) VALUES (?, ?, ?)
                ON CONFLICT(prefix, year) DO UPDATE SET last = max(last, excluded.last)
                """, arguments: [counter.prefix, counter.year, counter.last])
        }
    }
}

extension EventRecord {
    var archived: ArchivedEvent {
        ArchivedEvent(sequence: sequence, at: at, operatorName: self.operator, role: role, step: step, type: type, payload: payload,
                      hash: hash)
    }
}

extension TaskRecord {
    var archived: ArchivedTask {
        ArchivedTask(step: step, stepLabel: step_label, visit: visit, role: role, roleName: role_name, startedAt: started_at,
                     dueAt: due_at)
    }
}
