import Foundation
import GRDB
import SOPCore
import SOPEngine

extension SQLiteCaseStore: VerifiableStore {
    public func verificationRows(_ ids: [String]) throws(StoreError) -> [CaseRows] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let list = databaseQuestionMarks(count: ids.count)
            let arguments = StatementArguments(ids)
            let cases = try CaseRecord.fetchAll(db, sql: "SELECT * FROM sop_case WHERE id IN (\(list)) ORDER BY id", arguments: arguments)
            let events = Dictionary(grouping: try EventRecord.fetchAll(
                db, sql: "SELECT * FROM case_event WHERE case_id IN (\(list)) ORDER BY case_id, sequence", arguments: arguments), by: \.case_id)
            let tasks = Dictionary(grouping: try TaskRecord.fetchAll(
                db, sql: "SELECT * FROM case_task WHERE case_id IN (\(list)) ORDER BY step", arguments: arguments), by: \.case_id)
            var visits: [String: [VisitRow]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT case_id, nomor, revision, step, visit, role, started_at, due_at, completed_at, completed_by, used_seconds
                FROM step_visit WHERE case_id IN (\(list))
                """, arguments: arguments)
            while let row = try rows.next() {
                visits[row[0], default: []].append(VisitRow(
                    caseID: CaseID(row[0]), nomor: row[1], revision: row[2], step: row[3], visit: row[4], role: row[5],
                    startedAt: Date(milliseconds: row[6]), due: (row[7] as Int64?).map(Date.init(milliseconds:)),
                    completedAt: (row[8] as Int64?).map(Date.init(milliseconds:)), completedBy: row[9], used: row[10]))
            }
            var lookups: [String: CaseLookup] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT case_id, title, tracking, search_keys FROM case_lookup WHERE case_id IN (\(list))",
                                        arguments: arguments) {
                let keys: String = row[3]
                lookups[row[0]] = CaseLookup(title: row[1], tracking: row[2], searchKeys: keys.split(separator: " ").map(String.init))
            }
            return cases.map { record in
                CaseRows(archived: ArchivedCase(
                    id: record.id, nomor: record.nomor, judul: record.judul, revision: record.revision, status: record.status,
                    startedAt: record.started_at, updatedAt: record.updated_at, lastSequence: record.last_sequence,
                    endedAt: record.ended_at, dueAt: record.due_at, events: (events[record.id] ?? []).map(\.archived),
                    tasks: (tasks[record.id] ?? []).map(\.archived)), visits: visits[record.id] ?? [], lookup: lookups[record.id])
            }
        }
    }

    public func orphanCaseIDs() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT case_id FROM case_event WHERE case_id NOT IN (SELECT id FROM sop_case)
                UNION SELECT case_id FROM case_task WHERE case_id NOT IN (SELECT id FROM sop_case)
                UNION SELECT case_id FROM step_visit WHERE case_id NOT IN (SELECT id FROM sop_case)
                ORDER BY 1
                """)
        }
    }

    public func missingTables() throws(StoreError) -> [String] {
        let present = try read { db in Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) }
        return ChainVerifier.verifiedTables.filter { !present.contains($0) }
    }

    public func seals() throws(StoreError) -> [ChainSeal] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, sealed_at, heads, digest, mac FROM chain_seal ORDER BY id").map {
                ChainSeal(id: $0[0], sealedAt: $0[1], heads: $0[2], digest: $0[3], mac: $0[4])
            }
        }
    }

    public func lastEventHeads() throws(StoreError) -> [ChainSeal.Head] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, e.sequence, e.hash FROM sop_case c
                JOIN case_event e ON e.case_id = c.id AND e.sequence = (SELECT max(sequence) FROM case_event WHERE case_id = c.id)
                ORDER BY c.id
                """).map { ChainSeal.Head(caseID: $0[0], sequence: $0[1], hash: ($0[2] as String?) ?? "") }
        }
    }

    public func saveSeal(_ seal: ChainSeal) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: "INSERT INTO chain_seal (sealed_at, heads, digest, mac) VALUES (?, ?, ?, ?)",
                           arguments: [seal.sealedAt, seal.heads, seal.digest, seal.mac])
            return Int(db.lastInsertedRowID)
        }
    }
}
