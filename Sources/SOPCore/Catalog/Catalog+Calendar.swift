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
