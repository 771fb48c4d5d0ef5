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

    /// What the hours say of the calendar's holidays (libur nasional, cuti bersama).
    public enum Holidays: Sendable, Hashable {
        /// Nothing said: the holidays stop the clock (closed), as on an office's calendar.
        case unstated
        /// "termasuk hari libur": the unit serves on holidays too, at these hours; the holiday
        /// list does not stop its clock (a 24/7 Pusdalops, tester 32 F1).
        case served
        /// "kecuali hari libur", "tidak termasuk hari libur": closed on holidays, said outright.
        case closed
    }

    /// Every piece as written (one per list item, or the single text).
    public var texts: [Located<String>]
    public var entries: [Entry]
    /// "WIB", "WITA" or "WIT" when written.
    public var timeZone: String?
    public var holidays: Holidays

    public init(texts: [Located<String>], entries: [Entry], timeZone: String?, holidays: Holidays = .unstated) {
        self.texts = texts
        self.entries = entries
        self.timeZone = timeZone
        self.holidays = holidays
    }

    /// Whether the hours cover all seven days of the week.
    public var everyDay: Bool {
        Set(entries.flatMap(\.days)).count == ServiceHours.Weekday.allCases.count
    }

    /// The intervals on a weekday (empty when closed).
    public func intervals(on day: Weekday) -> [Interval] {
        entries.filter { $0.days.contains(day) }.flatMap(\.intervals)
    }
}

/// Reads "Senin-Kamis 08.00-15.30, Jumat 08.00-16.00", "Senin-Kamis (08.00-15.30 WIB)",
/// "Senin - Jumat 08:00-12:00 13:00-16:00", and a 24-hour unit's printed sentence: "24 jam",
/// "24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)",
/// "Setiap hari 00.00-24.00 kecuali hari libur" (tester 32 F1, F2).
public enum ServiceHoursParser {
    public struct Failure: Error, Sendable, Equatable {
        /// The piece that could not be read.
        public let piece: String
    }

    public typealias Parsed = (entries: [ServiceHours.Entry], timeZone: String?, holidays: ServiceHours.Holidays)

    public static func parse(_ texts: [String]) -> Result<Parsed, Failure> {
        var entries: [ServiceHours.Entry] = []
        var zone: String?
        var holidays = ServiceHours.Holidays.unstated
        for original in texts {
            guard let normal = normalize(original) else { return .failure(Failure(piece: original)) }
            if let said = normal.holidays {
                // "termasuk hari libur" in one piece and "kecuali hari libur" in another.
                if holidays != .unstated, holidays != said { return .failure(Failure(piece: original)) }
                holidays = said
            }
            for piece in normal.text.unicodeScalars.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
                let trimmed = Substring(piece).trimmingWhitespace()
                if trimmed.isEmpty { continue }
                guard let (entry, pieceZone) = parseEntry(trimmed) else {
                    // The piece as written when normalizing left it whole, else the whole text.
                    return .failure(Failure(piece: original.contains(trimmed) ? trimmed : original.trimmingWhitespace()))
                }
                entries.append(entry)
                zone = zone ?? pieceZone
            }
        }
        guard !entries.isEmpty else { return .failure(Failure(piece: texts.joined(separator: ", "))) }
        return .success((entries, zone, holidays))
    }

    // MARK: The printed words of a 24-hour unit

    /// A text with its holiday clause taken out ("termasuk hari libur nasional dan cuti bersama")
    /// and its words put in the form `parseEntry` reads: "s.d."/"sampai" between weekdays as a
    /// dash, "setiap hari" as Senin-Minggu, "24 jam" as 00.00-24.00, parentheses as spaces. Nil
    /// for a holiday clause that is garbled or said twice.
    static func normalize(_ text: String) -> (text: String, holidays: ServiceHours.Holidays?)? {
        var tokens = Self.tokens(text)
        let lowered = { (index: Int) -> String in index < tokens.count ? tokens[index].lowercased() : "" }
        var holidays: ServiceHours.Holidays?
        var index = 0
        while index < tokens.count {
            guard let (end, said) = holidayClause(at: index, lowered) else {
                index += 1
                continue
            }
            if holidays != nil { return nil }
            holidays = said
            tokens.removeSubrange(index..<end)
        }
        // A clause word left over ("libur", "cuti bersama") means a clause this reader did not know.
        if tokens.contains(where: { ["libur", "cuti"].contains($0.lowercased()) }) { return nil }
        var words: [String] = []
        index = 0
        while index < tokens.count {
            let word = lowered(index)
            let previousIsDay = words.last.map { weekday(Substring($0)) != nil } ?? false
            if previousIsDay, let length = connector(at: index, lowered), weekday(Substring(lowered(index + length))) != nil {
                words.append("-")
                index += length
            } else if (word == "setiap" || word == "tiap") && lowered(index + 1) == "hari" {
                words.append("Senin-Minggu")
                index += 2
            } else if word == "24" && lowered(index + 1) == "jam" {
                words.append("00.00-24.00")
                index += 2
            } else if word == "24jam" {
                words.append("00.00-24.00")
                index += 1
            } else if word == "(" || word == ")" {
                index += 1
            } else {
                words.append(tokens[index])
                index += 1
            }
        }
        return (words.joined(separator: " "), holidays)
    }

    /// Words, with each parenthesis, comma and semicolon its own token; a sentence's last full stop dropped.
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        for character in text {
            if character == " " || character == "\t" {
                flush()
            } else if "(),;\n".contains(character) {
                flush()
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        flush()
        if let last = tokens.last, last.hasSuffix("."), last.count > 1, last.lowercased() != "s.d." {
            tokens[tokens.count - 1] = String(last.dropLast())
        }
        return tokens
    }

    /// "s.d.", "s/d", "sd", "sampai", "sampai dengan", "hingga" between two weekdays: its length in tokens.
    private static func connector(at index: Int, _ word: (Int) -> String) -> Int? {
        switch word(index) {
        case "sampai": word(index + 1) == "dengan" ? 2 : 1
        case "s.d.", "s.d", "s/d", "sd", "hingga": 1
        default: nil
        }
    }

    /// A holiday clause starting at `index`: "termasuk (pada) (hari) libur (nasional) (dan|serta|,
    /// cuti bersama)", "dan hari libur …", "kecuali …", "tidak termasuk …"; the index after it and
    /// what it says.
    private static func holidayClause(at index: Int, _ word: (Int) -> String) -> (end: Int, said: ServiceHours.Holidays)? {
        var at = index
        let said: ServiceHours.Holidays
        switch word(at) {
        case "termasuk": said = .served
        case "kecuali": said = .closed
        case "tidak" where word(at + 1) == "termasuk":
            said = .closed
            at += 1
        case "dan", "serta", "juga": said = .served  // "Senin-Minggu dan hari libur 00.00-24.00"
        default: return nil
        }
        at += 1
        if word(at) == "pada" { at += 1 }
        if word(at) == "hari" || word(at) == "hari-hari" { at += 1 }
        guard word(at) == "libur" else { return nil }
        at += 1
        if word(at) == "nasional" { at += 1 }
        let joiner = ["dan", "serta", "&", ",", "/"].contains(word(at))
        if joiner, word(at + 1) == "cuti", word(at + 2) == "bersama" { at += 3 }
        return (at, said)
    }

    // MARK: One entry

    private static let zones: Set<String> = ["WIB", "WITA", "WIT"]

    /// Words of a piece, split at spaces and parentheses (by scalar: cheap on every file).
    private static func words(_ text: String) -> [String] {
        text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// One entry: its days and its intervals, days first ("Senin-Jumat 08.00-16.00") or after
    /// ("00.00-24.00 Senin-Minggu", from "24 jam setiap hari"); intervals alone only for a whole
    /// day ("24 jam": every day).
    private static func parseEntry(_ text: String) -> (ServiceHours.Entry, String?)? {
        var words = words(text)
        var zone: String?
        if let last = words.last, zones.contains(last.uppercased()) {
            zone = last.uppercased()
            words.removeLast()
        }
        let isTime = { (word: String) in word.unicodeScalars.first.map { ("0"..."9").contains($0) } == true }
        guard let firstTime = words.firstIndex(where: isTime) else { return nil }
        let dayText: String
        let timeSlice: ArraySlice<String>
        if firstTime > 0 {
            dayText = words[..<firstTime].joined(separator: " ")
            timeSlice = words[firstTime...]
        } else {
            let firstDay = words.firstIndex { !isTime($0) && !zones.contains($0.uppercased()) } ?? words.endIndex
            dayText = words[firstDay...].joined(separator: " ")
            timeSlice = words[..<firstDay]
        }
        var intervals: [ServiceHours.Interval] = []
        // Join "08.00 - 15.30" written with spaces around the dash.
        let timeWords = timeSlice.joined(separator: " ").replacingDashSpacing()
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
        let days: [ServiceHours.Weekday]
        if dayText.isEmpty {
            // Hours without days: only the whole day ("24 jam") says every day.
            guard intervals == [ServiceHours.Interval(open: 0, close: 24 * 60)] else { return nil }
            days = ServiceHours.Weekday.allCases
        } else {
            guard let parsed = parseDays(dayText) else { return nil }
            days = parsed
        }
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
        // "24 jam setiap hari (Senin s.d. Minggu)" names the days twice: each counts once.
        var seen = Set<ServiceHours.Weekday>()
        days = days.filter { seen.insert($0).inserted }
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
