import SOPCore

/// An `angka` answer read the Indonesian way (tester 34, F6: a kasir's "Rp 85.000" was refused and
/// "85.000" recorded as 85): `.` groups thousands, `,` is the decimal separator, an `Rp` prefix
/// is allowed. What could be read two ways ("85,000": 85 or 85 000? "2.5": a decimal written the
/// English way?) is refused with what to write. Recorded as before: digits, `.` for a fraction
/// ("85000", "2.5"), so earlier answers read the same; shown grouped (`shown`).
public enum IndonesianNumber {
    public enum Refusal: Error, Sendable, Equatable {
        /// Not a number at all.
        case notANumber
        /// One separator followed by three digits after a comma ("85,000"), or a point followed by
        /// other than three digits ("2.5"), or both marks in the English order ("1,250.50"):
        /// `plain` is the digits read as thousands, `fraction` the reading as a fraction.
        case ambiguous(plain: String, fraction: String)
        /// A point that groups no thousands ("2.5", "0.500"): a fraction written the English way,
        /// or a typo; `written` is the fraction the Indonesian way ("2,5"). No whole-number reading
        /// is offered: "25" for "2.5" would make a kasir record Rp 25 (tester 36, N1).
        case pointNotGrouping(written: String)
    }

    /// The recorded form of `text`, or why it is refused.
    public static func read(_ text: String) -> Result<String, Refusal> {
        var body = Substring(text.trimmingWhitespace())
        if body.lowercased().hasPrefix("rp") {
            body = body.dropFirst(2)
            if body.first == "." { body = body.dropFirst() }
        }
        var rest = String(body).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        let negative = rest.hasPrefix("-")
        if negative { rest.removeFirst() }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              rest.first?.isNumber == true, rest.last?.isNumber == true
        else { return .failure(.notANumber) }
        let sign = negative ? "-" : ""
        let commas = rest.filter { $0 == "," }.count
        let parts = rest.split(separator: ",", omittingEmptySubsequences: false)
        guard commas <= 1 else { return .failure(.notANumber) }
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : nil
        if let fraction, fraction.contains(".") {
            // "1,250.50": the English order of the marks.
            let english = rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let plain: String = english[0].replacingOccurrences(of: ",", with: "")
            guard english.count == 2, grouped(english[0].replacingOccurrences(of: ",", with: ".")) != nil else {
                return .failure(.notANumber)
            }
            let decimal: String = sign + plain + "." + english[1]
            return .failure(.ambiguous(plain: sign + plain, fraction: shown(decimal, .id)))
        }
        guard let digits = grouped(whole) else {
            // A point not grouping thousands ("2.5", "0.500"): a fraction written the English way?
            let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count == 2, fraction == nil, !groups[0].isEmpty, !groups[1].isEmpty {
                let written: String = sign + String(groups[0]) + "," + String(groups[1])
                return .failure(.pointNotGrouping(written: written))
            }
            return .failure(.notANumber)
        }
        if let fraction {
            // "85,000": 85 with three decimals, or 85 000 written the English way.
            if fraction.count == 3, !whole.contains("."), digits != "0" {
                // The fraction written so that it cannot be read as thousands: "85,5", "1,2340".
                var decimals = fraction
                while decimals.hasSuffix("0") { decimals.removeLast() }
                if decimals.isEmpty { decimals = "0" } else if decimals.count == 3 { decimals += "0" }
                let plain: String = sign + digits + fraction
                let written: String = sign + digits + "," + decimals
                return .failure(.ambiguous(plain: plain, fraction: written))
            }
            let recorded: String = sign + digits + "." + fraction
            return .success(recorded)
        }
        return .success(sign + digits)
    }

    /// The digits of a whole part written plain ("85000") or grouped by points in threes
    /// ("85.000", "1.250.000"); nil otherwise.
    static func grouped(_ whole: String) -> String? {
        guard whole.contains(".") else { return whole.isEmpty ? nil : whole }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), !(first == "0"),
              groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined()
    }

    /// A recorded number ("85000", "2.5", "-1250000.75") as the language writes it: in Bahasa
    /// Indonesia thousands grouped by points and a decimal comma ("85.000", "2,5"); in English as
    /// recorded. A value that is not a recorded number is left as it is.
    public static func shown(_ value: String, _ language: Language) -> String {
        guard language == .id else { return value }
        let negative = value.hasPrefix("-")
        let body = negative ? String(value.dropFirst()) : value
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return value.replacingOccurrences(of: ".", with: ",") }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        // A four-digit whole number stays as typed ("2026", "1500"): grouped from five digits.
        let wholeText = whole.count > 4 ? groups.joined(separator: ".") : String(whole)
        return (negative ? "-" : "") + wholeText + (parts.count == 2 ? "," + parts[1] : "")
    }
}
