import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs another program to its end and collects what it prints: `sop render` printing through
/// Chromium, and the test suite running the `sop` binary hundreds of times.
///
/// Not Foundation's `Process`: in the Swift 6.3 toolchain its `run()` reads past a buffer while
/// it lists `/proc/self/fd` and crashes now and then (swift-corelibs-foundation #5472, fixed
/// after 6.3.1; seen here as a SIGSEGV in `Process.run()` during the test suite). The mirrored
/// swift-subprocess is async-only and every caller here is synchronous, so this is plain
/// `posix_spawn`: the pipes are opened close-on-exec (a program started meanwhile by another
/// thread does not inherit them and hold them open), the child starts with no blocked signals
/// and SIGPIPE at its default, and a child still running at `deadline` is killed.
public enum ChildProcess {
    public struct Outcome: Sendable {
        /// The exit status, or the number of the signal that ended the program.
        public let status: Int32
        public let signalled: Bool
        public let stdout: Data
        public let stderr: Data
        /// Killed at the deadline.
        public let timedOut: Bool
    }

    public struct Failure: Error, Sendable {
        /// What could not be done, with the system's reason (for a message and a log).
        public let reason: String
    }

    /// Runs `executable` with `arguments` and exactly `environment`, in `directory` (nil: this
    /// process's), writes `input` to its standard input and closes it, and collects both outputs
    /// until the program ends. `deadline`: seconds after which the program is killed (SIGKILL).
    public static func run(_ executable: String, arguments: [String], environment: [String: String],
                           directory: String? = nil, input: Data = Data(), deadline: TimeInterval? = nil) throws(Failure) -> Outcome {
        // In another folder: a shell changes to it and replaces itself with the program (glibc's
        // posix_spawn_file_actions_addchdir_np is not visible to Swift without _GNU_SOURCE).
        var path = executable, argv = [executable] + arguments
        if let directory {
            path = "/bin/sh"
            argv = ["sh", "-c", "cd -- \"$0\" && exec \"$@\"", directory, executable] + arguments
        }
        let child = try start(path, argv, environment)
        let (out, err, timedOut) = exchange(pid: child.pid, input: input, stdin: child.stdin, stdout: child.stdout, stderr: child.stderr,
                                            deadline: deadline.map { Date().addingTimeInterval($0) })
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import (C macros).
        let signal = status & 0x7F
        return Outcome(status: signal != 0 ? signal : (status >> 8) & 0xFF, signalled: signal != 0,
                       stdout: out, stderr: err, timedOut: timedOut)
    }

    /// Starts the program with its three pipes; returns its pid and this side of each pipe.
    private static func start(_ path: String, _ argv: [String], _ environment: [String: String]) throws(Failure)
        -> (pid: pid_t, stdin: Int32, stdout: Int32, stderr: Int32) {
        spawning.lock()
        defer { spawning.unlock() }
        var made: [(read: Int32, write: Int32)] = []
        for _ in 0..<3 {
            do throws(Failure) { made.append(try pipe()) } catch {
                for fd in made.flatMap({ [$0.read, $0.write] }) { close(fd) }
                throw error
            }
        }
        let (stdin, stdout, stderr) = (made[0], made[1], made[2])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArguments = argv.map { strdup($0) }, cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, cArguments + [nil], cEnvironment + [nil])
        for fd in [stdin.read, stdout.write, stderr.write] { close(fd) }
        guard spawned == 0 else {
            for fd in [stdin.write, stdout.read, stderr.read] { close(fd) }
            throw Failure(reason: "\(argv[0]): \(String(cString: strerror(spawned)))")
        }
        return (pid, stdin.write, stdout.read, stderr.read)
    }

    /// Pipes are made close-on-exec in two steps (pipe2 is not visible to Swift without
    /// _GNU_SOURCE): under `spawning`, so that no program started here inherits one in between.
    private static func pipe() throws(Failure) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        #if canImport(Glibc)
            let made = Glibc.pipe(&fds) == 0
        #else
            let made = Darwin.pipe(&fds) == 0
        #endif
        guard made, fds.allSatisfy({ fcntl($0, F_SETFD, FD_CLOEXEC) == 0 }) else {
            throw Failure(reason: "pipe: \(String(cString: strerror(errno)))")
        }
        return (fds[0], fds[1])
    }

    private static let spawning = NSLock()

    /// Writes the input and reads both outputs in one poll loop until both are closed; past the
    /// deadline the program is killed, and what its own children may still hold open is read
    /// for five more seconds at most.
    private static func exchange(pid: pid_t, input: Data, stdin: Int32, stdout: Int32, stderr: Int32,
                                 deadline: Date?) -> (Data, Data, Bool) {
        var out = Data(), err = Data(), written = 0, timedOut = false
        var writing: Int32 = stdin, open = [stdout, stderr]
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        if input.isEmpty { close(stdin); writing = -1 }
        var limit = deadline
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if writing >= 0 { fds.append(pollfd(fd: writing, events: Int16(POLLOUT), revents: 0)) }
            let wait = limit.map { max(0, Int32($0.timeIntervalSinceNow * 1000)) } ?? -1
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0, let ending = limit {
                guard !timedOut else { break }
                if ending.timeIntervalSinceNow <= 0 {
                    timedOut = true
                    kill(pid, SIGKILL)
                    if writing >= 0 { close(writing); writing = -1 }
                    limit = Date().addingTimeInterval(5)
                }
                continue
            }
            for polled in fds where polled.revents != 0 {
                if polled.fd == writing {
                    let count = input.withUnsafeBytes { bytes in
                        write(writing, bytes.baseAddress! + written, bytes.count - written)
                    }
                    if count > 0 { written += count }
                    if count < 0 && errno != EAGAIN && errno != EINTR || written == input.count {
                        close(writing)
                        writing = -1
                    }
                    continue
                }
                let count = read(polled.fd, &buffer, buffer.count)
                if count > 0 {
                    if polled.fd == stdout { out.append(buffer, count: count) } else { err.append(buffer, count: count) }
                } else if count == 0 || errno != EAGAIN && errno != EINTR {
                    close(polled.fd)
                    open.removeAll { $0 == polled.fd }
                }
            }
        }
        if writing >= 0 { close(writing) }
        for fd in open { close(fd) }
        return (out, err, timedOut)
    }
}
