/// What the case store says when it cannot do its work.
extension Catalog {
    public enum Store {
        public static let full = Localized(
            id: "disk penuh: perubahan terakhir TIDAK tersimpan; kosongkan ruang disk lalu ulangi",
            en: "the disk is full: the last change was NOT saved; free disk space and try again")
        public static let busy = Localized(
            id: "basis data sedang dipakai proses lain terlalu lama; ulangi sebentar lagi",
            en: "the database was busy in another process for too long; try again shortly")
        public static let corrupt = Localized(
            id: "berkas basis data rusak atau bukan basis data sop", en: "the database file is damaged or not an sop database")

    }
}
