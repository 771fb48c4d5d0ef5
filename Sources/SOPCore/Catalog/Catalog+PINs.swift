/// Operators' PINs: length, repeat, the page to change a PIN, a PIN stored, removed or replaced.
extension Catalog {
    public enum PINs {}
}

extension Catalog.PINs {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

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

    /// `/ganti-pin`: an operator changes their own PIN in the browser.
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
}
