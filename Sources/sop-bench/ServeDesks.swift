import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// sop-bench serve-desks DESKS CASES OPERATOR PIN PORT[,PORT…]
//   The load test's client (Tests/Benchmarks/serve/bench.py): DESKS desks answer SOP 01 at once
//   over HTTP on loopback, each its own thread, session and keep-alive connection, as
//   Tests/Serve/deskclient.py does (the same requests, the same form filled the same way), in
//   compiled code, so that the client takes little of the cores the server runs on. Desk i talks
//   to the i-th port (round robin) and says X-Forwarded-For 10.14.x.y, as nginx would. Logs in
//   every desk first (not timed), then all start at once: per desk CASES times, start a case
//   (GET /sop/01/mulai, POST its form) and answer every step page (GET the page, POST its form
//   "langkah"), timing each step's POST until its 303 has been read, and each step page's GET. Prints one JSON line.
//   The load model: closed loop, each desk sends its next request as soon as the last one is
//   answered (saturation: 50 desks keep about 50 requests in the server). SOP_BENCH_THINK_MS=N
//   gives each desk a think time before each step page it opens, drawn from an exponential
//   distribution of mean N ms (seeded per desk: the same draws every run), as a clerk who reads
//   and types: the POSTs then arrive about as a Poisson stream of DESKS / (N ms + response) a second.

/// What a desk types into SOP 01's fields (by field name), as deskclient.py; anything else gets
/// a plain text.
private let deskValues = [
    "nama": "Siti Aminah",
    "nik": "3573014101900001",
    "telepon": "081234567890",
    "maksud": "Menanyakan syarat izin usaha mikro",
]

/// One HTTP/1.1 response, as read off the connection.
struct DeskResponse {
    var status: Int
    var headers: [(String, String)]
    var body: String

    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
}

/// A failure of one desk: what it was doing and what came back.
struct DeskFailure: Error {
    let message: String
}

/// A blocking HTTP/1.1 client on one keep-alive TCP connection, with the cookies it is given.
final class DeskConnection {
    let port: UInt16
    let forwardedFor: String
    private var socket: Int32 = -1
    private var cookies: [(String, String)] = []
    private var buffer: [UInt8] = []

    init(port: UInt16, forwardedFor: String) {
        self.port = port
        self.forwardedFor = forwardedFor
    }

    deinit { close() }

    func close() {
        if socket >= 0 { _ = Glibc.close(socket) }
        socket = -1
        buffer = []
    }

    private func connect() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw DeskFailure(message: "socket: errno \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            _ = Glibc.close(fd)
            throw DeskFailure(message: "connect to port \(port): errno \(errno)")
        }
        socket = fd
    }

    /// Sends a request (a form when `fields` is given, urlencoded as deskclient.py sends it)
    /// and reads its whole response; keeps the cookies it sets. A GET on a connection the server
    /// closed is sent again once on a new one.
    func request(_ method: String, _ path: String, fields: [(String, String)]? = nil, retry: Bool = true) throws -> DeskResponse {
        if socket < 0 { try connect() }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Forwarded-For: \(forwardedFor)\r\n"
        if !cookies.isEmpty { head += "Cookie: " + cookies.map { "\($0.0)=\($0.1)" }.joined(separator: "; ") + "\r\n" }
        var body: [UInt8] = []
        if let fields {
            body = Array(fields.map { Self.formEncoded($0.0) + "=" + Self.formEncoded($0.1) }.joined(separator: "&").utf8)
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.count)\r\n"
        }
        let bytes = Array((head + "\r\n").utf8) + body
        do {
            try send(bytes)
            let response = try readResponse()
            keepCookies(response)
            if response.header("connection")?.lowercased() == "close" { close() }
            return response
        } catch let failure as DeskFailure {
            close()
            guard retry, method == "GET" else { throw failure }
            return try request(method, path, fields: fields, retry: false)
        }
    }

    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw DeskFailure(message: "send: errno \(errno)") }
            sent += n
        }
    }

    /// More bytes from the socket into `buffer`.
    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, 65536, 0) }
        guard n > 0 else { throw DeskFailure(message: n == 0 ? "connection closed by the server" : "recv: errno \(errno)") }
        buffer.append(contentsOf: chunk[0..<n])
    }

    private func readLine() throws -> String {
        while true {
            if let end = Self.find([13, 10], in: buffer) {
                let line = String(decoding: buffer[0..<end], as: UTF8.self)
                buffer.removeFirst(end + 2)
                return line
            }
            try fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func readResponse() throws -> DeskResponse {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { throw DeskFailure(message: "bad status line: \(statusLine)") }
        var headers: [(String, String)] = []
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body: [UInt8] = []
        if headers.contains(where: { $0.0 == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            while true {
                let size = Int(try readLine().split(separator: ";")[0].trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
                if size == 0 {
                    while !(try readLine()).isEmpty {}
                    break
                }
                body += try take(size)
                _ = try readLine()
            }
        } else if let length = headers.first(where: { $0.0 == "content-length" }).flatMap({ Int($0.1) }) {
            body = try take(length)
        }
        return DeskResponse(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    private func keepCookies(_ response: DeskResponse) {
        for (name, value) in response.headers where name == "set-cookie" {
            let pair = value.split(separator: ";", maxSplits: 1)[0]
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let key = pair[..<equals].trimmingCharacters(in: .whitespaces)
            let val = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            cookies.removeAll { $0.0 == key }
            if !(value.lowercased().contains("max-age=0") || val.isEmpty) { cookies.append((key, val)) }
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }

    /// application/x-www-form-urlencoded as Python's urlencode writes it (spaces as +).
    static func formEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "~"):
                out.append(Character(UnicodeScalar(byte)))
            case UInt8(ascii: " "): out.append("+")
            default: out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}

/// The inputs of one form of a page (by id), as a browser would submit them untouched: the same
/// reading as deskclient.py's `Form` (kind, name, value, checked).
struct PageForm {
    struct Field {
        var kind: String
        var name: String
        var value: String
    }

    var action: String?
    var fields: [Field] = []

    init(page: String, id: String) {
        let tags = Self.tags(in: page)
        guard let start = tags.firstIndex(where: { $0.name == "form" && $0.attributes["id"] == id }) else { return }
        action = tags[start].attributes["action"]
        var select: String?
        for tag in tags[(start + 1)...] {
            if tag.name == "/form" { break }
            let a = tag.attributes
            switch tag.name {
            case "input":
                if let name = a["name"] { fields.append(Field(kind: a["type"] ?? "text", name: name, value: a["value"] ?? "")) }
            case "textarea":
                if let name = a["name"] { fields.append(Field(kind: "textarea", name: name, value: "")) }
            case "select":
                select = a["name"]
            case "/select":
                select = nil
            case "option":
                if let select, let value = a["value"], !value.isEmpty, !fields.contains(where: { $0.name == select }) {
                    fields.append(Field(kind: "select", name: select, value: value))
                }
            default:
                break
            }
        }
    }

    struct Tag {
        var name: String
        var attributes: [String: String]
    }

    /// Every start and end tag of the page with its attributes (values unescaped).
    static func tags(in page: String) -> [Tag] {
        let bytes = Array(page.utf8)
        var tags: [Tag] = []
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            i += 1
            var name: [UInt8] = []
            while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") || name.isEmpty {
                name.append(bytes[i] | (bytes[i] >= 65 && bytes[i] <= 90 ? 32 : 0))
                i += 1
            }
            var attributes: [String: String] = [:]
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1; continue }
                var key: [UInt8] = []
                while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") {
                    key.append(bytes[i])
                    i += 1
                }
                var value: [UInt8] = []
                if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                        let quote = bytes[i]
                        i += 1
                        while i < bytes.count, bytes[i] != quote { value.append(bytes[i]); i += 1 }
                        i += 1
                    } else {
                        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { value.append(bytes[i]); i += 1 }
                    }
                }
                if !key.isEmpty { attributes[String(decoding: key, as: UTF8.self).lowercased()] = unescape(String(decoding: value, as: UTF8.self)) }
            }
            i += 1
            if !name.isEmpty { tags.append(Tag(name: String(decoding: name, as: UTF8.self), attributes: attributes)) }
        }
        return tags
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semi = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semi) <= 10 else {
                out.append("&")
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semi]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let plain = named[String(entity)] {
                out += plain
            } else if entity.hasPrefix("#x"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = UnicodeScalar(code) {
                out.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = UnicodeScalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[...semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}

/// One operator's browser, as deskclient.py's `Desk`.
final class BenchDesk {
    let connection: DeskConnection

    init(port: UInt16, forwardedFor: String) {
        connection = DeskConnection(port: port, forwardedFor: forwardedFor)
    }

    func login(_ name: String, pin: String) throws {
        let page = try connection.request("GET", "/masuk")
        guard page.status == 200 else { throw DeskFailure(message: "GET /masuk: \(page.status)") }
        let form = PageForm(page: page.body, id: "masuk")
        var fields = form.fields.filter { $0.kind == "hidden" }.map { ($0.name, $0.value) }
        fields += [("nama", name), ("pin", pin)]
        let sent = try connection.request("POST", form.action ?? "/masuk", fields: fields)
        guard sent.status == 303 else { throw DeskFailure(message: "login of \(name): \(sent.status) \(sent.body.prefix(300))") }
    }

    /// Starts a case; returns the step page the server sends to.
    func start(_ code: String) throws -> String {
        let page = try connection.request("GET", "/sop/\(code)/mulai")
        guard page.status == 200 else { throw DeskFailure(message: "GET /sop/\(code)/mulai: \(page.status)") }
        let form = PageForm(page: page.body, id: "mulai")
        let sent = try connection.request("POST", form.action ?? "", fields: form.fields.filter { $0.kind == "hidden" }.map { ($0.name, $0.value) })
        guard sent.status == 303, let location = sent.header("location") else {
            throw DeskFailure(message: "start: \(sent.status) \(sent.body.prefix(300))")
        }
        return Self.path(location)
    }

    /// Fills the step form at `path` as a diligent operator would and sends it: (seconds the
    /// POST took, its response, where it sends next, seconds the step page's GET took).
    func answer(_ path: String) throws -> (Double, DeskResponse, String, Double) {
        let asked = DispatchTime.now().uptimeNanoseconds
        let page = try connection.request("GET", path)
        let shown = Double(DispatchTime.now().uptimeNanoseconds - asked) / 1e9
        guard page.status == 200 else { throw DeskFailure(message: "GET \(path): \(page.status)") }
        let form = PageForm(page: page.body, id: "langkah")
        var fields: [(String, String)] = []
        var chosen = Set<String>()
        for field in form.fields {
            let (kind, name, value) = (field.kind, field.name, field.value)
            if kind == "hidden" {
                fields.append((name, value))
            } else if kind == "checkbox", name.hasPrefix("k.") {
                fields.append((name, value.isEmpty ? "ada" : value))
            } else if name.hasPrefix("f.") {
                if kind == "radio", chosen.contains(name) { continue }
                chosen.insert(name)
                fields.append((name, deskValues[String(name.dropFirst(2))] ?? (kind == "select" || kind == "radio" ? value : "Dicatat di meja")))
            } else if name.hasPrefix("o."), kind != "file" {
                fields.append((name, "Dicatat di meja"))
            } else if name == "cabang", !chosen.contains("cabang") {
                chosen.insert("cabang")
                fields.append((name, value))
            }
        }
        let began = DispatchTime.now().uptimeNanoseconds
        let sent = try connection.request("POST", form.action ?? path, fields: fields)
        let took = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        return (took, sent, Self.path(sent.header("location") ?? ""), shown)
    }

    static func path(_ location: String) -> String {
        var rest = Substring(location)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        return String(rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}

/// What the desks measured together.
final class DeskTally: @unchecked Sendable {
    // @unchecked: every field is read and written only under `lock`.
    private let lock = NSLock()
    private(set) var latencies: [Double] = []
    /// The step pages' GETs (the page that follows each answer's 303 among them).
    private(set) var pages: [Double] = []
    private(set) var failures: [String] = []

    func add(_ mine: [Double], pages mine2: [Double], failure: String?) {
        lock.withLock {
            latencies += mine
            pages += mine2
            if let failure { failures.append(failure) }
        }
    }
}

enum ServeDesks {
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))]
    }

    static func run(_ arguments: [String]) -> Never {
        guard arguments.count == 7, let desks = Int(arguments[2]), let cases = Int(arguments[3]), desks > 0, cases >= 0 else {
            fail("usage: sop-bench serve-desks DESKS CASES OPERATOR PIN PORT[,PORT…]")
        }
        let (name, pin) = (arguments[4], arguments[5])
        let ports = arguments[6].split(separator: ",").compactMap { UInt16($0) }
        guard !ports.isEmpty else { fail("serve-desks: no port") }
        var all: [BenchDesk] = []
        for index in 0..<desks {
            let desk = BenchDesk(port: ports[index % ports.count], forwardedFor: "10.14.\(index / 200).\(index % 200 + 1)")
            do { try desk.login(name, pin: pin) } catch let failure as DeskFailure { fail("login: \(failure.message)") } catch {
                fail("login: \(error)")
            }
            all.append(desk)
        }
        // SOP_BENCH_HOLD=FILE (count.py): once logged in, say so in FILE.ready and wait for FILE,
        // so that a profiler counts only the desks' work.
        if let hold = ProcessInfo.processInfo.environment["SOP_BENCH_HOLD"] {
            guard FileManager.default.createFile(atPath: hold + ".ready", contents: nil) else {
                FileHandle.standardError.write(Data("sop-bench: cannot write \(hold).ready\n".utf8))
                exit(2)
            }
            while !FileManager.default.fileExists(atPath: hold) { usleep(20_000) }
        }
        let thinkMean = Double(ProcessInfo.processInfo.environment["SOP_BENCH_THINK_MS"] ?? "") ?? 0
        let tally = DeskTally()
        let ready = DispatchSemaphore(value: 0), go = DispatchGroup(), done = DispatchGroup()
        go.enter()
        for (index, desk) in all.enumerated() {
            nonisolated(unsafe) let desk = desk
            done.enter()
            let thread = Thread {
                var think = ThinkTime(mean: thinkMean, seed: UInt64(index + 1))
                ready.signal()
                go.wait()
                var mine: [Double] = [], pages: [Double] = []
                var failure: String?
                do {
                    for _ in 0..<cases {
                        var step = try desk.start("01")
                        while step.hasPrefix("/kasus/") {
                            think.pause()
                            let (took, response, next, shown) = try desk.answer(step)
                            guard response.status == 303 else { throw DeskFailure(message: "\(response.status): \(response.body.prefix(200))") }
                            mine.append(took)
                            pages.append(shown)
                            step = next
                        }
                    }
                } catch let error as DeskFailure {
                    failure = error.message
                } catch {
                    failure = "\(error)"
                }
                tally.add(mine, pages: pages, failure: failure)
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        for _ in all { ready.wait() }
        let began = DispatchTime.now().uptimeNanoseconds
        go.leave()
        done.wait()
        let window = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        let latencies = tally.latencies
        let failures = tally.failures.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ") + "\"" }
        let pages = tally.pages
        print("{\"posts\": \(latencies.count), \"p50\": \(percentile(latencies, 50) * 1000), \"p99\": \(percentile(latencies, 99) * 1000), "
            + "\"get_p50\": \(percentile(pages, 50) * 1000), \"get_p99\": \(percentile(pages, 99) * 1000), "
            + "\"window\": \(window), \"failures\": [\(failures.joined(separator: ", "))]}")
        exit(0)
    }
}

/// A desk's think times: exponential of mean `mean` ms (none when 0), from a xorshift generator
/// seeded per desk, so that every run draws the same pauses.
struct ThinkTime {
    let mean: Double
    var state: UInt64

    init(mean: Double, seed: UInt64) {
        self.mean = mean
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    mutating func pause() {
        guard mean > 0 else { return }
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        let uniform = (Double(state >> 11) + 0.5) / Double(UInt64(1) << 53)
        usleep(UInt32(min(60_000, -log(uniform) * mean) * 1000))
    }
}
