import Foundation
import SOPModel

extension Engine {
    /// The due time of a visit whose standard is a date answered at the step itself
    /// (`waktu_baku: {sampai: tmt_periode, sebelum: 2 bulan}` on the row that records
    /// `tmt_periode`, tester 26, finding 1): unknown when the visit started, known once the date
    /// is answered; nil until then, and for any other standard.
    func dueOnceAnswered(_ visit: StepVisit, in state: CaseState) -> Date? {
        guard let step = self.step(visit.step), timing(of: step.id.value)?.waktu.dueBy != nil else { return nil }
        return standard(of: step, startingAt: rowStart(of: visit), in: state, current: visit)?.dueAt
    }
}
