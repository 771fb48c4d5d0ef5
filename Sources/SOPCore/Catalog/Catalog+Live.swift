/// What the server log says about live updates (`sop serve`): the watcher of a SQLite store,
/// the LISTEN connection to PostgreSQL. Read by whoever runs the server.
extension Catalog {
    public enum Live {
        public static func sqliteWatchFailed(_ detail: Localized) -> Localized {
            Localized(id: "pembaruan langsung: perubahan penyimpanan tidak dapat dipantau (dicoba lagi): ",
                      en: "live updates: the store's changes cannot be watched (trying again): ") + detail
        }

        public static func listenLost(_ detail: String, pause: Double) -> Localized {
            let ms = Int((pause * 1000).rounded())
            return Localized(id: "pembaruan langsung: koneksi LISTEN ke PostgreSQL terputus (\(detail)); menyambung ulang dalam \(ms) ms",
                             en: "live updates: the LISTEN connection to PostgreSQL was lost (\(detail)); reconnecting in \(ms) ms")
        }

        public static func listenFailed(_ detail: Localized, pause: Double) -> Localized {
            let ms = Int((pause * 1000).rounded())
            return Localized(id: "pembaruan langsung: tidak dapat mendengarkan PostgreSQL: \(detail.id); dicoba lagi dalam \(ms) ms",
                             en: "live updates: cannot listen to PostgreSQL: \(detail.en); trying again in \(ms) ms")
        }

        public static let listenBack = Localized(
            id: "pembaruan langsung: koneksi LISTEN ke PostgreSQL tersambung lagi; daftar tugas dimuat ulang",
            en: "live updates: the LISTEN connection to PostgreSQL is back; worklists are reloaded")
    }
}
