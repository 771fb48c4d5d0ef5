import Foundation
import HTTPTypes
import Hummingbird
import SOPCore

/// Random tokens, their digests, cookies and the client's address: the small pieces of the
/// desk's identity handling, in one place.
enum WebIdentity {
    static let sessionCookie = "sop_sesi"
    static let csrfCookie = "sop_csrf"
    static let languageCookie = "sop_bahasa"
    /// Set by `Keluar` (until the browser closes or the next login): a form of a page opened
    /// before it is answered "you are logged out", not as forged (`CSRFMiddleware`).
    static let loggedOutCookie = "sop_keluar"

    /// 256 random bits from the system's generator, base64url without padding.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// What the store keeps of a session id: its SHA-256, hex.
    static func digest(_ token: String) -> String {
        SHA256.hex(Array(token.utf8))
    }

    /// Equal strings, compared in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for (p, q) in zip(x, y) { difference |= p ^ q }
        return difference == 0
    }

    /// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure unless turned off for
    /// plain-HTTP tests; `maxAge` 0 deletes it.
    static func cookie(_ name: String, _ value: String, maxAge: Int?, secure: Bool) -> String {
        var parts = ["\(name)=\(value)", "Path=/", "HttpOnly", "SameSite=Strict"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if secure { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }

    /// The client's address: the socket's peer, or when that peer is a trusted proxy (nginx) the
    /// last address of X-Forwarded-For, which the proxy itself appended.
    static func client(_ request: Request, context: DeskContext, trustedProxy: ProxyTrust) -> String {
        if trustedProxy.trusts(context.remoteAddress), let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            return last
        }
        return context.remoteAddress ?? "-"
    }

    /// The page language: `?lang=` (the page's link, remembered in a cookie), else the cookie,
    /// else the server's (`--lang`; Bahasa Indonesia by default). The browser's Accept-Language
    /// is not followed: office browsers often run in English for staff who read Bahasa.
    static func language(_ request: Request, default fallback: Language) -> Language {
        if let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(code:)) { return asked }
        if let kept = request.cookies[languageCookie]?.value, let language = Language(code: kept) { return language }
        return fallback
    }
}
