import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// The contract every case store keeps, run against each implementation. PostgreSQL takes part
/// when SOP_TEST_POSTGRES names a server (PostgresTestServer); the PostgreSQL suite says when
/// it is skipped.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory, sqlite, postgres

    var description: String { rawValue }

    static var available: [StoreKind] { allCases.filter { $0 != .postgres || PostgresTestServer.isConfigured } }

    func make() throws -> CaseStore {
        switch self {
        case .memory: return InMemoryCaseStore()
        case .sqlite: return try SQLiteCaseStore(path: TemporaryFolder.make() + "/sop.sqlite")
        case .postgres: return try PostgresTestServer.Schema().store()
        }
    }
}

enum TemporaryFolder {
    static func make() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-store-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of a store an earlier sop made (migrations v1 to v9, cases open and finished).
    static func storeBeforeDesk5() throws -> String {
        let path = make() + "/sop.sqlite"
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/newsop/store-before-desk5.sqlite").path
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        return path
    }
}

extension SQLiteCaseStore {
    /// An older store migrated as `sop db migrate` does it (opening alone never migrates one).
    static func migrated(_ path: String) throws -> SQLiteCaseStore {
        let store = try SQLiteCaseStore(path: path, asIs: true)
        _ = try store.migrate()
        return store
    }
}

let t0 = Date(timeIntervalSince1970: 1_796_004_000)

func projection(_ status: CaseState.Status = .open, sequence: Int, nomor: String = "01",
                active: [(String, String, Date?)] = []) -> CaseProjection {
    CaseProjection(nomor: nomor, judul: "Pengaduan", revision: "rev", status: status, startedAt: t0, updatedAt: t0,
                   lastSequence: sequence, active: active.map { step, role, due in
                       .init(step: step, stepLabel: step, visit: 1, role: role, roleName: role.capitalized, startedAt: t0, due: due)
                   })
}

func event(_ sequence: Int, _ kind: CaseEvent.Kind, at minutes: Double = 0) -> CaseEvent {
    CaseEvent(sequence: sequence, at: t0.addingTimeInterval(minutes * 60), operatorName: "budi", role: "resepsionis", kind: kind)
}

let started = CaseEvent.Kind.caseStarted(.init(nomor: "01", judul: "Pengaduan", revision: "rev", revisionDate: "-", file: "sop/01.yaml"))

@Suite("Case store contract")
struct CaseStoreContractTests {
    func revisionSaved(_ store: CaseStore) throws {
        try store.saveRevision(SOPRevision(content: Array("nomor: x".utf8), nomor: "01", judul: "Pengaduan",
                                           revisionDate: "-", path: "sop/01.yaml", savedAt: t0))
    }

    @Test(arguments: StoreKind.available)
    func caseIDsAreSequentialPerSOPAndYear(kind: StoreKind) throws {
        let store = try kind.make()
        var revision = SOPRevision(content: [1, 2, 3], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let ids = try (0..<3).map { _ in
            try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        }
        #expect(ids.map(\.rawValue) == ["01-2026-000001", "01-2026-000002", "01-2026-000003"])
        let other = try store.startCase(prefix: "02", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        let nextYear = try store.startCase(prefix: "01", year: 2027, events: [event(1, started)], projection: projection(sequence: 1))
        #expect(other.rawValue == "02-2026-000001" && nextYear.rawValue == "01-2027-000001")
    }

    @Test(arguments: StoreKind.available)
    func appendIsGaplessAndStaleWritesAreRefused(kind: StoreKind) throws {
        let store = try kind.make()
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        let second = event(2, .noteAdded(.init(step: nil, text: "satu")))
        try store.append([second], to: id, projection: projection(sequence: 2))
        // A terminal that read the log at sequence 1 tries to write sequence 2 again.
        let late = event(2, .noteAdded(.init(step: nil, text: "dua")))
        #expect(throws: StoreError.stale(id, expected: 1, found: 2)) {
            try store.append([late], to: id, projection: projection(sequence: 2))
        }
        #expect(throws: StoreError.notFound(CaseID("zz"))) {
            try store.append([late], to: CaseID("zz"), projection: projection(sequence: 2))
        }
        let events = try store.events(of: id)
        #expect(events.map(\.sequence) == [1, 2])
        #expect(events[1] == second)
        #expect(events[0] == event(1, started))
    }

    @Test(arguments: StoreKind.available)
    func worklistsAndListings(kind: StoreKind) throws {
        let store = try kind.make()
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let soon = t0.addingTimeInterval(600), later = t0.addingTimeInterval(3600)
        // Every worklist row follows from the events (listings check it: ListingCheck).
        func begin(_ step: String, _ role: String, _ due: Date?, _ sequence: Int) -> CaseEvent {
            event(sequence, .stepStarted(.init(step: step, visit: 1, role: role, due: due)))
        }
        let a = try store.startCase(prefix: "01", year: 2026, events: [event(1, started), begin("3", "staf", later, 2)],
                                    projection: projection(sequence: 2, active: [("3", "staf", later)]))
        let b = try store.startCase(prefix: "01", year: 2026,
                                    events: [event(1, started), begin("1", "resepsionis", nil, 2), begin("4", "staf", soon, 3)],
                                    projection: projection(sequence: 3, active: [("1", "resepsionis", nil), ("4", "staf", soon)]))
        let c = try store.startCase(prefix: "02", year: 2026, events: [event(1, started), begin("1", "staf", nil, 2)],
                                    projection: projection(sequence: 2, nomor: "02", active: [("1", "staf", nil)]))
        #expect(try store.tasks(roles: ["staf"]).map { "\($0.caseID)/\($0.entry.step)" } == [
            "\(b)/4", "\(a)/3", "\(c)/1",
        ])
        #expect(try store.tasks(roles: []).count == 4)
        try store.append([event(3, .caseCancelled(.init(reason: "x")))], to: a,
                         projection: projection(.cancelled, sequence: 3, active: [("3", "staf", later)]))
        #expect(try store.tasks(roles: ["staf"]).map(\.caseID) == [b, c], "finished cases leave the worklists")
        #expect(try store.cases(CaseFilter(nomor: "01")).map(\.id).sorted() == [a, b])
        #expect(try store.cases(CaseFilter(statuses: [.cancelled])).map(\.id) == [a])
        #expect(try store.summary(of: b)?.projection.active.map(\.step).sorted() == ["1", "4"])
        #expect(try store.summary(of: CaseID("none")) == nil)
    }

    @Test(arguments: StoreKind.available)
    func stepVisitsForReports(kind: StoreKind) throws {
        let store = try kind.make()
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let id = try store.startCase(prefix: "01", year: 2026, events: [
            event(1, started), event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: t0.addingTimeInterval(300)))),
        ], projection: projection(sequence: 2, active: [("1", "resepsionis", t0.addingTimeInterval(300))]))
        try store.append([
            event(3, .stepCompleted(.init(step: "1", visit: 1, used: 420)), at: 7),
            event(4, .stepStarted(.init(step: "2", visit: 1, role: "staf", due: nil)), at: 7),
        ], to: id, projection: projection(sequence: 4, active: [("2", "staf", nil)]))
        let visits = try store.visits(VisitFilter(nomor: "01"))
        #expect(visits.map { "\($0.step) \($0.role) \($0.completedAt != nil) \($0.used ?? -1)" } == [
            "1 resepsionis true 420.0", "2 staf false -1.0",
        ])
        #expect(visits.first?.completedBy == "budi" && visits.first?.revision == "rev")
        #expect(try store.visits(VisitFilter(nomor: "02")).isEmpty)
        #expect(try store.visits(VisitFilter(from: t0.addingTimeInterval(60))).map(\.step) == ["2"])
        #expect(try store.visits(VisitFilter(to: t0.addingTimeInterval(60))).map(\.step) == ["1"])
    }

    @Test(arguments: StoreKind.available)
    func revisionsAndAttachmentsAreKeptVerbatim(kind: StoreKind) throws {
        let store = try kind.make()
        let content = Array("nomor: \"01\"\njudul: ✓\n".utf8)
        let revision = SOPRevision(content: content, nomor: "01", judul: "✓", revisionDate: "-", path: "sop/01.yaml", savedAt: t0)
        try store.saveRevision(revision)
        try store.saveRevision(revision)
        #expect(try store.revision(hash: revision.hash) == revision)
        #expect(try store.revision(hash: "nope") == nil)
        let bytes: [UInt8] = Array(0...255)
        let attachment = try store.saveAttachment(bytes, name: "surat.pdf")
        #expect(attachment.sha256 == SHA256.hex(bytes) && attachment.size == 256)
        #expect(try store.attachment(sha256: attachment.sha256) == bytes)
    }
}
