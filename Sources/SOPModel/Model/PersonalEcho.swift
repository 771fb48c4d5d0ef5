/// What a message may quote of what the operator typed. A NIK or a phone number typed into the
/// wrong prompt (a y/t question, a choice, a date) is still personal data: a run of digits
/// (spaces, dots, dashes, brackets and a leading + between them allowed) that a NIK or phone
/// field would take is quoted masked as a phone number is, never whole: 16 digits or more (a
/// NIK), or 8 to 15 digits that begin with 0, 62 or + (a phone). Other runs are not personal
/// data and are quoted as typed (desk5, an outside tester's finding: "No. 2025-0456", a date
/// "2026-12-08", "Rp 12500000" were masked); a run that is a date (dd-mm-yyyy, yyyy-mm-dd) is a
/// date, whatever it begins with, and so is a date with the hour after it ("09-12-2026 09.00");
/// a run joined by "-" or "/" to a word with letters before it is
/// a part of a register number ("3404-LT-06122026-0001"), not a phone; two groups of four digits
/// joined by a dash ("seri 0451-0454", "No. 0012 - 0015") are a range of serial numbers (tester
/// 22, finding 8): no Indonesian phone number is written so (a mobile has 10 digits or more, a
/// landline's area code and number more than eight).
public enum PersonalEcho {
    /// The shortest digit run that may be personal: Indonesian phone numbers have 8 to 15 digits,
    /// a NIK 16.
    static let personalDigits = 8

    public static func quoted(_ text: String) -> String {
        // Most texts (names, notes, outputs) hold fewer digits than any personal run: as typed,
        // without walking their characters (this runs for every fact of every step header).
        var digits = 0
        for byte in text.utf8 where byte &- 0x30 < 10 { digits += 1 }
        if digits < personalDigits { return text }
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit || (characters[index] == "+" && next(characters, index + 1)) else {
                out.append(characters[index])
                index += 1
                continue
            }
            // A run: digits with separators inside it, ending on a digit.
            var end = index + 1, lastDigit = characters[index].isASCIIDigit ? index : -1
            while end < characters.count, characters[end].isASCIIDigit || " .-()".contains(characters[end]) {
                if characters[end].isASCIIDigit { lastDigit = end }
                end += 1
            }
            let run = String(characters[index...max(index, lastDigit)])
            let compact = run.filter { $0.isASCIIDigit || $0 == "+" }
            let personal = isPersonal(run, compact: compact, inCode: joinedToWord(characters, before: index))
            out += personal ? FormField.FieldType.telepon.masked(compact) : run
            index = max(index, lastDigit) + 1
        }
        return out
    }

    /// Whether a run of digits is shaped as a NIK or a phone number (see the type's comment).
    static func isPersonal(_ run: String, compact: String, inCode: Bool = false) -> Bool {
        let digits = compact.filter(\.isASCIIDigit)
        if digits.count >= nikDigits { return true }
        guard digits.count >= personalDigits, !inCode, compact.hasPrefix("+") || digits.hasPrefix("0") || digits.hasPrefix("62") else {
            return false
        }
        if case .success = FieldDates.normalize(run) { return false }
        // A date and the hour typed after it ("Jadwal 09-12-2026 09.00", tester 24): the date is
        // a date; what follows it is personal only when it is shaped so itself.
        if let space = run.firstIndex(of: " "), case .success = FieldDates.normalize(String(run[..<space])) {
            let rest = String(run[run.index(after: space)...]).trimmingWhitespace()
            return isPersonal(rest, compact: rest.filter { $0.isASCIIDigit || $0 == "+" })
        }
        return !isSerialRange(run)
    }

    /// "0451-0454", "0451 - 0454": two groups of exactly four digits joined by one dash.
    static func isSerialRange(_ run: String) -> Bool {
        let groups = run.split(separator: "-", omittingEmptySubsequences: false)
        return groups.count == 2 && groups.allSatisfy { group in
            let digits = group.trimmingWhitespace()
            return digits.count == 4 && digits.allSatisfy(\.isASCIIDigit)
        }
    }

    /// A NIK's digits: a run this long or longer is masked wherever it is typed.
    static let nikDigits = 16

    /// Whether the run at `index` is joined by "-" or "/" to a word with letters before it: a
    /// part of a register or reference number ("3404-LT-06122026-0001", "AKTA/06122026-0001"),
    /// never a phone number (tester 16, finding 7). A NIK's length is masked all the same.
    private static func joinedToWord(_ characters: [Character], before index: Int) -> Bool {
        guard index >= 2, "-/".contains(characters[index - 1]) else { return false }
        return characters[index - 2].isLetter
    }

    private static func next(_ characters: [Character], _ index: Int) -> Bool {
        index < characters.count && characters[index].isASCIIDigit
    }
}
