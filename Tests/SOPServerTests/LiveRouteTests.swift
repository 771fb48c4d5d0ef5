import Foundation
import Hummingbird
@testable import SOPServer
import Testing

/// GET /langsung on a real socket: the events an operator's roles should hear, and only those;
/// heartbeats; the end of the stream on logout and on the server's graceful shutdown.
@Suite("Live route", .timeLimit(.minutes(10)))
struct LiveRouteTests {
    /// A session cookie `sop_sesi=valid` is the receptionist; any other request is nobody.
    final class Sessions: @unchecked Sendable {
        private let lock = NSLock()
        private var valid = true
        var isValid: Bool {
            get { lock.withLock { valid } }
            set { lock.withLock { valid = newValue } }
        }
    }

    /// `heartbeat`: an hour unless a test checks heartbeats, so that none falls between the events
    /// a test reads, however slowly a loaded machine runs it.
    func router(_ feed: any CaseFeed, sessions: Sessions = Sessions(), heartbeat: Duration = .seconds(3600)) -> Router<BasicRequestContext> {
        let router = Router()
        LiveRoutes<BasicRequestContext>(feed: feed, heartbeat: heartbeat) { request, _ in
            guard request.headers[.cookie] == "sop_sesi=valid" else { return nil }
            return LiveAudience(roles: ["resepsionis"], stillValid: { sessions.isValid })
        }.add(to: router)
        return router
    }

    @Test func anOperatorHearsTheStepsOfTheirRolesOnly() async throws {
        let feed = LocalCaseFeed()
        let server = try await RunningServer.start(router(feed))
        let client = try RawClient(port: server.port, get: "/langsung", headers: ["Cookie: sop_sesi=valid"])
        #expect(await client.read(until: ": terhubung\n\n"))
        #expect(client.received.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(client.received.lowercased().contains("content-type: text/event-stream; charset=utf-8\r\n"))
        #expect(client.received.lowercased().contains("x-accel-buffering: no\r\n"))
        #expect(client.received.lowercased().contains("cache-control: no-store\r\n"))
        #expect(client.received.contains("retry: 2000\n"))
        #expect(await eventually { feed.subscriberCount == 1 })
        feed.publish(LiveChange(caseID: "01-2026-000001", step: "2", role: "staf-pengaduan"))
        feed.publish(LiveChange(caseID: "01-2026-000002", step: "1", role: "resepsionis"))
        #expect(await client.readBody(until: "}\n\n"))
        #expect(client.body == "retry: 2000\n: terhubung\n\nevent: tugas\ndata: {\"kasus\":\"01-2026-000002\",\"langkah\":\"1\"}\n\n")
        feed.publish(.resync)
        #expect(await client.readBody(until: "null}\n\n"))
        #expect(client.body.hasSuffix("}\n\nevent: tugas\ndata: {\"kasus\":null,\"langkah\":null}\n\n"))
        try await server.stop()
    }

    @Test func withoutASessionTheStreamIsRefused() async throws {
        let feed = LocalCaseFeed()
        let server = try await RunningServer.start(router(feed))
        let client = try RawClient(port: server.port, get: "/langsung", headers: ["Cookie: sop_sesi=forged"])
        // An EventSource cannot read a 401 (the page would stay, retrying): the stream says where to go.
        #expect(await client.read(until: "event: keluar\ndata: /masuk\n\n"))
        #expect(client.received.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(feed.subscriberCount == 0)
        try await server.stop()
    }

    @Test func heartbeatsFlowUntilTheSessionEnds() async throws {
        let feed = LocalCaseFeed()
        let sessions = Sessions()
        let server = try await RunningServer.start(router(feed, sessions: sessions, heartbeat: .milliseconds(100)))
        let client = try RawClient(port: server.port, get: "/langsung", headers: ["Cookie: sop_sesi=valid"])
        #expect(await client.readBody(until: ": detak\n\n: detak\n\n"))
        sessions.isValid = false
        // The page is sent to itself (whose next request logs out and says why), the chunked
        // body ends ("0\r\n\r\n") and the subscription goes.
        #expect(await client.readBody(until: "event: keluar\ndata: /\n\n"))
        #expect(await client.read(until: "\r\n0\r\n\r\n"))
        #expect(await eventually { feed.subscriberCount == 0 })
        try await server.stop()
    }

    @Test func aClientThatGoesAwayIsUnsubscribed() async throws {
        let feed = LocalCaseFeed()
        let server = try await RunningServer.start(router(feed, heartbeat: .milliseconds(100)))
        var client: RawClient? = try RawClient(port: server.port, get: "/langsung", headers: ["Cookie: sop_sesi=valid"])
        #expect(await client?.read(until: ": terhubung\n\n") == true)
        #expect(await eventually { feed.subscriberCount == 1 })
        client = nil
        #expect(await eventually { feed.subscriberCount == 0 })
        try await server.stop()
    }

    @Test func aGracefulShutdownEndsOpenStreams() async throws {
        let feed = LocalCaseFeed()
        // A heartbeat an hour away: a shutdown that only ended a stream at its next heartbeat would
        // take an hour, far beyond the bound below, which is wide enough for a loaded CI machine
        // (10 s was exceeded there at 10.6 s while the streams were ended at once).
        let server = try await RunningServer.start(router(feed, heartbeat: .seconds(3600)))
        let clients = try (0..<3).map { _ in try RawClient(port: server.port, get: "/langsung", headers: ["Cookie: sop_sesi=valid"]) }
        for client in clients { #expect(await client.read(until: ": terhubung\n\n")) }
        #expect(await eventually { feed.subscriberCount == 3 })
        let clock = Date()
        try await server.stop()
        #expect(Date().timeIntervalSince(clock) < 60, "the server waited for the streams")
        for client in clients {
            #expect(await client.readToEnd())
            #expect(client.received.hasSuffix("\r\n0\r\n\r\n"))
        }
    }

    @Test func thePageScriptListensAndReloadsTheWorklist() async throws {
        let page = Assets.js
        #expect(page.contains("new EventSource('/langsung')"))
        #expect(page.contains("getElementById('daftar-tugas')"))
        #expect(page.contains("addEventListener('tugas', soon)"))
        let response = try #require(Assets.response("app.js"))
        #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
    }
}
