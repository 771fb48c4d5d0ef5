import Foundation
import GRDB
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPStore

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test func fileAndFolderArePrivate() throws {
        let folder = TemporaryFolder.make() + "/data/sop"
        let path = folder + "/sop.sqlite"
        _ = try SQLiteCaseStore(path: path)
        let file = try FileManager.default.attributesOfItem(atPath: path)
        let directory = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((directory[.posixPermissions] as? Int) == 0o700)
    }

    @Test func walAndFullSync() throws {
        let store = try SQLiteCaseStore(path: TemporaryFolder.make() + "/sop.sqlite")
        let (mode, sync) = try store.withDatabase { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(mode == "wal")
        #expect(sync == 2, "synchronous = FULL")
    }

    @Test func eventsAreAppendOnly() throws {
        let store = try SQLiteCaseStore(path: TemporaryFolder.make() + "/sop.sqlite")
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        _ = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        #expect(throws: StoreError.self) { try store.withDatabase { db in try db.execute(sql: "UPDATE case_event SET operator = 'x'") } }
        #expect(throws: StoreError.self) { try store.withDatabase { db in try db.execute(sql: "DELETE FROM case_event") } }
    }

    @Test func reopeningKeepsDataAndMigrationsRunOnce() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        let id: CaseID
        do {
            let store = try SQLiteCaseStore(path: path)
            try store.saveRevision(revision)
            id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        }
        let again = try SQLiteCaseStore(path: path)
        #expect(try again.events(of: id).count == 1)
        let migrations = try again.withDatabase { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["v1: event log, cases, tasks, revisions, attachments", "v2: step visits and case ends, for reports",
                               "v3: hash chain of case events, chain seals", "v4: roster of operators and roles, PINs",
                               "v5: case titles, tracking codes and search keys", "v6: web sessions",
                               "v9: shared web rate limits", "v11: the worklist in the case row, fewer indexes written per step",
                               "v12: case event checks without insert triggers",
                               "v13: access log of unmasked personal data (append-only); operators' full names and NIP",
                               "v14: case rows keyed by their id alone, without the SOP index",
                               LookupRowMigration.name, AccessLogMigration.name, SealAppendOnlyMigration.name])
        #expect(try again.integrityCheck() == "ok")
    }

    @Test func upgradingAVersion1StoreBackfillsStepVisits() throws {
        let path = TemporaryFolder.make() + "/old.sqlite"
        try StoreLocation.prepareFile(at: path)
        let queue = try DatabaseQueue(path: path, configuration: SQLiteCaseStore.configuration())
        try Migrations.migrator.migrate(queue, upTo: "v1: event log, cases, tasks, revisions, attachments")
        let id = CaseID("01-2026-000001")
        let events = [
            event(1, started),
            event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: t0.addingTimeInterval(300)))),
            event(3, .stepCompleted(.init(step: "1", visit: 1, used: 240)), at: 4),
            event(4, .caseCompleted, at: 4),
        ]
        try queue.write { db in
            try db.execute(sql: "INSERT INTO sop_revision VALUES ('rev', '01', 'J', '-', 'p', x'00', 0)")
            try db.execute(sql: "INSERT INTO sop_case VALUES (?, '01', 'J', 'rev', 'selesai', ?, ?, 4)",
                           arguments: [id.rawValue, t0.milliseconds, t0.milliseconds])
            for row in events.map(\.archived) {
                try db.execute(sql: "INSERT INTO case_event VALUES (?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
                    id.rawValue, row.sequence, row.at, row.operatorName, row.role, row.step, row.type, row.payload])
            }
        }
        let store = try SQLiteCaseStore.migrated(path)
        // Migration v3 linked the old events into a chain that reads back whole.
        #expect(try store.events(of: id) == events)
        let visits = try store.visits(VisitFilter())
        #expect(visits == [VisitRow(caseID: id, nomor: "01", revision: "rev", step: "1", visit: 1, role: "resepsionis",
                                    startedAt: t0, due: t0.addingTimeInterval(300), completedAt: t0.addingTimeInterval(240),
                                    completedBy: "budi", used: 240)])
        #expect(try store.summary(of: id)?.projection.endedAt == t0.addingTimeInterval(240))
    }

    @Test func aFullDiskLosesNothingCommittedAndSaysSo() throws {
        let store = try SQLiteCaseStore(path: TemporaryFolder.make() + "/sop.sqlite")
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        // Simulate a full disk: the database may not grow past its current size.
        try store.withDatabase { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var sequence = 1
        var failure: StoreError?
        let big = String(repeating: "catatan panjang ", count: 400)
        while failure == nil, sequence < 500 {
            do {
                try store.append([event(sequence + 1, .noteAdded(.init(step: nil, text: big)))], to: id,
                                 projection: projection(sequence: sequence + 1))
                sequence += 1
            } catch {
                failure = error
            }
        }
        #expect(failure == .unavailable(Catalog.Store.full))
        let events = try store.events(of: id)
        #expect(events.count == sequence)
        #expect(events.map(\.sequence) == Array(1...sequence))
        // A note writes only its event row: the case row still records its start (pages freed by
        // migration v11 let a few notes in before the disk is full).
        #expect(try store.summary(of: id)?.projection.lastSequence == 1)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func twoConnectionsRefuseEachOthersStaleWrites() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let a = try SQLiteCaseStore(path: path)
        let b = try SQLiteCaseStore(path: path)
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try a.saveRevision(revision)
        let id = try a.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        try a.append([event(2, .casePaused)], to: id, projection: projection(.paused, sequence: 2))
        #expect(throws: StoreError.stale(id, expected: 1, found: 2)) {
            try b.append([event(2, .caseCancelled(.init(reason: "x")))], to: id, projection: projection(.cancelled, sequence: 2))
        }
        #expect(try b.summary(of: id)?.projection.status == .paused)
    }

    @Test func unopenablePathsSayWhy() {
        #expect(throws: StoreError.self) { try SQLiteCaseStore(path: "/proc/no/such/sop.sqlite") }
        let notADatabase = TemporaryFolder.make() + "/x.sqlite"
        _ = FileManager.default.createFile(atPath: notADatabase, contents: Data(repeating: 0x41, count: 4096))
        #expect(throws: StoreError.unavailable(Catalog.Store.corrupt)) { try SQLiteCaseStore(path: notADatabase) }
    }

    @Test func locationFollowsFlagsThenEnvironment() {
        #expect(StoreLocation.path(option: "/x.sqlite", environment: ["SOP_DB": "/y"]) == "/x.sqlite")
        #expect(StoreLocation.path(option: nil, environment: ["SOP_DB": "/y", "XDG_DATA_HOME": "/d"]) == "/y")
        #expect(StoreLocation.path(option: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/sop/sop.sqlite")
        #expect(StoreLocation.path(option: nil, environment: ["HOME": "/h"]) == "/h/.local/share/sop/sop.sqlite")
    }
}
