import Foundation
import SOPModel

extension CaseState {
    /// The listing row of this state, with names taken from the SOP the case follows.
    public func projection(sop: SOP) -> CaseProjection? {
        guard let started, let startedAt, let updatedAt else { return nil }
        var projection = CaseProjection(
            nomor: started.nomor, judul: started.judul, revision: started.revision, status: status,
            startedAt: startedAt, updatedAt: updatedAt, lastSequence: lastSequence,
            active: active.map { visit in
                CaseProjection.ActiveEntry(
                    step: visit.step, stepLabel: sop.step(visit.step).map { $0.number ?? $0.id.value } ?? visit.step,
                    visit: visit.visit, role: visit.role, roleName: sop.actor(visit.role)?.name ?? visit.role,
                    startedAt: visit.startedAt, due: visit.due)
            }, endedAt: endedAt, due: started.due)
        projection.lookup = CaseLookup(title: title(sop: sop), tracking: started.tracking, searchKeys: searchKeys(sop: sop))
        return projection
    }
}
