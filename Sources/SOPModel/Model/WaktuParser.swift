import SOPCore

/// What a printed waktu cell holds, read the way an official reads it.
public enum WaktuReading: Sendable, Equatable {
    /// The whole cell is one duration ("5 menit", "1 (satu) hari kerja", "paling lambat 1 jam 30 menit").
    case exact(WaktuDuration)
    /// One duration inside a sentence; `read` is the part of the text it was read from.
    case inText(WaktuDuration, read: String)
    /// No duration at all ("Sesuai kebutuhan", "Segera"): no standard, and nothing wrong.
    case none
    /// Several durations ("1 hari (online), 3 hari (langsung)"): the standard must be stated.
    case several([String])
    /// A number whose unit cannot be read ("5 mnt", "5"), with a corrected text when one is near.
    case unreadable(suggestion: String?)
    /// A number and its spelled-out form disagree ("1 (dua) hari").
    case spelledMismatch(digits: String, words: String)
}

/// Reads waktu as officials write it: "5 menit", "1 jam", "2 hari", "10 hari kerja",
/// "14 hari kalender", "1 x 24 jam", "1-3 hari", "1 s.d. 3 hari", "maksimal 10 hari kerja",
/// "paling lambat 30 (tiga puluh) menit", "1 jam 30 menit", "½ hari", "1/2 hari",
/// "setengah hari", "1,5 jam", "2 jam kalender" (elapsed time rather than service time),
/// "1 minggu kerja" (a working week: 5 hari kerja), in
/// any capitals, alone or inside a sentence.
public enum WaktuParser {
    public enum Failure: Error, Sendable, Equatable {
        /// Not read; `suggestion` is a corrected text when a likely fix exists ("5 mnt" → "5 menit").
        case unreadable(suggestion: String?)
    }

    /// The text as exactly one duration and nothing else (a stated standard, `waktu_baku`).
    public static func parse(_ text: String) -> Result<WaktuDuration, Failure> {
        switch read(text) {
        case .exact(let duration): .success(duration)
        case .unreadable(let suggestion): .failure(.unreadable(suggestion: suggestion))
        case .inText, .none, .several, .spelledMismatch: .failure(.unreadable(suggestion: nil))
        }
    }

    /// Every duration the text holds, and whether it is the whole text.
    public static func read(_ text: String) -> WaktuReading {
        if let duration = plain(text) { return .exact(duration) }
        let tokens = Tokenizer.tokens(of: text)
        var found: [Match] = []
        var index = 0
        var mismatch: WaktuReading?
        while index < tokens.count {
            switch Grammar(tokens: tokens).duration(at: index) {
            case .match(let match):
                found.append(match)
                index = match.end
            case .mismatch(let digits, let words):
                mismatch = mismatch ?? .spelledMismatch(digits: digits, words: words)
                index += 1
            case .noMatch:
                index += 1
            case .invalid:
                return .unreadable(suggestion: nil)
            }
        }
        if let mismatch { return mismatch }
        found = joinRanges(found, tokens: tokens)
        // A minute mark ("5'", "30’") is read as minutes, as printed, and said so by lint
        // (tester 10, F4).
        if found.count == 1, tokens[found[0].start..<found[0].end].contains(where: { token in
            // Written out: `token.symbol.map(minuteMarks.contains)` crashed the release build's
            // optimizer (Swift 6.3, "Found outside of lifetime use").
            guard let symbol = token.symbol else { return false }
            return minuteMarks.contains(symbol)
        }) {
            let scalars = Array(text.unicodeScalars)
            let read = scalars[tokens[found[0].start].start..<tokens[found[0].end - 1].end]
            return .inText(found[0].duration, read: String(String.UnicodeScalarView(read)))
        }
        // The common cell is one duration and nothing else: no slicing needed.
        if found.count == 1, tokens[..<found[0].start].allSatisfy(\.isPunctuation),
            tokens[found[0].end...].allSatisfy(\.isPunctuation)
        {
            return .exact(found[0].duration)
        }
        let scalars = Array(text.unicodeScalars)
        func slice(_ match: Match) -> String {
            String(String.UnicodeScalarView(scalars[tokens[match.start].start..<tokens[match.end - 1].end]))
        }
        switch found.count {
        case 0:
            return unreadable(tokens, text: text, scalars: scalars)
        case 1:
            let match = found[0]
            let outside = tokens[..<match.start] + tokens[match.end...]
            if outside.allSatisfy({ $0.isPunctuation }) { return .exact(match.duration) }
            return .inText(match.duration, read: slice(match))
        default:
            // "2 jam, 30 menit": the parts of one compound with a comma between them (finding 9
            // of the sixth outside test), read as "2 jam 30 menit" and said so by lint.
            if let compound = commaCompound(found, tokens: tokens, parts: found.map(slice)) { return compound }
            return .several(found.map(slice))
        }
    }

    /// The forms most cells take, read without tokens: a number, one space and a unit ("5 menit",
    /// "1,5 jam", "10 Hari Kerja"), optionally after "maksimal " ("maksimal 10 hari kerja"), as a
    /// range with a hyphen ("1-3 hari kerja") or as hours of 24 ("2 x 24 jam"). ASCII only, single
    /// spaces; anything else goes the long way (`WaktuPlainReadingTests` checks both agree).
    static func plain(_ text: String) -> WaktuDuration? {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, bytes.count <= 40 else {
            return nil
        }
        var index = bytes.startIndex
        var isMaximum = false
        if first == UInt8(ascii: "m") || first == UInt8(ascii: "M") {
            let word = "maksimal ".utf8
            guard bytes.count > word.count,
                zip(bytes.prefix(word.count), word).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
            else { return nil }
            index = bytes.index(index, offsetBy: word.count)
            isMaximum = true
        }
        func number() -> Double? {
            var value = 0.0
            var digits = 0
            while index != bytes.endIndex, let digit = Self.digit(bytes[index]) {
                value = value * 10 + digit
                digits += 1
                index = bytes.index(after: index)
            }
            guard digits > 0, digits < 6, index != bytes.endIndex else { return nil }
            if bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".") {
                index = bytes.index(after: index)
                var scale = 0.1
                var decimals = 0
                while index != bytes.endIndex, let digit = Self.digit(bytes[index]) {
                    value += digit * scale
                    scale /= 10
                    decimals += 1
                    index = bytes.index(after: index)
                }
                guard decimals > 0, index != bytes.endIndex else { return nil }
            }
            return value
        }
        guard let low = number() else { return nil }
        var high = low
        var multipleOf24 = false
        if bytes[index] == UInt8(ascii: "-") {
            index = bytes.index(after: index)
            guard let second = number() else { return nil }
            high = second
        } else if bytes[index...].starts(with: " x ".utf8) {
            index = bytes.index(index, offsetBy: 3)
            guard let hours = number() else { return nil }
            high = low * hours
            multipleOf24 = true
        }
        guard bytes[index] == UInt8(ascii: " ") else { return nil }
        let rest = bytes[bytes.index(after: index)...]
        guard rest.count <= 10, rest.allSatisfy({ $0 < 0x80 }) else { return nil }
        let unit: WaktuDuration.Unit
        switch String(decoding: rest, as: UTF8.self).lowercased() {
        case "menit": unit = .menit
        case "jam": unit = .jam
        case "hari": unit = .hari
        case "hari kerja": unit = .hariKerja
        case "minggu": unit = .minggu
        case "bulan": unit = .bulan
        default: return nil
        }
        if multipleOf24 {
            // "1 x 30 menit", "1 x 8 jam" (tester 34, F1): that many minutes or hours of service
            // time, as "30 menit" reads; only whole days of hours ("1 x 24 jam") are calendar hours.
            if unit == .menit || (unit == .jam && (high / low).truncatingRemainder(dividingBy: 24) != 0) {
                return WaktuDuration(low: high, high: high, unit: unit, isMaximum: isMaximum)
            }
            guard unit == .jam else { return nil }
            return WaktuDuration(low: high, high: high, unit: .jam, basis: .calendar, isMultipleOf24Hours: true,
                                 isMaximum: isMaximum)
        }
        return WaktuDuration(low: low, high: high, unit: unit, isMaximum: isMaximum)
    }

    private static func digit(_ byte: UInt8) -> Double? {
        (0x30...0x39).contains(byte) ? Double(byte - 0x30) : nil
    }

    /// "30 menit s.d. 1 jam": two durations joined by a range word are one range.
    private static func joinRanges(_ found: [Match], tokens: [Token]) -> [Match] {
        var result: [Match] = []
        for match in found {
            if let last = result.last, match.start == last.end + 1, tokens[last.end].isRangeWord,
                let joined = last.duration.through(match.duration)
            {
                result[result.count - 1] = Match(start: last.start, end: match.end, duration: joined)
            } else {
                result.append(match)
            }
        }
        return result
    }

    /// No duration found: a number with a unit-like word after it is a typo ("5 mnt"); a number
    /// with nothing after it lacks its unit ("5"); anything else holds no duration.
    private static func unreadable(_ tokens: [Token], text: String, scalars: [Unicode.Scalar]) -> WaktuReading {
        let grammar = Grammar(tokens: tokens)
        for index in tokens.indices {
            guard let (amount, after) = grammar.amount(at: index) else { continue }
            var next = after
            var highest = amount
            if next < tokens.count, tokens[next].isRangeWord || tokens[next].word == "x",
                let (high, end) = grammar.amount(at: next + 1)
            {
                next = end
                highest = high
            } else if next < tokens.count, tokens[next].word == "x" || tokens[next].symbol == "×" {
                return .unreadable(suggestion: nil)
            }
            if next == tokens.count || tokens[next...].allSatisfy(\.isPunctuation) {
                return .unreadable(suggestion: nil)
            }
            // A minute mark ("5'", "± 10’") is minutes; seconds ("30 detik") are timed as the
            // minutes that hold them: both look like a standard, neither is dropped silently.
            if let mark = tokens[next].symbol, minuteMarks.contains(mark) {
                let before = String(String.UnicodeScalarView(scalars[..<tokens[next].start])).trimmingWhitespace()
                let rest = String(String.UnicodeScalarView(scalars[tokens[next].end...]))
                return .unreadable(suggestion: "\(before) menit\(rest)".trimmingWhitespace())
            }
            if let word = tokens[next].word, secondWords.contains(word) {
                return .unreadable(suggestion: "\(WaktuFormatter.number(max(1, (highest / 60).rounded(.up)), .id)) menit")
            }
            guard let word = tokens[next].word else { continue }
            let prefix = String(String.UnicodeScalarView(scalars[..<tokens[next].start])).trimmingWhitespace()
            let rest = String(String.UnicodeScalarView(scalars[tokens[next].start...])).trimmingWhitespace().lowercased()
            if let known = abbreviations[rest] {
                return .unreadable(suggestion: "\(prefix) \(known)")
            }
            if let known = abbreviations[word] ?? Suggestion.closest(to: word, among: WaktuDuration.Unit.allCases.map(\.rawValue)) {
                let after = String(String.UnicodeScalarView(scalars[tokens[next].end...]))
                return .unreadable(suggestion: "\(prefix) \(known)\(after)".trimmingWhitespace())
            }
        }
        return .none
    }

    /// Minute marks: the apostrophe, the right single quotation mark and the prime.
    static let minuteMarks: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2032}"]
    private static let secondWords: Set<String> = ["detik", "dtk", "dtk.", "det", "det.", "second", "seconds", "sec", "secs"]

    private static let abbreviations: [String: String] = [
        "mnt": "menit", "mnt.": "menit", "min": "menit", "min.": "menit", "mins": "menit",
        "minute": "menit", "minutes": "menit", "menits": "menit",
        "j": "jam", "jm": "jam", "hr": "jam", "hrs": "jam", "hour": "jam", "hours": "jam",
        "hk": "hari kerja", "hr kerja": "hari kerja", "hari kerja.": "hari kerja", "working days": "hari kerja",
        "day": "hari", "days": "hari", "hr.": "hari", "week": "minggu", "weeks": "minggu",
        "month": "bulan", "months": "bulan", "bln": "bulan", "mgg": "minggu",
    ]

    struct Match {
        var start: Int
        /// One past the last token.
        var end: Int
        var duration: WaktuDuration
    }

    // MARK: Tokens

    struct Token {
        enum Kind: Equatable {
            case number(Double)
            case word(String)
            case symbol(Unicode.Scalar)
        }

        var kind: Kind
        /// Scalar offsets in the original text.
        var start: Int
        var end: Int

        var word: String? {
            if case .word(let word) = kind { return word }
            return nil
        }

        var symbol: Unicode.Scalar? {
            if case .symbol(let symbol) = kind { return symbol }
            return nil
        }

        /// The word, or the symbol as text.
        var spelling: String {
            switch kind {
            case .word(let word): word
            case .symbol(let symbol): String(Character(symbol))
            case .number: ""
            }
        }

        var isPunctuation: Bool {
            guard let symbol else { return false }
            return ".,;:!".unicodeScalars.contains(symbol)
        }

        var isRangeWord: Bool {
            switch kind {
            case .symbol(let symbol): symbol == "-" || symbol == "–" || symbol == "—"
            case .word(let word): Self.rangeWords.contains(word)
            case .number: false
            }
        }

        static let rangeWords: Set<String> = ["s.d.", "s.d", "s/d", "sd", "sampai", "hingga", "sampai dengan"]
    }

    enum Tokenizer {
        /// Words that keep their dots or slashes ("s.d.", "maks.").
        static let joined = ["sampai dengan", "selambat-lambatnya", "s.d.", "s.d", "s/d", "maks.", "kurang lebih"]

        static func tokens(of text: String) -> [Token] {
            let scalars = Array(text.lowercased().unicodeScalars)
            var tokens: [Token] = []
            var index = 0
            func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
            func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
            outer: while index < scalars.count {
                let scalar = scalars[index]
                if scalar.properties.isWhitespace {
                    index += 1
                    continue
                }
                for word in joined where matches(word, scalars, at: index) {
                    let end = index + word.unicodeScalars.count
                    if let last = word.unicodeScalars.last, last.properties.isAlphabetic, end < scalars.count,
                        isLetter(scalars[end])
                    {
                        continue
                    }
                    tokens.append(Token(kind: .word(word), start: index, end: end))
                    index = end
                    continue outer
                }
                if scalar == "½" {
                    tokens.append(Token(kind: .number(0.5), start: index, end: index + 1))
                    index += 1
                } else if isDigit(scalar) {
                    var end = index
                    var digits = ""
                    while end < scalars.count, isDigit(scalars[end]) {
                        digits.unicodeScalars.append(scalars[end])
                        end += 1
                    }
                    if end + 1 < scalars.count, scalars[end] == "," || scalars[end] == ".", isDigit(scalars[end + 1]) {
                        digits += "."
                        end += 1
                        while end < scalars.count, isDigit(scalars[end]) {
                            digits.unicodeScalars.append(scalars[end])
                            end += 1
                        }
                    }
                    var value = Double(digits) ?? 0
                    // "1/2": a fraction.
                    if end + 1 < scalars.count, scalars[end] == "/", isDigit(scalars[end + 1]) {
                        var denominator = ""
                        var after = end + 1
                        while after < scalars.count, isDigit(scalars[after]) {
                            denominator.unicodeScalars.append(scalars[after])
                            after += 1
                        }
                        if let divisor = Double(denominator), divisor > 0 {
                            value /= divisor
                            end = after
                        }
                    }
                    tokens.append(Token(kind: .number(value), start: index, end: end))
                    index = end
                } else if isLetter(scalar) {
                    var end = index
                    while end < scalars.count, isLetter(scalars[end]) { end += 1 }
                    tokens.append(Token(kind: .word(String(String.UnicodeScalarView(scalars[index..<end]))),
                                        start: index, end: end))
                    index = end
                } else {
                    tokens.append(Token(kind: .symbol(scalar), start: index, end: index + 1))
                    index += 1
                }
            }
            // Lowercasing keeps one scalar per scalar for the letters officials write; when it
            // does not (rare ligatures), offsets are held inside the original text.
            if !text.unicodeScalars.allSatisfy(\.isASCII), text.unicodeScalars.count != scalars.count {
                let count = text.unicodeScalars.count
                for i in tokens.indices {
                    tokens[i].start = min(tokens[i].start, count)
                    tokens[i].end = min(tokens[i].end, count)
                }
            }
            return tokens
        }

        private static func matches(_ word: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
            var i = index
            for scalar in word.unicodeScalars {
                guard i < scalars.count else { return false }
                if scalar == " " {
                    guard scalars[i].properties.isWhitespace else { return false }
                    while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
                    continue
                }
                guard scalars[i] == scalar else { return false }
                i += 1
            }
            return true
        }
    }

    // MARK: Grammar

    enum Outcome {
        case match(Match)
        case mismatch(digits: String, words: String)
        case noMatch
        /// "2 x 24 hari": a multiple of 24 of anything but hours.
        case invalid
    }

    struct Grammar {
        let tokens: [Token]

        static let maximumWords: [[String]] = [
            ["maksimal"], ["maksimum"], ["maks."], ["maks"], ["max"], ["paling", "lama"], ["paling", "lambat"],
            ["selambat-lambatnya"], ["selambatnya"], ["selama", "lamanya"], ["tidak", "lebih", "dari"],
        ]
        static let approximateWords: [[String]] = [["kurang lebih"], ["sekitar"]]

        func duration(at index: Int) -> Outcome {
            if case .mismatch(let digits, let words) = spelledCheck(at: index) {
                return .mismatch(digits: digits, words: words)
            }
            guard let (first, afterFirst) = amount(at: index) else { return .noMatch }
            var low = first
            var high = first
            var next = afterFirst
            var multipleOf24 = false
            if let times = tokens[safe: next], times.word == "x" || times.symbol == "×",
                let (hours, after) = amount(at: next + 1)
            {
                low = first * hours
                high = low
                multipleOf24 = true
                next = after
            } else if let range = tokens[safe: next], range.isRangeWord, let (second, after) = amount(at: next + 1),
                unit(at: after) != nil
            {
                high = second
                next = after
            }
            guard let (unit, elapsed, afterUnit) = unit(at: next) else { return .noMatch }
            // "1 x 30 menit", "1 x 8 jam" (tester 34, F1): minutes or hours of service time, as
            // "30 menit" reads; only whole days of hours ("1 x 24 jam") are calendar hours.
            if multipleOf24, unit == .menit || (unit == .jam && (low / first).truncatingRemainder(dividingBy: 24) != 0) {
                multipleOf24 = false
            }
            if multipleOf24 && unit != .jam { return .invalid }
            // "1 minggu kerja": a working week, 5 hari kerja (read as hari kerja, never 7 days).
            if unit == .hariKerja, let word = tokens[safe: next]?.word, word == "minggu" || word == "pekan" {
                low *= 5
                high *= 5
            }
            var end = afterUnit
            var duration: WaktuDuration
            if multipleOf24 {
                duration = WaktuDuration(low: low, high: high, unit: .jam, basis: .calendar, isMultipleOf24Hours: true)
            } else if elapsed {
                duration = WaktuDuration(low: low, high: high, unit: unit, basis: .calendar)
            } else {
                duration = WaktuDuration(low: low, high: high, unit: unit)
            }
            // "1 jam 30 menit": the minutes add to the hours.
            if unit == .jam, !multipleOf24, low == high, let (minutes, afterMinutes) = amount(at: end),
                let (minuteUnit, minuteElapsed, afterMinuteUnit) = self.unit(at: afterMinutes), minuteUnit == .menit,
                minuteElapsed == elapsed
            {
                duration = WaktuDuration(low: low * 60 + minutes, unit: .menit, basis: duration.basis)
                end = afterMinuteUnit
            }
            var start = index
            if let prefix = phrase(before: index, among: Self.maximumWords) {
                duration.isMaximum = true
                start = prefix
            } else if let prefix = phrase(before: index, among: Self.approximateWords) {
                start = prefix
            }
            return .match(Match(start: start, end: end, duration: duration))
        }

        /// The start of one of the phrases when it ends just before `index`.
        private func phrase(before index: Int, among phrases: [[String]]) -> Int? {
            for phrase in phrases where index >= phrase.count {
                let start = index - phrase.count
                var same = true
                for offset in 0..<phrase.count where tokens[start + offset].spelling != phrase[offset] {
                    same = false
                    break
                }
                if same { return start }
            }
            // "±" is a symbol.
            if index >= 1, tokens[index - 1].spelling == "±" { return index - 1 }
            return nil
        }

        /// A number: digits (with "(spelled out)" after them), a fraction, "½", or words.
        func amount(at index: Int) -> (Double, Int)? {
            guard let token = tokens[safe: index] else { return nil }
            if case .number(let value) = token.kind {
                var end = index + 1
                if tokens[safe: end]?.symbol == "(", let (spelled, after) = SpelledNumber.read(tokens, at: end + 1),
                    tokens[safe: after]?.symbol == ")", spelled == value
                {
                    end = after + 1
                }
                return (value, end)
            }
            return SpelledNumber.read(tokens, at: index)
        }

        /// "1 (dua) hari": the number and its words disagree.
        private func spelledCheck(at index: Int) -> Outcome {
            guard case .number(let value) = tokens[safe: index]?.kind, tokens[safe: index + 1]?.symbol == "(",
                let (spelled, after) = SpelledNumber.read(tokens, at: index + 2), tokens[safe: after]?.symbol == ")",
                spelled != value
            else { return .noMatch }
            let words = tokens[(index + 2)..<after].compactMap(\.word).joined(separator: " ")
            return .mismatch(digits: WaktuFormatter.number(value, .id), words: words)
        }

        /// A unit word, with "kerja" / "kalender" / "berjalan" after it.
        func unit(at index: Int) -> (WaktuDuration.Unit, elapsed: Bool, end: Int)? {
            // "5'": the minute mark printed after the number.
            if let mark = tokens[safe: index]?.symbol, WaktuParser.minuteMarks.contains(mark) { return (.menit, false, index + 1) }
            guard let word = tokens[safe: index]?.word else { return nil }
            let next = tokens[safe: index + 1]?.word
            switch word {
            case "menit":
                if next == "kalender" || next == "berjalan" { return (.menit, true, index + 2) }
                return (.menit, false, index + 1)
            case "jam":
                if next == "kalender" || next == "berjalan" { return (.jam, true, index + 2) }
                if next == "kerja" { return (.jam, false, index + 2) }
                return (.jam, false, index + 1)
            case "hari":
                if next == "kerja" { return (.hariKerja, false, index + 2) }
                if next == "kalender" { return (.hari, false, index + 2) }
                return (.hari, false, index + 1)
            case "minggu", "pekan":
                if next == "kerja" { return (.hariKerja, false, index + 2) }
                return (.minggu, false, index + 1)
            case "bulan": return (.bulan, false, index + 1)
            default: return nil
            }
        }
    }

    /// Numbers in words, as printed in brackets after digits: "satu", "tiga puluh",
    /// "dua puluh lima", "sebelas", "seratus", "setengah".
    enum SpelledNumber {
        static let digits: [String: Double] = [
            "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
            "sembilan": 9,
        ]

        static func read(_ tokens: [Token], at index: Int) -> (Double, Int)? {
            var total = 0.0
            var current = 0.0
            var end = index
            var read = false
            while let word = tokens[safe: end]?.word {
                if let digit = digits[word] {
                    guard current == 0 else { break }
                    current = digit
                } else if word == "sepuluh" {
                    current += 10
                } else if word == "sebelas" {
                    current += 11
                } else if word == "seratus" {
                    total += 100
                } else if word == "setengah" {
                    guard !read else { break }
                    return (0.5, end + 1)
                } else if word == "belas", current > 0 {
                    total += current + 10
                    current = 0
                } else if word == "puluh", current > 0 {
                    total += current * 10
                    current = 0
                } else if word == "ratus", current > 0 {
                    total += current * 100
                    current = 0
                } else {
                    break
                }
                read = true
                end += 1
            }
            return read ? (total + current, end) : nil
        }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension WaktuDuration {
    /// "30 menit s.d. 1 jam": a range from this duration to another of a comparable unit.
    func through(_ other: WaktuDuration) -> WaktuDuration? {
        guard !isRange, !other.isRange, !isMultipleOf24Hours, !other.isMultipleOf24Hours, basis == other.basis
        else { return nil }
        if unit == other.unit { return WaktuDuration(low: low, high: other.high, unit: unit, basis: basis) }
        if let mine = minutes, let theirs = other.minutes {
            return WaktuDuration(low: mine.low, high: theirs.high, unit: .menit, basis: basis)
        }
        return nil
    }
}

extension WaktuParser {
    /// A printed Total with a remark in parentheses after it ("1 hari kerja (tidak termasuk
    /// menunggu blanko)"): the text before the remark, which is the total (tester 28, F13); nil
    /// when the text does not end with one, or nothing comes before it. The remark stays printed.
    public static func beforeRemark(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix(")") else { return nil }
        var depth = 0
        for index in trimmed.indices.reversed() {
            switch trimmed[index] {
            case ")": depth += 1
            case "(":
                depth -= 1
                if depth == 0 {
                    let before = trimmed[..<index].trimmingWhitespace()
                    return before.isEmpty ? nil : String(before)
                }
            default: break
            }
        }
        return nil
    }
}
