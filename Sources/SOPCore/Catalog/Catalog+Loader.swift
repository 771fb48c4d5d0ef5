/// What the SOP loader says about a file's structure and values.
extension Catalog {
    public enum Loader {
        public enum Kind: Sendable { case text, list, mapping }

        static func word(_ kind: Kind) -> Localized {
            switch kind {
            case .text: Localized(id: "teks", en: "text")
            case .list: Localized(id: "daftar", en: "a list")
            case .mapping: Localized(id: "pemetaan (kunci: nilai)", en: "a mapping (key: value)")
            }
        }

        public static func unknownKey(_ key: String, in context: String) -> Localized {
            Localized(id: "kunci '\(key)' tidak dikenal di \(context)",
                      en: "unknown key '\(key)' in \(context)")
        }

        public static func knownKeys(_ keys: [String]) -> Localized {
            Localized(id: "kunci yang dikenal: \(keys.joined(separator: ", "))",
                      en: "known keys: \(keys.joined(separator: ", "))")
        }

        public static func missingKey(_ key: String, in context: String) -> Localized {
            Localized(id: "kunci wajib '\(key)' tidak ada di \(context)",
                      en: "required key '\(key)' is missing in \(context)")
        }

        public static func wrongType(_ key: String, expected: Kind, found: Kind) -> Localized {
            let e = word(expected), f = word(found)
            return Localized(id: "'\(key)' harus berupa \(e.id), tertulis \(f.id)",
                             en: "'\(key)' must be \(e.en), found \(f.en)")
        }

        public static func emptyValue(_ key: String) -> Localized {
            Localized(id: "'\(key)' tidak boleh kosong", en: "'\(key)' must not be empty")
        }

        public static func invalidChoice(_ value: String, key: String, options: [String]) -> Localized {
            let list = options.joined(separator: ", ")
            let value = Catalog.Faults.shortened(value)
            return Localized(id: "'\(key)' bernilai '\(value)'; pilihannya: \(list)",
                             en: "'\(key)' is '\(value)'; the choices are: \(list)")
        }

        public static func invalidBoolean(_ value: String, key: String) -> Localized {
            let value = Catalog.Faults.shortened(value)
            return Localized(id: "'\(key)' harus 'ya' atau 'tidak', tertulis '\(value)'",
                             en: "'\(key)' must be 'ya' (yes) or 'tidak' (no), found '\(value)'")
        }

        public static func invalidIdentifier(_ value: String) -> Localized {
            let value = Catalog.Faults.shortened(value)
            return Localized(id: "id '\(value)' tidak sah: pakai huruf, angka, '-', '_' atau '.' tanpa spasi",
                             en: "id '\(value)' is not valid: use letters, digits, '-', '_' or '.' without spaces")
        }

        public static func reservedIdentifier(_ value: String) -> Localized {
            Localized(id: "'\(value)' menandai akhir alur dan tidak dapat dipakai sebagai id",
                      en: "'\(value)' marks the end of the flow and cannot be used as an id")
        }

        public static func conflictingKeys(_ keys: [String]) -> Localized {
            let list = Catalog.quoted(keys)
            return Localized(id: "\(list) tidak boleh ditulis bersama; pilih salah satu",
                             en: "\(list) cannot be written together; choose one")
        }

        public static func waktuUnreadable(_ text: String) -> Localized {
            Localized(
                id: "waktu '\(text)' tidak terbaca; tulis seperti '5 menit', '2 jam', '3 hari', '10 hari kerja', '1 x 24 jam' atau '1-3 hari'",
                en: "waktu '\(text)' cannot be read; write it like '5 menit', '2 jam', '3 hari', '10 hari kerja', '1 x 24 jam' or '1-3 hari'")
        }

        public static func dateUnreadable(_ text: String) -> Localized {
            Localized(
                id: "tanggal '\(text)' tidak terbaca; tulis seperti '24 Februari 2025', 'Maret 2021', '2025-02-24' atau '-', boleh diikuti catatan dalam kurung seperti '14 Juli 2025 (Revisi ke-1)'",
                en: "date '\(text)' cannot be read; write it like '24 Februari 2025', 'Maret 2021', '2025-02-24' or '-', optionally followed by a note in brackets like '14 Juli 2025 (Revisi ke-1)'")
        }

        public static func dateNonexistent(_ text: String) -> Localized {
            Localized(id: "tanggal '\(text)' tidak ada di kalender", en: "date '\(text)' does not exist")
        }

        public static func serviceHoursUnreadable(_ piece: String) -> Localized {
            Localized(
                id: "jam layanan '\(piece)' tidak terbaca; tulis seperti 'Senin-Kamis 08.00-15.30, Jumat 08.00-16.00' atau '24 jam setiap hari, termasuk hari libur'",
                en: "service hours '\(piece)' cannot be read; write them like 'Senin-Kamis 08.00-15.30, Jumat 08.00-16.00' or '24 jam setiap hari, termasuk hari libur'")
        }

        /// Under it: where the rest of a printed sentence about the service goes (tester 33).
        public static let serviceHoursOtherWords = Localized(
            id: "kalimat lain tentang layanan (mis. 'dilaksanakan secara bergiliran oleh Petugas Piket') ditulis sebagai baris tersendiri di cetak.baris_tambahan, bukan di jam_layanan",
            en: "other words about the service (e.g. 'dilaksanakan secara bergiliran oleh Petugas Piket') go in a row of their own under cetak.baris_tambahan, not in jam_layanan")
    }
}
