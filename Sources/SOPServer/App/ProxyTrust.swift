import Foundation

/// Whose X-Forwarded-For is believed (`--trusted-proxy`): only a request whose socket peer is
/// the proxy itself, on loopback (nginx on the same server, as the README deploys it) or at an
/// address listed with `--proxy-address`. Anyone else reaching the port directly (a server
/// listening on 0.0.0.0) is counted by their own address, whatever header they send, so the
/// login and status rate limits cannot be dodged by writing a new X-Forwarded-For each time.
public struct ProxyTrust: Sendable, Equatable {
    public var enabled: Bool
    public var addresses: [String]

    public init(enabled: Bool, addresses: [String] = []) {
        self.enabled = enabled || !addresses.isEmpty
        self.addresses = addresses.map(Self.plain)
    }

    /// Whether a request from `peer` may name the client in X-Forwarded-For.
    public func trusts(_ peer: String?) -> Bool {
        guard enabled, let peer else { return false }
        let address = Self.plain(peer)
        return ServerConfiguration.isLoopback(address) || addresses.contains(address)
    }

    /// Lower case, without brackets or the IPv4-mapped prefix (`::ffff:127.0.0.1`).
    static func plain(_ address: String) -> String {
        var text = address.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        if text.hasPrefix("::ffff:"), text.contains(".") { text.removeFirst(7) }
        return text
    }

    /// A literal IPv4 or IPv6 address (what `--proxy-address` takes: no names, no ranges).
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 { return parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && UInt8($0) != nil } }
        return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}
