import CLibPQ
import Foundation
import SOPCore
import SOPStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Live updates from PostgreSQL: a dedicated libpq connection that LISTENs on the channel of
/// the store's schema (migration v7: every change of a `case_task` row NOTIFYs it with the
/// case, the step and the role, nothing personal) and waits on its socket with poll(2), in a
/// thread of its own. Nothing is polled: the server pushes each committed change, to every
/// listening process, whichever desk or instance wrote it.
///
/// A dropped connection (server restart, network cut) is reopened with growing pauses (0.1 s
/// doubling to 2 s), for as long as it takes; `onConnected(true)` then tells that changes may
/// have been missed meanwhile, so that pages reload their worklist. An idle connection is
/// checked with a round trip every 30 s (TCP keepalives do the same below it).
public final class PostgresChangeListener: @unchecked Sendable {
    public let address: PostgresAddress
    private let onChange: @Sendable (WorklistKey) -> Void
    private let onConnected: @Sendable (_ again: Bool) -> Void
    private let onProblem: @Sendable (Localized) -> Void
    private let lock = NSLock()
    private var stopped = false
    private var started = false
    private var pid: Int32 = 0
    private var wake: [Int32] = [-1, -1]
    private let finished = DispatchSemaphore(value: 0)
    /// The longest pause between two attempts to reconnect.
    public var maxPause: TimeInterval = 2
    /// How long an idle connection waits before it checks the server is still there.
    public var idleCheck: TimeInterval = 30

    /// The NOTIFY channel of a schema: `sop_tugas` in `public`, `sop_tugas.<schema>` elsewhere
    /// (so units in schemas of their own do not hear each other). The same as the SQL
    /// function `sop_live_channel` of migration v7.
    public static let channelFunction = """
        CREATE FUNCTION sop_live_channel(schema_name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN schema_name = 'public' THEN 'sop_tugas' ELSE left('sop_tugas.' || schema_name, 63) END
        $$;
        """

    /// Migration v7: the trigger. Deleting and re-inserting the same row in one transaction (a
    /// case's worklist is rewritten when a step starts or ends) notifies once: PostgreSQL folds
    /// identical notifications of a transaction.
    static let migration = channelFunction + """
        CREATE FUNCTION sop_case_task_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM pg_notify(sop_live_channel(TG_TABLE_SCHEMA),
                                  json_build_object('kasus', OLD.case_id, 'langkah', OLD.step, 'peran', OLD.role)::text);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM pg_notify(sop_live_channel(TG_TABLE_SCHEMA),
                                  json_build_object('kasus', NEW.case_id, 'langkah', NEW.step, 'peran', NEW.role)::text);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER case_task_notify AFTER INSERT OR UPDATE OR DELETE ON case_task
            FOR EACH ROW EXECUTE FUNCTION sop_case_task_notify();
        """

    /// - Parameters:
    ///   - onChange: a step of a role appeared on or left the worklist (called on the listener's thread).
    ///   - onConnected: listening (again, when `again`: what changed meanwhile was not heard).
    ///   - onProblem: a lost or refused connection, in words for the server's log.
    public init(address: PostgresAddress, onChange: @escaping @Sendable (WorklistKey) -> Void,
                onConnected: @escaping @Sendable (_ again: Bool) -> Void = { _ in },
                onProblem: @escaping @Sendable (Localized) -> Void = { _ in }) {
        self.address = address
        self.onChange = onChange
        self.onConnected = onConnected
        self.onProblem = onProblem
    }

    deinit {
        for fd in wake where fd >= 0 { close(fd) }
    }

    /// Starts the listening thread (once).
    public func start() {
        let first = lock.withLock {
            defer { started = true }
            return !started
        }
        guard first else { return }
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            lock.withLock { wake = fds }
        }
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "sop-listen"
        thread.start()
    }

    /// Stops listening and closes the connection; waits (at most 15 s) for the thread to end.
    public func stop() {
        let (wasStarted, fd) = lock.withLock {
            defer { stopped = true }
            return (started && !stopped, wake[1])
        }
        guard wasStarted else { return }
        var byte: UInt8 = 1
        _ = write(fd, &byte, 1)
        _ = finished.wait(timeout: .now() + 15)
    }

    /// The server process of the listening connection (0 while not connected): tests end it.
    public var backendPID: Int32 { lock.withLock { pid } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run() {
        var pause = 0.1
        var listenedBefore = false
        while !isStopped {
            do throws(PGFailure) {
                let connection = try PGConnection(address)
                defer { lock.withLock { pid = 0 } }
                let channel = try connection.query("SELECT sop_live_channel(current_schema())").text(0, 0)
                try connection.execute("LISTEN \"" + channel.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
                lock.withLock { pid = connection.backendPID }
                onConnected(listenedBefore)
                listenedBefore = true
                pause = 0.1
                try listen(on: connection)
                return
            } catch {
                switch error {
                case .lost(let detail): onProblem(Catalog.Live.listenLost(detail, pause: pause))
                case .unusable(let message): onProblem(Catalog.Live.listenFailed(message, pause: pause))
                case .server(_, let message): onProblem(Catalog.Live.listenFailed(Localized(verbatim: message), pause: pause))
                }
            }
            if waitForWake(seconds: pause) { return }
            pause = min(pause * 2, maxPause)
        }
    }

    /// Waits on the connection's socket and the wake pipe; returns when stopped.
    private func listen(on connection: PGConnection) throws(PGFailure) {
        guard let pq = connection.libpq else { throw .lost("no connection") }
        let socket = PQsocket(pq)
        guard socket >= 0 else { throw .lost("no socket") }
        let wakeFD = lock.withLock { wake[0] }
        while !isStopped {
            var fds = [pollfd(fd: socket, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(wakeFD >= 0 ? 2 : 1), Int32(idleCheck * 1000))
            if ready < 0 {
                if errno == EINTR { continue }
                throw .lost(String(cString: strerror(errno)))
            }
            if wakeFD >= 0, fds[1].revents != 0 { return }
            if ready == 0 {
                // Quiet for a while: a round trip proves the server still hears us.
                try connection.execute("SELECT 1")
            } else if PQconsumeInput(pq) == 0 {
                throw .lost(PGConnection.essence(String(cString: PQerrorMessage(pq))))
            }
            while let notification = PQnotifies(pq) {
                let payload = notification.pointee.extra.map { String(cString: $0) } ?? ""
                PQfreemem(notification)
                if let key = Self.key(payload) { onChange(key) }
            }
            if PQstatus(pq) != CONNECTION_OK { throw .lost(PGConnection.essence(String(cString: PQerrorMessage(pq)))) }
        }
    }

    /// Sleeps up to `seconds`, or until stopped (true).
    private func waitForWake(seconds: Double) -> Bool {
        let wakeFD = lock.withLock { wake[0] }
        var fds = [pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, wakeFD >= 0 ? 1 : 0, Int32(seconds * 1000))
        return isStopped
    }

    /// `{"kasus": …, "langkah": …, "peran": …}`, as the trigger writes it.
    static func key(_ payload: String) -> WorklistKey? {
        struct Payload: Decodable {
            let kasus: String
            let langkah: String
            let peran: String
        }
        guard let decoded = try? JSONDecoder().decode(Payload.self, from: Data(payload.utf8)) else { return nil }
        return WorklistKey(caseID: decoded.kasus, step: decoded.langkah, role: decoded.peran)
    }
}
