/// What a message may quote of what the operator typed. A NIK or a phone number typed into the
/// wrong prompt (a y/t question, a choice, a date) is still personal data: every run of 8 or
/// more digits (spaces, dots, dashes, brackets and a leading + between them allowed) is quoted
/// masked as a phone number is, never whole.
public enum PersonalEcho {
    /// The shortest digit run treated as personal: Indonesian phone numbers have 8 to 15 digits,
    /// a NIK 16.
    static let personalDigits = 8

    public static func quoted(_ text: String) -> String {
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
            out += compact.filter(\.isASCIIDigit).count >= personalDigits ? FormField.FieldType.telepon.masked(compact) : run
            index = max(index, lastDigit) + 1
        }
        return out
    }

    private static func next(_ characters: [Character], _ index: Int) -> Bool {
        index < characters.count && characters[index].isASCIIDigit
    }
}
