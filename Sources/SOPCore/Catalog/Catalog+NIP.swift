/// A `jenis: nip` field: a civil servant's 18-digit NIP, public (printed on every SK), checked on
/// its parts: birth date (digits 1-8, YYYYMMDD), TMT CPNS (9-14, YYYYMM), sex (15: 1 or 2).
extension Catalog {
    public enum NIP {}
}

extension Catalog.NIP {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// What is wrong with an NIP's parts (shown after the NIP, which is not personal data).
    public enum Fault: Sendable, Equatable {
        case birthDate(String)
        case tmt(String)
        case tmtBeforeBirth
        case sex(Character)

        var text: (id: String, en: String) {
            switch self {
            case .birthDate(let digits):
                ("tanggal lahir (angka ke-1 s.d. 8, TTTTBBHH) '\(digits)' tidak ada di kalender",
                 "the birth date (digits 1 to 8, YYYYMMDD) '\(digits)' does not exist")
            case .tmt(let digits):
                ("TMT CPNS (angka ke-9 s.d. 14, TTTTBB) '\(digits)' bukan bulan yang sah",
                 "the TMT CPNS (digits 9 to 14, YYYYMM) '\(digits)' is not a valid month")
            case .tmtBeforeBirth:
                ("TMT CPNS (angka ke-9 s.d. 14) lebih awal dari tanggal lahir (angka ke-1 s.d. 8)",
                 "the TMT CPNS (digits 9 to 14) is before the birth date (digits 1 to 8)")
            case .sex(let digit):
                ("angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis '\(digit)'",
                 "digit 15 (sex) must be 1 or 2, got '\(digit)'")
            }
        }
    }

    /// Not 18 digits: how many were typed, or the first character that is not a digit.
    public static func badLength(digitCount: Int, notADigit: (character: Character, position: Int)?) -> Localized {
        if let (character, position) = notADigit {
            return both("NIP harus 18 angka (spasi boleh); karakter ke-\(position) ('\(character)') bukan angka",
                        "a NIP has 18 digits (spaces allowed); character \(position) ('\(character)') is not a digit")
        }
        return both("NIP harus 18 angka (spasi boleh); tertulis \(digitCount) angka",
                    "a NIP has 18 digits (spaces allowed); \(digitCount) digits typed")
    }

    public static func badPart(_ nip: String, _ fault: Fault) -> Localized {
        both("NIP \(nip) tidak sah: \(fault.text.id)", "NIP \(nip) is not valid: \(fault.text.en)")
    }

    /// The web form's hint under a NIP field (and the correction form's).
    public static let hint = both("NIP: 18 angka (spasi boleh), mis. 19880512 201101 1 003.",
                                  "NIP: 18 digits (spaces allowed), e.g. 19880512 201101 1 003.")
}
