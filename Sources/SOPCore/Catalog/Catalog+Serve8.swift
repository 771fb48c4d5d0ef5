/// What the web desk (`sop serve`) says on its own case list (/kasus-saya), on the public status
/// page after a lookup, and in the 409 banner when the change came from the same operator.
extension Catalog {
    public enum Serve8 {}
}

extension Catalog.Serve8 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    // My cases (GET /kasus-saya)
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

    // The public status page after a lookup
    public static func lookedUp(_ code: String) -> Localized { both("Kode lacak: \(code)", "Tracking code: \(code)") }
    public static let checkAnother = both("Cek kode lain", "Check another code")

    // The 409 banner of a step page, when the change since the page was opened is the operator's own
    /// Every change since the page was opened came from the same operator (another window or tab,
    /// or the terminal).
    public static func staleBySelf(_ name: String) -> Localized {
        both("Kasus ini baru saja diubah oleh Anda sendiri (\(name)) di jendela atau tab lain, atau di terminal, sejak halaman ini Anda buka, "
                + "jadi isian di halaman ini belum disimpan. Halaman ini sudah dimuat ulang dan menunjukkan keadaan kasus sekarang: "
                + "periksa lalu kirim lagi bila masih perlu.",
             "You yourself (\(name)) changed this case in another window or tab, or at the terminal, since you opened this page, "
                + "so what you entered here was not saved. The page has been reloaded and shows the case as it is now: "
                + "check it and send again if still needed.")
    }

    /// Changes by others and by the same operator from another window.
    public static func staleByOthersAndSelf(_ others: String, self name: String) -> Localized {
        both("Kasus ini baru saja diubah oleh orang lain (\(others)) dan oleh Anda sendiri (\(name)) di jendela lain atau terminal "
                + "sejak halaman ini Anda buka, jadi isian Anda belum disimpan. Halaman ini sudah dimuat ulang dan menunjukkan keadaan "
                + "kasus sekarang: periksa lalu kirim lagi bila masih perlu.",
             "Someone else (\(others)) and you yourself (\(name)), in another window or at the terminal, changed this case since you "
                + "opened this page, so what you entered was not saved. The page has been reloaded and shows the case as it is now: "
                + "check it and send again if still needed.")
    }
}

// A step answered on a session ended meanwhile (a logout or an expiry, on any instance)
extension Catalog.Serve8 {
    public static let sessionEnded = Localized(
        id: "sesi Anda sudah berakhir (keluar di jendela atau server lain, atau kedaluwarsa): isian ini tidak disimpan; masuk lagi",
        en: "your session has ended (logged out in another window or server, or expired): this form was not saved; log in again")
}
