/// What form validation says about an answer.
extension Catalog {
    public enum Field {
        public static func required(_ label: String) -> Localized {
            Localized(id: "\(label) wajib diisi", en: "\(label) is required")
        }

        public static func notANumber(_ label: String, _ text: String) -> Localized {
            Localized(id: "\(label) harus berupa angka; tertulis '\(text)'", en: "\(label) must be a number; got '\(text)'")
        }

        /// An `angka` answer that reads two ways (tester 34, F6): what to write for each.
        public static func ambiguousNumber(_ label: String, _ text: String, plain: String, fraction: String) -> Localized {
            Localized(id: "\(label): '\(text)' dapat dibaca dua cara; titik memisahkan ribuan dan koma menandai pecahan: tulis \(plain) (atau tanpa titik) untuk bilangan bulat, \(fraction) untuk pecahan",
                      en: "\(label): '\(text)' reads two ways; a point groups thousands and a comma marks a fraction (the Indonesian way): write \(plain) (or without points) for a whole number, \(fraction) for a fraction")
        }

        /// An `angka` answer whose point groups no thousands ("2.5"): the fraction the Indonesian way.
        public static func pointNotGrouping(_ label: String, _ text: String, fraction: String) -> Localized {
            Localized(id: "\(label): '\(text)' tidak terbaca: titik memisahkan ribuan (tiga angka sesudahnya, seperti 1.250.000) dan koma menandai pecahan: untuk pecahan tulis \(fraction)",
                      en: "\(label): '\(text)' cannot be read: a point groups thousands (three digits after it, as in 1.250.000) and a comma marks a fraction (the Indonesian way): for a fraction write \(fraction)")
        }

        public static func badDate(_ label: String, _ text: String) -> Localized {
            Localized(id: "\(label): '\(text)' bukan tanggal yang ada; tulis seperti 24-02-2025",
                      en: "\(label): '\(text)' is not a date that exists; write it like 24-02-2025")
        }

        public static func notAnOption(_ label: String, _ text: String, options: [String]) -> Localized {
            let list = options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: ", ")
            return Localized(id: "\(label): '\(text)' bukan salah satu pilihan (\(list))",
                             en: "\(label): '\(text)' is not one of the choices (\(list))")
        }

        public static func notYesNo(_ label: String, _ text: String) -> Localized {
            Localized(id: "\(label): jawab 'ya' atau 'tidak'; tertulis '\(text)'",
                      en: "\(label): answer 'ya' (yes) or 'tidak' (no); got '\(text)'")
        }

        public static func badNIK(digitCount: Int, length: Int) -> Localized {
            Localized(id: "NIK harus 16 angka; tertulis \(length) karakter (\(digitCount) angka)",
                      en: "a NIK has 16 digits; got \(length) characters (\(digitCount) digits)")
        }

        public static func badNIKDate(_ nik: String) -> Localized {
            Localized(id: "NIK \(nik) tidak memuat tanggal lahir yang sah (angka ke-7 s.d. 10)",
                      en: "NIK \(nik) holds no valid birth date (digits 7 to 10)")
        }

        public static func badPhone(_ text: String) -> Localized {
            Localized(id: "nomor telepon '\(text)' tidak sah; tulis 8-15 angka diawali 0, 62 atau +",
                      en: "phone number '\(text)' is not valid; write 8-15 digits starting with 0, 62 or +")
        }

        public static func badEmail(_ text: String) -> Localized {
            Localized(id: "alamat email '\(text)' tidak sah", en: "email address '\(text)' is not valid")
        }
    }
}
