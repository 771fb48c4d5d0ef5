import Foundation
import Hummingbird
import NIOCore
import Logging
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// The web desk on a temporary SQLite store, driven in memory through its router, with a
/// cookie jar per browser. The roster: ani administers, budi is resepsionis, citra is
/// staf-pengaduan; each has a PIN.
final class Harness: @unchecked Sendable {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()
    static let pins = ["ani": "135790", "budi": "246810", "citra": "112233"]
    /// Monday 30 November 2026, 09.00 WIB.
    static let monday = Date(timeIntervalSince1970: 1_796_004_000)

    let path: String
    let clock = FixedClock(Harness.monday)
    var configuration: ServerConfiguration
    private(set) var app: ServerApplication!
    /// The app's gateway to the store (group commit tests hold its writer).
    private(set) var gateway: StoreGateway!
    private var responder: RouterResponder<DeskContext>!
    let changes = ChangeLog()

    /// How each worker's store connection is opened (a SQLite file by default).
    private let open: @Sendable () throws(StoreError) -> any AdministeredStore

    /// The SOP folder served (the repository's `sop/` by default).
    let folder: String
    /// Live updates (GET /langsung), when a test gives a feed.
    let feed: (any CaseFeed)?

    init(configure: (inout ServerConfiguration) -> Void = { _ in }, roster: Bool = true,
         grants: [(String, String)] = [("budi", "resepsionis"), ("citra", "staf-pengaduan")],
         folder: String = Harness.root.appendingPathComponent("sop").path, feed: (any CaseFeed)? = nil,
         open: (@Sendable (String) throws(StoreError) -> any AdministeredStore)? = nil) async throws {
        self.folder = folder
        self.feed = feed
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sop.sqlite").path
        self.path = path
        self.open = { () throws(StoreError) in
            if let open { return try open(path) }
            return try SQLiteCaseStore(path: path)
        }
        configuration = ServerConfiguration()
        configuration.secureCookies = true
        configuration.loginAttemptsPerMinute = 1000
        // Tests move the clock by hours; the idle timeout has its own tests (LogoutIdleCorrectionPassesAndPhoneTests).
        configuration.idleTimeout = 0
        configure(&configuration)
        let log = changes
        configuration.onChange = { log.add($0) }
        if roster, open == nil { try Self.prepareRoster(path, grants: grants) }
        try await rebuild()
    }

    static func prepareRoster(_ path: String, grants: [(String, String)]) throws {
        let store = try SQLiteCaseStore(path: path)
        let at = Harness.monday.addingTimeInterval(-86400)
        for (index, (name, role)) in ([("ani", "pengelola-peran")] + grants).enumerated() {
            try store.appendRoster(RosterEntry(sequence: index + 1, at: at, by: "ani", action: .grant, operatorName: name, role: role, sop: nil))
        }
        for (name, pin) in pins { try store.savePIN(try PINHash.make(pin, operatorName: name, at: at, by: "ani")) }
    }

    /// A new app (a restart) on the same store.
    func rebuild() async throws {
        let open = self.open
        let gateway = try StoreGateway(workers: 2) { () throws(StoreError) in try open() }
        self.gateway = gateway
        app = try await ServerApplication.build(configuration, gateway: gateway,
                                                folder: SOPFolder(path: folder), clock: clock, feed: feed)
        responder = app.router.buildResponder()
    }

    func store() throws -> SQLiteCaseStore { try SQLiteCaseStore(path: path) }

    // MARK: Requests

    struct Reply {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String

        var location: String? { headers[.location] }
        var cookies: [String] { headers[values: .setCookie] }
    }

    /// One browser: its cookies, kept across requests.
    final class Browser: @unchecked Sendable {
        let harness: Harness
        var cookies: [String: String] = [:]
        let address: String
        /// The host the browser asked for (the Host header).
        var authority = "localhost"

        init(_ harness: Harness, address: String = "192.0.2.10") {
            self.harness = harness
            self.address = address
        }

        @discardableResult
        func get(_ uri: String) async throws -> Reply { try await send(.get, uri, body: [], contentType: nil) }

        /// A urlencoded POST; `csrf` is added from the last page unless given as nil.
        @discardableResult
        func post(_ uri: String, _ fields: [(String, String)], csrf: String? = "") async throws -> Reply {
            var fields = fields
            if let csrf { fields.append(("csrf", csrf.isEmpty ? lastCSRF : csrf)) }
            let text = fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
            return try await send(.post, uri, body: Array(text.utf8), contentType: "application/x-www-form-urlencoded")
        }

        /// A multipart POST with files (name → (filename, bytes)).
        @discardableResult
        func postMultipart(_ uri: String, _ fields: [(String, String)], files: [String: (String, [UInt8])]) async throws -> Reply {
            let boundary = "----sopserve\(UUID().uuidString.prefix(8))"
            var body: [UInt8] = []
            for (name, value) in fields + [("csrf", lastCSRF)] {
                body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
            }
            for (name, (filename, bytes)) in files {
                body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
                body += bytes + Array("\r\n".utf8)
            }
            body += Array("--\(boundary)--\r\n".utf8)
            return try await send(.post, uri, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
        }

        var lastCSRF = ""

        func send(_ method: HTTPRequest.Method, _ uri: String, body: [UInt8], contentType: String?,
                  headers extra: HTTPFields = [:]) async throws -> Reply {
            var headers = extra
            if let contentType { headers[.contentType] = contentType }
            if !body.isEmpty || method == .post { headers[.contentLength] = String(body.count) }
            if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
            let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: authority, path: uri, headerFields: headers),
                                  body: RequestBody(buffer: ByteBuffer(bytes: body)))
            var logger = Logger(label: "test")
            logger.logLevel = .warning
            let context = DeskContext(source: DeskContextSource(logger: logger, remoteAddress: address))
            let response = try await harness.responder.respond(to: request, context: context)
            let collector = Collector()
            try await response.body.write(collector)
            let reply = Reply(status: response.status, headers: response.headers, body: collector.text)
            for cookie in reply.cookies {
                let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
                if value.isEmpty || cookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
            }
            if let token = Self.csrf(in: reply.body) { lastCSRF = token }
            return reply
        }

        static func csrf(in html: String) -> String? {
            guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
            return String(html[range.upperBound...].prefix { $0 != "\"" })
        }

        private func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
        }

        /// A GET whose body is read as it comes (a live stream): the status, and the text so far.
        func stream(_ uri: String) async throws -> (HTTPResponse.Status, StreamedBody) {
            var headers: HTTPFields = [:]
            if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
            let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: authority, path: uri, headerFields: headers),
                                  body: RequestBody(buffer: ByteBuffer()))
            let context = DeskContext(source: DeskContextSource(logger: Logger(label: "test"), remoteAddress: address))
            let response = try await harness.responder.respond(to: request, context: context)
            let body = StreamedBody()
            body.task = Task { try await response.body.write(body) }
            return (response.status, body)
        }

        /// Logs in through the form; returns the reply of the POST.
        @discardableResult
        func login(_ name: String, pin: String? = nil) async throws -> Reply {
            try await get("/masuk")
            return try await post("/masuk", [("nama", name), ("pin", pin ?? Harness.pins[name] ?? "")])
        }
    }

    func browser(address: String = "192.0.2.10") -> Browser { Browser(self, address: address) }
}

/// Collects a response body.
final class Collector: ResponseBodyWriter, @unchecked Sendable {
    private var buffer = ByteBuffer()
    var text: String { String(buffer: buffer) }
    func write(_ buffer: ByteBuffer) async throws {
        var copy = buffer
        self.buffer.writeBuffer(&copy)
    }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

/// A response body read while it is written (a live stream that may never end by itself).
final class StreamedBody: ResponseBodyWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ByteBuffer()
    private var finished = false
    var task: Task<Void, Error>?

    var text: String { lock.withLock { String(buffer: buffer) } }
    var ended: Bool { lock.withLock { finished } }

    func write(_ buffer: ByteBuffer) async throws {
        var copy = buffer
        lock.withLock { _ = self.buffer.writeBuffer(&copy) }
    }
    func finish(_ trailingHeaders: HTTPFields?) async throws { lock.withLock { finished = true } }

    /// Waits (at most `seconds`) until the text holds `needle`.
    func wait(for needle: String, seconds: Double = 20) async -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if text.contains(needle) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return text.contains(needle)
    }
}

/// What `onChange` was told.
final class ChangeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var changes: [CaseChange] = []
    func add(_ change: CaseChange) { lock.withLock { changes.append(change) } }
    var all: [CaseChange] { lock.withLock { changes } }
}
