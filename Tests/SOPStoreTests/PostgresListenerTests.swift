import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// What a listener heard, waited on with a deadline.
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

    /// Waits until `condition` holds (true) or `seconds` pass (false).
    func wait(_ seconds: Double, until condition: (Heard) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(self) { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return condition(self)
    }

    func listener(_ address: PostgresAddress) -> PostgresChangeListener {
        PostgresChangeListener(address: address, onChange: { self.add($0) }, onConnected: { self.connected($0) },
                               onProblem: { self.problem($0) })
    }
}

/// Migration v7 and the LISTEN connection: a worklist change committed by one desk reaches a
/// listener on another connection within a second, pushed by the server (NOTIFY), and a
/// listener whose connection is cut listens again by itself.
@Suite("PostgreSQL live updates", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped), .timeLimit(.minutes(10)))
struct PostgresListenerTests {
    typealias Schema = PostgresTestServer.Schema

    func begin(_ store: CaseStore) throws -> CaseID {
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        return try store.startCase(prefix: "01", year: 2026, events: [
            event(1, started), event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: nil))),
        ], projection: projection(sequence: 2, active: [("1", "resepsionis", nil)]))
    }

    /// A schema, its store, a listener heard connecting, and a case begun on the store (its start heard).
    func begunAndHeard() throws -> (Schema, PostgresCaseStore, Heard, PostgresChangeListener, CaseID) {
        let schema = try Schema()
        let store = try schema.store()
        let heard = Heard()
        let listener = heard.listener(schema.address)
        listener.start()
        #expect(heard.wait(10) { $0.connects == [false] })
        let id = try begin(store)
        #expect(heard.wait(1) { $0.all.count == 1 })
        return (schema, store, heard, listener, id)
    }

    func handOver(_ id: CaseID, in store: CaseStore) throws {
        try store.append([
            event(3, .stepCompleted(.init(step: "1", visit: 1, used: 60)), at: 1),
            event(4, .stepStarted(.init(step: "2", visit: 1, role: "staf-pengaduan", due: nil)), at: 1),
        ], to: id, projection: projection(sequence: 4, active: [("2", "staf-pengaduan", nil)]))
    }

    @Test func aHandOverOnOneConnectionIsHeardOnAnotherWithinASecond() throws {
        let schema = try Schema()
        let store = try schema.store()
        let heard = Heard()
        let listener = heard.listener(schema.address)
        listener.start()
        defer { listener.stop() }
        #expect(heard.wait(10) { $0.connects == [false] })

        var clock = Date()
        let id = try begin(store)
        #expect(heard.wait(1) { $0.all == [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis")] })
        let appeared = Date().timeIntervalSince(clock)
        clock = Date()
        try handOver(id, in: store)
        // The step that went and the step that came, each once.
        #expect(heard.wait(1) { $0.all.count == 3 })
        let handedOver = Date().timeIntervalSince(clock)
        #expect(Set(heard.all.dropFirst()) == [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis"),
                                                WorklistKey(caseID: id.rawValue, step: "2", role: "staf-pengaduan")])
        #expect(appeared < 1 && handedOver < 1, "heard after \(appeared) s and \(handedOver) s")
        // An answer alone does not touch the worklist: nothing is sent for it.
        try store.append([event(5, .noteAdded(.init(step: "2", text: "dicatat")), at: 2)], to: id,
                         projection: projection(sequence: 5, active: [("2", "staf-pengaduan", nil)]))
        #expect(!heard.wait(0.3) { $0.all.count > 3 })
    }

    /// v11: the store's connection keeps its notices until its write has committed and sends
    /// them behind it; any other session (hand-written SQL) notifies inside its transaction as v7.
    @Test func handWrittenSQLNotifiesInItsTransactionAndTheStoreAfterItsCommit() throws {
        let (schema, store, heard, listener, id) = try begunAndHeard()
        defer { listener.stop() }
        #expect(store.flushesNotices)
        // psql as a desk would: no setting, so the trigger notifies in the transaction.
        let raw = try schema.connection()
        try raw.execute("""
            INSERT INTO case_task (case_id, step, step_label, visit, role, role_name, started_at)
            VALUES ('\(id.rawValue)', '9', '9', 1, 'arsiparis', 'Arsiparis', 0)
            """)
        #expect(heard.wait(1) { $0.all.count == 2 })
        #expect(heard.all.last == WorklistKey(caseID: id.rawValue, step: "9", role: "arsiparis"))
        // A session that says it sends them after the commit: nothing is heard until it flushes,
        // and a rolled-back change leaves nothing to send.
        let later = try PGConnection(schema.address, settings: PostgresLiveNotices.session)
        try later.execute("BEGIN; DELETE FROM case_task WHERE step = '9'; ROLLBACK")
        #expect(try later.query("SELECT sop_live_flush()").integer(0, 0) == 0)
        try later.execute("DELETE FROM case_task WHERE step = '9'")
        #expect(!heard.wait(0.3) { $0.all.count > 2 })
        #expect(try later.query("SELECT sop_live_flush()").integer(0, 0) == 1)
        #expect(heard.wait(1) { $0.all.count == 3 })
        #expect(try later.query("SELECT sop_live_flush()").integer(0, 0) == 0)
        // The store's hand-over: heard (above: the step that went and the step that came), and a
        // stale write, refused, sends nothing.
        try handOver(id, in: store)
        #expect(heard.wait(1) { $0.all.count == 5 })
        let other = try schema.store()
        #expect(throws: StoreError.self) {
            try other.append([event(3, .stepCompleted(.init(step: "1", visit: 1, used: 60)), at: 1)], to: id,
                             projection: projection(sequence: 3, active: []))
        }
        #expect(!heard.wait(0.3) { $0.all.count > 5 })
    }

    /// v12: a store that wrote the case's worklist sends a move's notices itself (no trigger keeps
    /// them); a store that only read the case has v11's trigger keep them for its move. Both are
    /// heard alike, each row once, after the commit.
    @Test func aMoveIsHeardWhetherItsStoreWroteTheWorklistOrOnlyReadIt() throws {
        let (schema, store, heard, listener, id) = try begunAndHeard()
        defer { listener.stop() }
        #expect(store.sendsNotices)
        try handOver(id, in: store)
        #expect(heard.wait(1) { $0.all.count == 3 })
        #expect(Set(heard.all.suffix(2)) == [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis"),
                                             WorklistKey(caseID: id.rawValue, step: "2", role: "staf-pengaduan")])
        let other = try schema.store()
        _ = try other.events(of: id)
        try other.append([event(5, .stepCompleted(.init(step: "2", visit: 1, used: 60)), at: 2)], to: id,
                         projection: projection(sequence: 5, active: []))
        #expect(heard.wait(1) { $0.all.count == 4 })
        #expect(heard.all.last == WorklistKey(caseID: id.rawValue, step: "2", role: "staf-pengaduan"))
        #expect(!heard.wait(0.3) { $0.all.count > 4 })
    }

    @Test func aCutConnectionListensAgainAndHearsWhatComesAfter() throws {
        let schema = try Schema()
        let store = try schema.store()
        let heard = Heard()
        let listener = heard.listener(schema.address)
        listener.start()
        defer { listener.stop() }
        #expect(heard.wait(10) { $0.connects == [false] && listener.backendPID != 0 })
        let first = listener.backendPID
        let raw = try schema.connection()
        #expect(try raw.query("SELECT pg_terminate_backend($1, 5000)", [.int(Int64(first))]).bool(0, 0))
        #expect(heard.wait(10) { $0.connects == [false, true] })
        #expect(listener.backendPID != first)
        #expect(heard.reported.contains { $0.contains("koneksi LISTEN ke PostgreSQL terputus") }, "\(heard.reported)")
        let id = try begin(store)
        #expect(heard.wait(1) { $0.all == [WorklistKey(caseID: id.rawValue, step: "1", role: "resepsionis")] })
    }

    @Test func aUnitInASchemaOfItsOwnHearsOnlyItself() throws {
        let one = try Schema(), other = try Schema()
        let heardOne = Heard(), heardOther = Heard()
        let listeners = [heardOne.listener(one.address), heardOther.listener(other.address)]
        listeners.forEach { $0.start() }
        defer { listeners.forEach { $0.stop() } }
        // The other schema's tables exist too (its listener needs the channel function).
        _ = try other.store()
        _ = try one.store()
        #expect(heardOne.wait(10) { $0.connects == [false] } && heardOther.wait(10) { $0.connects == [false] })
        _ = try begin(try one.store())
        #expect(heardOne.wait(1) { $0.all.count == 1 })
        #expect(!heardOther.wait(0.3) { !$0.all.isEmpty })
        #expect(try one.connection().query("SELECT sop_live_channel(current_schema())").text(0, 0) == "sop_tugas.\(one.name)")
        #expect(try one.connection().query("SELECT sop_live_channel('public')").text(0, 0) == "sop_tugas")
    }

    @Test func aListenerOnAStoreWithoutTheMigrationSaysSoAndKeepsTrying() throws {
        let schema = try Schema()
        let heard = Heard()
        let listener = heard.listener(schema.address)
        listener.maxPause = 0.2
        listener.start()
        #expect(heard.wait(5) { !$0.reported.isEmpty })
        #expect(heard.reported.first?.hasPrefix("pembaruan langsung: tidak dapat mendengarkan PostgreSQL") == true, "\(heard.reported)")
        // Once the store is migrated, it listens.
        _ = try schema.store()
        #expect(heard.wait(10) { $0.connects == [false] })
        listener.stop()
    }

    @Test func payloadsAreReadStrictly() {
        #expect(PostgresChangeListener.key(#"{"kasus":"01-2026-000001","langkah":"2","peran":"staf"}"#)
            == WorklistKey(caseID: "01-2026-000001", step: "2", role: "staf"))
        #expect(PostgresChangeListener.key("01-2026-000001") == nil)
        #expect(PostgresChangeListener.key(#"{"kasus":"x"}"#) == nil)
    }
}
