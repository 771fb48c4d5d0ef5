import SOPCore

/// Checks and normalizes one answer to a form field: what the operator typed becomes the value
/// recorded, or a reason in the user's language.
extension FormField {
    public func validate(_ raw: String) -> Result<String, FieldProblem> {
        let text = raw.trimmingWhitespace()
        if text.isEmpty {
            return required ? .failure(FieldProblem(Catalog.Field.required(label))) : .success("")
        }
        // Only a choice reads its options (every answer is checked here).
        return type.value.normalize(text, options: type.value == .pilihan ? options.map(\.value) : [], label: label)
    }
}

public struct FieldProblem: Error, Sendable, Equatable {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}

extension FormField.FieldType {
    /// A 16-digit personal number (NIK, Nomor KK) typed with spaces, points or dashes: its digits,
    /// or the refusal `refused` words (digits and characters counted, the first that is neither).
    static func sixteenDigits(_ text: String, refused: (Int, Int, Catalog.PersonalNumbers.Fault?) -> Localized)
        -> Result<String, FieldProblem>
    {
        let digits = text.removingASCII(" .-")
        guard digits.count == 16, digits.allSatisfy(\.isASCIIDigit) else {
            return .failure(FieldProblem(refused(digits.filter(\.isASCIIDigit).count, digits.count,
                                                 PersonalFault.notADigit(in: text, skipping: " .-"))))
        }
        return .success(digits)
    }

    func normalize(_ text: String, options: [String], label: String) -> Result<String, FieldProblem> {
        switch self {
        case .teks:
            return .success(text)
        case .angka:
            // The Indonesian way (tester 34, F6): "Rp 85.000" is 85000; what reads two ways is refused.
            switch IndonesianNumber.read(text) {
            case .success(let recorded): return .success(recorded)
            case .failure(.notANumber): return .failure(FieldProblem(Catalog.Field.notANumber(label, PersonalEcho.quoted(text))))
            case .failure(.ambiguous(let plain, let fraction)):
                return .failure(FieldProblem(Catalog.Field.ambiguousNumber(label, PersonalEcho.quoted(text),
                                                                           plain: IndonesianNumber.shown(plain, .id), fraction: fraction)))
            case .failure(.pointNotGrouping(let written)):
                return .failure(FieldProblem(Catalog.Field.pointNotGrouping(label, PersonalEcho.quoted(text), fraction: written)))
            }
        case .tanggal:
            return FieldDates.normalize(text).mapError { _ in FieldProblem(Catalog.Field.badDate(label, PersonalEcho.quoted(text))) }
        case .pilihan:
            if let index = Int(text), options.indices.contains(index - 1) { return .success(options[index - 1]) }
            if let option = options.first(where: { $0.lowercased() == text.lowercased() }) { return .success(option) }
            return .failure(FieldProblem(Catalog.Field.notAnOption(label, PersonalEcho.quoted(text), options: options)))
        case .yaTidak:
            switch text.lowercased() {
            case "ya", "y", "iya", "yes", "true": return .success("ya")
            case "tidak", "t", "no", "n", "false": return .success("tidak")
            default: return .failure(FieldProblem(Catalog.Field.notYesNo(label, PersonalEcho.quoted(text))))
            }
        case .nik:
            let digits: String
            switch Self.sixteenDigits(text, refused: Catalog.PersonalNumbers.badNIK) {
            case .success(let read): digits = read
            case .failure(let problem): return .failure(problem)
            }
            // Digits 7-12 are the birth date DDMMYY, with 40 added to the day for women: a day
            // of the real calendar (31 February is not), in 19YY or 20YY (29 February of '00).
            // 16 ASCII digits: each a byte of its own.
            let bytes = Array(digits.utf8)
            func number(_ at: Int) -> Int { Int(bytes[at] - UInt8(ascii: "0")) * 10 + Int(bytes[at + 1] - UInt8(ascii: "0")) }
            let day = number(6), month = number(8), year = number(10)
            let realDay = day > 40 ? day - 40 : day
            guard (1...31).contains(realDay),
                SOPDate.Calendar.exists(year: 2000 + year, month: month, day: realDay)
                    || SOPDate.Calendar.exists(year: 1900 + year, month: month, day: realDay)
            else {
                let fault: Catalog.PersonalNumbers.Fault = !(1...31).contains(realDay) ? .nikDay : !(1...12).contains(month) ? .nikMonth : .nikNoSuchDate
                return .failure(FieldProblem(Catalog.PersonalNumbers.badNIKDate(FormField.FieldType.nik.masked(digits), fault)))
            }
            return .success(digits)
        case .kk:
            // 16 digits, as a NIK; its middle is the card's date of issue, not a birth date: not read.
            return Self.sixteenDigits(text, refused: Catalog.PersonalNumbers.badKK)
        case .telepon:
            var digits = text.removingASCII(" -().")
            let plus = digits.hasPrefix("+")
            if plus { digits.removeFirst() }
            guard digits.allSatisfy(\.isASCIIDigit), (8...15).contains(digits.count),
                digits.hasPrefix("0") || digits.hasPrefix("62") || plus
            else {
                let fault = PersonalFault.notADigit(in: text, skipping: " -().", allowingLeadingPlus: true)
                    ?? ((8...15).contains(digits.count) ? .prefix(digits.first ?? " ") : .digits(found: digits.count, expected: "8-15"))
                return .failure(FieldProblem(Catalog.PersonalNumbers.badPhone(FormField.FieldType.telepon.masked(text), fault)))
            }
            // A mobile number, written from its 0 (62 stands for it), has 10 to 13 digits.
            let national = digits.hasPrefix("62") ? "0" + digits.dropFirst(2) : plus ? "" : digits
            if national.hasPrefix("08"), !(10...13).contains(national.count) {
                return .failure(FieldProblem(Catalog.PersonalNumbers.badPhone(FormField.FieldType.telepon.masked(text),
                                                                              .mobileDigits(found: national.count))))
            }
            return .success((plus ? "+" : "") + digits)
        case .nip:
            return NIPField.normalize(text)
        case .email:
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
                !parts[1].hasSuffix("."), !text.contains(" ")
            else {
                return .failure(FieldProblem(Catalog.Field.badEmail(PersonalEcho.quoted(text))))
            }
            return .success(text)
        }
    }

    /// What listings, timelines, echoes and messages show of a personal value unless asked for
    /// more, never more than half of it. A NIK keeps a quarter at each end (at most 4): its
    /// region code and its last 4 digits (`3573••••••••0001`). A phone number keeps its first
    /// 4 characters (the operator's prefix, so 0812 and 0813 are told apart) and its last 2
    /// (`0812••••••90`), fewer when that would be more than half (`08••••56`).
    /// Any other type's text is a free text: a NIK or phone number typed into it (a name field
    /// given "Ani 081234567890") is masked where it stands (`PersonalEcho`), as the echo does.
    public func masked(_ value: String) -> String {
        // A NIP is printed on every SK: never masked (a phone-like run in it is not a phone).
        if self == .nip { return value }
        guard isPersonal else { return PersonalEcho.quoted(value) }
        // Each ASCII byte is a character of its own, but for CR LF (one character of two bytes).
        let ascii = value.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        let count = ascii ? value.utf8.count : value.count
        let (head, tail): (Int, Int)
        switch self {
        case .telepon:
            tail = min(2, count / 4)
            head = max(0, min(4, count / 2 - tail))
        default:
            head = min(4, count / 4)
            tail = head
        }
        // An ASCII value (digits, as NIK and phone numbers are) is cut on its bytes: every step
        // header masks the case's personal answers again.
        if ascii, count <= 64 {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * count) { out in
                var end = 0
                for (offset, byte) in value.utf8.enumerated() {
                    if offset < head || offset >= count - tail {
                        out[end] = byte
                        end += 1
                    } else {
                        // "•" U+2022 in UTF-8
                        out[end] = 0xE2
                        out[end + 1] = 0x80
                        out[end + 2] = 0xA2
                        end += 3
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<end]), as: UTF8.self)
            }
        }
        return String(value.prefix(head)) + String(repeating: "•", count: count - head - tail) + String(value.suffix(tail))
    }
}

/// Dates typed at a prompt: "24-02-2025", "24/02/2025", "2025-02-24", "24 Februari 2025".
enum FieldDates {
    static func normalize(_ text: String) -> Result<String, SOPDateParser.Failure> {
        let separators: Set<Character> = ["-", "/", "."]
        let parts = text.split(whereSeparator: { separators.contains($0) })
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            let numbers = parts.map { Int($0)! }
            let (year, month, day) = parts[0].count == 4 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
            guard year >= 1000, year <= 9999 else { return .failure(.unreadable) }
            guard SOPDate.Calendar.exists(year: year, month: month, day: day) else {
                return .failure(.nonexistent(year: year, month: month, day: day))
            }
            return .success(iso(year, month, day))
        }
        switch SOPDateParser.parse(text) {
        case .success(.day(let year, let month, let day)): return .success(iso(year, month, day))
        case .success: return .failure(.unreadable)
        case .failure(let failure): return .failure(failure)
        }
    }

    /// A stored date (`2026-12-01`) as dd-mm-yyyy; nil for any other text.
    static func indonesian(_ stored: String) -> String? {
        let parts = stored.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(year) + "-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The text without the characters of `set` (ASCII characters), as `filter { !set.contains($0) }`
    /// gives it: worked on the bytes when the text is ASCII without CR (each byte is then a
    /// character of its own), else character by character. Every NIK and phone answer is checked.
    func removingASCII(_ set: String) -> String {
        let skipped = Array(set.utf8)
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return String(decoding: utf8.filter { !skipped.contains($0) }, as: UTF8.self)
        }
        return filter { !set.contains($0) }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    func replacingOccurrences(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
