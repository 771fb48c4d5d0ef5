import Foundation
import SOPCore
import SOPStore

/// How `sop serve` runs: where it listens, which SOPs and store it serves, and its limits.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests); the bound port is printed.
    public var port = 8080
    /// The language of pages unless the visitor chooses (`?lang=en`).
    public var language: Language = .id
    /// Cookies carry `Secure` (the browser sends them only over HTTPS); off only for plain-HTTP
    /// tests on loopback.
    public var secureCookies = true
    /// The largest request body (an uploaded output), in bytes.
    public var maxUpload = 10 << 20
    /// Behind nginx: the client's address is the last one in X-Forwarded-For, believed only
    /// from a proxy on loopback or at one of `proxyAddresses` (`ProxyTrust`).
    public var trustedProxy = false
    public var proxyAddresses: [String] = []
    var proxyTrust: ProxyTrust { ProxyTrust(enabled: trustedProxy, addresses: proxyAddresses) }
    /// Store connections, each on its own thread (the stores are synchronous).
    public var workers = 4
    /// How long a login lasts (one working day by default).
    public var sessionLifetime: TimeInterval = 12 * 3600
    /// A login unused this long ends (a counter PC or a phone left on the desk with the public
    /// next to it); 0: only `sessionLifetime` ends it (`sop serve --idle-minutes`, 30 by default).
    /// A live worklist's own reloads do not count as use.
    public var idleTimeout: TimeInterval = 30 * 60
    /// The idle timeouts `--idle-minutes` accepts besides 0: from 5 minutes (`last_seen` moves
    /// at most every 5 minutes) to the 12 hours of a login.
    public static let idleMinutes = 5...720

    /// How long `last_seen` may lag behind the session's use: every 5 minutes, more often
    /// under a short idle timeout, so a session in use is never taken for an idle one.
    var touchInterval: TimeInterval { idleTimeout > 0 ? min(300, idleTimeout / 6) : 300 }

    /// Whether `session` has been unused past the idle timeout at `now`.
    func isIdle(_ session: WebSession, at now: Date) -> Bool {
        idleTimeout > 0 && now.timeIntervalSince(session.lastSeen) > idleTimeout
    }
    /// Login attempts per client address per minute, and status lookups.
    public var loginAttemptsPerMinute = 10
    public var statusLookupsPerMinute = 20
    /// How often an open live stream (/langsung) looks up its operator's roles and session
    /// again between events (before each event of their roles it always does).
    public var liveRecheck: Duration = .seconds(5)
    /// A step's answer, on a store that checks the session in the write's own transaction
    /// (PostgreSQL), is written without reading the session first (`KnownSessions`); false reads
    /// it first as every other request does (`SOP_SERVE_GUARDED_ANSWER=0`: the load test's comparison).
    public var guardedAnswers = true
    /// The public status page printed on receipts (`--public-url`, `PublicAddress`); nil: the
    /// receipt says to ask at the desk.
    public var publicStatusURL: String?
    /// Called after every successful write of a case (live updates: `live` sets it).
    public var onChange: @Sendable (CaseChange) -> Void = { _ in }

    public init() {}

    /// What makes this configuration unsafe to serve, nil when it holds: cookies without
    /// `Secure` are for plain-HTTP tests on loopback only.
    public var problem: Localized? {
        secureCookies || Self.isLoopback(host) ? nil : Catalog.ServeSetup.insecureCookiesOffLoopback(host)
    }

    /// 127.0.0.0/8, ::1 and localhost: addresses no other machine reaches.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if name == "localhost" || name == "::1" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// "10MB", "512KB", "1048576" (bytes); nil when unreadable.
    public static func size(_ text: String) -> Int? {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            guard let number = Int(upper.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number > 0 else { return nil }
            return number * factor
        }
        guard let bytes = Int(upper), bytes > 0 else { return nil }
        return bytes
    }
}
