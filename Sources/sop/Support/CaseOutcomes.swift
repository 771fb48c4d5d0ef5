import Foundation
import SOPEngine

/// The outcome each completed case ended with (a decision's labelled exit to the end, or a step's
/// `hasil_akhir`), read from its events: the store's case row keeps only the status `selesai`.
/// Only completed cases are read again, one query each (tester 10, finding 7).
enum CaseOutcomes {
    static func of(_ cases: [CaseSummary], in store: CaseStore) -> [CaseID: String] {
        var outcomes: [CaseID: String] = [:]
        for summary in cases where summary.projection.status == .completed && summary.broken.isEmpty {
            guard let events = try? store.events(of: summary.id) else { continue }
            if let outcome = CaseState(id: summary.id, events: events).outcome { outcomes[summary.id] = outcome }
        }
        return outcomes
    }
}
