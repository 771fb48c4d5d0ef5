import Foundation

/// All time arithmetic of the tool lives here: when a step falls due, and how it compares.
///
/// Today's rules: menit and jam count elapsed time; hari, minggu, bulan and "x 24 jam" count
/// calendar time; hari kerja counts whole working days Monday to Friday, falling due at the
/// same time of day. Service hours and holidays come with the calendar (a later issue) and
/// will change only this file.
public struct TimeRules: Sendable {
    public var timeZone: TimeZone
    /// Working weekdays in Foundation's numbering (1 = Sunday … 7 = Saturday).
    public var workingWeekdays: Set<Int>

    public init(timeZone: TimeZone = TimeRules.jakarta, workingWeekdays: Set<Int> = [2, 3, 4, 5, 6]) {
        self.timeZone = timeZone
        self.workingWeekdays = workingWeekdays
    }

    public static let jakarta = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    public static let standard = TimeRules()

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// When a step started at `start` with this waktu falls due. A range falls due at its upper end.
    public func due(from start: Date, waktu: WaktuDuration) -> Date {
        let amount = waktu.high
        switch waktu.unit {
        case .menit:
            return start.addingTimeInterval(amount * 60)
        case .jam:
            return start.addingTimeInterval(amount * 3600)
        case .hari:
            return addCalendarDays(amount, to: start)
        case .minggu:
            return addCalendarDays(amount * 7, to: start)
        case .bulan:
            let months = Int(amount.rounded(.up))
            return calendar.date(byAdding: .month, value: months, to: start) ?? start
        case .hariKerja:
            return addWorkingDays(amount, to: start)
        }
    }

    public func isWorkingDay(_ date: Date) -> Bool {
        workingWeekdays.contains(calendar.component(.weekday, from: date))
    }

    private func addCalendarDays(_ days: Double, to start: Date) -> Date {
        let whole = Int(days.rounded(.down))
        let date = calendar.date(byAdding: .day, value: whole, to: start) ?? start
        return date.addingTimeInterval((days - Double(whole)) * 86_400)
    }

    /// Steps forward one calendar day at a time, counting working days only; the due time keeps
    /// the start's time of day. A fraction of a working day counts as that share of 24 hours.
    private func addWorkingDays(_ days: Double, to start: Date) -> Date {
        var remaining = Int(days.rounded(.down))
        var date = start
        while remaining > 0 {
            date = calendar.date(byAdding: .day, value: 1, to: date) ?? date
            if isWorkingDay(date) { remaining -= 1 }
        }
        return date.addingTimeInterval((days - days.rounded(.down)) * 86_400)
    }
}
