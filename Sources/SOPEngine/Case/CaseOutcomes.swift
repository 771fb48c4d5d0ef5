import Foundation
import SOPCore

/// The outcome each completed case ended with (a decision's labelled exit to the end, or a step's
/// `hasil_akhir`), read from its events: the store's case row keeps only the status `selesai`.
/// Only completed cases are read again, one query each (tester 10, finding 7): `sop cases` and
/// the web desk's lists (a search's answer, `Kasus saya`, the unit's cases), which call it for
/// the rows they show only.
public enum CaseOutcomes {
    public static func of(_ cases: [CaseSummary], in store: CaseStore) -> [CaseID: String] {
        var outcomes: [CaseID: String] = [:]
        for summary in cases where summary.projection.status == .completed && summary.broken.isEmpty {
            guard let events = try? store.events(of: summary.id) else { continue }
            if let outcome = CaseState(id: summary.id, events: events).outcome { outcomes[summary.id] = outcome }
        }
        return outcomes
    }

    /// A listed case's status in words: "selesai: Tidak memenuhi syarat" for a case that ended by
    /// an outcome (`outcomes`, from `of`), else the status word ("selesai", "dibuka", …).
    public static func status(_ summary: CaseSummary, outcomes: [CaseID: String]) -> Localized {
        if summary.projection.status == .completed, let outcome = outcomes[summary.id] {
            return Catalog.DecisionExits.statusEndedBy(outcome)
        }
        return Catalog.Listing.status(summary.projection.status.rawValue)
    }
}
