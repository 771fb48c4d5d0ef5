import Foundation
@testable import SOPEngine
import SOPPostgres
import SOPServer
import SOPStore
import Testing

/// The feeds live pages listen to: in-process, a watched SQLite file (writes of other
/// connections and other processes), PostgreSQL LISTEN/NOTIFY between instances.
@Suite("Live feeds", .timeLimit(.minutes(10)))
struct LiveFeedTests {
    @Test func theLocalFeedTellsEverySubscriberAndClosingEndsThem() async throws {
        let feed = LocalCaseFeed()
        let one = feed.subscribe(), two = feed.subscribe()
        #expect(feed.subscriberCount == 2)
        feed.publish(LiveChange(caseID: "01-2026-000001", step: "1", role: "resepsionis"))
        feed.close()
        var heardOne: [LiveChange] = [], heardTwo: [LiveChange] = []
        for await change in one { heardOne.append(change) }
        for await change in two { heardTwo.append(change) }
        #expect(heardOne.map(\.caseID) == ["01-2026-000001"] && heardOne == heardTwo)
        #expect(feed.subscriberCount == 0)
        // After closing, a subscription ends at once.
        var late = 0
        for await _ in feed.subscribe() { late += 1 }
        #expect(late == 0)
    }

    @Test func aSubscriberThatStopsListeningIsForgotten() async throws {
        let feed = LocalCaseFeed()
        let listening = Listening(feed.subscribe())
        #expect(await eventually { feed.subscriberCount == 1 })
        listening.cancel()
        #expect(await eventually { feed.subscriberCount == 0 })
    }

    @Test func whoHearsWhat() {
        let change = LiveChange(caseID: "c", step: "2", role: "staf")
        #expect(change.concerns(["staf", "kepala"]) && !change.concerns(["resepsionis"]))
        #expect(LiveChange.resync.concerns([]))
    }

    @Test func aSQLiteFileWrittenThroughAnotherConnectionIsNoticed() async throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let writer = try SQLiteCaseStore(path: path)
        let feed = try WatchedCaseFeed.sqlite(path: path, interval: 0.05)
        defer { feed.close() }
        let listening = Listening(feed.subscribe())
        #expect(await eventually { feed.subscriberCount == 1 })
        let id = try Sample.start(in: writer)
        #expect(await eventually(1) { listening.worklist == [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis")] })
        try Sample.handOver(id, in: writer)
        #expect(await eventually(1) { listening.worklist.count == 3 })
        #expect(listening.worklist.last == WorklistKey(caseID: id.rawValue, step: "2", role: "staf-pengaduan"))
        // An answer alone leaves the worklist as it is: nothing is told.
        try writer.append([Sample.event(5, .noteAdded(.init(step: "2", text: "dicatat")))], to: id,
                          projection: Sample.projection(sequence: 5, active: [("2", "staf-pengaduan")]))
        try await Task.sleep(for: .milliseconds(300))
        #expect(listening.worklist.count == 3)
    }

    @Test func aStoreWithoutVersionsIsReadAgainWhenThisProcessWrote() async throws {
        let store = InMemoryCaseStore()
        let feed = try WatchedCaseFeed(source: StoreWorklist(store), interval: 10)
        defer { feed.close() }
        let listening = Listening(feed.subscribe())
        #expect(await eventually { feed.subscriberCount == 1 })
        let id = try Sample.start(in: store)
        try await Task.sleep(for: .milliseconds(200))
        #expect(listening.worklist.isEmpty, "nothing is read until the gateway says it wrote")
        feed.written(caseID: id.rawValue)
        #expect(await eventually(1) { listening.worklist == [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis")] })
    }

    @Test func aTerminalRunOnTheSameFileIsNoticed() async throws {
        let folder = TemporaryFolder.make()
        let path = folder + "/sop.sqlite"
        _ = try SQLiteCaseStore(path: path)
        let feed = try WatchedCaseFeed.sqlite(path: path)
        defer { feed.close() }
        let listening = Listening(feed.subscribe())
        #expect(await eventually { feed.subscriberCount == 1 })
        // The receptionist answers steps 1 and 2 at a terminal; step 3 then waits for the complaints officer.
        let answers = Terminal.root.path + "/Tests/Fixtures/answers/01-langkah-1-2.yaml"
        let run = try Terminal.run(["run", "01", "--as", "resepsionis", "--answers", answers, "--db", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(await eventually(2) { listening.worklist.contains { $0.step == "3" && $0.role == "staf-pengaduan" } },
                "\(listening.heard)")
        #expect(Set(listening.worklist.map(\.caseID)).count == 1)
    }

    @Test(.enabled(if: LivePostgres.url != nil, "set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"))
    func twoInstancesOnOnePostgreSQLHearEachOtherWithinASecond() async throws {
        let address = try LivePostgres.schema()
        let store = try PostgresCaseStore(address: address)
        let one = PostgresCaseFeed(address: address), other = PostgresCaseFeed(address: address)
        defer {
            one.close()
            other.close()
        }
        let hearOne = Listening(one.subscribe()), hearOther = Listening(other.subscribe())
        #expect(await eventually(10) { one.backendPID != 0 && other.backendPID != 0 })
        let id = try Sample.start(in: store)
        var committed = Date()
        one.written(caseID: id.rawValue)
        let expected = [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis")]
        #expect(await eventually { hearOther.worklist == expected && hearOne.worklist == expected })
        #expect(hearOther.arrivals.first.map { $0.timeIntervalSince(committed) < 1 } == true, "\(hearOther.arrivals) \(committed)")
        try Sample.handOver(id, in: store)
        committed = Date()
        #expect(await eventually { hearOther.worklist.count == 3 })
        #expect(hearOther.arrivals.last.map { $0.timeIntervalSince(committed) < 1 } == true, "\(hearOther.arrivals) \(committed)")
        #expect(hearOther.worklist.last == WorklistKey(caseID: id.rawValue, step: "2", role: "staf-pengaduan")
            || hearOther.worklist.dropFirst().contains(WorklistKey(caseID: id.rawValue, step: "2", role: "staf-pengaduan")))
    }
}

/// The `sop` binary built beside the tests.
enum Terminal {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        var folder = testBinary.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sop").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("sop")
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": FileManager.default.temporaryDirectory.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A schema of its own on the test server (SOP_TEST_POSTGRES), dropped when the tests end.
enum LivePostgres {
    static let url = ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static func schema() throws -> PostgresAddress {
        let base = try PostgresAddress(url ?? "")
        let name = "sop_live_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try PostgresSchema.create(name, at: base)
        Made.shared.add(name, base)
        return try base.inSchema(name)
    }

    private final class Made: @unchecked Sendable {
        static let shared = Made()
        private let lock = NSLock()
        private var schemas: [(String, PostgresAddress)] = []
        private init() { atexit { Made.shared.dropAll() } }
        func add(_ name: String, _ base: PostgresAddress) { lock.withLock { schemas.append((name, base)) } }
        func dropAll() {
            for (name, base) in lock.withLock({ schemas }) { try? PostgresSchema.drop(name, at: base) }
        }
    }
}
