import Foundation
import GRDB
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// Migration v15: a case's title, tracking code and search keys in its case row, the
/// table `case_lookup` a view of them; a store made by the previous version keeps every lookup.
@Suite("Lookups in the case row (v15)")
struct LookupRowMigrationTests {
    static let lookups = """
        SELECT quote(case_id) || quote(title) || quote(tracking) || quote(search_keys) FROM case_lookup ORDER BY case_id
        """

    /// A store as the previous version left it: the fixture migrated up to v14, nothing after.
    func storeMadeByV14() throws -> String {
        let path = try TemporaryFolder.storeBeforeDesk5()
        let queue = try DatabaseQueue(path: path, configuration: SQLiteCaseStore.configuration())
        try Migrations.migrator.migrate(queue, upTo: CaseRowMigration.name)
        let type = try queue.read { db in try String.fetchOne(db, sql: "SELECT type FROM sqlite_schema WHERE name = 'case_lookup'") }
        #expect(type == "table")
        return path
    }

    @Test func aStoreMadeByV14KeepsEveryLookupAndItsChains() throws {
        let path = try storeMadeByV14()
        let before = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: Self.lookups) }
        #expect(before.count == 9)
        let store = try SQLiteCaseStore.migrated(path)
        let (after, type, violations) = try store.withDatabase { db in
            (try String.fetchAll(db, sql: Self.lookups), try String.fetchOne(db, sql: "SELECT type FROM sqlite_schema WHERE name = 'case_lookup'"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"))
        }
        #expect(after == before)
        #expect(type == "view")
        #expect(violations.isEmpty)
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
        #expect(try store.integrityCheck() == "ok")
        // Found by its tracking code, listed with its title, as before.
        #expect(try store.caseID(tracking: "94R5-5BKS-M7")?.rawValue == "07-2026-000001")
        #expect(try store.summary(of: CaseID("07-2026-000001"))?.projection.lookup.title == "Budi Santoso · Jl. Magelang km 10")
        // A tracking code still names one case.
        #expect(throws: StoreError.self) {
            try store.withDatabase { db in try db.execute(sql: "UPDATE sop_case SET tracking = '94R5-5BKS-M7' WHERE id = '07-2026-000002'") }
        }
    }

    @Test func aLookupForgedBeforeTheMigrationIsStillReportedAfterIt() throws {
        let path = try storeMadeByV14()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE case_lookup SET title = 'Kasus palsu' WHERE case_id = '07-2026-000002'")
            try db.execute(sql: "DELETE FROM case_lookup WHERE case_id = '27-2026-000001'")
        }
        let breaks = try ChainVerifier.run(try SQLiteCaseStore.migrated(path)).breaks
        #expect(Set(breaks.map(\.caseID)) == ["07-2026-000002", "27-2026-000001"])
    }

    @Test func aHandEditOfTheViewLandsInTheCaseRowAndIsReported() throws {
        let store = try SQLiteCaseStore.migrated(try storeMadeByV14())
        try store.withDatabase { db in
            try db.execute(sql: "UPDATE case_lookup SET title = 'Kasus palsu', search_keys = '' WHERE case_id = '07-2026-000002'")
            try db.execute(sql: "DELETE FROM case_lookup WHERE case_id = '27-2026-000001'")
        }
        let (title, missing) = try store.withDatabase { db in
            (try String.fetchOne(db, sql: "SELECT title FROM sop_case WHERE id = '07-2026-000002'"),
             try Row.fetchOne(db, sql: "SELECT title, tracking, search_keys FROM sop_case WHERE id = '27-2026-000001'"))
        }
        #expect(title == "Kasus palsu")
        #expect(missing?[0] as String? == nil && missing?[1] as String? == nil && missing?[2] as String? == nil)
        let breaks = try ChainVerifier.run(store).breaks
        #expect(Set(breaks.map(\.caseID)) == ["07-2026-000002", "27-2026-000001"])
        // Given back by hand, the lookup row is whole again.
        try store.withDatabase { db in
            try db.execute(sql: "INSERT INTO case_lookup (case_id, title, tracking, search_keys) VALUES ('27-2026-000001', 'Sumarni', 'M342-S5NW-BA', '')")
        }
        #expect(try ChainVerifier.run(store).breaks.allSatisfy { $0.caseID == "07-2026-000002" })
    }

    @Test func aNewCaseWritesItsLookupIntoItsRowAndAnAnswerChangesIt() throws {
        let store = try SQLiteCaseStore.migrated(try storeMadeByV14())
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        var first = projection(sequence: 1, active: [("1", "resepsionis", nil)])
        first.lookup = CaseLookup(title: "Siti", tracking: "AAAA-BBBB-CC", searchKeys: ["k1"])
        let id = try store.startCase(prefix: "77", year: 2026, events: [event(1, started)], projection: first)
        var next = projection(sequence: 2)
        next.lookup = CaseLookup(title: "Siti Aminah", tracking: "AAAA-BBBB-CC", searchKeys: ["k1", "k2"])
        try store.append([event(2, .stepCompleted(.init(step: "1", visit: 1)))], to: id, projection: next)
        let row = try store.withDatabase { db in
            try Row.fetchOne(db, sql: "SELECT title, tracking, search_keys FROM sop_case WHERE id = ?", arguments: [id.rawValue])
        }
        #expect(row?[0] as String? == "Siti Aminah" && row?[1] as String? == "AAAA-BBBB-CC" && row?[2] as String? == "k1 k2")
        #expect(try store.caseID(tracking: "AAAA-BBBB-CC") == id)
        #expect(try store.summary(of: id)?.projection.lookup == next.lookup)
    }
}
