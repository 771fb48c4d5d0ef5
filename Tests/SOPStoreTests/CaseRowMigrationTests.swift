import Foundation
import GRDB
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// Migration v14: `sop_case` keyed by its id alone (WITHOUT ROWID), without `sop_case_by_sop`;
/// a store made by the previous version keeps every case row, worklist and lookup as it was.
@Suite("Case rows keyed by their id (v14)")
struct CaseRowMigrationTests {
    static let caseRows = """
        SELECT quote(id) || quote(nomor) || quote(judul) || quote(revision) || quote(status) || quote(started_at)
            || quote(updated_at) || quote(last_sequence) || quote(ended_at) || quote(due_at) || quote(tasks)
        FROM sop_case ORDER BY id
        """
    static let tableSQL = "SELECT sql FROM sqlite_schema WHERE name = 'sop_case'"
    static let worklist = "SELECT case_id || '/' || step || '/' || visit || '/' || role || '/' || started_at FROM case_task ORDER BY case_id, step"

    /// A store as the previous version left it: the fixture migrated up to v13, nothing after.
    func storeMadeByV13() throws -> String {
        let path = try TemporaryFolder.storeBeforeDesk5()
        let queue = try DatabaseQueue(path: path, configuration: SQLiteCaseStore.configuration())
        try Migrations.migrator.migrate(queue, upTo: PersonalAccessSchema.name)
        let (table, index) = try queue.read { db in
            (try String.fetchOne(db, sql: Self.tableSQL), try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'sop_case_by_sop'"))
        }
        #expect(table?.contains("WITHOUT ROWID") == false && index == 1)
        return path
    }

    @Test func aStoreMadeByV13KeepsItsCaseRowsWorklistAndChains() throws {
        let path = try storeMadeByV13()
        let (rows, tasks) = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: Self.caseRows), try String.fetchAll(db, sql: Self.worklist))
        }
        #expect(rows.count == 9 && tasks.count == 1)
        let store = try SQLiteCaseStore.migrated(path)
        let (rowsAfter, tasksAfter, table, indexes, violations) = try store.withDatabase { db in
            (try String.fetchAll(db, sql: Self.caseRows), try String.fetchAll(db, sql: Self.worklist), try String.fetchOne(db, sql: Self.tableSQL),
             try String.fetchAll(db, sql: "SELECT origin FROM pragma_index_list('sop_case')"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"))
        }
        #expect(rowsAfter == rows && tasksAfter == tasks)
        #expect(table?.contains("WITHOUT ROWID") == true)
        // The primary key is the table: no index of its own, and the SOP index is gone (the one
        // index left is the tracking code's, which v15 moved here with the lookup).
        #expect(indexes.sorted() == ["c", "pk"])
        #expect(violations.isEmpty)
        // The tables that refer to a case still refuse an event of a case that does not exist.
        #expect(throws: StoreError.self) {
            try store.withDatabase { db in
                try db.execute(sql: "INSERT INTO case_event (case_id, sequence, at, operator, type, payload, hash) VALUES ('99-2026-000001', 1, 0, 'x', 'note-added', '{}', 'h')")
            }
        }
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
        #expect(try store.integrityCheck() == "ok")
        // Every case reads as before: its chain holds and its summary is its row.
        for id in try store.withDatabase({ db in try String.fetchAll(db, sql: "SELECT id FROM sop_case") }) {
            #expect(try !store.events(of: CaseID(id)).isEmpty)
            #expect(try store.summary(of: CaseID(id))?.id.rawValue == id)
        }
    }

    @Test func aCaseRowForgedBeforeTheMigrationIsStillReportedAfterIt() throws {
        let path = try storeMadeByV13()
        let id = try DatabaseQueue(path: path).write { db -> String in
            let id = try String.fetchOne(db, sql: "SELECT id FROM sop_case WHERE status = 'terbuka'") ?? ""
            try db.execute(sql: "UPDATE sop_case SET status = 'selesai', tasks = NULL WHERE id = ?", arguments: [id])
            return id
        }
        let store = try SQLiteCaseStore.migrated(path)
        let breaks = try ChainVerifier.run(store).breaks
        #expect(!breaks.isEmpty && breaks.allSatisfy { $0.caseID == id })
    }

    @Test func aNewCaseAndItsAnswersAreWrittenAfterTheMigration() throws {
        let store = try SQLiteCaseStore.migrated(try storeMadeByV13())
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let id = try store.startCase(prefix: "77", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        try store.append([event(2, .noteAdded(.init(step: nil, text: "n")))], to: id, projection: projection(sequence: 2))
        // Another desk's event at the same sequence is refused by the key, as before.
        #expect(throws: StoreError.self) {
            try store.append([event(2, .noteAdded(.init(step: nil, text: "m")))], to: id, projection: projection(sequence: 2))
        }
        #expect(try store.events(of: id).count == 2)
        #expect(try store.cases(CaseFilter(nomor: "01")).contains { $0.id == id })
    }
}
