import Foundation
import Hummingbird
import ServiceLifecycle

/// Who listens to a live stream: the roles whose worklist changes they hear, and whether
/// their session still holds (asked at every heartbeat: a stream ends soon after a logout or
/// an expiry).
public struct LiveAudience: Sendable {
    public var roles: Set<String>
    public var stillValid: @Sendable () async -> Bool

    public init(roles: Set<String>, stillValid: @escaping @Sendable () async -> Bool = { true }) {
        self.roles = roles
        self.stillValid = stillValid
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
    let audience: @Sendable (Request, Context) async throws -> LiveAudience?

    /// `audience` tells who asks: nil when nobody is logged in (401).
    public init(feed: any CaseFeed, heartbeat: Duration = .seconds(15),
                audience: @escaping @Sendable (Request, Context) async throws -> LiveAudience?) {
        self.feed = feed
        self.heartbeat = heartbeat
        self.audience = audience
    }

    public func add(to router: Router<Context>) {
        router.get("/langsung") { request, context in try await self.stream(request, context) }
    }

    enum Message: Sendable {
        case change(LiveChange)
        case heartbeat
    }

    func stream(_ request: Request, _ context: Context) async throws -> Response {
        guard let audience = try await audience(request, context) else {
            return Response(status: .unauthorized, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "masuk dulu\n")))
        }
        let changes = feed.subscribe()
        let heartbeat = self.heartbeat
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        // nginx: pass each event on at once, whatever the site's proxy_buffering says.
        if let accel = HTTPFields.Element.Name("X-Accel-Buffering") { headers[accel] = "no" }
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (messages, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(256))
            let forward = Task {
                for await change in changes where change.concerns(audience.roles) { continuation.yield(.change(change)) }
                continuation.finish()
            }
            let beat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: heartbeat)
                    if Task.isCancelled { break }
                    guard await audience.stillValid() else { break }
                    continuation.yield(.heartbeat)
                }
                continuation.finish()
            }
            defer {
                forward.cancel()
                beat.cancel()
            }
            try await writer.write(ByteBuffer(string: "retry: 2000\n: terhubung\n\n"))
            try await withGracefulShutdownHandler {
                for await message in messages { try await writer.write(ByteBuffer(string: Self.frame(message))) }
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
