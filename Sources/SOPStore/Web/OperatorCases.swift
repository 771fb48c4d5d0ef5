import Foundation
import GRDB
import SOPCore
import SOPEngine

/// The cases an operator started or acted in: every case holding an event written in their
/// name (the start, an answer, a step finished, a note, a correction, a pause…), for the web
/// desk's own list (/kasus-saya). Found by reading the events' operator column: there is no
/// index on it (every answer would pay for one), so the list costs one pass over the events; it
/// is read when an operator opens the page, never on the answering path.
public protocol OperatorCaseStore: AnyObject {
    /// The ids of the cases with an event by `operatorName`, each once, in no particular order.
    func cases(actedInBy operatorName: String) throws(StoreError) -> Set<CaseID>
}

extension SQLiteCaseStore: OperatorCaseStore {
    public func cases(actedInBy operatorName: String) throws(StoreError) -> Set<CaseID> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT case_id FROM case_event WHERE operator = ?", arguments: [operatorName])
                .map { CaseID($0) })
        }
    }
}
