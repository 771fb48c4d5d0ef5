/// One-time codes (TOTP): enrolment, removal, codes that are easily confused, the roster's column.
extension Catalog {
    public enum OneTimeCodes {}
}

extension Catalog.OneTimeCodes {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static let codeConfusable = both(
        "Kode lacak tidak pernah memakai 0 (nol), O, 1 (satu), I, L atau U; periksa lagi tanda terima Anda (mis. K7QF-M2XR-9P).",
        "Tracking codes never use 0 (zero), O, 1 (one), I, L or U; check your receipt again (e.g. K7QF-M2XR-9P).")

    public static func codeConfusableTerminal(_ code: String) -> Localized {
        both("'\(code)' bukan kode lacak: kode lacak tidak pernah memakai 0 (nol), O, 1 (satu), I, L atau U",
             "'\(code)' is not a tracking code: tracking codes never use 0 (zero), O, 1 (one), I, L or U")
    }

    /// Above the QR code of `sop roster totp`.
    public static let scanQR = both(
        "Pindai kode QR ini dengan aplikasi autentikator (atau ketik alamat di atas):",
        "Scan this QR code with the authenticator app (or type the address above):")

    public static func totpRemoved(_ name: String, removed: Bool) -> Localized {
        removed
            ? both("Kode satu kali \(name) dihapus: aplikasi autentikator lamanya tidak berlaku lagi, dan \(name) masuk dengan PIN saja sampai didaftarkan lagi (sop roster totp \(name)). Sesi meja web yang masih terbuka tidak diakhiri: bila ponselnya hilang, jalankan juga sop roster keluar \(name).",
                   "One-time codes of \(name) removed: the old authenticator no longer works, and \(name) logs in with the PIN alone until enrolled again (sop roster totp \(name)). Open web desk sessions are not ended: if the phone was lost, also run sop roster keluar \(name).")
            : both("\(name) tidak terdaftar untuk kode satu kali; tidak ada yang dihapus.",
                   "\(name) is not enrolled for one-time codes; nothing was removed.")
    }

    public static func totpAlreadyEnrolled(_ name: String, since: String, by: String) -> Localized {
        both("\(name) sudah terdaftar untuk kode satu kali (sejak \(since), oleh \(by)). Mendaftar lagi membuat aplikasi autentikator lamanya tidak berlaku: ulangi dengan --ganti, atau hapus pendaftarannya dengan --hapus.",
             "\(name) is already enrolled for one-time codes (since \(since), by \(by)). Enrolling again makes the old authenticator stop working: repeat with --ganti, or remove the enrolment with --hapus.")
    }

    public static func totpReplaced(_ name: String) -> Localized {
        both("Pendaftaran lama \(name) diganti: kode dari aplikasi autentikator lamanya tidak berlaku lagi. Sesi meja web yang masih terbuka tidak diakhiri: bila ponsel lamanya hilang, jalankan juga sop roster keluar \(name).",
             "The old enrolment of \(name) was replaced: codes from the old authenticator no longer work. Open web desk sessions are not ended: if the old phone was lost, also run sop roster keluar \(name).")
    }

    public static let columnCode = both("Kode satu kali", "One-time code")

    public static let codeYes = both("ya", "yes")

    public static let codeUnknown = both("?", "?")
}
