import Foundation

/// A due date set before a date the case recorded (`waktu_baku: {sampai: tanggal_periode,
/// sebelum: 2 bulan}`, tester 26, finding 1): "paling lambat 2 bulan sebelum periode" is due at
/// the end of the working day two calendar months before the period's date.
extension WorkCalendar {
    /// The end of the service day of `date` ("2027-04-01"), or of the hour `time` recorded, moved
    /// back by `offset`: bulan as calendar months (the day kept, or the month's last day), minggu
    /// and hari as calendar days, hari kerja as working days, menit and jam as elapsed time. A
    /// range counts its larger end (the earlier date). Nil when the date cannot be read.
    public func due(onDate date: String, at time: String?, before offset: WaktuDuration?) -> Date? {
        guard let offset else { return endOfServiceDay(date, at: time) }
        let amount = Int(offset.high.rounded(.up))
        switch offset.unit {
        case .menit, .jam:
            return endOfServiceDay(date, at: time)?.addingTimeInterval(-offset.high * (offset.unit == .jam ? 3600 : 60))
        case .bulan:
            return shifted(date) { day in
                let (year, month, dayOfMonth) = Self.civil(ofDay: day)
                let months = year * 12 + (month - 1) - amount  // months since year 0, from 0
                let newYear = months >= 0 ? months / 12 : (months - 11) / 12
                let newMonth = months - newYear * 12 + 1
                let newDay = min(dayOfMonth, SOPDate.Calendar.daysIn(month: newMonth, year: newYear))
                return Self.dayNumber(year: newYear, month: newMonth, day: newDay)
            }.flatMap { endOfServiceDay($0, at: time) }
        case .hari:
            return shifted(date) { $0 - amount }.flatMap { endOfServiceDay($0, at: time) }
        case .minggu:
            return shifted(date) { $0 - amount * 7 }.flatMap { endOfServiceDay($0, at: time) }
        case .hariKerja:
            return shifted(date) { day in
                var day = day
                var remaining = amount
                var steps = 0
                while remaining > 0, steps < 40_000 {
                    day -= 1
                    steps += 1
                    if isWorkingDay(day) { remaining -= 1 }
                }
                return day
            }.flatMap { endOfServiceDay($0, at: time) }
        }
    }

    /// A date "yyyy-mm-dd" moved to another local day, as "yyyy-mm-dd"; nil when unreadable.
    private func shifted(_ date: String, by move: (Int) -> Int) -> String? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            SOPDate.Calendar.exists(year: year, month: month, day: day)
        else { return nil }
        let (newYear, newMonth, newDay) = Self.civil(ofDay: move(Self.dayNumber(year: year, month: month, day: day)))
        return String(format: "%04d-%02d-%02d", newYear, newMonth, newDay)
    }
}
