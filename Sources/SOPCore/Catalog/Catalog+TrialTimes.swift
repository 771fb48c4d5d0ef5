/// `sop show NOMOR --sejak "25-12-2026 02.00"`: each row's due time as if it started then, on the
/// unit's calendar, with nothing written (tester 32, F3: a Kasi checking a 24-hour SOP before the
/// long holiday). The desk's own clock is never set: the times it records are evidence.
extension Catalog {
    public enum TrialTimes {
        public static func header(_ when: String, day: String) -> Localized {
            Localized(id: "Batas waktu setiap kegiatan bila dimulai \(day), \(when):",
                      en: "Each step's due time if it starts on \(day), \(when):")
        }

        public static func holiday(_ name: String, kind: String, served: Bool) -> Localized {
            served
                ? Localized(id: "Hari itu \(kind) (\(name)); jam layanan SOP ini termasuk hari libur, jadi waktunya berjalan.",
                            en: "That day is a holiday, \(kind) (\(name)); this SOP's service hours include holidays, so its time runs.")
                : Localized(id: "Hari itu \(kind) (\(name)): waktu berstandar menit, jam dan hari kerja berhenti sampai hari kerja berikutnya.",
                            en: "That day is a holiday, \(kind) (\(name)): time in minutes, hours and working days stops until the next working day.")
        }

        public static func row(_ label: String, waktu: String, due: String) -> Localized {
            Localized(id: "  Kegiatan \(label) · \(waktu) → batas \(due)", en: "  Step \(label) · \(waktu) → due \(due)")
        }

        public static func noStandard(_ label: String, waktu: String) -> Localized {
            Localized(id: "  Kegiatan \(label) · \(waktu) → tanpa standar waktu", en: "  Step \(label) · \(waktu) → no time standard")
        }

        public static func dependsOnCase(_ label: String, waktu: String) -> Localized {
            Localized(id: "  Kegiatan \(label) · \(waktu) → menurut kasus (isian atau keputusan kasus)",
                      en: "  Step \(label) · \(waktu) → depends on the case (its answers or decisions)")
        }

        public static func since(_ row: String) -> Localized {
            Localized(id: " (dihitung sejak kegiatan \(row))", en: " (counted since step \(row))")
        }

        public static let footer = Localized(
            id: "Tidak ada kasus yang dibuat dan tidak ada yang disimpan. Jam meja layanan tidak dapat diatur: waktu yang dicatatnya adalah bukti.",
            en: "No case was made and nothing was saved. The desk's clock cannot be set: the times it records are evidence.")

        /// A release build asked to write with the clock stood still (SOP_FIXED_TIME, a seam of
        /// the tests and demos): refused, nothing written.
        public static let fixedTimeRefused = Localized(
            id: "SOP_FIXED_TIME menghentikan jam, dan build rilis tidak menulis ke basis data kasus dengan jam yang diatur: waktu kejadian adalah bukti. "
                + "Hapus SOP_FIXED_TIME dari lingkungan. Untuk melihat batas waktu setiap kegiatan pada tanggal tertentu: sop show NOMOR --sejak \"25-12-2026 02.00\"",
            en: "SOP_FIXED_TIME stands the clock still, and a release build does not write to a case database with a clock set: the times of events are evidence. "
                + "Remove SOP_FIXED_TIME from the environment. To see each step's due time on a given date: sop show NOMOR --sejak \"25-12-2026 02.00\"")

        public static func unreadable(_ text: String) -> Localized {
            Localized(id: "--sejak '\(text)' tidak terbaca; tulis tanggal dan jam seperti '25-12-2026 02.00'",
                      en: "--sejak '\(text)' cannot be read; write a date and a time like '25-12-2026 02.00'")
        }
    }
}
