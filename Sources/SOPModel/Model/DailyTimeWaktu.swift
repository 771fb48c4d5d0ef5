import Foundation
import SOPCore

/// A step done at a set hour of every working day (tester 28, F2/F9): "Setiap hari kerja pukul
/// 14.00" (a collective print run), or `waktu_baku: {pukul: "14.00"}` beside any printed text.
/// Due at the next such hour from the step's start: today's 14.00 when the step starts before
/// it on a working day, else 14.00 of the next working day.
public struct DailyTimeWaktu: Sendable, Equatable {
    public var hour: Int
    public var minute: Int
    /// "setiap hari kerja" (and `waktu_baku: {pukul}`): working days only; "setiap hari": every day.
    public var workingDaysOnly: Bool

    public init(hour: Int, minute: Int, workingDaysOnly: Bool = true) {
        self.hour = hour
        self.minute = minute
        self.workingDaysOnly = workingDaysOnly
    }

    /// "14.00", "14:00", "9.30", "14.00 WIB": an hour of the day; nil for anything else.
    public static func clock(_ text: String) -> (hour: Int, minute: Int)? {
        var typed = text.trimmingWhitespace().lowercased()
        for zone in [" wib", " wita", " wit"] where typed.hasSuffix(zone) { typed = String(typed.dropLast(zone.count)) }
        let parts = typed.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return (hour, minute)
    }

    /// The printed cell read as a daily hour: "Setiap hari kerja pukul 14.00", "Tiap hari kerja,
    /// pukul 14.00 WIB", "Pukul 14.00 setiap hari kerja", "Setiap hari pukul 10.00". Nil for any
    /// other text (a duration, a range of hours, a weekday).
    public static func read(_ text: String) -> DailyTimeWaktu? {
        let words = text.lowercased().replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        func every(_ at: Int) -> (Bool, Int)? {  // "setiap hari [kerja]" from `at`: working days?, words used
            guard words.count > at + 1, ["setiap", "tiap"].contains(words[at]), words[at + 1] == "hari" else { return nil }
            return words.count > at + 2 && words[at + 2] == "kerja" ? (true, 3) : (false, 2)
        }
        func hour(_ at: Int) -> ((hour: Int, minute: Int), Int)? {  // "pukul 14.00 [wib]" from `at`
            guard words.count > at + 1, ["pukul", "jam"].contains(words[at]), let clock = clock(words[at + 1]) else { return nil }
            return words.count > at + 2 && ["wib", "wita", "wit"].contains(words[at + 2]) ? (clock, 3) : (clock, 2)
        }
        if let (working, used) = every(0), let (clock, rest) = hour(used), used + rest == words.count {
            return DailyTimeWaktu(hour: clock.hour, minute: clock.minute, workingDaysOnly: working)
        }
        if let (clock, used) = hour(0), let (working, rest) = every(used), used + rest == words.count {
            return DailyTimeWaktu(hour: clock.hour, minute: clock.minute, workingDaysOnly: working)
        }
        return nil
    }

    /// "14.00" as the desk prints an hour.
    public var clockText: String { String(format: "%02d.%02d", hour, minute) }
}

extension WorkCalendar {
    /// The next instant after `start` at the hour of `daily`, on a working day when it says so.
    public func due(after start: Date, daily: DailyTimeWaktu) -> Date {
        var (day, second) = local(start)
        let at = daily.hour * 3600 + daily.minute * 60
        if second >= at { day += 1 }
        for _ in 0..<4000 where daily.workingDaysOnly && !isWorkingDay(day) { day += 1 }
        return instant(day: day, second: at, reference: start)
    }
}
