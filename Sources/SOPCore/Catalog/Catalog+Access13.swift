/// What the web desk and `sop roster` say in answer to the thirteenth round of outside tests: a
/// mistyped name refused, a PIN change ending the other sessions, the PIN page in sentences a
/// clerk reads, the migrations listed in the reader's language.
extension Catalog {
    public enum Access13 {}
}

extension Catalog.Access13 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// `sop roster keluar`, `pin --hapus`, `totp --hapus` on a name the roster has never seen
    /// (no role ever, no PIN, no one-time code, no session).
    public static func unknownOperator(_ name: String, suggestion: String?) -> Localized {
        let hint = suggestion.map { (id: "; mungkin maksudnya '\($0)'?", en: "; did you mean '\($0)'?") }
        return both("'\(name)' tidak dikenal daftar peran: nama itu tidak pernah memegang peran dan tidak memiliki PIN, kode satu kali maupun sesi meja web; tidak ada yang diubah\(hint?.id ?? "")",
                    "'\(name)' is unknown to the roster: that name never held a role and has no PIN, one-time code or web desk session; nothing was changed\(hint?.en ?? "")")
    }

    // `/ganti-pin`: the page's refusals, in full sentences next to their field.
    public static let pinTooShort = both("PIN terlalu pendek: paling sedikit 6 karakter.", "The PIN is too short: at least 6 characters.")
    public static let pinTooLong = both("PIN terlalu panjang: paling banyak 200 karakter.", "The PIN is too long: at most 200 characters.")
    public static let pinMismatch = both("Kedua PIN baru tidak sama; PIN tidak diganti.", "The two new PINs differ; the PIN was not changed.")
    public static let changePINIntro = both(
        "Ketik PIN Anda saat ini, lalu PIN baru dua kali (paling sedikit 6 karakter; boleh berisi huruf). PIN tidak disimpan dalam bentuk yang dapat dibaca siapa pun. Setelah PIN diganti, sesi meja web Anda yang lain (di peramban atau komputer lain) diakhiri.",
        "Type your current PIN, then the new PIN twice (at least 6 characters; letters are allowed). The PIN is not stored in any form anyone can read. Once the PIN is changed, your other web desk sessions (in other browsers or computers) are ended.")

    /// After `/ganti-pin`: the operator's other sessions ended with the change.
    public static func pinChanged(otherSessionsEnded ended: Int) -> Localized {
        ended > 0
            ? both("PIN Anda sudah diganti. Pakai PIN baru pada login berikutnya. Sesi Anda yang masih terbuka di \(ended) peramban atau perangkat lain sudah diakhiri.",
                   "Your PIN has been changed. Use the new PIN at your next login. Your \(ended == 1 ? "session" : "sessions") still open in \(ended) other \(ended == 1 ? "browser or device was" : "browsers or devices were") ended.")
            : both("PIN Anda sudah diganti. Pakai PIN baru pada login berikutnya. Tidak ada sesi lain Anda yang terbuka.",
                   "Your PIN has been changed. Use the new PIN at your next login. You had no other open session.")
    }

    /// `sop roster pin NAME`: the PIN stored (in plain words, no hashing jargon).
    public static func pinSaved(_ name: String) -> Localized {
        both("PIN \(name) disimpan. PIN tidak disimpan dalam bentuk yang dapat dibaca siapa pun.",
             "PIN of \(name) saved. The PIN is not stored in any form anyone can read.")
    }

    /// A login refused after the right PIN: the operator held roles once and holds none now.
    public static let loginNoRoleAnymore = both(
        "Anda tidak lagi memegang peran apa pun di roster unit ini, jadi tidak dapat masuk. Bila ini keliru, hubungi pengelola peran unit Anda.",
        "You no longer hold any role in this unit's roster, so you cannot log in. If this is a mistake, contact your unit's roster administrator.")
}
