import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPStore

/// Limits POSTs to the login and the public status lookup per client address (a fixed window
/// of one minute): guessing PINs or tracking codes in bulk gets 429. Counted in the store
/// (migration v9, `WebAttemptStore`), so several instances behind nginx on one PostgreSQL share
/// one count per client: a guesser gets the limit once, not once per instance. The key is a
/// SHA-256 of the path and the address: no address is stored. A store that cannot count
/// (none in `sop serve`) is counted in memory. The PIN lockout (5 wrong in a row) is in the
/// store too.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = DeskContext
    let limits: [String: Int]
    let trustedProxy: ProxyTrust
    /// The desk's clock (a fixed one in tests).
    let clock: any Clock
    /// Where attempts are counted.
    let gateway: StoreGateway
    let limiter = RateLimiter()
    /// The server's language (`--lang`), for the status page's own refusal.
    var language: Language = .id

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, let limit = limits[request.uri.path] else { return try await next(request, context) }
        let key = WebIdentity.digest(request.uri.path + " " + WebIdentity.client(request, context: context, trustedProxy: trustedProxy))
        let now = clock.now(), limiter = self.limiter
        let allowed: Bool
        do {
            allowed = try await gateway.run { store -> Bool in
                guard let attempts = store as? WebAttemptStore else { return limiter.allow(key, limit: limit, now: now) }
                return try attempts.countWebAttempt(key: key, at: now, window: 60) <= limit
            }
        } catch StoreError.schema(let message) where request.uri.path == "/masuk" {
            // A store refusing writes (a newer sop migrated it): the login page says so under its
            // banner (`LoginRoutes`), checking no PIN, since neither the attempt nor a session can be kept.
            context.logger.error("store refused", metadata: ["reason": .string(message.en)])
            var context = context
            context.writesRefused = true
            return try await next(request, context)
        } catch let error as StoreError {
            throw PageError.store(error)
        }
        guard allowed else {
            // The public status page says it in plain words, with the wait and the way back.
            if request.uri.path == "/status" { return StatusPage.tooMany(WebIdentity.language(request, default: language)) }
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: "60"])
        }
        return try await next(request, context)
    }
}

/// Counts per key in one-minute windows; old windows are dropped as they pass.
final class RateLimiter: @unchecked Sendable {
    // @unchecked: `windows` is read and written only under `lock`.
    private let lock = NSLock()
    private var windows: [String: (start: Date, count: Int)] = [:]

    func allow(_ key: String, limit: Int, now: Date) -> Bool {
        lock.withLock {
            if windows.count > 10_000 { windows = windows.filter { now.timeIntervalSince($0.value.start) < 60 } }
            var window = windows[key] ?? (now, 0)
            if now.timeIntervalSince(window.start) >= 60 { window = (now, 0) }
            window.count += 1
            windows[key] = window
            return window.count <= limit
        }
    }
}
