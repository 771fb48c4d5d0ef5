import Foundation
import Hummingbird
import ServiceLifecycle

/// Who listens to a live stream: the roles whose worklist changes they hear, and whether
/// their session still holds (asked at every heartbeat: a stream ends soon after a logout or
/// an expiry).
public struct LiveAudience: Sendable {
    public var roles: Set<String>
    public var stillValid: @Sendable () async -> Bool
    /// The roles the listener holds now, nil once their session has ended (logout, expiry):
    /// asked before each event of their roles is sent and at every recheck, so a role revoked
    /// while the stream is open stops its events at once, not at the next reconnection.
    public var currentRoles: (@Sendable () async -> Set<String>?)?

    public init(roles: Set<String>, stillValid: @escaping @Sendable () async -> Bool = { true },
                currentRoles: (@Sendable () async -> Set<String>?)? = nil) {
        self.roles = roles
        self.stillValid = stillValid
        self.currentRoles = currentRoles
    }
}

/// The roles a stream's listener holds, as last looked up (shared by its tasks).
final class ListenerRoles: @unchecked Sendable {
    // @unchecked: `roles` is read and written only under `lock`.
    private let lock = NSLock()
    private var roles: Set<String>

    init(_ roles: Set<String>) { self.roles = roles }

    var current: Set<String> { lock.withLock { roles } }

    /// Keeps `fresh`; whether it differs from what was kept.
    func replace(with fresh: Set<String>) -> Bool {
        lock.withLock {
            defer { roles = fresh }
            return roles != fresh
        }
    }
}

/// GET /langsung: Server-Sent Events for the logged-in operator. An event `tugas` with data
/// `{"kasus":ID,"langkah":STEP}` when a step of one of their roles appears on or leaves the
/// worklist (`{"kasus":null,"langkah":null}` when changes may have been missed: reload
/// everything); a comment line as heartbeat every `heartbeat` (15 s: proxies keep the
/// connection open, and a dead client is noticed). The stream ends cleanly when the server
/// shuts down gracefully or the session ends; the browser's EventSource then reconnects.
/// The page script that listens (`LiveScript`) is served as /static/app.js.
public struct LiveRoutes<Context: RequestContext>: Sendable {
    let feed: any CaseFeed
    let heartbeat: Duration
    /// How often the listener's roles and session are looked up again between events.
    let recheck: Duration
    let audience: @Sendable (Request, Context) async throws -> LiveAudience?
    /// Where a page whose operator is not (or no longer) logged in goes: the login page, with the
    /// reason when the request's session has just ended (`event: keluar`).
    let signedOut: @Sendable (Request, Context) -> String

    /// `audience` tells who asks: nil when nobody is logged in; the stream then carries only
    /// `event: keluar` with `signedOut`'s path, so the page goes there (an EventSource cannot read
    /// a 401, and would leave the page on screen, retrying).
    public init(feed: any CaseFeed, heartbeat: Duration = .seconds(15), recheck: Duration = .seconds(5),
                signedOut: @escaping @Sendable (Request, Context) -> String = { _, _ in "/masuk" },
                audience: @escaping @Sendable (Request, Context) async throws -> LiveAudience?) {
        self.feed = feed
        self.heartbeat = heartbeat
        self.recheck = recheck
        self.signedOut = signedOut
        self.audience = audience
    }

    public func add(to router: Router<Context>) {
        router.get("/langsung") { request, context in try await self.stream(request, context) }
    }

    enum Message: Sendable {
        case change(LiveChange)
        case heartbeat
        /// The session ended or its operator holds nothing the desk lets in for: the page goes to
        /// `path` (the page itself, whose next request logs out and says why).
        case signedOut(String)
    }

    static func headers() -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        // nginx: pass each event on at once, whatever the site's proxy_buffering says.
        if let accel = HTTPFields.Element.Name("X-Accel-Buffering") { headers[accel] = "no" }
        return headers
    }

    func stream(_ request: Request, _ context: Context) async throws -> Response {
        guard let audience = try await audience(request, context) else {
            // Nothing to listen to: the page is told where to go (the login page, and why).
            let frame = Self.frame(.signedOut(signedOut(request, context)))
            return Response(status: .ok, headers: Self.headers(), body: ResponseBody(byteBuffer: ByteBuffer(string: "retry: 2000\n" + frame)))
        }
        let changes = feed.subscribe()
        let heartbeat = self.heartbeat, recheck = self.recheck
        let listener = ListenerRoles(audience.roles)
        return Response(status: .ok, headers: Self.headers(), body: ResponseBody { writer in
            let (messages, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(256))
            let forward = Task {
                for await change in changes where change.concerns(listener.current) {
                    // The roles now, before telling: a role revoked since the last look hears nothing more.
                    if let currentRoles = audience.currentRoles {
                        guard let now = await currentRoles() else {
                            continuation.yield(.signedOut("/"))
                            break
                        }
                        _ = listener.replace(with: now)
                        guard change.concerns(now) else { continue }
                    }
                    continuation.yield(.change(change))
                }
                continuation.finish()
            }
            // Between events: a logout or expiry ends the stream; a role revoked or granted makes
            // the page read its worklist again (the revoked role's rows go).
            let look = Task {
                guard let currentRoles = audience.currentRoles else { return }
                while !Task.isCancelled {
                    try? await Task.sleep(for: recheck)
                    if Task.isCancelled { break }
                    guard let now = await currentRoles() else {
                        continuation.yield(.signedOut("/"))
                        break
                    }
                    if listener.replace(with: now) { continuation.yield(.change(.resync)) }
                }
                continuation.finish()
            }
            let beat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: heartbeat)
                    if Task.isCancelled { break }
                    guard await audience.stillValid() else {
                        continuation.yield(.signedOut("/"))
                        break
                    }
                    continuation.yield(.heartbeat)
                }
                continuation.finish()
            }
            defer {
                forward.cancel()
                beat.cancel()
                look.cancel()
            }
            try await writer.write(ByteBuffer(string: "retry: 2000\n: terhubung\n\n"))
            try await withGracefulShutdownHandler {
                for await message in messages {
                    try await writer.write(ByteBuffer(string: Self.frame(message)))
                    if case .signedOut = message { break }
                }
            } onGracefulShutdown: {
                continuation.finish()
            }
            try await writer.finish(nil)
        })
    }

    /// One event as the wire carries it.
    static func frame(_ message: Message) -> String {
        switch message {
        case .heartbeat:
            return ": detak\n\n"
        case .signedOut(let path):
            return "event: keluar\ndata: \(path.filter { $0 != "\n" && $0 != "\r" })\n\n"
        case .change(let change):
            guard change.kind == .worklist, let step = change.step else { return "event: tugas\ndata: {\"kasus\":null,\"langkah\":null}\n\n" }
            return "event: tugas\ndata: {\"kasus\":\(json(change.caseID)),\"langkah\":\(json(step))}\n\n"
        }
    }

    /// A JSON string literal (case ids and step numbers are plain, but nothing is trusted).
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
