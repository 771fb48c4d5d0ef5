import SOPCore

/// A date of the identity section as officials write it: a day ("24 Februari 2025",
/// "2025-02-24"), a month ("Maret 2021"), or "-" for never (an SOP never revised).
public struct SOPDate: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case day(year: Int, month: Int, day: Int)
        case month(year: Int, month: Int)
        /// A year alone ("2024"), as some units print it.
        case year(Int)
        /// "-" or empty: printed exactly as written (a blank stays blank).
        case none
    }

    public var text: Located<String>
    public var value: Value

    public init(text: Located<String>, value: Value) {
        self.text = text
        self.value = value
    }

    /// The earliest and latest days the date can mean, as (year, month, day) triples: a month
    /// covers all its days. Nil for "-".
    public var span: (first: DayTriple, last: DayTriple)? {
        switch value {
        case .day(let y, let m, let d): (DayTriple(y, m, d), DayTriple(y, m, d))
        case .month(let y, let m): (DayTriple(y, m, 1), DayTriple(y, m, Calendar.daysIn(month: m, year: y)))
        case .year(let y): (DayTriple(y, 1, 1), DayTriple(y, 12, 31))
        case .none: nil
        }
    }

    /// The date as the unit printed it: every document, screen and log says it so ("02/02/2024",
    /// "Pebruari 2024", "2024", "-", or nothing when the cell is blank).
    public var printed: String { text.value }

    /// A date of the identity as printed; "-" when the key is not written at all.
    public static func printed(_ date: SOPDate?) -> String { date?.printed ?? "-" }


    public struct DayTriple: Sendable, Hashable, Comparable {
        public let year: Int, month: Int, day: Int
        public init(_ year: Int, _ month: Int, _ day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
        public static func < (a: DayTriple, b: DayTriple) -> Bool {
            (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
    }

    public enum Calendar {
        public static func isLeap(_ year: Int) -> Bool {
            (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }

        public static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: isLeap(year) ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        public static func exists(year: Int, month: Int, day: Int) -> Bool {
            (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
        }
    }

    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// The date in the official style ("24 Februari 2025", "Maret 2021", "-").
    public var formatted: String {
        switch value {
        case .day(let y, let m, let d): "\(d) \(SOPDate.monthNames[m - 1]) \(y)"
        case .month(let y, let m): "\(SOPDate.monthNames[m - 1]) \(y)"
        case .year(let y): "\(y)"
        case .none: "-"
        }
    }
}

public enum SOPDateParser {
    public enum Failure: Error, Sendable, Equatable {
        case unreadable
        /// Read, but no such day exists ("30 Februari 2025").
        case nonexistent(year: Int, month: Int, day: Int)
    }

    public static func parse(_ text: String) -> Result<SOPDate.Value, Failure> {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.allSatisfy({ $0 == "-" || $0 == "–" || $0 == "—" }) {
            return .success(.none)
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.count == 1 {
            if let year = year(trimmed) { return .success(.year(year)) }
            if trimmed.contains("/") || (trimmed.split(separator: "-").first?.count ?? 0) <= 2 {
                return parseDayFirst(trimmed)
            }
            return parseISO(trimmed)
        }
        if words.count == 2, let month = month(words[0]), let year = year(words[1]) {
            return .success(.month(year: year, month: month))
        }
        if words.count == 3, let day = Int(words[0]), let month = month(words[1]), let year = year(words[2]) {
            guard SOPDate.Calendar.exists(year: year, month: month, day: day) else {
                return .failure(.nonexistent(year: year, month: month, day: day))
            }
            return .success(.day(year: year, month: month, day: day))
        }
        return noted(trimmed) ?? .failure(.unreadable)
    }

    /// A date followed by a bracketed note, as printed ("14 Juli 2025 (Revisi ke-1)": tester 25,
    /// finding 2): the date before the note, the whole kept as the printed text; nil when the
    /// text is not so, or what stands before the note is no date.
    private static func noted(_ text: String) -> Result<SOPDate.Value, Failure>? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let date = text[..<open].trimmingWhitespace()
        guard !date.contains("("), !date.contains(")") else { return nil }
        let read = parse(date)
        if case .success(.none) = read { return nil }
        return read
    }

    /// "2025-02-24" or "2025-02".
    private static func parseISO(_ text: String) -> Result<SOPDate.Value, Failure> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return .failure(.unreadable) }
        guard parts.count == 3 else { return .success(.month(year: year, month: month)) }
        guard let day = Int(parts[2]) else { return .failure(.unreadable) }
        guard SOPDate.Calendar.exists(year: year, month: month, day: day) else {
            return .failure(.nonexistent(year: year, month: month, day: day))
        }
        return .success(.day(year: year, month: month, day: day))
    }

    /// "02-02-2024", "02/02/2024", "2/2/2024": day, month, year.
    private static func parseDayFirst(_ text: String) -> Result<SOPDate.Value, Failure> {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = year(parts[2])
        else { return .failure(.unreadable) }
        guard SOPDate.Calendar.exists(year: year, month: month, day: day) else {
            return .failure(.nonexistent(year: year, month: month, day: day))
        }
        return .success(.day(year: year, month: month, day: day))
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word) else { return nil }
        return value
    }

    /// Bahasa month names, their common short forms, and English names.
    static func month(_ word: String) -> Int? {
        let lower = word.lowercased().trimmingCharacters(in: ["."])
        if let index = SOPDate.monthNames.firstIndex(where: { $0.lowercased() == lower }) { return index + 1 }
        return monthAliases[lower]
    }

    private static let monthAliases: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "pebruari": 2, "february": 2, "mar": 3, "march": 3,
        "apr": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "agu": 8, "agt": 8,
        "ags": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "october": 10,
        "nov": 11, "nop": 11, "nopember": 11, "des": 12, "dec": 12, "december": 12,
    ]
}

extension String {
    func trimmingCharacters(in characters: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
