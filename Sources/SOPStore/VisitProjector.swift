import Foundation
import GRDB
import SOPEngine

/// Keeps `step_visit` in step with the events being written, in the same transaction: reports
/// read these rows instead of folding every case's log.
enum VisitProjector {
    static let startedSQL = """
        INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let completedSQL = """
        UPDATE step_visit SET completed_at = ?, completed_by = ?, used_seconds = ?
        WHERE case_id = ? AND step = ? AND visit = ?
        """

    /// `statements`: the store's kept statements (an answer), else GRDB's cache (a migration, a copy).
    static func apply(_ events: [CaseEvent], to id: CaseID, nomor: String, revision: String, statements: HotStatements? = nil,
                      db: Database) throws {
        try apply(VisitChange.changes(of: events, caseID: id, nomor: nomor, revision: revision), to: id, nomor: nomor,
                  revision: revision, statements: statements, db: db)
    }

    /// The changes already worked out from the events (an answer: the role check keeps them too).
    static func apply(_ changes: [VisitChange], to id: CaseID, nomor: String, revision: String, statements: HotStatements? = nil,
                      db: Database) throws {
        func statement(_ sql: HotStatements.SQL) throws -> Statement {
            try statements?.statement(sql, db) ?? db.cachedStatement(sql: sql.text)
        }
        for change in changes {
            switch change {
            case .started(let row, _):
                try RawStatement.run(statement(.visitStarted), [
                    .text(id.rawValue), .text(row.step), .int(row.visit), .text(nomor), .text(revision), .text(row.role),
                    .int(row.startedAt.milliseconds), .int(row.due?.milliseconds),
                ], db: db)
            case .completed(let step, let visit, let at, let by, let used):
                try RawStatement.run(statement(.visitCompleted), [
                    .int(at.milliseconds), .text(by), .double(used), .text(id.rawValue), .text(step), .int(visit),
                ], db: db)
            }
        }
    }
}
