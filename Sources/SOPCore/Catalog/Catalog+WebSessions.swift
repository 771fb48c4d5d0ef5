/// Web desk sessions: ended by the administrator or by leaving the roster, the login page's reason.
extension Catalog {
    public enum WebSessions {}
}

extension Catalog.WebSessions {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// A step answered on a session ended meanwhile (a logout or an expiry, on any instance)
    public static let sessionEnded = Localized(
        id: "sesi Anda sudah berakhir (keluar di jendela atau server lain, atau kedaluwarsa): isian ini tidak disimpan; masuk lagi",
        en: "your session has ended (logged out in another window or server, or expired): this form was not saved; log in again")

    /// On the login page after the desk ended a session whose operator holds no role any more.
    public static let sessionEndedNoRole = both(
        "Sesi Anda diakhiri karena Anda tidak lagi memegang peran apa pun di roster unit ini. Bila ini keliru, hubungi pengelola peran unit Anda.",
        "Your session was ended because you no longer hold any role in this unit's roster. If this is a mistake, contact your unit's roster administrator.")

    /// On the login page after `sop roster keluar` (the session is gone: the desk cannot tell why).
    public static let sessionGone = both(
        "Sesi Anda sudah berakhir. Silakan masuk lagi.",
        "Your session has ended. Please log in again.")

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
}

extension Catalog.WebSessions {
    /// A form sent by a browser that has no session any more (its operator logged out, in this
    /// tab or another): not a forged form.
    public static let loggedOut = both("Anda sudah keluar. Silakan masuk lagi.", "You are logged out. Please log in again.")

    /// On the login page after a session unused past `sop serve --idle-minutes`.
    public static let sessionIdle = both(
        "Sesi Anda diakhiri karena lama tidak dipakai, agar orang lain di dekat layar tidak memakainya. Silakan masuk lagi.",
        "Your session was ended because it was not used for a while, so that nobody else near the screen uses it. Please log in again.")

    /// `sop serve --idle-minutes` out of range.
    public static func badIdleMinutes(_ text: String) -> Localized {
        both("--idle-minutes '\(text)' tidak sah: tulis 0 (tanpa batas) atau 5 sampai 720 menit.",
             "--idle-minutes '\(text)' is not valid: write 0 (no limit) or 5 to 720 minutes.")
    }
}
