import Foundation
import SOPCore

/// The durable home of cases: an append-only event log per case, the pinned SOP revisions,
/// attachments, and current-state rows for listings. SQLite implements it today; another store
/// (PostgreSQL) implements the same protocol without touching the engine.
public protocol CaseStore: AnyObject {
    /// Stores the exact SOP text a case follows (idempotent by hash).
    func saveRevision(_ revision: SOPRevision) throws(StoreError)
    func revision(hash: String) throws(StoreError) -> SOPRevision?

    /// Allocates the next case id for the prefix and year and writes the first events, atomically.
    func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID

    /// Appends events whose sequences continue the log. If the log has moved on since the
    /// caller read it (another terminal), nothing is written and `.stale` is thrown.
    func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError)

    func events(of id: CaseID) throws(StoreError) -> [CaseEvent]
    func summary(of id: CaseID) throws(StoreError) -> CaseSummary?
    func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary]
    /// Waiting steps of the given roles (all roles when empty), in due order. A joint row
    /// (`bersama`) waits in each of its roles; asked for several of them, it is listed once
    /// (`TaskEntry.oncePerStep`), in the first of them asked.
    func tasks(roles: [String]) throws(StoreError) -> [TaskEntry]

    /// Every step visit whose step started in the filter's period: what reports aggregate.
    func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow]

    /// The visits of these cases closed without being done, skipped by a person or withdrawn
    /// (`SkippedVisit`), read from their events.
    func skippedVisits(of cases: [CaseID]) throws(StoreError) -> Set<SkippedVisit>

    /// The branches decisions took in these cases, in order (`BranchTaken`), read from their events.
    func branchesTaken(of cases: [CaseID]) throws(StoreError) -> [BranchTaken]

    /// The case a complainant's tracking code belongs to (`sop status`).
    func caseID(tracking: String) throws(StoreError) -> CaseID?

    func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment
    func attachment(sha256: String) throws(StoreError) -> [UInt8]?
}

public enum StoreError: Error, Sendable, Equatable {
    /// Someone else appended to the case first; reload and try again.
    case stale(CaseID, expected: Int, found: Int)
    case notFound(CaseID)
    /// The store cannot be opened, read or written (path, permissions, full disk, corruption).
    case unavailable(Localized)
    /// The store's schema is not the one this binary works on: a migration pending (only
    /// `sop db migrate` applies it) or one applied by a newer sop. Nothing was changed.
    case schema(Localized)
}

/// An SOP file as a case started it: pinned by content hash, kept verbatim.
public struct SOPRevision: Sendable, Equatable {
    public var hash: String
    public var nomor: String
    public var judul: String
    public var revisionDate: String
    public var path: String
    public var content: [UInt8]
    public var savedAt: Date

    public init(content: [UInt8], nomor: String, judul: String, revisionDate: String, path: String, savedAt: Date) {
        self.hash = SHA256.hex(content)
        self.content = content
        self.nomor = nomor
        self.judul = judul
        self.revisionDate = revisionDate
        self.path = path
        self.savedAt = savedAt
    }
}

/// The current state of a case as listings need it, written with every append.
public struct CaseProjection: Sendable, Equatable {
    public var nomor: String
    public var judul: String
    public var revision: String
    public var status: CaseState.Status
    public var startedAt: Date
    public var updatedAt: Date
    public var lastSequence: Int
    public var active: [ActiveEntry]
    /// When the case was completed or cancelled.
    public var endedAt: Date?
    /// When the whole case falls due (the sum of the SOP's waktu from its start).
    public var due: Date?
    /// What the case is about and how it is found (title, tracking code, search keys).
    public var lookup = CaseLookup()

    public init(nomor: String, judul: String, revision: String, status: CaseState.Status, startedAt: Date,
                updatedAt: Date, lastSequence: Int, active: [ActiveEntry], endedAt: Date? = nil, due: Date? = nil) {
        self.endedAt = endedAt
        self.due = due
        self.nomor = nomor
        self.judul = judul
        self.revision = revision
        self.status = status
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.lastSequence = lastSequence
        self.active = active
    }

    public struct ActiveEntry: Sendable, Equatable {
        public var step: String
        public var stepLabel: String
        public var visit: Int
        public var role: String
        public var roleName: String
        public var startedAt: Date
        public var due: Date?

        public init(step: String, stepLabel: String, visit: Int, role: String, roleName: String, startedAt: Date, due: Date?) {
            self.step = step
            self.stepLabel = stepLabel
            self.visit = visit
            self.role = role
            self.roleName = roleName
            self.startedAt = startedAt
            self.due = due
        }
    }
}

public struct CaseSummary: Sendable, Equatable {
    public var id: CaseID
    public var projection: CaseProjection
    /// Where its stored rows say otherwise than its events (located), when the listing was
    /// asked to mark such cases (`CaseFilter.markBroken`); its projection is then not to be shown.
    public var broken: [Localized] = []

    public init(id: CaseID, projection: CaseProjection) {
        self.id = id
        self.projection = projection
    }
}

public struct CaseFilter: Sendable, Equatable {
    public var nomor: String?
    public var statuses: [CaseState.Status]
    /// Words of the title (all must appear, any case), or a personal value matched whole
    /// (`CaseState.searchKey`).
    public var search: String?
    /// A listed case whose stored rows do not match its history is kept and marked
    /// (`CaseSummary.broken`) instead of refusing the whole listing (`sop cases`).
    public var markBroken = false

    public init(nomor: String? = nil, statuses: [CaseState.Status] = [], search: String? = nil) {
        self.nomor = nomor
        self.statuses = statuses
        self.search = search
    }
}

/// Which step visits a report reads: an SOP, and a period of step start times [from, to).
public struct VisitFilter: Sendable, Equatable {
    public var nomor: String?
    public var from: Date?
    public var to: Date?

    public init(nomor: String? = nil, from: Date? = nil, to: Date? = nil) {
        self.nomor = nomor
        self.from = from
        self.to = to
    }

    public func matches(nomor: String, startedAt: Date) -> Bool {
        (self.nomor == nil || self.nomor == nomor) && (from.map { startedAt >= $0 } ?? true)
            && (to.map { startedAt < $0 } ?? true)
    }
}

/// One visit of one step of one case, as reports need it.
public struct VisitRow: Sendable, Hashable {
    public var caseID: CaseID
    public var nomor: String
    public var revision: String
    public var step: String
    public var visit: Int
    public var role: String
    public var startedAt: Date
    public var due: Date?
    public var completedAt: Date?
    public var completedBy: String?
    /// Seconds of the standard used, recorded at completion.
    public var used: Double?
    /// A person skipped the step (`SkippedVisit`): closed, but not done. Not stored in the visit's
    /// row; a report sets it from the events (`CaseStore.skippedVisits`).
    public var skipped = false
    /// Another's completion closed the visit (`SkippedVisit.withdrawn`): not done, not skipped.
    public var withdrawn = false
    /// Closed without being done: skipped or withdrawn.
    public var undone: Bool { skipped || withdrawn }
    /// The label of the exit a decision's visit took (`BranchTaken`). Not stored in the visit's
    /// row; a report sets it from the events (`CaseStore.branchesTaken`).
    public var branch: String? = nil
    /// Where that exit led (`Target.text`: a step id or `selesai`): two exits drawn without a
    /// label are told apart by it (tester 28, finding 4).
    public var branchTarget: String? = nil

    public init(caseID: CaseID, nomor: String, revision: String, step: String, visit: Int, role: String, startedAt: Date,
                due: Date?, completedAt: Date?, completedBy: String?, used: Double?) {
        self.caseID = caseID
        self.nomor = nomor
        self.revision = revision
        self.step = step
        self.visit = visit
        self.role = role
        self.startedAt = startedAt
        self.due = due
        self.completedAt = completedAt
        self.completedBy = completedBy
        self.used = used
    }
}

/// A step waiting in a role's worklist.
public struct TaskEntry: Sendable, Equatable {
    public var caseID: CaseID
    public var nomor: String
    public var judul: String
    public var status: CaseState.Status
    public var entry: CaseProjection.ActiveEntry
    /// The case's title (`kasus: judul`), empty when the SOP names none.
    public var title = ""
    /// The SOP revision the case follows (its case row's; the listing's check and `sop db verify`
    /// hold the row to its events): the one `sop tasks` names the step by, not the folder's.
    public var revision = ""

    public init(caseID: CaseID, nomor: String, judul: String, status: CaseState.Status, entry: CaseProjection.ActiveEntry) {
        self.caseID = caseID
        self.nomor = nomor
        self.judul = judul
        self.status = status
        self.entry = entry
    }
}

extension TaskEntry {
    /// The worklist of `roles` with a step that waits in several of them (a joint row's own role
    /// and its `bersama` roles, tester 28's F17) listed once, in the one of them `roles` names
    /// first: an operator holding both sees it once. Every row when `roles` is empty (the
    /// worklist of every role, as the stores hold it). The order is kept.
    public static func oncePerStep(_ entries: [TaskEntry], roles: [String]) -> [TaskEntry] {
        guard !roles.isEmpty else { return entries }
        var kept: [String: Int] = [:]
        var out: [TaskEntry] = []
        out.reserveCapacity(entries.count)
        for task in entries {
            let key = task.caseID.rawValue + "\u{0}" + task.entry.step
            guard let index = kept[key] else {
                kept[key] = out.count
                out.append(task)
                continue
            }
            if (roles.firstIndex(of: task.entry.role) ?? .max) < (roles.firstIndex(of: out[index].entry.role) ?? .max) { out[index] = task }
        }
        return out
    }
}

/// Reads a file the operator names as an output ("@surat.pdf").
public protocol AttachmentSource: Sendable {
    func read(_ path: String) -> Result<[UInt8], AttachmentProblem>
}

public struct AttachmentProblem: Error, Sendable, Equatable {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}

extension CaseEvent.Attachment {
    /// The path of an output typed as a file ("@ surat.pdf" → "surat.pdf"), nil for plain text.
    public static func path(typed: String) -> String? {
        let trimmed = typed.trimmingWhitespace()
        return trimmed.hasPrefix("@") ? String(trimmed.dropFirst()).trimmingWhitespace() : nil
    }
}

extension AttachmentSource {
    /// Reads the file at `path` and keeps it in `store` under its file name (the desk, a
    /// collective run and a correction attach an output file this one way).
    public func attach(_ path: String, to store: CaseStore) -> Result<CaseEvent.Attachment, AttachFailure> {
        switch read(path) {
        case .success(let bytes):
            do { return .success(try store.saveAttachment(bytes, name: (path as NSString).lastPathComponent)) } catch {
                return .failure(.store(error))
            }
        case .failure(let problem):
            return .failure(.unreadable(problem.message))
        }
    }
}

/// Why a file named as an output was not attached: it could not be read (the operator can name
/// another), or the store refused to keep it.
public enum AttachFailure: Error, Sendable, Equatable {
    case unreadable(Localized)
    case store(StoreError)
}
