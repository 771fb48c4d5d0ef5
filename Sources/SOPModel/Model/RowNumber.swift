import SOPCore

/// A printed row number as a reference to it is compared (tester 14, F1): signed SOPs number a
/// sub-row `3a`, `3.a`, `3 a`, `3(a)` or `3-a`, and a Keterangan, a target or an operator may
/// write it any of these ways. The key is the number's runs of digits and of letters, lowercased,
/// joined by dots: all of those are `3.a`; `3.1` stays apart from `31`, and a Roman `III` is
/// `iii` (matched as printed, not as 3).
public enum RowNumber {
    public static func key(_ text: String) -> String {
        var runs: [String] = []
        var run = ""
        var runIsDigits = false
        for character in text.lowercased() {
            let isDigit = character.isASCII && character.isNumber
            guard isDigit || character.isLetter else {
                if !run.isEmpty { runs.append(run); run = "" }
                continue
            }
            if !run.isEmpty, isDigit != runIsDigits { runs.append(run); run = "" }
            run.append(character)
            runIsDigits = isDigit
        }
        if !run.isEmpty { runs.append(run) }
        return runs.joined(separator: ".")
    }

    /// The key of a row reference that may name another table's row (`t2-3a`: table 2's 3.a).
    public static func tableKey(_ text: String) -> String {
        let lowered = text.lowercased()
        if lowered.hasPrefix("t"), let dash = lowered.firstIndex(of: "-"),
            let table = Int(lowered[lowered.index(after: lowered.startIndex)..<dash])
        {
            return "t\(table)-" + key(String(lowered[lowered.index(after: dash)...]))
        }
        return key(text)
    }

    /// Whether two references name the same printed row.
    public static func same(_ one: String, _ other: String) -> Bool {
        let key = key(one)
        return !key.isEmpty && key == Self.key(other)
    }

    /// Whether the text is shaped like a printed row number rather than an id: it starts with
    /// digits (or is a Roman numeral) and is at most a few short parts (`3a`, `3 (a)`, `12.b.1`).
    public static func looksLikeRow(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.first else { return false }
        let parts = key(trimmed).split(separator: ".")
        let roman = trimmed.allSatisfy { "IVXLC".contains($0) }
        guard first.isASCII && first.isNumber || roman, parts.count <= 4 else { return false }
        let allowed = trimmed.allSatisfy { $0.isLetter || $0.isNumber || " .()-".contains($0) }
        return allowed && parts.allSatisfy { $0.count <= 3 }
    }
}
