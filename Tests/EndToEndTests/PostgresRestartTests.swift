import Foundation
import Testing

enum ThrowawayServer {
    static let folder = ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES_DIR"].flatMap { $0.isEmpty ? nil : $0 }
}

/// Desks keep working through a PostgreSQL restart: the throwaway server whose folder
/// SOP_TEST_POSTGRES_DIR names (`.ci/throwaway-postgres start DIR`, with SOP_TEST_POSTGRES its
/// address) is restarted with `pg_ctl restart` while nine desks are in the middle of a case. Each
/// reconnects with growing pauses, says so, and records every answer exactly once. Run it alone
/// (`swift test --filter PostgresRestartTests`): the restart would disturb other tests' connections.
@Suite("PostgreSQL restart", .enabled(if: SharedStore.url != nil && ThrowawayServer.folder != nil,
                                      "set SOP_TEST_POSTGRES and SOP_TEST_POSTGRES_DIR (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)), .serialized)
struct PostgresRestartTests {
    /// The answers of SOP 01's first step at an interactive desk, then a pause.
    static let before = ["ya", "Siti Aminah", "3573014101900001", "081234567890", "", "Telepon"]
    static let after = ["Menanyakan syarat izin", "Dicatat", "/catatan setelah restart", "/jeda"]

    /// `pg_ctl restart` as the server's owner (root may not run it), with the options it started
    /// with; through posix_spawn and waitpid (Foundation's Process never saw this child exit).
    static func restartServer(_ folder: String) throws -> pid_t {
        let data = folder + "/data"
        let owner = try FileManager.default.attributesOfItem(atPath: data)[.ownerAccountName] as? String ?? "postgres"
        let bin = try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql").sorted().last.map { "/usr/lib/postgresql/\($0)/bin" }
        let arguments = (getuid() == 0 ? ["/usr/sbin/runuser", "-u", owner, "--", bin! + "/pg_ctl"] : [bin! + "/pg_ctl"])
            + ["-D", data, "-m", "fast", "-w", "restart", "-l", folder + "/server.log"]
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        #expect(posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0)
        return pid
    }

    @Test func nineDesksKeepEveryAnswerThroughAServerRestart() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        let folder = ThrowawayServer.folder!
        var environment = shared.environment
        environment.merge(["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path,
                           "SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"]) { _, new in new }
        // The schema is made before the desks start, so that they start on a ready store.
        #expect(try SOPBinary.run(["db", "migrate"], environment: environment).status == 0)
        let desks = try (0..<9).map { index -> (Process, Pipe, Pipe, Pipe) in
            let process = Process()
            process.executableURL = SOPBinary.executable
            process.arguments = ["run", "01", "--as", "resepsionis", "--operator", "meja-\(index)"]
            process.environment = environment
            process.currentDirectoryURL = SOPBinary.root
            let input = Pipe(), output = Pipe(), error = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = error
            try process.run()
            input.fileHandleForWriting.write(Data((Self.before.joined(separator: "\n") + "\n").utf8))
            return (process, input, output, error)
        }
        // Every desk has recorded the answers so far (each commits before its next prompt).
        Thread.sleep(forTimeInterval: 2)
        // The next answers arrive while the server is going down and coming back up.
        let restart = try Self.restartServer(folder)
        Thread.sleep(forTimeInterval: 0.2)
        for (_, input, _, _) in desks {
            input.fileHandleForWriting.write(Data((Self.after.joined(separator: "\n") + "\n").utf8))
            try input.fileHandleForWriting.close()
        }
        var status: Int32 = 0
        #expect(waitpid(restart, &status, 0) == restart)
        #expect(status == 0, "pg_ctl restart")
        var reconnected = 0
        for (process, _, output, error) in desks {
            let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(err)\n\(out.suffix(400))")
            #expect(out.contains("Kasus dijeda."), "\(out.suffix(400))")
            if err.contains("koneksi ke PostgreSQL terputus; menyambung ulang dalam") { reconnected += 1 }
            #expect(!err.contains("terminating connection"), "raw libpq text: \(err)")
        }
        #expect(reconnected == 9, "every desk said it reconnected")
        // Each case holds each answer once: the same timeline for every desk, one note each.
        let timelines = try (1...9).map { number in
            try SOPBinary.run(["case", String(format: "01-2026-%06d", number)], environment: environment)
        }
        for timeline in timelines {
            #expect(timeline.status == 0, "\(timeline.stderr)")
            #expect(timeline.stdout.components(separatedBy: "setelah restart").count == 2, "\(timeline.stdout)")
            #expect(timeline.stdout.contains("Maksud keinginan = Menanyakan syarat izin"))
        }
    }
}
