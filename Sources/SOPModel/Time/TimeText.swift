import Foundation
import SOPCore

/// Times and durations as people at the desk read them: "09.05 WIB", "30-11-2026 09.05 WIB",
/// "1 jam 5 menit", "2 hari 3 jam".
public struct TimeText: Sendable {
    public var language: Language
    public var timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone = WorkCalendar.jakarta) {
        self.language = language
        self.timeZone = timeZone
    }

    /// WIB, WITA or WIT for Indonesia's zones; the offset otherwise.
    public var zoneName: String {
        switch timeZone.secondsFromGMT() {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        default: "UTC" + (timeZone.secondsFromGMT() >= 0 ? "+" : "") + String(timeZone.secondsFromGMT() / 3600)
        }
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public func clock(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return two(parts.hour ?? 0) + "." + two(parts.minute ?? 0)
    }

    public func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return two(parts.day ?? 0) + "-" + two(parts.month ?? 0) + "-" + String(parts.year ?? 0)
    }

    /// "30-11-2026 09.05 WIB"; today's date is left out when `reference` is the same day.
    public func dateTime(_ date: Date, reference: Date? = nil) -> String {
        if let reference, day(reference) == day(date) { return clock(date) + " " + zoneName }
        return day(date) + " " + clock(date) + " " + zoneName
    }

    /// A duration, rounded to the minute: "kurang dari 1 menit", "4 menit", "1 jam 5 menit",
    /// "2 hari 3 jam".
    public func duration(_ seconds: TimeInterval) -> String {
        let en = language == .en
        let minutes = Int((abs(seconds) / 60).rounded(.down))
        if minutes < 1 { return en ? "under 1 min" : "kurang dari 1 menit" }
        let days = minutes / 1440, hours = (minutes % 1440) / 60, rest = minutes % 60
        var parts: [String] = []
        if days > 0 { parts.append(en ? "\(days) d" : "\(days) hari") }
        if hours > 0 { parts.append(en ? "\(hours) h" : "\(hours) jam") }
        if rest > 0, days == 0 { parts.append(en ? "\(rest) min" : "\(rest) menit") }
        return parts.joined(separator: " ")
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
