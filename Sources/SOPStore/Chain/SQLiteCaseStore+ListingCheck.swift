import GRDB
import SOPEngine

/// `ListingCheck` on SQLite: the events that decide each listed row, read by key inside the
/// listing's own read (one snapshot), a few rows per case.
extension SQLiteCaseStore {
    static let lastStatusSQL = """
        SELECT * FROM case_event WHERE case_id = ? AND type IN (\(ListingCheck.statusTypes.map { "'\($0)'" }.joined(separator: ", ")))
        ORDER BY sequence DESC LIMIT 1
        """
    static let lastStepSQL = """
        SELECT * FROM case_event WHERE case_id = ? AND step = ? AND type IN (\(ListingCheck.stepTypes.map { "'\($0)'" }.joined(separator: ", ")))
        ORDER BY sequence DESC LIMIT 1
        """

    /// Refuses the listing when a listed case row or worklist row says otherwise than its events.
    func checkListing(_ db: Database, cases: [CaseRecord], tasks: [TaskRecord]) throws {
        let found = try listingBreaks(db, cases: cases, tasks: tasks)
        if !found.isEmpty { throw ListingCheck.refusal(found) }
    }

    /// Every listed row that says otherwise than its events.
    func listingBreaks(_ db: Database, cases: [CaseRecord], tasks: [TaskRecord]) throws -> [ChainBreak] {
        let head = try db.cachedStatement(sql: Self.headSQL)
        let lastStatus = try db.cachedStatement(sql: Self.lastStatusSQL)
        let lastStep = try db.cachedStatement(sql: Self.lastStepSQL)
        let listedCases = try cases.map { record in
            ListingCheck.Case(id: record.id, status: record.status, lastSequence: record.last_sequence,
                              head: try Int.fetchOne(head, arguments: [record.id]),
                              lastStatusEvent: try EventRecord.fetchOne(lastStatus, arguments: [record.id])?.archived)
        }
        let listedTasks = try tasks.map { task in
            ListingCheck.Task(caseID: task.case_id, step: task.step, visit: task.visit, role: task.role,
                              lastStepEvent: try EventRecord.fetchOne(lastStep, arguments: [task.case_id, task.step])?.archived)
        }
        return ListingCheck.breaks(cases: listedCases, tasks: listedTasks)
    }
}
