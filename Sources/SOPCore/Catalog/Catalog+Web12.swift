/// What the web desk and `sop roster` say in answer to the twelfth outside test (a Dinas IT
/// operator): a leaver logged out at once, sessions ended by the administrator, a PIN or a
/// one-time-code enrolment removed, the login page in words a clerk can act on.
extension Catalog {
    public enum Web12 {}
}

extension Catalog.Web12 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    // The web desk.

    /// On the login page after the desk ended a session whose operator holds no role any more.
    public static let sessionEndedNoRole = both(
        "Sesi Anda diakhiri karena Anda tidak lagi memegang peran apa pun di roster unit ini. Bila ini keliru, hubungi pengelola peran unit Anda.",
        "Your session was ended because you no longer hold any role in this unit's roster. If this is a mistake, contact your unit's roster administrator.")
    /// On the login page after `sop roster keluar` (the session is gone: the desk cannot tell why).
    public static let sessionGone = both(
        "Sesi Anda sudah berakhir. Silakan masuk lagi.",
        "Your session has ended. Please log in again.")

    // `sop roster keluar NAME`.

    public static func sessionsEnded(_ name: String, count: Int) -> Localized {
        count == 0
            ? both("\(name) tidak memiliki sesi meja web yang terbuka; tidak ada yang diakhiri.",
                   "\(name) has no open web desk session; nothing was ended.")
            : count == 1
            ? both("1 sesi meja web \(name) diakhiri: permintaan berikutnya dari peramban itu diminta masuk lagi.",
                   "1 web desk session of \(name) ended: the next request from that browser is asked to log in again.")
            : both("\(count) sesi meja web \(name) diakhiri: permintaan berikutnya dari setiap peramban itu diminta masuk lagi.",
                   "\(count) web desk sessions of \(name) ended: the next request from each of those browsers is asked to log in again.")
    }
    public static func endSessionsNeedsAdmin(_ name: String) -> Localized {
        both("hanya pemegang peran 'pengelola-peran' yang boleh mengakhiri sesi meja web \(name)",
             "only holders of the role 'pengelola-peran' may end the web desk sessions of \(name)")
    }
    public static let accessUnsupported = both(
        "basis data ini tidak menyimpan sesi meja web, PIN atau kode satu kali",
        "this database keeps no web desk sessions, PINs or one-time codes")

    // `sop roster pin NAME --hapus` and `sop roster totp NAME --hapus`.

    public static func pinRemoved(_ name: String, removed: Bool) -> Localized {
        removed
            ? both("PIN \(name) dihapus: nama ini tidak dapat lagi masuk ke meja web atau memakai --operator sampai diberi PIN baru.",
                   "PIN of \(name) removed: this name can no longer log in to the web desk or use --operator until given a new PIN.")
            : both("\(name) tidak memiliki PIN; tidak ada yang dihapus.", "\(name) has no PIN; nothing was removed.")
    }
    public static func pinRemoveNeedsAdmin(_ name: String) -> Localized {
        both("hanya pemegang peran 'pengelola-peran' yang boleh menghapus PIN \(name)",
             "only holders of the role 'pengelola-peran' may remove the PIN of \(name)")
    }
    public static func pinReplaced(_ name: String, by admin: String) -> Localized {
        both("PIN \(name) diganti oleh pengelola peran \(admin) (tanpa PIN lama); PIN lama tidak berlaku lagi dan kuncinya, bila ada, dibuka. Sampaikan PIN baru kepada \(name) secara langsung.",
             "PIN of \(name) replaced by the roster administrator \(admin) (without the old PIN); the old PIN no longer works and a lock, if any, is lifted. Tell \(name) the new PIN in person.")
    }
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
    public static func notTogether(_ a: String, _ b: String) -> Localized {
        both("\(a) dan \(b) tidak dapat dipakai bersama", "\(a) and \(b) cannot be used together")
    }

    // `sop roster`: who gives a one-time code at login.
    public static let columnCode = both("Kode satu kali", "One-time code")
    public static let codeYes = both("ya", "yes")
    public static let codeUnknown = both("?", "?")
}

// `/ganti-pin`: an operator changes their own PIN in the browser.
extension Catalog.Web12 {
    public static let changePINTitle = Localized(id: "Ganti PIN", en: "Change PIN")
    public static let currentPIN = Localized(id: "PIN saat ini", en: "Current PIN")
    public static let newPIN = Localized(id: "PIN baru", en: "New PIN")
    public static let repeatPIN = Localized(id: "Ulangi PIN baru", en: "Repeat the new PIN")
    public static let changePINButton = Localized(id: "Simpan PIN baru", en: "Save the new PIN")
    public static let wrongCurrentPIN = Localized(
        id: "PIN saat ini salah; PIN tidak diganti. Setelah 5 kali salah berturut-turut nama Anda dikunci 15 menit.",
        en: "The current PIN is wrong; the PIN was not changed. After 5 wrong tries in a row your name is locked for 15 minutes.")
    public static let noPINToChange = Localized(
        id: "Nama Anda belum memiliki PIN di sini; mintalah kepada pengelola peran unit Anda.",
        en: "Your name has no PIN here yet; ask your unit's roster administrator.")
}
