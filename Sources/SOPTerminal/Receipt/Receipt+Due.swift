import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The due time a receipt prints, and how it was counted (issue 10, finding 7 of the sixth
/// outside test): `sop receipt` and the web's receipt page make it here, with the due time of
/// `Engine.caseDue` (the one function `sop status` and the status page use too).
extension Receipt {
    /// How days and hours were counted without a working calendar (README: "Without a calendar
    /// file: Monday–Friday, no holidays, and menit and jam count elapsed time").
    public enum DueCounting: Sendable, Equatable {
        /// No calendar and no service hours: hari kerja Monday–Friday, the rest elapsed time.
        case withoutCalendar
        /// No calendar, the SOP's own service hours (`jam_layanan`): only holidays are unknown.
        case withoutHolidays

        var note: Localized {
            switch self {
            case .withoutCalendar: Catalog.Receipt.receiptWithoutCalendar
            case .withoutHolidays: Catalog.Receipt.receiptWithoutHolidays
            }
        }
    }

    /// The receipt of a case with its due time as the clock stands (`now`), counted on the unit's
    /// calendar (`calendar`, before the SOP's own service hours are applied).
    public static func make(state: CaseState, sop: SOP, tracking: String?, calendar: WorkCalendar,
                            now: Date) -> Result<Receipt, Failure> {
        let engine = Engine(sop: sop, calendar: calendar)
        let promise = engine.servicePromise(in: state, now: now)
        return make(state: state, sop: sop, tracking: tracking, due: promise.due).map { made in
            var receipt = made
            // Time outside the service limit (`di_luar_batas_layanan`) still running or to come:
            // the date is the least it can be, and says what is added (tester 29, F1).
            receipt.dueAdded = promise.added
            // A file the receipt row sent back as incomplete: no completion promise (F5).
            if engine.fileReturned(in: state) {
                receipt.returned = true
                receipt.kind = .provisional
                receipt.due = nil
                receipt.dueAdded = []
            }
            if calendar.name == nil, calendar.hours == nil, calendar.holidays.isEmpty, made.due != nil, made.finishedAt == nil, made.cancelledAt == nil {
                // Hours that serve on holidays leave nothing unknown.
                receipt.dueCounting = engine.calendar.hours == nil ? .withoutCalendar
                    : engine.calendar.servesHolidays ? nil : .withoutHolidays
            }
            return receipt
        }
    }
}
