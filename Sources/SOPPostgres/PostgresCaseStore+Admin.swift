import Foundation
import SOPCore
import SOPEngine
import SOPStore

extension PostgresCaseStore {
    public func migrationStatus() throws(StoreError) -> MigrationStatus {
        try perform { c, _ in
            let applied = try PostgresMigrations.applied(c)
            let versions = Set(applied.map(\.version))
            return MigrationStatus(applied: applied.map { AppliedMigration(name: $0.name, appliedAt: $0.at) },
                                   pending: PostgresMigrations.all.filter { !versions.contains($0.version) }.map(\.name))
        }
    }

    public func describe(migration name: String) -> Localized { PostgresMigrations.described(name) }

    public func migrate() throws(StoreError) -> [String] {
        try refuseNewer(try perform { c, _ in try PostgresMigrations.applied(c).map(\.version) })
        let applied = try perform { c, _ in try PostgresMigrations.migrate(c, store: address.redacted) }
        try noticesAfterCommit(migrated: true)
        return applied
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try perform { c, _ in
            let row = try c.query("""
                SELECT (SELECT count(*) FROM sop_case), (SELECT count(*) FROM case_event), (SELECT count(*) FROM case_task),
                       (SELECT count(*) FROM sop_revision), (SELECT count(*) FROM attachment), (SELECT count(*) FROM case_counter)
                """)
            return StoreCounts(cases: row.integer(0, 0), events: row.integer(0, 1), tasks: row.integer(0, 2),
                               revisions: row.integer(0, 3), attachments: row.integer(0, 4), counters: row.integer(0, 5))
        }
    }

    public func caseIDs() throws(StoreError) -> [String] {
        try perform { c, _ in try c.query("SELECT id FROM sop_case ORDER BY id COLLATE \"C\"").texts }
    }

    /// The case row, its events and its tasks, read in one snapshot.
    public func archivedCase(_ id: String) throws(StoreError) -> ArchivedCase? {
        try perform { c, _ in
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? c.execute("COMMIT") }
            let row = try c.query("""
                SELECT id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at
                FROM sop_case WHERE id = $1
                """, [.text(id)])
            guard !row.isEmpty else { return nil }
            let tasks = try c.query("""
                SELECT step, step_label, visit, role, role_name, started_at, due_at FROM case_task WHERE case_id = $1
                ORDER BY step COLLATE "C"
                """, [.text(id)])
            return ArchivedCase(
                id: row.text(0, 0), nomor: row.text(0, 1), judul: row.text(0, 2), revision: row.text(0, 3), status: row.text(0, 4),
                startedAt: row.int(0, 5) ?? 0, updatedAt: row.int(0, 6) ?? 0, lastSequence: row.integer(0, 7),
                endedAt: row.int(0, 8), dueAt: row.int(0, 9),
                events: try Self.events(c, of: id),
                tasks: (0..<tasks.count).map { Self.entry(tasks, $0, from: 0).archived })
        }
    }

    public func revisionHashes() throws(StoreError) -> [String] {
        try perform { c, _ in try c.query("SELECT hash FROM sop_revision ORDER BY hash COLLATE \"C\"").texts }
    }

    public func archivedRevision(hash: String) throws(StoreError) -> ArchivedRevision? {
        try perform { c, _ in
            let rows = try c.query("""
                SELECT hash, nomor, judul, revision_date, path, content, saved_at FROM sop_revision WHERE hash = $1
                """, [.text(hash)])
            guard !rows.isEmpty else { return nil }
            return ArchivedRevision(hash: rows.text(0, 0), nomor: rows.text(0, 1), judul: rows.text(0, 2), revisionDate: rows.text(0, 3),
                                    path: rows.text(0, 4), content: rows.bytes(0, 5) ?? [], savedAt: rows.int(0, 6) ?? 0)
        }
    }

    public func attachmentHashes() throws(StoreError) -> [String] {
        try perform { c, _ in try c.query("SELECT sha256 FROM attachment ORDER BY sha256 COLLATE \"C\"").texts }
    }

    public func archivedAttachment(sha256: String) throws(StoreError) -> ArchivedAttachment? {
        try perform { c, _ in
            let rows = try c.query("SELECT sha256, name, size, content, saved_at FROM attachment WHERE sha256 = $1", [.text(sha256)])
            guard !rows.isEmpty else { return nil }
            return ArchivedAttachment(sha256: rows.text(0, 0), name: rows.text(0, 1), size: rows.integer(0, 2),
                                      content: rows.bytes(0, 3) ?? [], savedAt: rows.int(0, 4) ?? 0)
        }
    }

    public func counters() throws(StoreError) -> [CaseCounter] {
        try perform { c, _ in
            let rows = try c.query("SELECT prefix, year, last FROM case_counter ORDER BY prefix COLLATE \"C\", year")
            return (0..<rows.count).map { CaseCounter(prefix: rows.text($0, 0), year: rows.integer($0, 1), last: rows.integer($0, 2)) }
        }
    }

    /// A copy's worklist rows notify inside its transaction, as v7's trigger did (its notices,
    /// one per row of thousands of cases, are not kept in the session for `sop_live_flush`).
    static let noticesInTransaction = "SET LOCAL sop.live TO 'in-transaction'"

    /// Read from the private schema (`PostgresSecrets`) directly: only its owner, who copies, may.
    public func credentials() throws(StoreError) -> OperatorCredentials {
        try perform { c, _ in
            let secrets = try PostgresArchiveWriter.secretsSchema(c)
            let pins = try c.query("""
                SELECT operator, salt, hash, parameters, failures, locked_until, set_at, set_by FROM \(secrets).operator_pin
                ORDER BY operator COLLATE "C"
                """)
            let totps = try c.query("""
                SELECT operator, secret, set_at, set_by, last_step FROM \(secrets).operator_totp ORDER BY operator COLLATE "C"
                """)
            return OperatorCredentials(
                pins: (0..<pins.count).map {
                    PINRecord(operatorName: pins.text($0, 0), salt: pins.bytes($0, 1) ?? [], hash: pins.bytes($0, 2) ?? [],
                              parameters: pins.text($0, 3), failures: pins.integer($0, 4),
                              lockedUntil: pins.int($0, 5).map(Date.init(milliseconds:)),
                              setAt: Date(milliseconds: pins.int($0, 6) ?? 0), setBy: pins.text($0, 7))
                },
                secrets: (0..<totps.count).map {
                    TOTPRecord(operatorName: totps.text($0, 0), secret: totps.text($0, 1), setAt: Date(milliseconds: totps.int($0, 2) ?? 0),
                               setBy: totps.text($0, 3), lastStep: totps.int($0, 4) ?? 0)
                })
        }
    }

    /// One transaction, not retried: a copy cut off half-way writes nothing and is run again.
    public func importArchive(_ body: (any ArchiveWriter) throws(StoreError) -> Void) throws(StoreError) {
        try perform(retry: false) { c, _ in
            try transaction(c) {
                try c.execute(Self.noticesInTransaction)
                try body(PostgresArchiveWriter(connection: c, user: c.user))
            }
        }
    }

    /// The server's checks that a roster change is made by the connected user and that an event's
    /// operator is the connected user holding its role now are disabled inside the transaction
    /// (which locks both tables against other writers meanwhile) and enabled again before it
    /// commits. Only the tables' owner may: a desk user's copy is refused by the server.
    public func importVerifiedArchive(_ body: (any ArchiveWriter) throws(StoreError) -> Void) throws(StoreError) {
        try perform(retry: false) { c, _ in
            try transaction(c) {
                try c.execute(Self.noticesInTransaction)
                try c.execute("ALTER TABLE roster_event DISABLE TRIGGER roster_event_rules; "
                    + "ALTER TABLE case_event DISABLE TRIGGER case_event_role_held")
                try body(PostgresArchiveWriter(connection: c, user: c.user))
                // The disabled check kept no guard rows for the cases copied: filled from their events.
                if try c.query("SELECT to_regproc('sop_guard_fill') IS NOT NULL").bool(0, 0) {
                    try c.query(PostgresGuardRows.fillUnguarded)
                }
                try c.execute("ALTER TABLE roster_event ENABLE TRIGGER roster_event_rules; "
                    + "ALTER TABLE case_event ENABLE TRIGGER case_event_role_held")
            }
        }
    }
}

private struct PostgresArchiveWriter: ArchiveWriter {
    let connection: PGConnection
    let user: String

    private func run(_ sql: String, _ parameters: [PGValue]) throws(StoreError) {
        do {
            try connection.query(sql, parameters)
        } catch {
            throw PostgresCaseStore.describe(error, user: user)
        }
    }

    func insert(_ revision: ArchivedRevision) throws(StoreError) {
        try run(PostgresCaseStore.insertRevision, PostgresCaseStore.parameters(revision))
    }

    func insert(_ attachment: ArchivedAttachment) throws(StoreError) {
        try run(PostgresCaseStore.insertAttachment, PostgresCaseStore.parameters(attachment))
    }

    /// A case's write failing: the store's own error as it is, the server's described, an event
    /// that cannot be read named.
    private func failed(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let failure = error as? PGFailure { return PostgresCaseStore.describe(failure, user: user) }
        return .unavailable((error as? CaseEvent.Kind.DecodingFailure)?.message ?? Catalog.Faults.unexpected)
    }

    func insert(_ archived: ArchivedCase) throws(StoreError) {
        do {
            guard try connection.query("SELECT 1 FROM sop_case WHERE id = $1", [.text(archived.id)]).isEmpty else {
                throw StoreError.unavailable(Catalog.DbAdmin.caseAppeared(archived.id))
            }
            try connection.query(PostgresCaseStore.insertCase, [
                .text(archived.id), .text(archived.nomor), .text(archived.judul), .text(archived.revision), .text(archived.status),
                .int(archived.startedAt), .int(archived.updatedAt), .int(archived.lastSequence),
                .optionalInt(archived.endedAt), .optionalInt(archived.dueAt),
            ])
            try PostgresCaseStore.insert(archived.events, tasks: archived.tasks, for: archived.id, connection)
            try PostgresCaseStore.apply(try archived.visitChanges(), of: CaseID(archived.id), connection)
            try PostgresCaseStore.backfillLookups(connection, only: archived.id)
        } catch {
            throw failed(error)
        }
    }

    /// The events after the destination's, then the rows they move (as a desk's append moves them),
    /// and the case's guard rows filled again from its whole log (the role check that keeps them
    /// may be off during a verified copy).
    func extend(_ archived: ArchivedCase, after: Int) throws(StoreError) {
        guard after < archived.events.count else { return }
        do {
            let added = Array(archived.events[after...])
            try PostgresCaseStore.insertEvents(added, for: archived.id, connection)
            try connection.query("""
                UPDATE sop_case SET status = $2, updated_at = $3, last_sequence = $4, ended_at = $5, due_at = $6 WHERE id = $1
                """, [.text(archived.id), .text(archived.status), .int(archived.updatedAt), .int(Int64(archived.lastSequence)),
                      .optionalInt(archived.endedAt), .optionalInt(archived.dueAt)])
            try connection.query("DELETE FROM case_task WHERE case_id = $1", [.text(archived.id)])
            if !archived.tasks.isEmpty {
                let insert = PostgresCaseStore.insertTasks(archived.tasks, for: archived.id)
                try connection.query(insert.sql, insert.parameters)
            }
            let events = try added.map { try $0.event() }
            try PostgresCaseStore.apply(VisitChange.changes(of: events, caseID: CaseID(archived.id), nomor: archived.nomor,
                                                            revision: archived.revision), of: CaseID(archived.id), connection)
            let source = try connection.query("SELECT content, path FROM sop_revision WHERE hash = $1", [.text(archived.revision)])
            let lookup = CaseLookup.derive(id: CaseID(archived.id), events: try archived.events.map { try $0.event() },
                                           sopText: source.isEmpty ? nil : source.bytes(0, 0), path: source.isEmpty ? "" : source.text(0, 1))
            try connection.query("UPDATE case_lookup SET title = $2, search_keys = $3 WHERE case_id = $1",
                                 [.text(archived.id), .text(lookup.title), .text(lookup.keysText)])
            if try connection.query("SELECT to_regproc('sop_guard_fill') IS NOT NULL").bool(0, 0) {
                try connection.query("SELECT sop_guard_fill(ARRAY[$1::text])", [.text(archived.id)])
            }
        } catch {
            throw failed(error)
        }
    }

    /// Written by the owner straight into the private schema, as the source stores it.
    func put(_ pin: PINRecord) throws(StoreError) {
        let secrets = try secretsSchema()
        try run("""
            INSERT INTO \(secrets).operator_pin (operator, salt, hash, parameters, failures, locked_until, set_at, set_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (operator) DO UPDATE SET salt = EXCLUDED.salt, hash = EXCLUDED.hash, parameters = EXCLUDED.parameters,
                failures = EXCLUDED.failures, locked_until = EXCLUDED.locked_until, set_at = EXCLUDED.set_at, set_by = EXCLUDED.set_by
            """, [.text(pin.operatorName), .bytes(pin.salt), .bytes(pin.hash), .text(pin.parameters), .int(Int64(pin.failures)),
                  .optionalInt(pin.lockedUntil?.milliseconds), .int(pin.setAt.milliseconds), .text(pin.setBy)])
    }

    func put(_ secret: TOTPRecord) throws(StoreError) {
        let secrets = try secretsSchema()
        try run("""
            INSERT INTO \(secrets).operator_totp (operator, secret, set_at, set_by, last_step) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (operator) DO UPDATE SET secret = EXCLUDED.secret, set_at = EXCLUDED.set_at, set_by = EXCLUDED.set_by,
                last_step = EXCLUDED.last_step
            """, [.text(secret.operatorName), .text(secret.secret), .int(secret.setAt.milliseconds), .text(secret.setBy),
                  .int(secret.lastStep)])
    }

    private func secretsSchema() throws(StoreError) -> String {
        do { return try Self.secretsSchema(connection) } catch { throw PostgresCaseStore.describe(error, user: user) }
    }

    /// The private schema of the store's (`PostgresSecrets`), quoted for SQL.
    static func secretsSchema(_ c: PGConnection) throws(PGFailure) -> String {
        try c.query("SELECT quote_ident(current_schema() || '_rahasia')").text(0, 0)
    }

    /// The apply trigger keeps the holdings; the sequence is the table's primary key.
    func append(_ entry: RosterEntry) throws(StoreError) {
        try run("""
            INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, [.int(Int64(entry.sequence)), .int(entry.at.milliseconds), .text(entry.by), .text(entry.action.rawValue),
                  .text(entry.operatorName), .text(entry.role), .text(entry.sop ?? ""), .text(entry.hash ?? "")])
    }

    /// Written by the copier, the schema's owner (a desk has no right on the log, and its own
    /// unmaskings go through `sop_record_personal_access`, which writes the server's clock and the
    /// session user): the row keeps the source's time, operator, place and hash, which the log's
    /// insert trigger checks (`sop_personal_access_chained`).
    func append(_ access: PersonalAccess) throws(StoreError) {
        try run("INSERT INTO personal_access (sequence, at, operator, case_id, command, refused, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                [.int(access.sequence), .int(access.at.milliseconds), .text(access.operatorName), .text(access.caseID),
                 .text(access.command), access.refused.map { .text($0) } ?? .null, access.hash.map { .text($0) } ?? .null])
    }

    func put(_ profile: OperatorProfile) throws(StoreError) {
        try run("""
            INSERT INTO operator_profile (operator, full_name, nip, set_at, set_by) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (operator) DO UPDATE SET full_name = EXCLUDED.full_name, nip = EXCLUDED.nip, set_at = EXCLUDED.set_at,
                set_by = EXCLUDED.set_by
            """, [.text(profile.operatorName), .text(profile.fullName), .text(profile.nip), .int(profile.setAt.milliseconds),
                  .text(profile.setBy)])
    }

    func raise(_ counter: CaseCounter) throws(StoreError) {
        try run("""
            INSERT INTO case_counter (prefix, year, last) VALUES ($1, $2, $3)
            ON CONFLICT (prefix, year) DO UPDATE SET last = GREATEST(case_counter.last, EXCLUDED.last)
            """, [.text(counter.prefix), .int(counter.year), .int(counter.last)])
    }
}

extension PGRows {
    var texts: [String] { (0..<count).map { text($0, 0) } }
}
