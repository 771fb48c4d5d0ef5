import Foundation
import GRDB
import SOPCore
import SOPEngine

/// The roster and PINs in the SQLite file. The rules are the triggers' (RosterSchema): this
/// code only reads, writes and turns their codes into sentences.
extension SQLiteCaseStore: RosterStore {
    public var authenticatedUser: String? { nil }

    public func rosterHistory() throws(StoreError) -> [RosterEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT sequence, at, granted_by, action, operator, role, sop, hash FROM roster_event ORDER BY sequence")
                .map { row in
                    let sop: String = row[6]
                    return RosterEntry(sequence: row[0], at: Date(milliseconds: row[1]), by: row[2],
                                       action: RosterEntry.Action(rawValue: row[3]) ?? .grant, operatorName: row[4], role: row[5],
                                       sop: sop.isEmpty ? nil : sop, hash: row[7])
                }
        }
    }

    public func storedHoldings() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT operator || '/' || role || '/' || sop FROM roster_holding ORDER BY 1")
        }
    }

    public func appendRoster(_ entry: RosterEntry) throws(StoreError) {
        defer { roleCheck.rosterWritten() }
        do {
            try write { db in
                let previous = try String.fetchOne(db, sql: "SELECT hash FROM roster_event ORDER BY sequence DESC LIMIT 1") ?? ""
                try db.execute(sql: """
                    INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [entry.sequence, entry.at.milliseconds, entry.by, entry.action.rawValue, entry.operatorName,
                                     entry.role, entry.sop ?? "", RosterChain.hash(entry, previous: previous)])
            }
        } catch .unavailable(let message) {
            throw .unavailable(RosterRefusal.explain(message, entry: entry))
        }
    }

    public func pin(of operatorName: String) throws(StoreError) -> PINRecord? {
        try read { db in try Self.pinRecord(db, operatorName) }
    }

    @discardableResult
    public func savePIN(_ record: PINRecord) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: """
                INSERT INTO operator_pin (operator, salt, hash, parameters, failures, locked_until, set_at, set_by)
                VALUES (?, ?, ?, ?, 0, NULL, ?, ?)
                ON CONFLICT(operator) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, parameters = excluded.parameters,
                failures = 0, locked_until = NULL, set_at = excluded.set_at, set_by = excluded.set_by
                """, arguments: [record.operatorName, Data(record.salt), Data(record.hash), record.parameters,
                                 record.setAt.milliseconds, record.setBy])
            try db.execute(sql: "DELETE FROM web_session WHERE operator = ?", arguments: [record.operatorName])
            return db.changesCount
        }
    }

    public func recordPINAttempt(of operatorName: String, success: Bool, at time: Date) throws(StoreError) -> PINRecord? {
        try write { db in
            if success {
                try db.execute(sql: "UPDATE operator_pin SET failures = 0, locked_until = NULL WHERE operator = ?",
                               arguments: [operatorName])
            } else {
                // The count and the lock move in one statement, so two terminals guessing at once
                // cannot both slip under the limit.
                try db.execute(sql: """
                    UPDATE operator_pin SET failures = failures + 1,
                    locked_until = CASE WHEN failures + 1 >= ? THEN ? ELSE locked_until END WHERE operator = ?
                    """, arguments: [PINRecord.maxFailures, time.addingTimeInterval(PINRecord.lockout).milliseconds, operatorName])
            }
            return try Self.pinRecord(db, operatorName)
        }
    }

    static func pinRecord(_ db: Database, _ operatorName: String) throws -> PINRecord? {
        try Row.fetchOne(db, sql: """
            SELECT operator, salt, hash, parameters, failures, locked_until, set_at, set_by FROM operator_pin WHERE operator = ?
            """, arguments: [operatorName]).map { row in
            PINRecord(operatorName: row[0], salt: Array(row[1] as Data), hash: Array(row[2] as Data), parameters: row[3],
                      failures: row[4], lockedUntil: (row[5] as Int64?).map(Date.init(milliseconds:)),
                      setAt: Date(milliseconds: row[6]), setBy: row[7])
        }
    }
}
