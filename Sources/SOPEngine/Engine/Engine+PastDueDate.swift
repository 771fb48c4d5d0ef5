import Foundation
import SOPCore
import SOPModel

/// A date a standard is due by (`waktu_baku: {sampai}`) answered when that day has already
/// passed (tester 24, finding 2): the desk warns before keeping it, since a late registration can
/// be real. Pure: `now` is the time the desk passes in, as for every command.
extension Engine {
    /// The warning for `value` answered to `field`, or nil: the field is no standard's date, the
    /// value is no date, or its day is today or later.
    public func pastDueDate(_ field: FormField, value: String, now: Date) -> Localized? {
        guard field.type.value == .tanggal else { return nil }
        let name = field.name.value
        let timed = graph.steps.filter { $0.mutuBaku.waktu?.dueBy?.dateField.value == name }
        guard !timed.isEmpty, case .success(let normalized) = field.validate(value) else { return nil }
        let parts = normalized.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let today = calendar.localDay(of: now)
        guard WorkCalendar.dayNumber(year: parts[0], month: parts[1], day: parts[2]) < today else { return nil }
        let (year, month, day) = WorkCalendar.civil(ofDay: today)
        let todayText = field.shown(String(format: "%04d-%02d-%02d", year, month, day))
        return Catalog.WaktuFromCase.pastDate(field.shown(normalized), today: todayText,
                                              steps: timed.map { $0.number ?? $0.id.value })
    }
}
