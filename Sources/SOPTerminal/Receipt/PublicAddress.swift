import Foundation
import SOPCore

/// The address of the public status page printed on every receipt: set once by the
/// administrator, as `--public-url` of `sop serve` and `sop receipt` or, for both and every desk
/// of the machine, in the environment variable `SOP_PUBLIC_URL` (the systemd unit and
/// /etc/environment). Without it a receipt tells the complainant to ask at the desk: the address
/// the desk's own browser used (loopback, the office network) is never printed.
public enum PublicAddress {
    public static let variable = "SOP_PUBLIC_URL"

    /// The status page's address for a base (`https://layanan.example.go.id` or one with a path
    /// prefix, `https://example.go.id/sop/`): http(s), a host that is not loopback, no query,
    /// no fragment, no user; nil when it is none of these.
    public static func statusURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200, let parts = URLComponents(string: trimmed),
            let scheme = parts.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = parts.host, !host.isEmpty, !isLoopback(host),
            parts.query == nil, parts.fragment == nil, parts.user == nil, parts.password == nil,
            trimmed.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0 != "\"" && $0 != "<" && $0 != ">" })
        else { return nil }
        var base = trimmed
        while base.hasSuffix("/") { base.removeLast() }
        return base.hasSuffix("/status") ? base : base + "/status"
    }

    /// The address from a flag, else from `SOP_PUBLIC_URL`; nil when neither is set; the
    /// refusal's message when the one given is not usable.
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<String?, Refusal>
    {
        guard let text = flag ?? environment[variable].flatMap({ $0.isEmpty ? nil : $0 }) else { return .success(nil) }
        guard let url = statusURL(text) else { return .failure(Refusal(message: Catalog.ServeSetup.badPublicURL(text))) }
        return .success(url)
    }

    public struct Refusal: Error, Sendable {
        public let message: Localized
    }

    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if name == "localhost" || name == "::1" || name.hasSuffix(".localhost") || name == "0.0.0.0" { return true }
        return name.hasPrefix("127.") && name.split(separator: ".").count == 4
    }
}
