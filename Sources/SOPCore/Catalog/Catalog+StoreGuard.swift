/// What the SQLite store says about a file it will not use.
extension Catalog {
    public enum StoreGuard {
        public static func foreign(_ path: String) -> Localized {
            Localized(
                id: "'\(path)' adalah basis data SQLite aplikasi lain, bukan basis data sop; tidak diubah. Sebutkan berkas basis data sop (--db) atau berkas baru",
                en: "'\(path)' is another application's SQLite database, not an sop database; left unchanged. Name an sop database (--db) or a new file")
        }

        public static func notAFile(_ path: String, kind: Catalog.Faults.FileKind) -> Localized {
            Localized(
                id: "'\(path)' tidak dapat menjadi basis data: ini \(kind.words.id); sebutkan berkas SQLite (atau jalur berkas baru)",
                en: "'\(path)' cannot be a database: this is \(kind.words.en); name a SQLite file (or a path for a new one)")
        }

        public static func ioError(_ path: String) -> Localized {
            Localized(
                id: "basis data '\(path)' tidak dapat dibaca atau ditulis (kesalahan masukan/keluaran); periksa disk dan jalurnya",
                en: "the database '\(path)' cannot be read or written (input/output error); check the disk and the path")
        }

        public static func readOnly(_ path: String) -> Localized {
            Localized(
                id: "basis data '\(path)' hanya dapat dibaca (izin berkas atau sistem berkas hanya-baca); perintah ini perlu menulis. Perintah yang hanya membaca (cases, case, tasks, report, db status, db verify) tetap dapat dipakai",
                en: "the database '\(path)' can only be read (file permissions or a read-only file system); this command needs to write. Reading commands (cases, case, tasks, report, db status, db verify) still work")
        }

        public static func cannotOpen(_ path: String) -> Localized {
            Localized(
                id: "basis data '\(path)' tidak dapat dibuka: izin ditolak atau foldernya tidak ada; periksa jalur dan izinnya",
                en: "the database '\(path)' cannot be opened: permission denied or its folder is missing; check the path and its permissions")
        }

        /// Creating the store's folder or file failed (reason from Catalog.Faults.reason).
        public static func cannotCreate(_ path: String, reason: Localized) -> Localized {
            Localized(id: "tidak dapat membuat '\(path)': \(reason.id)", en: "cannot create '\(path)': \(reason.en)")
        }

        public static func failed(_ path: String, code: Int32) -> Localized {
            Localized(
                id: "basis data '\(path)' tidak dapat dipakai (kode SQLite \(code)); periksa berkasnya dengan 'sop db status'",
                en: "the database '\(path)' cannot be used (SQLite code \(code)); check it with 'sop db status'")
        }
    }
}
