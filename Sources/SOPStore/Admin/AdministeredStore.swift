import Foundation
import SOPCore
import SOPEngine

/// What `sop db` needs of a store beyond `CaseStore`: its migrations, its counts, and its rows
/// exactly as stored, so that `sop db copy` can move a desk's cases between stores without loss.
public protocol AdministeredStore: CaseStore {
    /// "SQLite /path/sop.sqlite" or "PostgreSQL postgres://sop@host:5432/sop" (never a password).
    var displayName: String { get }

    func migrationStatus() throws(StoreError) -> MigrationStatus
    /// A migration's name (its stored identity, English) as printed: Bahasa Indonesia by default.
    func describe(migration name: String) -> Localized
    /// Applies the pending migrations; returns their names (empty when the schema was current).
    func migrate() throws(StoreError) -> [String]
    func counts() throws(StoreError) -> StoreCounts

    func caseIDs() throws(StoreError) -> [String]
    func archivedCase(_ id: String) throws(StoreError) -> ArchivedCase?
    func revisionHashes() throws(StoreError) -> [String]
    func archivedRevision(hash: String) throws(StoreError) -> ArchivedRevision?
    func attachmentHashes() throws(StoreError) -> [String]
    func archivedAttachment(sha256: String) throws(StoreError) -> ArchivedAttachment?
    func counters() throws(StoreError) -> [CaseCounter]
    /// The operators' PINs and one-time-code secrets as stored (for `sop db copy` only: a backup
    /// that lacks them locks every operator out of the web desk after a restore).
    func credentials() throws(StoreError) -> OperatorCredentials

    /// Writes what `body` gives in one transaction: all of it is committed, or none.
    func importArchive(_ body: (any ArchiveWriter) throws(StoreError) -> Void) throws(StoreError)
    /// As `importArchive`, for a roster history and cases the caller has verified against it
    /// (`StoreCopy`, with `RosterAudit`, before anything is written): the store's own checks of a
    /// roster change's author and of an event's role against the roster *now* are suspended
    /// inside the transaction (they cannot judge a copied history: a role revoked since, an
    /// author who is not the connected user) and restored before it commits.
    func importVerifiedArchive(_ body: (any ArchiveWriter) throws(StoreError) -> Void) throws(StoreError)
}

/// Writes rows as they were stored elsewhere, inside `importArchive`'s transaction.
public protocol ArchiveWriter {
    /// Inserts the revision unless one with its hash is there.
    func insert(_ revision: ArchivedRevision) throws(StoreError)
    /// Inserts the attachment unless one with its hash is there.
    func insert(_ attachment: ArchivedAttachment) throws(StoreError)
    /// Inserts the case row, its events and its worklist rows; fails if the case id is taken.
    func insert(_ archived: ArchivedCase) throws(StoreError)
    /// Appends the case's events after the first `after` (which the destination holds, the same
    /// rows with the same hashes), then moves its case row, worklist, step visits and lookup to
    /// where the source's stand.
    func extend(_ archived: ArchivedCase, after: Int) throws(StoreError)
    /// Writes an operator's PIN as stored elsewhere (salt, hash, failures, lock, who set it and when).
    func put(_ pin: PINRecord) throws(StoreError)
    /// Writes an operator's one-time-code secret as stored elsewhere (the last step used kept).
    func put(_ secret: TOTPRecord) throws(StoreError)
    /// Raises the counter to `last` if it is lower (never lowers it).
    func raise(_ counter: CaseCounter) throws(StoreError)
    /// Appends a roster entry as stored elsewhere, its hash included, after the entries there.
    func append(_ entry: RosterEntry) throws(StoreError)
    /// Appends an unmasking of personal data as the source's access log recorded it (its time and
    /// operator, not the copier's).
    func append(_ access: PersonalAccess) throws(StoreError)
    /// Writes an officer's full name and NIP as set in the source (who set it and when kept).
    func put(_ profile: OperatorProfile) throws(StoreError)
}

/// What a store keeps for its operators to log in to the web desk (PIN hashes, TOTP secrets).
public struct OperatorCredentials: Sendable, Equatable {
    public var pins: [PINRecord]
    public var secrets: [TOTPRecord]

    public init(pins: [PINRecord] = [], secrets: [TOTPRecord] = []) {
        self.pins = pins
        self.secrets = secrets
    }
}

public struct MigrationStatus: Sendable, Equatable {
    public var applied: [AppliedMigration]
    public var pending: [String]

    public init(applied: [AppliedMigration], pending: [String]) {
        self.applied = applied
        self.pending = pending
    }
}

public struct AppliedMigration: Sendable, Equatable {
    public var name: String
    /// When the store records it (PostgreSQL does; SQLite's GRDB migrator does not).
    public var appliedAt: Date?

    public init(name: String, appliedAt: Date?) {
        self.name = name
        self.appliedAt = appliedAt
    }
}

public struct StoreCounts: Sendable, Equatable {
    public var cases = 0
    public var events = 0
    public var tasks = 0
    public var revisions = 0
    public var attachments = 0
    public var counters = 0

    public init(cases: Int = 0, events: Int = 0, tasks: Int = 0, revisions: Int = 0, attachments: Int = 0, counters: Int = 0) {
        self.cases = cases
        self.events = events
        self.tasks = tasks
        self.revisions = revisions
        self.attachments = attachments
        self.counters = counters
    }
}

/// An event row as stored: times in milliseconds, the payload as its JSON text.
public struct ArchivedEvent: Sendable, Equatable {
    public var sequence: Int
    public var at: Int64
    public var operatorName: String
    public var role: String?
    public var step: String?
    public var type: String
    public var payload: String
    /// The chain hash stored with the row (`EventChain`); nil before it is linked.
    public var hash: String?

    public init(sequence: Int, at: Int64, operatorName: String, role: String?, step: String?, type: String, payload: String,
                hash: String? = nil) {
        self.hash = hash
        self.sequence = sequence
        self.at = at
        self.operatorName = operatorName
        self.role = role
        self.step = step
        self.type = type
        self.payload = payload
    }
}

public struct ArchivedTask: Sendable, Equatable {
    public var step: String
    public var stepLabel: String
    public var visit: Int
    public var role: String
    public var roleName: String
    public var startedAt: Int64
    public var dueAt: Int64?

    public init(step: String, stepLabel: String, visit: Int, role: String, roleName: String, startedAt: Int64, dueAt: Int64?) {
        self.step = step
        self.stepLabel = stepLabel
        self.visit = visit
        self.role = role
        self.roleName = roleName
        self.startedAt = startedAt
        self.dueAt = dueAt
    }
}

extension ArchivedEvent {
    /// The row without its chain hash: what the event says, for comparing writes.
    public var content: ArchivedEvent {
        var row = self
        row.hash = nil
        return row
    }
}

/// A case row with its whole event log and its worklist rows.
public struct ArchivedCase: Sendable, Equatable {
    public var id: String
    public var nomor: String
    public var judul: String
    public var revision: String
    public var status: String
    public var startedAt: Int64
    public var updatedAt: Int64
    public var lastSequence: Int
    public var endedAt: Int64?
    public var dueAt: Int64?
    public var events: [ArchivedEvent]
    public var tasks: [ArchivedTask]

    public init(id: String, nomor: String, judul: String, revision: String, status: String, startedAt: Int64,
                updatedAt: Int64, lastSequence: Int, endedAt: Int64? = nil, dueAt: Int64? = nil, events: [ArchivedEvent],
                tasks: [ArchivedTask]) {
        self.endedAt = endedAt
        self.dueAt = dueAt
        self.id = id
        self.nomor = nomor
        self.judul = judul
        self.revision = revision
        self.status = status
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.lastSequence = lastSequence
        self.events = events
        self.tasks = tasks
    }

    /// The step-visit changes of the whole log (step visits are derived from events).
    public func visitChanges() throws -> [VisitChange] {
        VisitChange.changes(of: try events.map { try $0.event() }, caseID: CaseID(id), nomor: nomor, revision: revision)
    }

    /// SHA-256 of the event log in a canonical form (every field, length-prefixed): equal on two
    /// stores exactly when they hold the same events.
    public var eventsHash: String {
        var bytes: [UInt8] = []
        func field(_ text: String?) { EventChain.field(text, into: &bytes) }
        for event in events {
            field(String(event.sequence))
            field(String(event.at))
            field(event.operatorName)
            field(event.role)
            field(event.step)
            field(event.type)
            field(event.payload)
            bytes.append(UInt8(ascii: "\n"))
        }
        return SHA256.hex(bytes)
    }
}

public struct ArchivedRevision: Sendable, Equatable {
    public var hash: String
    public var nomor: String
    public var judul: String
    public var revisionDate: String
    public var path: String
    public var content: [UInt8]
    public var savedAt: Int64

    public init(hash: String, nomor: String, judul: String, revisionDate: String, path: String, content: [UInt8], savedAt: Int64) {
        self.hash = hash
        self.nomor = nomor
        self.judul = judul
        self.revisionDate = revisionDate
        self.path = path
        self.content = content
        self.savedAt = savedAt
    }
}

public struct ArchivedAttachment: Sendable, Equatable {
    public var sha256: String
    public var name: String
    public var size: Int
    public var content: [UInt8]
    public var savedAt: Int64

    public init(sha256: String, name: String, size: Int, content: [UInt8], savedAt: Int64) {
        self.sha256 = sha256
        self.name = name
        self.size = size
        self.content = content
        self.savedAt = savedAt
    }
}

/// The last case number given for an id prefix and year.
public struct CaseCounter: Sendable, Equatable {
    public var prefix: String
    public var year: Int
    public var last: Int

    public init(prefix: String, year: Int, last: Int) {
        self.prefix = prefix
        self.year = year
        self.last = last
    }
}

// Between the engine's values and the rows as stored.

extension CaseEvent {
    public var archived: ArchivedEvent {
        ArchivedEvent(sequence: sequence, at: at.milliseconds, operatorName: operatorName, role: role, step: kind.step,
                      type: kind.type, payload: kind.payloadText)
    }
}

extension ArchivedEvent {
    public func event() throws -> CaseEvent {
        CaseEvent(sequence: sequence, at: Date(milliseconds: at), operatorName: operatorName, role: role,
                  kind: try CaseEvent.Kind.decode(type: type, payload: Data(payload.utf8)))
    }
}

extension CaseProjection.ActiveEntry {
    public var archived: ArchivedTask {
        ArchivedTask(step: step, stepLabel: stepLabel, visit: visit, role: role, roleName: roleName,
                     startedAt: startedAt.milliseconds, dueAt: due?.milliseconds)
    }
}
