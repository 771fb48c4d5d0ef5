import Foundation
import SOPModel

/// The whole case's due time as the clock stands: on its way, the longest path from the steps in
/// hand; once ended, the due time set at its start (the longest path from its first step)
/// moved on by every span the case stood paused with the clock stopped, as each step's due time
/// is (`due(of:in:now:)`). An SOP with a service standard (`kasus: batas_layanan`) keeps the
/// due time set at the start on the way too: the public promise does not move as rows finish
/// early; the time the case spends in a row outside it (`di_luar_batas_layanan`) moves it on,
/// as a pause does. A receipt, `sop status` and `sop case` print this one.
extension Engine {
    public func caseDue(in state: CaseState, now: Date) -> Date? {
        let standard = sop.caseSettings.serviceStandard
        // A case on its way: the longest single path from the steps in hand (`Engine+PathDue`).
        if standard == nil, state.status == .open || state.status == .paused, !state.active.isEmpty {
            return pathDue(in: state, now: now)
        }
        guard var due = state.started?.due, let start = state.startedAt else { return nil }
        let total = standard.map(\.total) ?? facts.totalWaktu
        // Service time when the sum counts working time and the calendar knows the hours.
        let service = calendar.hours != nil
            && (total.parts[.workingMinutes] != nil || total.parts[.workingDays] != nil)
        // The clock's stopped spans, and with a service limit the time spent in rows outside it
        // (`di_luar_batas_layanan`, `Engine+ServiceLimit`), each moment counted once.
        let until = state.endedAt ?? now
        // Time outside the limit is added even to a promise already past (the applicant's time
        // is never the office's); a pause only before the promise falls due.
        for (span, outside) in Self.merged(stoppedSpans(in: state, until: until), outsideSpans(in: state, until: until))
        where span.end > start && (outside || span.start < due) {
            let from = max(span.start, start)
            due = service ? calendar.addServiceSeconds(calendar.serviceSeconds(from: from, to: span.end), to: due)
                : due.addingTimeInterval(span.end.timeIntervalSince(from))
        }
        return due
    }
}
