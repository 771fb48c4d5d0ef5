/// What a store says when its schema is not the one this sop works on: a migration pending (only
/// `sop db migrate` applies it) or one applied by a newer sop. The same words on SQLite and
/// PostgreSQL; nothing was changed in either case.
extension Catalog {
    public enum StoreSchema {
        /// `store`: the file's path or the redacted PostgreSQL address; `pending`: each migration
        /// in the reader's language (`v17: segel rantai hanya dapat ditambah`).
        public static func pending(_ store: String, pending: [Localized]) -> Localized {
            let id = pending.map(\.id).joined(separator: "; "), en = pending.map(\.en).joined(separator: "; ")
            return Localized(
                id: "basis data '\(store)' belum dimigrasikan ke skema sop ini (tertunda: \(id)). Tidak ada yang diubah. "
                    + "Cadangkan dulu basis datanya (sop versi lama: 'sop db copy'; atau sqlite3 '.backup' / pg_dump), hentikan meja "
                    + "dan sop serve yang masih memakai versi lama, lalu jalankan 'sop db migrate' (README: Upgrading sop).",
                en: "the database '\(store)' is not yet migrated to this sop's schema (pending: \(en)). Nothing was changed. "
                    + "Back it up first (the old sop's 'sop db copy'; or sqlite3 '.backup' / pg_dump), stop the desks and sop serve "
                    + "still on the old version, then run 'sop db migrate' (README: Upgrading sop).")
        }

        /// `sop db migrate` failed in a migration's own statement and rolled everything back.
        public static func migrationFailed(_ store: String, pending: [Localized]) -> Localized {
            let id = pending.map(\.id).joined(separator: "; "), en = pending.map(\.en).joined(separator: "; ")
            return Localized(
                id: "migrasi basis data '\(store)' gagal dan dibatalkan seluruhnya (tertunda: \(id)): isinya bukan seperti yang "
                    + "ditinggalkan versi sop sebelumnya. Tidak ada yang diubah. Jangan dipakai dengan versi ini; pulihkan cadangan "
                    + "dari sebelum pembaruan, atau hubungi operator TI.",
                en: "migrating the database '\(store)' failed and was rolled back whole (pending: \(en)): it is not what the "
                    + "previous version of sop left. Nothing was changed. Do not use it with this version; restore the backup made "
                    + "before the upgrade, or ask your IT operator.")
        }

        /// The web desk's page for either: no path, no versions (the server's log has them),
        /// and what a clerk in a browser can do.
        public static let onTheWeb = Localized(
            id: "Meja ini sementara tidak dapat dipakai: basis datanya tidak sesuai dengan versi sop di server ini. "
                + "Tidak ada yang diubah dan tidak ada data yang hilang. Hubungi operator TI.",
            en: "This desk cannot be used for now: its database does not match the version of sop on this server. "
                + "Nothing was changed and no data is lost. Ask your IT operator.")

        /// The banner of every desk page while the store refuses writes (`onTheWeb`): read before a
        /// clerk types anything, the forms that would write disabled under it.
        public static let webBanner = Localized(
            id: "Meja ini sedang tidak dapat menyimpan: basis data diperbarui oleh versi sop lain. "
                + "Jangan mengisi formulir; hubungi operator TI.",
            en: "This desk cannot save anything for now: the database was updated by another version of sop. "
                + "Do not fill in forms; ask your IT operator.")

        /// A login sent while the store refuses writes (the login page's banner says why): no
        /// session can be kept, and nothing is counted.
        public static let loginHeld = Localized(
            id: "Belum dapat masuk: meja ini sedang tidak dapat menyimpan, jadi sesi Anda tidak dapat dibuat. Tidak ada yang "
                + "dicatat (PIN yang salah pun tidak dihitung). Coba lagi setelah operator TI menyelesaikannya.",
            en: "You cannot log in yet: this desk cannot save anything for now, so your session cannot be kept. Nothing was "
                + "recorded (not even a wrong PIN is counted). Try again once your IT operator has sorted it out.")

        /// `version`: the newest migration the store records, by number only (a newer sop's
        /// name is not this one's to print); `known`: the newest this sop knows.
        public static func newer(_ store: String, version: Int, known: Int) -> Localized {
            Localized(
                id: "basis data '\(store)' sudah dimigrasikan oleh versi sop yang lebih baru (skema v\(version); sop ini mengenal "
                    + "sampai v\(known)). Tidak ada yang diubah dan tidak ada data yang hilang. Pakai sop versi terbaru di meja ini, "
                    + "atau hubungi operator TI.",
                en: "the database '\(store)' was migrated by a newer version of sop (schema v\(version); this sop knows up to "
                    + "v\(known)). Nothing was changed and no data is lost. Use the newest sop at this desk, or ask your IT operator.")
        }
    }
}
