import Foundation
import SOPEngine
import SOPStore

extension PostgresCaseStore {
    /// Every case's last event (sequence and hash), one index seek per case.
    public func lastEventHeads() throws(StoreError) -> [ChainSeal.Head] {
        try perform { c, _ in
            let rows = try c.query("""
                SELECT c.id, e.sequence, e.hash FROM sop_case c
                CROSS JOIN LATERAL (SELECT sequence, hash FROM case_event WHERE case_id = c.id ORDER BY sequence DESC LIMIT 1) e
                ORDER BY c.id COLLATE "C"
                """)
            return (0..<rows.count).map { ChainSeal.Head(caseID: rows.text($0, 0), sequence: rows.integer($0, 1), hash: rows.string($0, 2) ?? "") }
        }
    }
}
