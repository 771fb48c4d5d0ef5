/// What is said about the calendar file.
extension Catalog {
    public enum Calendar {
        public static func badYear(_ text: String) -> Localized {
            Localized(id: "'\(text)' bukan tahun (tulis 4 angka, mis. 2026)", en: "'\(text)' is not a year (write 4 digits, e.g. 2026)")
        }

        public static func dateOutsideYear(_ date: String, year: Int) -> Localized {
            Localized(id: "tanggal \(date) ditulis di bawah tahun \(year)", en: "date \(date) is listed under the year \(year)")
        }

        public static func duplicateDay(_ date: String) -> Localized {
            Localized(id: "tanggal \(date) ditulis lebih dari sekali (libur nasional dan cuti bersama)",
                      en: "date \(date) is listed more than once (national holidays and collective leave)")
        }

        public static func twoCalendars(_ first: String, _ second: String) -> Localized {
            Localized(id: "folder SOP memuat dua kalender: \(first) dan \(second)", en: "the SOP folder holds two calendars: \(first) and \(second)")
        }
    }
}

extension Catalog.Calendar {
    public static let noServiceHours = Localized(
        id: "kalender tanpa jam_layanan: menit dan jam dihitung sebagai waktu berjalan, termasuk malam dan akhir pekan",
        en: "calendar without jam_layanan: menit and jam count elapsed time, nights and weekends included")

    public static func yearMissing(_ year: Int, listed: [Int]) -> Localized {
        let years = listed.map(String.init).joined(separator: ", ")
        return Localized(
            id: "hari libur tahun \(year) belum dicantumkan (tercantum: \(years)); batas waktu tahun ini mengabaikan libur dan cuti bersama",
            en: "no holidays listed for \(year) (listed: \(years)); due times this year ignore holidays and cuti bersama")
    }

    public static let usedCalendar = Localized(id: "kalender ini yang dipakai", en: "this calendar is the one used")

    /// The one-line summaries of the calendar rules.
    public enum Summary {
        public static let badYear = Localized(id: "kunci daftar libur yang bukan tahun", en: "a holiday list key that is not a year")
        public static let dateOutsideYear = Localized(id: "tanggal libur di bawah tahun lain", en: "a holiday listed under another year")
        public static let duplicateDay = Localized(id: "tanggal libur ditulis dua kali", en: "a holiday listed twice")
        public static let noServiceHours = Localized(id: "kalender tanpa jam layanan", en: "calendar without service hours")
        public static let yearMissing = Localized(id: "hari libur tahun berjalan belum dicantumkan", en: "no holidays listed for the current year")
        public static let duplicate = Localized(id: "dua kalender dalam satu folder SOP", en: "two calendars in one SOP folder")
    }
}
