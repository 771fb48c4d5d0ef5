import Foundation
import SOPEngine
import SOPStore

/// The heads the web desk checks its memory against: one indexed statement, one round trip.
extension PostgresCaseStore: DeskHeadStore {
    public func caseHead(_ id: CaseID) throws(StoreError) -> LogHead? {
        try perform { c, _ in
            let rows = try c.query("SELECT sequence, hash FROM case_event WHERE case_id = $1 ORDER BY sequence DESC LIMIT 1",
                                   [.text(id.rawValue)])
            return rows.isEmpty ? nil : LogHead(sequence: rows.integer(0, 0), hash: rows.text(0, 1))
        }
    }

    public func rosterHead() throws(StoreError) -> LogHead? {
        try perform { c, _ in
            let rows = try c.query("SELECT sequence, hash FROM roster_event ORDER BY sequence DESC LIMIT 1", [])
            return rows.isEmpty ? nil : LogHead(sequence: rows.integer(0, 0), hash: rows.text(0, 1))
        }
    }
}
