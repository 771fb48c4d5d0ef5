import Foundation
import SOPEngine
import SOPStore

/// The cases an operator started or acted in (`OperatorCaseStore`): one statement.
extension PostgresCaseStore: OperatorCaseStore {
    public func cases(actedInBy operatorName: String) throws(StoreError) -> Set<CaseID> {
        try perform { c, _ in
            let rows = try c.query("SELECT DISTINCT case_id FROM case_event WHERE operator = $1", [.text(operatorName)])
            return Set((0..<rows.count).map { CaseID(rows.text($0, 0)) })
        }
    }
}
