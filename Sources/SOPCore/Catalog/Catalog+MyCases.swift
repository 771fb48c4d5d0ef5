/// The web desk's own case list (/kasus-saya).
extension Catalog {
    public enum MyCases {}
}

extension Catalog.MyCases {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static let navMyCases = both("Kasus saya", "My cases")

    public static let myCasesTitle = both("Kasus saya", "My cases")

    public static let myCasesIntro = both(
        "Kasus yang Anda mulai atau kerjakan, yang masih berjalan lebih dulu (batas terdekat di atas); hanya kasus SOP yang peran Anda boleh baca.",
        "Cases you started or worked on, those still running first (nearest due time on top); only cases of SOPs your roles may read.")

    public static let myCasesNothing = both(
        "Belum ada kasus yang Anda mulai atau kerjakan.",
        "There is no case you started or worked on yet.")

    public static let columnNow = both("Sekarang", "Now")

    public static func moreCases(_ shown: Int) -> Localized {
        both("Hanya \(shown) kasus pertama yang ditampilkan; cari kasus lain dengan kotak di daftar tugas.",
             "Only the first \(shown) cases are shown; find others with the box on the worklist.")
    }

    /// The step waiting, with its role: "Kegiatan 3 · Staf layanan pengaduan".
    public static func waitingStep(_ label: String, role: String) -> Localized {
        both("Kegiatan \(label) · \(role)", "Step \(label) · \(role)")
    }
}
