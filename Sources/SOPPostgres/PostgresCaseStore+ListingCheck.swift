import SOPEngine
import SOPStore

/// `ListingCheck` on PostgreSQL: the events that decide each listed row, two statements for the
/// whole listing, inside the listing's own snapshot.
extension PostgresCaseStore {
    /// Refuses the listing when a listed case row or worklist row says otherwise than its events.
    static func checkListing(_ c: PGConnection, cases: [(id: String, status: String, lastSequence: Int)], tasks: [(caseID: CaseID, entry: CaseProjection.ActiveEntry)]) throws {
        let found = try listingBreaks(c, cases: cases, tasks: tasks)
        if !found.isEmpty { throw ListingCheck.refusal(found) }
    }

    /// Every listed row that says otherwise than its events.
    static func listingBreaks(_ c: PGConnection, cases: [(id: String, status: String, lastSequence: Int)], tasks: [(caseID: CaseID, entry: CaseProjection.ActiveEntry)]) throws -> [ChainBreak] {
        let events = "sequence, at, operator, role, step, type, payload, hash"
        let caseRows = try c.query("""
            SELECT (SELECT max(sequence) FROM case_event e WHERE e.case_id = u.id), s.*
            FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n)
            LEFT JOIN LATERAL (SELECT \(events) FROM case_event e WHERE e.case_id = u.id AND e.type = ANY($2::text[])
                               ORDER BY sequence DESC LIMIT 1) s ON true
            ORDER BY u.n
            """, [.array(cases.map(\.id)), .array(ListingCheck.statusTypes)])
        let taskRows = try c.query("""
            SELECT s.* FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(case_id, step, n)
            LEFT JOIN LATERAL (SELECT \(events) FROM case_event e WHERE e.case_id = u.case_id AND e.step = u.step
                               AND e.type = ANY($3::text[]) ORDER BY sequence DESC LIMIT 1) s ON true
            ORDER BY u.n
            """, [.array(tasks.map(\.caseID.rawValue)), .array(tasks.map(\.entry.step)), .array(ListingCheck.stepTypes)])
        func event(_ rows: PGRows, _ row: Int, from column: Int) -> ArchivedEvent? {
            guard rows.int(row, column) != nil else { return nil }
            return ArchivedEvent(sequence: rows.integer(row, column), at: rows.int(row, column + 1) ?? 0,
                                 operatorName: rows.text(row, column + 2), role: rows.string(row, column + 3),
                                 step: rows.string(row, column + 4), type: rows.text(row, column + 5),
                                 payload: rows.text(row, column + 6), hash: rows.string(row, column + 7))
        }
        let listedCases = cases.enumerated().map { index, listed in
            ListingCheck.Case(id: listed.id, status: listed.status, lastSequence: listed.lastSequence,
                              head: caseRows.int(index, 0).map(Int.init), lastStatusEvent: event(caseRows, index, from: 1))
        }
        let listedTasks = tasks.enumerated().map { index, task in
            ListingCheck.Task(caseID: task.caseID.rawValue, step: task.entry.step, visit: task.entry.visit, role: task.entry.role,
                              lastStepEvent: event(taskRows, index, from: 0))
        }
        return ListingCheck.breaks(cases: listedCases, tasks: listedTasks)
    }
}
