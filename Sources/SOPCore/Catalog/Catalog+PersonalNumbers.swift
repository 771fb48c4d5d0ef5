/// A typed NIK or phone number that cannot be right, told without showing more of it.
extension Catalog {
    public enum PersonalNumbers {}
}

extension Catalog.PersonalNumbers {
    /// What is wrong with a typed NIK or phone number, without showing more of it.
    public enum Fault: Sendable, Equatable {
        /// The character at `position` (1-based, as typed) is not a digit.
        case notADigit(Character, position: Int)
        /// `found` digits where `expected` are needed.
        case digits(found: Int, expected: String)
        /// A phone number starting with something else than 0, 62 or +.
        case prefix(Character)
        /// A mobile number (08…, 628…, +628…) of `found` digits written from its 0: Indonesian
        /// mobile numbers have 10 to 13 (tester 20's finding 6: "0812-3456" passed).
        case mobileDigits(found: Int)
        /// NIK digits 7-8 (the day, +40 for women), 9-10 (the month), or a day not in the calendar.
        case nikDay, nikMonth, nikNoSuchDate

        var text: (id: String, en: String) {
            switch self {
            case .notADigit(let character, let position):
                ("karakter ke-\(position) ('\(character)') bukan angka", "character \(position) ('\(character)') is not a digit")
            case .digits(let found, let expected):
                ("tertulis \(found) angka, perlu \(expected)", "\(found) digits typed, \(expected) needed")
            case .prefix(let first):
                ("diawali '\(first)'", "starts with '\(first)'")
            case .mobileDigits(let found):
                ("nomor HP (08…) tertulis \(found) angka, perlu 10-13", "a mobile number (08…) has \(found) digits, 10-13 needed")
            case .nikDay:
                ("hari lahir (angka ke-7 dan 8) bukan 01-31, atau 41-71 untuk perempuan",
                 "the birth day (digits 7 and 8) is not 01-31, or 41-71 for a woman")
            case .nikMonth:
                ("bulan lahir (angka ke-9 dan 10) bukan 01-12", "the birth month (digits 9 and 10) is not 01-12")
            case .nikNoSuchDate:
                ("tanggal lahir (angka ke-7 s.d. 12, hhbbtt) tidak ada di kalender",
                 "the birth date (digits 7 to 12, ddmmyy) does not exist")
            }
        }
    }

    public static func badPhone(_ masked: String, _ fault: Fault) -> Localized {
        let (id, en) = fault.text
        return Localized(id: "nomor telepon '\(masked)' tidak sah: \(id); tulis 8-15 angka diawali 0, 62 atau +",
                         en: "phone number '\(masked)' is not valid: \(en); write 8-15 digits starting with 0, 62 or +")
    }

    public static func badNIK(digitCount: Int, length: Int, _ fault: Fault?) -> Localized {
        let detail = fault.map { (id: ": " + $0.text.id, en: ": " + $0.text.en) }
        return Localized(id: "NIK harus 16 angka; tertulis \(length) karakter (\(digitCount) angka)\(detail?.id ?? "")",
                         en: "a NIK has 16 digits; got \(length) characters (\(digitCount) digits)\(detail?.en ?? "")")
    }

    public static func badKK(digitCount: Int, length: Int, _ fault: Fault?) -> Localized {
        let detail = fault.map { (id: ": " + $0.text.id, en: ": " + $0.text.en) }
        return Localized(id: "Nomor KK harus 16 angka; tertulis \(length) karakter (\(digitCount) angka)\(detail?.id ?? "")",
                         en: "a family card (KK) number has 16 digits; got \(length) characters (\(digitCount) digits)\(detail?.en ?? "")")
    }

    /// A birth date that the NIK's own digits contradict (tester 28 F15): a warning, kept on Enter.
    public static func birthDateMismatch(nik: String, birth: String, typed: String) -> Localized {
        Localized(id: "\(birth) \(typed) tidak sama dengan tanggal lahir yang termuat dalam \(nik) (angka ke-7 sampai ke-12). Periksa keduanya pada KTP: tekan Enter untuk tetap memakai jawaban ini, atau ketik yang benar.",
                  en: "\(birth) \(typed) differs from the birth date held in \(nik) (its digits 7 to 12). Check both on the ID card: press Enter to keep this answer, or type the right one.")
    }

    public static func badNIKDate(_ masked: String, _ fault: Fault) -> Localized {
        Localized(id: "NIK \(masked) tidak memuat tanggal lahir yang sah: \(fault.text.id)",
                  en: "NIK \(masked) holds no valid birth date: \(fault.text.en)")
    }
}
