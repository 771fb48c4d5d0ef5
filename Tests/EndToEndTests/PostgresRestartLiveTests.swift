import Foundation
import SOPCore
import SOPPostgres
import SOPStore
import Testing

/// Live updates through a PostgreSQL restart: the LISTEN connection of `sop serve` comes back
/// by itself, says so, and hears the steps handed over afterwards by a terminal desk.
extension PostgresRestartTests {
    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var keys: [WorklistKey] = []
        private var connections: [Bool] = []
        private var problems: [String] = []
        func add(_ key: WorklistKey) { lock.withLock { keys.append(key) } }
        func connected(_ again: Bool) { lock.withLock { connections.append(again) } }
        func problem(_ message: Localized) { lock.withLock { problems.append(message.id) } }
        var all: [WorklistKey] { lock.withLock { keys } }
        var connects: [Bool] { lock.withLock { connections } }
        var reported: [String] { lock.withLock { problems } }

        func wait(_ seconds: Double, until condition: (Heard) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if condition(self) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return condition(self)
        }
    }

    @Test func theLiveListenerComesBackAfterAServerRestart() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        var environment = shared.environment
        environment.merge(["SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"]) { _, new in new }
        #expect(try SOPBinary.run(["db", "migrate"], environment: environment).status == 0)
        let heard = Heard()
        let listener = PostgresChangeListener(address: shared.address, onChange: { heard.add($0) },
                                              onConnected: { heard.connected($0) }, onProblem: { heard.problem($0) })
        listener.start()
        defer { listener.stop() }
        #expect(heard.wait(10) { $0.connects == [false] })

        let restart = try Self.restartServer(ThrowawayServer.folder!)
        var status: Int32 = 0
        #expect(waitpid(restart, &status, 0) == restart)
        #expect(status == 0, "pg_ctl restart")
        #expect(heard.wait(15) { $0.connects == [false, true] }, "\(heard.reported)")
        #expect(heard.reported.contains { $0.hasPrefix("pembaruan langsung: koneksi LISTEN ke PostgreSQL terputus") }, "\(heard.reported)")

        // A terminal desk answers steps 1 and 2 after the restart: step 3, handed to the complaints officer, is heard.
        let answers = SOPBinary.root.path + "/Tests/Fixtures/answers/01-langkah-1-2.yaml"
        let run = try SOPBinary.run(["run", "01", "--as", "resepsionis", "--answers", answers], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(heard.wait(2) { $0.all.contains { $0.step == "3" && $0.role == "staf-pengaduan" } }, "\(heard.all)")
    }
}
