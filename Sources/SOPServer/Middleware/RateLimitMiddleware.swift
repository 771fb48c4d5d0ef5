import Foundation
import Hummingbird
import SOPCore
import SOPEngine

/// Limits POSTs to the login and the public status lookup per client address (a fixed window
/// of one minute): guessing PINs or tracking codes in bulk gets 429. In memory, per instance:
/// behind nginx with several instances each keeps its own count (nginx's `limit_req` can add
/// a shared one). The PIN lockout (5 wrong in a row) is kept in the store and holds across
/// instances.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = DeskContext
    let limits: [String: Int]
    let trustedProxy: Bool
    /// The desk's clock (a fixed one in tests).
    let clock: any Clock
    let limiter = RateLimiter()

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, let limit = limits[request.uri.path] else { return try await next(request, context) }
        let key = request.uri.path + " " + WebIdentity.client(request, context: context, trustedProxy: trustedProxy)
        guard limiter.allow(key, limit: limit, now: clock.now()) else {
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
