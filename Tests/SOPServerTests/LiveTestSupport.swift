import Foundation
import Hummingbird
@testable import SOPEngine
import SOPPostgres
import SOPServer
import SOPStore
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#endif

/// A real `sop serve` application on a free loopback port, run as `sop serve` runs it (in a
/// ServiceGroup, so graceful shutdown works as on SIGTERM).
final class RunningServer: @unchecked Sendable {
    let group: ServiceGroup
    let port: Int
    let task: Task<Void, Error>

    static func start(_ router: Router<BasicRequestContext>) async throws -> RunningServer {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let group = ServiceGroup(configuration: .init(services: [app], logger: app.logger))
        let task = Task { try await group.run() }
        var port = 0
        for await value in ports {
            port = value
            break
        }
        return RunningServer(group: group, port: port, task: task)
    }

    private init(group: ServiceGroup, port: Int, task: Task<Void, Error>) {
        self.group = group
        self.port = port
        self.task = task
    }

    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}

/// A plain HTTP/1.1 client on a blocking socket, reading as bytes arrive: enough to watch an
/// event stream without a client library.
final class RawClient: @unchecked Sendable {
    private let fd: Int32
    private(set) var received = ""
    private(set) var closed = false

    init(port: Int, request: String) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, bytes.count, 0) }
    }

    /// GET `path` with extra header lines.
    convenience init(port: Int, get path: String, headers: [String] = []) throws {
        try self.init(port: port, request: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n")
    }

    deinit { close(fd) }

    /// The body received so far, its chunked framing removed.
    var body: String {
        let bytes = Array(received.utf8)
        let crlf: [UInt8] = [13, 10]
        func find(_ needle: [UInt8], from: Int) -> Int? {
            guard bytes.count >= needle.count else { return nil }
            var index = from
            while index + needle.count <= bytes.count {
                if Array(bytes[index..<index + needle.count]) == needle { return index }
                index += 1
            }
            return nil
        }
        guard let end = find(crlf + crlf, from: 0) else { return "" }
        let head = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
        var position = end + 4
        guard head.contains("transfer-encoding: chunked") else { return String(decoding: bytes[position...], as: UTF8.self) }
        var out: [UInt8] = []
        while let line = find(crlf, from: position),
              let size = Int(String(decoding: bytes[position..<line], as: UTF8.self), radix: 16), size > 0,
              line + 2 + size <= bytes.count {
            out += bytes[(line + 2)..<(line + 2 + size)]
            position = line + 2 + size + 2
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads until the body holds `text` (true), the peer closes, or `seconds` pass.
    func readBody(until text: String, seconds: Double = 60) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !body.contains(text) && !closed && Date() < deadline {
            _ = await read(until: "\u{0}never\u{0}", seconds: 0.05)
        }
        return body.contains(text)
    }

    /// Reads until `text` has been received (true), the peer closes, or `seconds` pass; blocks
    /// a thread of its own, never one of the tasks' (the server needs them).
    @discardableResult
    func read(until text: String, seconds: Double = 60) async -> Bool {
        // A thread of its own: the global queue's few threads are those Swift's tasks run on.
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.blockingRead(until: text, seconds: seconds)) }.start()
        }
    }

    private func blockingRead(until text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !received.contains(text) && !closed {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return false }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 {
                closed = true
            } else {
                received += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }
        return received.contains(text)
    }

    /// Reads until the peer closes (true) or `seconds` pass.
    func readToEnd(seconds: Double = 60) async -> Bool {
        _ = await read(until: "\u{0}never\u{0}", seconds: seconds)
        return closed
    }
}

/// Waits until `condition` holds (true) or `seconds` pass, without blocking a thread.
func eventually(_ seconds: Double = 60, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// Runs tasks on a thread of its own: a listener's timing is then the feed's, not that of a
/// cooperative pool other suites keep busy.
final class ThreadExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = ThreadExecutor()
    private let queue = DispatchQueue(label: "sop.test.listening")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Collects what a subscription hears, on a task of its own.
final class Listening: @unchecked Sendable {
    private let lock = NSLock()
    private var changes: [LiveChange] = []
    private var times: [Date] = []
    private var task: Task<Void, Never>?

    init(_ stream: AsyncStream<LiveChange>) {
        task = Task(executorPreference: ThreadExecutor.shared) {
            for await change in stream {
                self.lock.withLock {
                    self.changes.append(change)
                    self.times.append(Date())
                }
            }
        }
    }

    var heard: [LiveChange] { lock.withLock { changes } }
    /// When each change arrived.
    var arrivals: [Date] { lock.withLock { times } }
    var worklist: [WorklistKey] {
        heard.compactMap { $0.kind == .worklist ? WorklistKey(caseID: $0.caseID, step: $0.step ?? "", role: $0.role ?? "") : nil }
    }

    func cancel() { task?.cancel() }
}

enum TemporaryFolder {
    static func make() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-live-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// The case written by the feed tests: started with step 1 for the receptionist, then handed
/// over to the complaints officer (step 2).
enum Sample {
    static let t0 = Date(timeIntervalSince1970: 1_796_004_000)

    static func projection(sequence: Int, active: [(String, String)]) -> CaseProjection {
        CaseProjection(nomor: "01", judul: "Pengaduan", revision: "rev", status: .open, startedAt: t0, updatedAt: t0,
                       lastSequence: sequence, active: active.map { step, role in
                           .init(step: step, stepLabel: step, visit: 1, role: role, roleName: role, startedAt: t0, due: nil)
                       })
    }

    static func event(_ sequence: Int, _ kind: CaseEvent.Kind) -> CaseEvent {
        CaseEvent(sequence: sequence, at: t0, operatorName: "budi", role: "resepsionis", kind: kind)
    }

    static func start(in store: CaseStore) throws -> CaseID {
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        return try store.startCase(prefix: "01", year: 2026, events: [
            event(1, .caseStarted(.init(nomor: "01", judul: "Pengaduan", revision: "rev", revisionDate: "-", file: "sop/01.yaml"))),
            event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: nil))),
        ], projection: projection(sequence: 2, active: [("1", "resepsionis")]))
    }

    static func handOver(_ id: CaseID, in store: CaseStore) throws {
        try store.append([
            event(3, .stepCompleted(.init(step: "1", visit: 1, used: 60))),
            event(4, .stepStarted(.init(step: "2", visit: 1, role: "staf-pengaduan", due: nil))),
        ], to: id, projection: projection(sequence: 4, active: [("2", "staf-pengaduan")]))
    }
}
