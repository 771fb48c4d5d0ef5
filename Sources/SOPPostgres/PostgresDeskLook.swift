import Foundation
import SOPCore
import SOPEngine
import SOPStore

/// What each request of the web desk reads first (`DeskLook`): the session, the roster's head and
/// the case's head, in one statement, one round trip (three before). Each row says what it is;
/// the last, the newest migration applied: what `PostgresMigrations.newerGuard` refuses a write
/// on, read in the same round trip for the desk's banner.
extension PostgresCaseStore: DeskLookStore {
    static let deskLookSQL = """
        SELECT 's', operator, created_at, last_seen, expires_at, csrf FROM web_session WHERE id_hash = $1 AND expires_at > $2
        UNION ALL (SELECT 'r', hash, sequence::bigint, NULL, NULL, NULL FROM roster_event ORDER BY sequence DESC LIMIT 1)
        UNION ALL (SELECT 'c', hash, sequence::bigint, NULL, NULL, NULL FROM case_event WHERE case_id = $3 ORDER BY sequence DESC LIMIT 1)
        UNION ALL SELECT 'v', NULL, max(version)::bigint, NULL, NULL, NULL FROM schema_migrations
        """

    public func deskLook(sessionHash: String, at now: Date, caseID: CaseID?) throws(StoreError) -> DeskLook {
        try perform { c, _ in
            let rows = try c.query(Self.deskLookSQL, [.text(sessionHash), .int(now.milliseconds), .text(caseID?.rawValue ?? "")])
            var look = DeskLook(session: nil, rosterHead: nil, caseHead: nil)
            for row in 0..<rows.count {
                switch rows.text(row, 0) {
                case "s":
                    look.session = WebSession(idHash: sessionHash, operatorName: rows.text(row, 1),
                                              createdAt: Date(milliseconds: rows.int(row, 2) ?? 0),
                                              lastSeen: Date(milliseconds: rows.int(row, 3) ?? 0),
                                              expiresAt: Date(milliseconds: rows.int(row, 4) ?? 0), csrf: rows.text(row, 5))
                case "r": look.rosterHead = LogHead(sequence: rows.integer(row, 2), hash: rows.text(row, 1))
                case "c": if caseID != nil { look.caseHead = LogHead(sequence: rows.integer(row, 2), hash: rows.text(row, 1)) }
                case "v":
                    if let newest = rows.int(row, 2).map(Int.init), newest > PostgresMigrations.latest {
                        look.schemaRefusal = .schema(Catalog.StoreSchema.newer(address.redacted, version: newest, known: PostgresMigrations.latest))
                    }
                default: break
                }
            }
            return look
        }
    }

    /// The newest migration applied, as the desk look's last row reads it: a newer sop's refuses
    /// every write (`PostgresMigrations.newerGuard`).
    public func schemaRefusal() throws(StoreError) -> StoreError? {
        try perform { c, _ in
            let rows = try c.query("SELECT max(version)::bigint FROM schema_migrations", [])
            guard rows.count > 0, let newest = rows.int(0, 0).map(Int.init), newest > PostgresMigrations.latest else { return nil }
            return .schema(Catalog.StoreSchema.newer(address.redacted, version: newest, known: PostgresMigrations.latest))
        }
    }
}
