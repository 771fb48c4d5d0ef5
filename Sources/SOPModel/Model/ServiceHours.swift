import SOPCore

/// Jam layanan: when the unit serves ("Senin-Kamis 08.00-15.30, Jumat 08.00-16.00").
/// Kept in the model for the working-time calendar.
public struct ServiceHours: Sendable, Hashable {
    public enum Weekday: Int, Sendable, CaseIterable, Comparable {
        case senin = 1, selasa, rabu, kamis, jumat, sabtu, minggu

        public var name: String {
            ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][rawValue - 1]
        }

        public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
    }

    /// Opening and closing time in minutes after midnight.
    public struct Interval: Sendable, Hashable {
        public var open: Int
        public var close: Int
        public init(open: Int, close: Int) {
            self.open = open
            self.close = close
        }
    }

    public struct Entry: Sendable, Hashable {
        public var days: [Weekday]
        public var intervals: [Interval]
        public init(days: [Weekday], intervals: [Interval]) {
            self.days = days
            self.intervals = intervals
        }
    }

    /// Every piece as written (one per list item, or the single text).
    public var texts: [Located<String>]
    public var entries: [Entry]
    /// "WIB", "WITA" or "WIT" when written.
    public var timeZone: String?

    public init(texts: [Located<String>], entries: [Entry], timeZone: String?) {
        self.texts = texts
        self.entries = entries
        self.timeZone = timeZone
    }

    /// The intervals on a weekday (empty when closed).
    public func intervals(on day: Weekday) -> [Interval] {
        entries.filter { $0.days.contains(day) }.flatMap(\.intervals)
    }
}

/// Reads "Senin-Kamis 08.00-15.30, Jumat 08.00-16.00", "Senin-Kamis (08.00-15.30 WIB)",
/// "Senin - Jumat 08:00-12:00 13:00-16:00".
public enum ServiceHoursParser {
    public struct Failure: Error, Sendable, Equatable {
        /// The piece that could not be read.
        public let piece: String
    }

    public static func parse(_ texts: [String]) -> Result<(entries: [ServiceHours.Entry], timeZone: String?), Failure> {
        var entries: [ServiceHours.Entry] = []
        var zone: String?
        for text in texts {
            for piece in text.unicodeScalars.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
                let trimmed = Substring(piece).trimmingWhitespace()
                if trimmed.isEmpty { continue }
                guard let (entry, pieceZone) = parseEntry(trimmed) else {
                    return .failure(Failure(piece: trimmed))
                }
                entries.append(entry)
                zone = zone ?? pieceZone
            }
        }
        guard !entries.isEmpty else { return .failure(Failure(piece: texts.joined(separator: ", "))) }
        return .success((entries, zone))
    }

    private static let zones: Set<String> = ["WIB", "WITA", "WIT"]

    /// Words of a piece, split at spaces and parentheses (by scalar: cheap on every file).
    private static func words(_ text: String) -> [String] {
        text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
            .map { String(String.UnicodeScalarView($0)) }
    }

    private static func parseEntry(_ text: String) -> (ServiceHours.Entry, String?)? {
        var words = words(text)
        var zone: String?
        if let last = words.last, zones.contains(last.uppercased()) {
            zone = last.uppercased()
            words.removeLast()
        }
        // Day part: everything before the first word that starts with a digit.
        guard let firstTime = words.firstIndex(where: { $0.unicodeScalars.first.map { ("0"..."9").contains($0) } == true }),
            firstTime > 0
        else {
            return nil
        }
        let dayText = words[..<firstTime].joined(separator: " ")
        guard let days = parseDays(dayText) else { return nil }
        var intervals: [ServiceHours.Interval] = []
        // Join "08.00 - 15.30" written with spaces around the dash.
        let timeWords = words[firstTime...].joined(separator: " ").replacingDashSpacing()
            .unicodeScalars.split(separator: " ").map { String(String.UnicodeScalarView($0)) }
        for word in timeWords {
            if zones.contains(word.uppercased()) {
                zone = word.uppercased()
                continue
            }
            let bounds = word.unicodeScalars.split(whereSeparator: { $0 == "-" || $0 == "–" })
            guard bounds.count == 2, let open = minutes(Substring(bounds[0])), let close = minutes(Substring(bounds[1])),
                open < close
            else {
                return nil
            }
            intervals.append(ServiceHours.Interval(open: open, close: close))
        }
        guard !intervals.isEmpty else { return nil }
        return (ServiceHours.Entry(days: days, intervals: intervals), zone)
    }

    private static func parseDays(_ text: String) -> [ServiceHours.Weekday]? {
        let normalized = text.replacingDashSpacing()
        var days: [ServiceHours.Weekday] = []
        for part in normalized.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "&" })
        where String(String.UnicodeScalarView(part)).lowercased() != "dan" {
            let bounds = part.split(whereSeparator: { $0 == "-" || $0 == "–" })
            if bounds.count == 2, let from = weekday(Substring(bounds[0])), let to = weekday(Substring(bounds[1])),
                from <= to
            {
                days += ServiceHours.Weekday.allCases.filter { $0 >= from && $0 <= to }
            } else if bounds.count == 1, let day = weekday(Substring(bounds[0])) {
                days.append(day)
            } else {
                return nil
            }
        }
        return days.isEmpty ? nil : days
    }

    static func weekday(_ word: Substring) -> ServiceHours.Weekday? {
        switch word.lowercased().replacingOccurrencesOfApostrophes() {
        case "senin": .senin
        case "selasa": .selasa
        case "rabu": .rabu
        case "kamis": .kamis
        case "jumat": .jumat
        case "sabtu": .sabtu
        case "minggu", "ahad": .minggu
        default: nil
        }
    }

    /// "08.00" or "08:00" or "8.00" → minutes after midnight.
    static func minutes(_ text: Substring) -> Int? {
        let parts = text.unicodeScalars.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
            let hours = Int(Substring(parts[0])), let minutes = Int(Substring(parts[1])), (0...24).contains(hours),
            (0..<60).contains(minutes), hours * 60 + minutes <= 24 * 60
        else { return nil }
        return hours * 60 + minutes
    }

    /// "08.30" from minutes after midnight.
    public static func format(_ minutes: Int) -> String {
        let h = String(minutes / 60), m = String(minutes % 60)
        return (h.count < 2 ? "0" + h : h) + "." + (m.count < 2 ? "0" + m : m)
    }
}

extension String {
    /// "Senin - Kamis" → "Senin-Kamis".
    fileprivate func replacingDashSpacing() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar == " " {
                pendingSpace = true
                continue
            }
            if scalar == "-" || scalar == "–" {
                out.append("-")
                pendingSpace = false
                continue
            }
            if pendingSpace, let last = out.last, last != "-" { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    fileprivate func replacingOccurrencesOfApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "'" || $0 == "’" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "'" && $0 != "’" }))
    }
}
