import Foundation

/// The page asked for before login, to return to after it (`/masuk?ke=/kasus/…`). Only a path
/// of this desk is ever followed: it starts with one `/`, not `//` or `/\` (which browsers read
/// as another host), and holds only the characters of this desk's own paths (no scheme, no
/// backslash, no space or control character); anything else is dropped and the login goes to
/// the worklist. Never an open redirect.
enum ReturnPath {
    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~%")

    static func safe(_ raw: String?) -> String? {
        guard let raw, raw.count <= 300, raw.hasPrefix("/"), !raw.hasPrefix("//"), raw != "/",
            raw.allSatisfy(allowed.contains), !raw.hasPrefix("/masuk"), !raw.hasPrefix("/keluar")
        else { return nil }
        return raw
    }

    /// Where a logged-out GET of `path` is sent: the login, carrying the path when it is safe.
    static func login(returningTo path: String) -> String {
        guard let path = safe(path),
            let encoded = path.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"))
        else { return "/masuk" }
        return "/masuk?ke=" + encoded
    }
}
