import Foundation
import GRDB
import SOPEngine

/// Keeps `step_visit` in step with the events being written, in the same transaction: reports
/// read these rows instead of folding every case's log.
enum VisitProjector {
    static func apply(_ events: [CaseEvent], to id: CaseID, nomor: String, revision: String, db: Database) throws {
        for event in events {
            switch event.kind {
            case .stepStarted(let payload):
                try db.cachedStatement(sql: """
                    INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [id.rawValue, payload.step, payload.visit, nomor, revision, payload.role,
                                             event.at.milliseconds, payload.due?.milliseconds])
            case .stepCompleted(let payload):
                try db.cachedStatement(sql: """
                    UPDATE step_visit SET completed_at = ?, completed_by = ?, used_seconds = ?
                    WHERE case_id = ? AND step = ? AND visit = ?
                    """).execute(arguments: [event.at.milliseconds, event.operatorName, payload.used, id.rawValue,
                                             payload.step, payload.visit])
            default:
                break
            }
        }
    }
}
