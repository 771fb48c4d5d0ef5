import Foundation

/// All time arithmetic of the tool: when a step falls due, and how much of its standard it
/// used. The rules, as the office means them:
///
/// - **menit, jam** count service time: only minutes inside the service hours of working days.
///   A step started after closing starts counting at the next opening; "1 jam" started Friday
///   15.20 with Friday closing at 16.00 falls due Monday 08.20. An SOP can ask for elapsed time
///   instead ("2 jam kalender"). Without service hours (no calendar file and no `jam_layanan`),
///   menit and jam count elapsed time.
/// - **hari kerja** counts whole working days: the due time is the same time of day on the Nth
///   working day after the start (never "N × 24 working hours"). A start outside service hours
///   counts from the next opening; a due time that falls after that day's closing is the closing,
///   one in a break is the end of the break.
/// - **hari, minggu, x 24 jam** count calendar time; **bulan** calendar months.
/// - Working days are weekdays with service hours (Monday–Friday without them) that are neither
///   national holidays (libur nasional) nor collective leave (cuti bersama), unless the service
///   hours in force say the unit serves on holidays too ("24 jam setiap hari, termasuk hari
///   libur": then a holiday is a day like its weekday).
///
/// Local time uses the calendar's zone (WIB, WITA or WIT: fixed offsets, no daylight saving).
public struct WorkCalendar: Sendable {
    public struct Holiday: Sendable, Hashable {
        public enum Kind: String, Sendable { case liburNasional = "libur nasional", cutiBersama = "cuti bersama" }
        public var day: Int
        public var name: String
        public var kind: Kind

        public init(day: Int, name: String, kind: Kind) {
            self.day = day
            self.name = name
            self.kind = kind
        }
    }

    public var name: String?
    public var timeZone: TimeZone
    /// Service intervals per weekday, minutes after midnight; nil when no service hours are known.
    public private(set) var hours: [ServiceHours.Weekday: [ServiceHours.Interval]]?
    /// By local day number (days since 1970-01-01).
    public private(set) var holidays: [Int: Holiday]
    /// The service hours in force say "termasuk hari libur": holidays do not stop the clock.
    public private(set) var servesHolidays: Bool

    public init(name: String? = nil, timeZone: TimeZone = WorkCalendar.jakarta, hours: ServiceHours? = nil,
                holidays: [Holiday] = []) {
        self.name = name
        self.timeZone = timeZone
        self.hours = hours.map(Self.table)
        self.servesHolidays = hours?.holidays == .served
        self.holidays = Dictionary(holidays.map { ($0.day, $0) }) { first, _ in first }
    }

    public static let jakarta = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    /// Monday to Friday, no holidays, no service hours: what applies without a calendar file.
    public static let standard = WorkCalendar()

    /// The same calendar with an SOP's own service hours (`jam_layanan`), when it names them.
    public func serving(_ serviceHours: ServiceHours?) -> WorkCalendar {
        guard let serviceHours, !serviceHours.entries.isEmpty else { return self }
        var copy = self
        copy.hours = Self.table(serviceHours)
        copy.servesHolidays = serviceHours.holidays == .served
        return copy
    }

    /// Whether the clock never stops: service hours of every day from 00.00 to 24.00, holidays
    /// served ("24 jam setiap hari, termasuk hari libur"). Then no time is outside service hours.
    public var roundTheClock: Bool {
        guard servesHolidays, let hours else { return false }
        return ServiceHours.Weekday.allCases.allSatisfy { day in
            hours[day].map { $0.contains { $0.open <= 0 && $0.close >= 24 * 60 } } ?? false
        }
    }

    private static func table(_ serviceHours: ServiceHours) -> [ServiceHours.Weekday: [ServiceHours.Interval]] {
        var table: [ServiceHours.Weekday: [ServiceHours.Interval]] = [:]
        for entry in serviceHours.entries {
            for day in entry.days { table[day, default: []] += entry.intervals }
        }
        return table.mapValues { $0.sorted { $0.open < $1.open } }
    }

    // MARK: Days

    private func offset(_ date: Date) -> Int { timeZone.secondsFromGMT(for: date) }

    /// The local day number and second of the day of an instant.
    func local(_ date: Date) -> (day: Int, second: Int) {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down)) + offset(date)
        let day = Int((Double(seconds) / 86_400).rounded(.down))
        return (day, seconds - day * 86_400)
    }

    /// The unit's local day number of an instant (`dayNumber(year:month:day:)`'s numbering).
    public func localDay(of date: Date) -> Int { local(date).day }

    /// The instant of a local day and second (plus the fraction of a second of `fraction`).
    func instant(day: Int, second: Int, reference: Date) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day * 86_400 + second - offset(reference)))
    }

    /// 1970-01-01 was a Thursday.
    public static func weekday(ofDay day: Int) -> ServiceHours.Weekday {
        let index = ((day + 3) % 7 + 7) % 7  // 0 = Monday
        return ServiceHours.Weekday(rawValue: index + 1)!
    }

    public func isWorkingDay(_ day: Int) -> Bool {
        if holidays[day] != nil, !servesHolidays { return false }
        let weekday = Self.weekday(ofDay: day)
        guard let hours else { return weekday.rawValue <= 5 }
        return !(hours[weekday] ?? []).isEmpty
    }

    /// Service intervals of a day in seconds; the whole day for a working day without hours.
    func intervals(ofDay day: Int) -> [(open: Int, close: Int)] {
        guard isWorkingDay(day) else { return [] }
        guard let hours else { return [(0, 86_400)] }
        return (hours[Self.weekday(ofDay: day)] ?? []).map { ($0.open * 60, $0.close * 60) }
    }

    /// Whether the calendar has any working time at all (else nothing can fall due in it).
    public var hasWorkingTime: Bool {
        guard let hours else { return true }
        return hours.values.contains { !$0.isEmpty }
    }

    /// The first instant at or after `date` that lies inside service time.
    public func nextServiceInstant(_ date: Date) -> Date {
        guard hasWorkingTime else { return date }
        var (day, second) = local(date)
        for _ in 0..<4000 {
            for interval in intervals(ofDay: day) where second < interval.close {
                return second >= interval.open ? date : instant(day: day, second: interval.open, reference: date)
            }
            day += 1
            second = 0
        }
        return date
    }

    // MARK: Due times

    /// When a step started at `start` with this waktu falls due (a range: its upper end).
    public func due(from start: Date, waktu: WaktuDuration) -> Date {
        let amount = waktu.high
        switch (waktu.unit, waktu.basis) {
        case (.menit, .working) where hours != nil:
            return addServiceSeconds(amount * 60, to: start)
        case (.jam, .working) where hours != nil:
            return addServiceSeconds(amount * 3600, to: start)
        case (.menit, _):
            return start.addingTimeInterval(amount * 60)
        case (.jam, _):
            return start.addingTimeInterval(amount * 3600)
        case (.hari, _):
            return start.addingTimeInterval(amount * 86_400)
        case (.minggu, _):
            return start.addingTimeInterval(amount * 7 * 86_400)
        case (.bulan, _):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return calendar.date(byAdding: .month, value: Int(amount.rounded(.up)), to: start) ?? start
        case (.hariKerja, _):
            return addWorkingDays(amount, to: start)
        }
    }

    /// The end of a recorded date's service day (`2026-12-09`, as a `tanggal` field stores it):
    /// its last service interval's close, midnight for a day without hours or not worked; or the
    /// hour recorded beside it ("09.00", "9:30"). Nil for a text that is not such a date.
    public func endOfServiceDay(_ date: String, at time: String?) -> Date? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            SOPDate.Calendar.exists(year: year, month: month, day: day)
        else { return nil }
        let number = Self.dayNumber(year: year, month: month, day: day)
        var second = intervals(ofDay: number).last?.close ?? 86_400
        if let time {
            let clock = time.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "." || $0 == ":" })
            if clock.count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]), (0..<24).contains(hour), (0..<60).contains(minute) {
                second = hour * 3600 + minute * 60
            }
        }
        let noon = Date(timeIntervalSince1970: TimeInterval(number * 86_400 + 43_200))
        return instant(day: number, second: second, reference: noon)
    }

    /// Walks service time forward: the instant when `seconds` of it have passed since `start`.
    public func addServiceSeconds(_ seconds: Double, to start: Date) -> Date {
        guard seconds > 0, hasWorkingTime else { return start }
        var remaining = seconds
        var (day, second) = local(start)
        let fraction = start.timeIntervalSince1970 - start.timeIntervalSince1970.rounded(.down)
        var carry = fraction
        for _ in 0..<40_000 {
            for interval in intervals(ofDay: day) where second < interval.close {
                let begin = max(interval.open, second)
                let available = Double(interval.close - begin) - (begin == second ? carry : 0)
                if remaining <= available {
                    return instant(day: day, second: begin, reference: start)
                        .addingTimeInterval((begin == second ? carry : 0) + remaining)
                }
                remaining -= available
                carry = 0
                second = interval.close
            }
            day += 1
            second = 0
            carry = 0
        }
        return start
    }

    /// Whole working days: the same time of day on the Nth working day after the start, kept
    /// inside that day's service hours. A fraction of a day adds that share of the day's service time.
    public func addWorkingDays(_ days: Double, to start: Date) -> Date {
        guard hasWorkingTime else { return start }
        let from = nextServiceInstant(start)
        var (day, second) = local(from)
        var remaining = Int(days.rounded(.down))
        var guardCount = 0
        while remaining > 0, guardCount < 40_000 {
            day += 1
            guardCount += 1
            if isWorkingDay(day) { remaining -= 1 }
        }
        let intervals = intervals(ofDay: day)
        var clock = second
        if let containing = intervals.first(where: { clock < $0.close }) {
            clock = max(clock, containing.open)
        } else if let last = intervals.last {
            clock = last.close
        }
        let whole = instant(day: day, second: clock, reference: from)
            .addingTimeInterval(from.timeIntervalSince1970 - from.timeIntervalSince1970.rounded(.down))
        let fraction = days - days.rounded(.down)
        guard fraction > 0 else { return whole }
        let dayLength = intervals.reduce(0) { $0 + $1.close - $1.open }
        return addServiceSeconds(fraction * Double(dayLength), to: whole)
    }

    /// When a whole case falls due: each kind of time of the SOP's total waktu added in turn
    /// from the start (service minutes, calendar time, working days, months).
    public func due(from start: Date, total: WaktuTotal) -> Date {
        var due = start
        for part in WaktuTotal.Part.allCases {
            guard let amount = total.parts[part]?.upperBound else { continue }
            switch part {
            case .workingMinutes: due = self.due(from: due, waktu: WaktuDuration(low: amount, unit: .menit))
            case .calendarMinutes: due = due.addingTimeInterval(amount * 60)
            case .calendarDays: due = due.addingTimeInterval(amount * 86_400)
            case .workingDays: due = addWorkingDays(amount, to: due)
            case .months: due = self.due(from: due, waktu: WaktuDuration(low: amount, unit: .bulan))
            }
        }
        return due
    }

    // MARK: Time used

    /// Seconds of service time between two instants (all of a working day without hours).
    public func serviceSeconds(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        let (firstDay, _) = local(start)
        let (lastDay, _) = local(end)
        var total = 0.0
        var day = firstDay
        while day <= lastDay {
            for interval in intervals(ofDay: day) {
                let open = instant(day: day, second: interval.open, reference: start)
                let close = instant(day: day, second: interval.close, reference: start)
                let overlap = min(close, end).timeIntervalSince(max(open, start))
                if overlap > 0 { total += overlap }
            }
            day += 1
        }
        return total
    }

    /// How much of its standard a step used, on the standard's own clock: service time for
    /// working-time units (menit, jam, hari kerja), elapsed time for calendar units.
    public func used(from start: Date, to end: Date, waktu: WaktuDuration) -> TimeInterval {
        switch (waktu.unit, waktu.basis) {
        case (.menit, .working), (.jam, .working):
            return hours == nil ? end.timeIntervalSince(start) : serviceSeconds(from: start, to: end)
        case (.hariKerja, _):
            return serviceSeconds(from: start, to: end)
        default:
            return end.timeIntervalSince(start)
        }
    }

    /// The average service seconds of a working day: to express service time in working days.
    public var workingDayLength: TimeInterval {
        guard let hours else { return 86_400 }
        let days = hours.values.filter { !$0.isEmpty }
        guard !days.isEmpty else { return 86_400 }
        let total = days.reduce(0) { sum, intervals in sum + intervals.reduce(0) { $0 + ($1.close - $1.open) * 60 } }
        return TimeInterval(total) / TimeInterval(days.count)
    }

    // MARK: Civil dates

    /// The local day number of a civil date (proleptic Gregorian).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civil(ofDay number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The holiday on the local day of an instant, if any.
    public func holiday(on date: Date) -> Holiday? { holidays[local(date).day] }

    /// Years the calendar lists holidays for.
    public var holidayYears: Set<Int> { Set(holidays.keys.map { Self.civil(ofDay: $0).year }) }
}
