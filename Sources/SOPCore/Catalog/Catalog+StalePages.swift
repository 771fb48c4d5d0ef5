/// A web page or form whose case changed since it was opened (409): who did what and when, and
/// what was typed, to copy.
extension Catalog {
    public enum StalePages {}
}

extension Catalog.StalePages {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The 409 banner: another desk (or the terminal) wrote first.
    public static func staleChanged(_ names: String) -> Localized {
        both("Kasus ini baru saja diubah oleh orang lain (\(names)) sejak halaman ini Anda buka, jadi isian Anda belum disimpan. "
                + "Halaman ini sudah dimuat ulang dan menunjukkan keadaan kasus sekarang: periksa lalu kirim lagi bila masih perlu.",
             "Someone else (\(names)) changed this case since you opened this page, so what you entered was not saved. "
                + "The page has been reloaded and shows the case as it is now: check it and send again if still needed.")
    }

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

    /// The title of the page a form meets when its step no longer waits.
    public static let goneTitle = both("Isian belum disimpan", "Your entries were not saved")

    /// Who did it: "citra (Staf layanan pengaduan)".
    public static func who(_ name: String, role: String?) -> Localized {
        guard let role else { return both(name, name) }
        return both("\(name) (\(role))", "\(name) (\(role))")
    }

    /// The same operator, from another browser or the terminal.
    public static func youElsewhere(_ name: String, role: String?) -> Localized {
        let role = role.map { ", \($0)" } ?? ""
        return both("Anda sendiri (\(name)\(role)) di tab atau jendela lain, di perangkat lain atau di terminal",
                    "you yourself (\(name)\(role)) in another tab or window, on another device or in the terminal")
    }

    public static func stepFinishedBy(_ step: String, who: String, at: String) -> Localized {
        both("Kegiatan \(step) sudah diselesaikan oleh \(who), \(at).", "Step \(step) was finished by \(who), \(at).")
    }

    public static func pausedBy(_ who: String, at: String) -> Localized {
        both("Kasus ini dijeda oleh \(who), \(at).", "This case was paused by \(who), \(at).")
    }

    public static func cancelledBy(_ who: String, at: String, reason: String) -> Localized {
        both("Kasus ini dibatalkan oleh \(who), \(at): \(reason)", "This case was cancelled by \(who), \(at): \(reason)")
    }

    public static let nothingSaved = both(
        "Tidak ada isian formulir ini yang disimpan. Yang Anda ketik ada di bawah untuk disalin bila masih diperlukan, lalu keadaan kasus sekarang.",
        "Nothing of this form was saved. What you typed is below, to copy if it is still needed, then the case as it is now.")

    public static let typedTitle = both("Yang Anda ketik (belum disimpan)", "What you typed (not saved)")

    public static let typedFile = both("berkas, tidak disimpan: unggah lagi bila perlu", "file, not saved: upload it again if needed")

    public static let caseNowTitle = both("Keadaan kasus sekarang", "The case now")
}
