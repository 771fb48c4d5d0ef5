import Foundation
import SOPCore
import SOPEngine
import SOPStore

extension PostgresCaseStore: VerifiableStore {
    /// A batch of cases with everything derived from them, read in one snapshot.
    public func verificationRows(_ ids: [String]) throws(StoreError) -> [CaseRows] {
        guard !ids.isEmpty else { return [] }
        return try perform { c, _ in
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? c.execute("COMMIT") }
            let list: [PGValue] = [.array(ids)]
            let cases = try c.query("""
                SELECT id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at
                FROM sop_case WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C"
                """, list)
            let eventRows = try c.query("""
                SELECT case_id, sequence, at, operator, role, step, type, payload, hash FROM case_event
                WHERE case_id = ANY($1::text[]) ORDER BY case_id COLLATE "C", sequence
                """, list)
            var events: [String: [ArchivedEvent]] = [:]
            for row in 0..<eventRows.count {
                events[eventRows.text(row, 0), default: []].append(ArchivedEvent(
                    sequence: eventRows.integer(row, 1), at: eventRows.int(row, 2) ?? 0, operatorName: eventRows.text(row, 3),
                    role: eventRows.string(row, 4), step: eventRows.string(row, 5), type: eventRows.text(row, 6),
                    payload: eventRows.text(row, 7), hash: eventRows.string(row, 8)))
            }
            let taskRows = try c.query("""
                SELECT case_id, step, step_label, visit, role, role_name, started_at, due_at FROM case_task
                WHERE case_id = ANY($1::text[]) ORDER BY step COLLATE "C"
                """, list)
            var tasks: [String: [ArchivedTask]] = [:]
            for row in 0..<taskRows.count {
                tasks[taskRows.text(row, 0), default: []].append(Self.entry(taskRows, row, from: 1).archived)
            }
            let visitRows = try c.query("""
                SELECT case_id, nomor, revision, step, visit, role, started_at, due_at, completed_at, completed_by, used_seconds
                FROM step_visit WHERE case_id = ANY($1::text[])
                """, list)
            var visits: [String: [VisitRow]] = [:]
            for row in 0..<visitRows.count {
                visits[visitRows.text(row, 0), default: []].append(VisitRow(
                    caseID: CaseID(visitRows.text(row, 0)), nomor: visitRows.text(row, 1), revision: visitRows.text(row, 2),
                    step: visitRows.text(row, 3), visit: visitRows.integer(row, 4), role: visitRows.text(row, 5),
                    startedAt: Date(milliseconds: visitRows.int(row, 6) ?? 0), due: visitRows.int(row, 7).map(Date.init(milliseconds:)),
                    completedAt: visitRows.int(row, 8).map(Date.init(milliseconds:)), completedBy: visitRows.string(row, 9),
                    used: visitRows.string(row, 10).flatMap(Double.init)))
            }
            let lookupRows = try c.query("SELECT case_id, title, tracking, search_keys FROM case_lookup WHERE case_id = ANY($1::text[])", list)
            var lookups: [String: CaseLookup] = [:]
            for row in 0..<lookupRows.count {
                lookups[lookupRows.text(row, 0)] = CaseLookup(title: lookupRows.text(row, 1), tracking: lookupRows.string(row, 2),
                                                              searchKeys: lookupRows.text(row, 3).split(separator: " ").map(String.init))
            }
            return (0..<cases.count).map { row in
                let id = cases.text(row, 0)
                return CaseRows(archived: ArchivedCase(
                    id: id, nomor: cases.text(row, 1), judul: cases.text(row, 2), revision: cases.text(row, 3),
                    status: cases.text(row, 4), startedAt: cases.int(row, 5) ?? 0, updatedAt: cases.int(row, 6) ?? 0,
                    lastSequence: cases.integer(row, 7), endedAt: cases.int(row, 8), dueAt: cases.int(row, 9),
                    events: events[id] ?? [], tasks: tasks[id] ?? []), visits: visits[id] ?? [], lookup: lookups[id])
            }
        }
    }

    public func orphanCaseIDs() throws(StoreError) -> [String] {
        try perform { c, _ in
            try c.query("""
                SELECT case_id FROM case_event e WHERE NOT EXISTS (SELECT 1 FROM sop_case c WHERE c.id = e.case_id)
                UNION SELECT case_id FROM case_task t WHERE NOT EXISTS (SELECT 1 FROM sop_case c WHERE c.id = t.case_id)
                UNION SELECT case_id FROM step_visit v WHERE NOT EXISTS (SELECT 1 FROM sop_case c WHERE c.id = v.case_id)
                ORDER BY 1
                """).texts
        }
    }

    public func missingTables() throws(StoreError) -> [String] {
        let present = try perform { c, _ in
            Set(try c.query("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()").texts)
        }
        return (ChainVerifier.verifiedTables + ["case_task", "sop_case_guard", "sop_step_guard"]).filter { !present.contains($0) }
    }

    public func seals() throws(StoreError) -> [ChainSeal] {
        try perform { c, _ in
            let rows = try c.query("SELECT id, sealed_at, heads, digest, mac FROM chain_seal ORDER BY id")
            return (0..<rows.count).map {
                ChainSeal(id: rows.integer($0, 0), sealedAt: rows.int($0, 1) ?? 0, heads: rows.text($0, 2), digest: rows.text($0, 3),
                          mac: rows.text($0, 4))
            }
        }
    }

    public func saveSeal(_ seal: ChainSeal) throws(StoreError) -> Int {
        try perform { c, _ in
            try guardedQuery(c, "INSERT INTO chain_seal (sealed_at, heads, digest, mac) VALUES ($1, $2, $3, $4) RETURNING id",
                        [.int(seal.sealedAt), .text(seal.heads), .text(seal.digest), .text(seal.mac)]).integer(0, 0)
        }
    }
}
