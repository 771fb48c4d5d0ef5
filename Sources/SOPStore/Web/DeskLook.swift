import Foundation
import GRDB
import SOPCore
import SOPEngine

/// What each request of the web desk (`sop serve`) reads before anything else, together: the
/// session its cookie names, the head of the roster (is the roster kept in memory still the
/// store's?) and, for a page of a case, the head of that case's log. One read transaction on
/// SQLite, one statement (one round trip) on PostgreSQL, instead of one each.
public struct DeskLook: Sendable, Equatable {
    /// The session, if it exists and has not expired.
    public var session: WebSession?
    /// The roster's last entry; nil while it is empty.
    public var rosterHead: LogHead?
    /// The case's last event; nil for an unknown case or when no case was asked.
    public var caseHead: LogHead?
    /// What a write would be refused with now (`StoreError.schema`: a newer sop's migration, or
    /// one pending): the same check the writes make, read here so that the desk's pages can say so
    /// before a clerk fills a form. Nil when a write would go; read only for a live session.
    public var schemaRefusal: StoreError? = nil

    public init(session: WebSession?, rosterHead: LogHead?, caseHead: LogHead?, schemaRefusal: StoreError? = nil) {
        self.session = session
        self.rosterHead = rosterHead
        self.caseHead = caseHead
        self.schemaRefusal = schemaRefusal
    }
}

public protocol DeskLookStore: AnyObject {
    /// The session with this id hash (unexpired at `now`), the roster's head and `caseID`'s head.
    func deskLook(sessionHash: String, at now: Date, caseID: CaseID?) throws(StoreError) -> DeskLook

    /// What a write would be refused with now (`DeskLook.schemaRefusal`), read without a
    /// session: the login page says it before anyone types a PIN. Nil when a write would go.
    func schemaRefusal() throws(StoreError) -> StoreError?
}

extension SQLiteCaseStore: DeskLookStore {
    public func deskLook(sessionHash: String, at now: Date, caseID: CaseID?) throws(StoreError) -> DeskLook {
        try read { db in
            let session = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT id_hash, operator, created_at, last_seen, expires_at, csrf FROM web_session WHERE id_hash = ? AND expires_at > ?
                """), arguments: [sessionHash, now.milliseconds]).map { row in
                WebSession(idHash: row[0], operatorName: row[1], createdAt: Date(milliseconds: row[2]),
                           lastSeen: Date(milliseconds: row[3]), expiresAt: Date(milliseconds: row[4]), csrf: row[5])
            }
            guard session != nil else { return DeskLook(session: nil, rosterHead: nil, caseHead: nil) }
            let roster = try Row.fetchOne(db.cachedStatement(sql: "SELECT sequence, hash FROM roster_event ORDER BY sequence DESC LIMIT 1"))
                .map { row in LogHead(sequence: row[0], hash: row[1] ?? "") }
            let head = try caseID.flatMap { id in
                try Row.fetchOne(db.cachedStatement(sql: Self.headSQL), arguments: [id.rawValue]).map { row in
                    LogHead(sequence: row[0], hash: row[1] ?? "")
                }
            }
            return DeskLook(session: session, rosterHead: roster, caseHead: head, schemaRefusal: try schemaRefusal(db))
        }
    }

    public func schemaRefusal() throws(StoreError) -> StoreError? {
        try read { db in try schemaRefusal(db) }
    }

    /// The refusal `checkSchema` would give a write now, nil when none: one cached `PRAGMA
    /// schema_version`, the migration list read only when that number moved.
    func schemaRefusal(_ db: Database) throws -> StoreError? {
        do {
            try checkSchema(db)
            return nil
        } catch StoreError.schema(let message) {
            return .schema(message)
        }
    }
}
