/// Logging in at the web desk: one answer for every refused login, HTTPS, an operator without roles.
extension Catalog {
    public enum WebLogin {}
}

extension Catalog.WebLogin {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static let loginRefused = both(
        "Nama, PIN atau kode satu kali salah.",
        "Wrong name, PIN or one-time code.")

    public static let loginRefusedHint = both(
        "Setelah 5 kali salah berturut-turut (PIN atau kode satu kali) nama dikunci 15 menit, dan selama itu PIN yang benar pun ditolak. Bila Anda yakin PIN dan kodenya benar, minta pengelola peran unit Anda membuka kuncinya.",
        "After 5 wrong tries in a row (PIN or one-time code) the name is locked for 15 minutes, and meanwhile even the right PIN is refused. If you are sure of your PIN and code, ask your unit's roster administrator to unlock it.")

    /// A login refused after the right PIN: the operator held roles once and holds none now.
    public static let loginNoRoleAnymore = both(
        "Anda tidak lagi memegang peran apa pun di roster unit ini, jadi tidak dapat masuk. Bila ini keliru, hubungi pengelola peran unit Anda.",
        "You no longer hold any role in this unit's roster, so you cannot log in. If this is a mistake, contact your unit's roster administrator.")

    public static let needsHTTPS = both(
        "Halaman ini dibuka lewat HTTP biasa dari komputer lain, sedangkan kuki sesi hanya dikirim lewat HTTPS: "
            + "masuk tidak akan berhasil. Buka meja ini lewat HTTPS (nginx di depan sop serve, lihat README), "
            + "atau, untuk uji di komputer server saja, jalankan sop serve --no-cookie-secure dan buka http://127.0.0.1.",
        "This page was opened over plain HTTP from another computer, and the session cookies travel over HTTPS only: "
            + "logging in cannot work. Open the desk over HTTPS (nginx in front of sop serve, see the README), "
            + "or, for tests on the server's own computer only, run sop serve --no-cookie-secure and open http://127.0.0.1.")
}
