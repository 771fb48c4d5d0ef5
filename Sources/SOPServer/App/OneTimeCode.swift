import Foundation
import HummingbirdOTP

/// One-time codes (TOTP, 6 digits every 30 seconds, as authenticator apps make them) for the
/// web desk's login of operators enrolled with `sop roster totp NAME`.
public enum OneTimeCode {
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A new secret: 32 characters from the system's random source (160 bits).
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// The `otpauth://` address an authenticator app reads (as a QR code or typed).
    public static func authenticatorURL(secret: String, operatorName: String, issuer: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: operatorName, issuer: issuer)
    }

    /// The 30-second step whose code `code` is, within one step of `date` either way; nil when
    /// it is none of them.
    public static func step(of code: String, secret: String, at date: Date) -> Int64? {
        let digits = code.filter { !$0.isWhitespace }
        guard digits.count == 6, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let value = Int(digits) else { return nil }
        let totp = TOTP(secret: secret)
        let now = Int64(date.timeIntervalSince1970) / 30
        for step in [now - 1, now, now + 1] where totp.compute(date: Date(timeIntervalSince1970: Double(step * 30))) == value {
            return step
        }
        return nil
    }

    /// The current code (for tests and for showing an enrolment works).
    public static func code(secret: String, at date: Date) -> String {
        let value = TOTP(secret: secret).compute(date: date)
        let text = String(value)
        return String(repeating: "0", count: max(0, 6 - text.count)) + text
    }
}
