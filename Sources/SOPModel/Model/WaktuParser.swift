import SOPCore

/// Reads waktu as officials write it: "5 menit", "1 jam", "2 hari", "10 hari kerja",
/// "1 x 24 jam", "1-3 hari", "1 s.d. 3 hari", "maksimal 10 hari kerja", "1,5 jam",
/// "2 jam kalender" (elapsed time rather than service time).
public enum WaktuParser {
    public enum Failure: Error, Sendable, Equatable {
        /// Not read; `suggestion` is a corrected text when a likely fix exists ("5 mnt" → "5 menit").
        case unreadable(suggestion: String?)
    }

    public static func parse(_ text: String) -> Result<WaktuDuration, Failure> {
        var scanner = Tokens(text.lowercased())
        var isMaximum = false
        if scanner.skip(words: ["maksimal", "maksimum", "maks.", "maks", "max", "paling lama", "selambat-lambatnya"]) {
            isMaximum = true
        }
        guard let first = scanner.number() else { return .failure(.unreadable(suggestion: nil)) }
        var low = first
        var high = first
        var multipleOf24 = false
        if scanner.skip(words: ["x", "×"]) {
            guard let hours = scanner.number() else { return .failure(.unreadable(suggestion: nil)) }
            low = first * hours
            high = low
            multipleOf24 = true
        } else if scanner.skip(words: ["-", "–", "—", "s.d.", "s.d", "s/d", "sd", "sampai", "hingga"]) {
            guard let second = scanner.number() else { return .failure(.unreadable(suggestion: nil)) }
            high = second
        }
        let beforeUnit = scanner
        guard let unit = scanner.unit() else {
            var unitStart = beforeUnit
            return .failure(.unreadable(suggestion: suggestion(for: text, unitText: unitStart.rest)))
        }
        // "2 jam kalender", "30 menit berjalan": elapsed time instead of service time.
        let elapsed = (unit == .menit || unit == .jam) && scanner.skip(words: ["kalender", "berjalan"])
        guard scanner.isAtEnd else {
            var unitStart = beforeUnit
            return .failure(.unreadable(suggestion: suggestion(for: text, unitText: unitStart.rest)))
        }
        if elapsed {
            return .success(WaktuDuration(low: low, high: high, unit: unit, basis: .calendar, isMaximum: isMaximum))
        }
        if multipleOf24 {
            guard unit == .jam else { return .failure(.unreadable(suggestion: nil)) }
            return .success(WaktuDuration(low: low, high: high, unit: .jam, basis: .calendar,
                                          isMultipleOf24Hours: true, isMaximum: isMaximum))
        }
        return .success(WaktuDuration(low: low, high: high, unit: unit, isMaximum: isMaximum))
    }

    /// The text with its unit word replaced by the nearest real unit, when one is near.
    static func suggestion(for text: String, unitText: Substring) -> String? {
        let word = unitText.trimmingWhitespace().lowercased()
        guard !word.isEmpty else { return nil }
        let known = abbreviations[word]
            ?? Suggestion.closest(to: word, among: WaktuDuration.Unit.allCases.map(\.rawValue))
        guard let known else { return nil }
        let prefix = text.prefix(text.count - unitText.count).trimmingWhitespace()
        return "\(prefix) \(known)"
    }

    private static let abbreviations: [String: String] = [
        "mnt": "menit", "mnt.": "menit", "min": "menit", "min.": "menit", "mins": "menit",
        "minute": "menit", "minutes": "menit", "menits": "menit",
        "j": "jam", "jm": "jam", "hr": "jam", "hrs": "jam", "hour": "jam", "hours": "jam",
        "hk": "hari kerja", "hr kerja": "hari kerja", "hari kerja.": "hari kerja", "working days": "hari kerja",
        "day": "hari", "days": "hari", "hr.": "hari", "week": "minggu", "weeks": "minggu",
        "month": "bulan", "months": "bulan", "bln": "bulan", "mgg": "minggu",
    ]

    /// A tiny scanner over the lowercased text.
    private struct Tokens {
        private let scalars: [Unicode.Scalar]
        private var index = 0

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        var isAtEnd: Bool {
            mutating get {
                skipSpaces()
                return index == scalars.count
            }
        }

        var rest: Substring {
            mutating get {
                skipSpaces()
                return Substring(String(String.UnicodeScalarView(scalars[index...])))
            }
        }

        mutating func skipSpaces() {
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
        }

        private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }

        /// Consumes the first of the words found here; a word made of letters must end there.
        mutating func skip(words: [String]) -> Bool {
            skipSpaces()
            for word in words {
                var end = index
                var last: Unicode.Scalar?
                for scalar in word.unicodeScalars {
                    guard end < scalars.count, scalars[end] == scalar else {
                        last = nil
                        break
                    }
                    end += 1
                    last = scalar
                }
                guard let last, end - index == word.unicodeScalars.count else { continue }
                if last.properties.isAlphabetic, end < scalars.count, scalars[end].properties.isAlphabetic {
                    continue
                }
                index = end
                return true
            }
            return false
        }

        /// Digits with an optional decimal part ("1,5" or "1.5").
        mutating func number() -> Double? {
            skipSpaces()
            var digits = ""
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                digits.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard !digits.isEmpty else { return nil }
            if index + 1 < scalars.count, scalars[index] == "," || scalars[index] == ".",
                ("0"..."9").contains(scalars[index + 1])
            {
                digits += "."
                index += 1
                while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            return Double(digits)
        }

        mutating func unit() -> WaktuDuration.Unit? {
            if skip(words: ["menit"]) { return .menit }
            if skip(words: ["jam"]) {
                _ = skip(words: ["kerja"])
                return .jam
            }
            if skip(words: ["hari"]) { return skip(words: ["kerja"]) ? .hariKerja : .hari }
            if skip(words: ["minggu"]) { return .minggu }
            if skip(words: ["bulan"]) { return .bulan }
            return nil
        }
    }
}
