import Foundation
import GRDB
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// A store already open (a running `sop serve`, a `sop run` between answers) checks in each
/// write's transaction that its schema is still one this sop knows: a newer sop's migration made
/// under it refuses the write, nothing written; a schema change of its own release does not.
@Suite("the schema check of an open store")
struct StoreSchemaCheckTests {
    func seeded(_ store: CaseStore) throws -> CaseID {
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        return try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
    }

    func note(_ sequence: Int) -> CaseEvent { event(sequence, .noteAdded(.init(step: nil, text: "catatan \(sequence)"))) }

    @Test func sqliteRefusesAWriteOnceANewerSopMigratedUnderIt() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let store = try SQLiteCaseStore(path: path)
        let id = try seeded(store)
        // Another process (a newer sop's `sop db migrate`): a schema change and its row.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE future_v18 (x INTEGER)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v18: something a newer sop added')")
        }
        let expected = StoreError.schema(Catalog.StoreSchema.newer(path, version: 18, known: 17))
        #expect(throws: expected) { try store.append([note(2)], to: id, projection: projection(sequence: 2)) }
        #expect(throws: expected) {
            _ = try store.group([{ try store.append([note(2)], to: id, projection: projection(sequence: 2)) }])
        }
        #expect(throws: expected) { _ = try seeded(store) }
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM case_event") } == 1)
    }

    /// An answer's COMMIT keeps its schema check only while nothing else is committed: a newer
    /// sop's schema written through this very connection (not an answer) is read at the next write.
    @Test func sqliteRefusesAWriteAfterANewerSchemaWrittenOnItsOwnConnection() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let store = try SQLiteCaseStore(path: path)
        let id = try seeded(store)
        try store.append([note(2)], to: id, projection: projection(sequence: 2))
        try store.withDatabase { db in
            try db.execute(sql: "CREATE TABLE future_v18 (x INTEGER)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v18: something a newer sop added')")
        }
        let expected = StoreError.schema(Catalog.StoreSchema.newer(path, version: 18, known: 17))
        #expect(throws: expected) { try store.append([note(3)], to: id, projection: projection(sequence: 3)) }
        #expect(try store.events(of: id).count == 2)
    }

    /// Answers one after another, and another process's newer schema between two of them.
    @Test func sqliteRefusesTheAnswerAfterANewerSopMigratedBetweenAnswers() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let store = try SQLiteCaseStore(path: path)
        let id = try seeded(store)
        for sequence in 2...4 { try store.append([note(sequence)], to: id, projection: projection(sequence: sequence)) }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE future_v18 (x INTEGER)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v18: something a newer sop added')")
        }
        let expected = StoreError.schema(Catalog.StoreSchema.newer(path, version: 18, known: 17))
        #expect(throws: expected) { try store.append([note(5)], to: id, projection: projection(sequence: 5)) }
        #expect(throws: expected) { try store.append([note(5)], to: id, projection: projection(sequence: 5)) }
        #expect(try store.events(of: id).count == 4)
    }

    @Test func sqliteGoesOnAfterASchemaChangeItKnows() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let store = try SQLiteCaseStore(path: path)
        let id = try seeded(store)
        // `sop db migrate` of this release (nothing to do), and a schema change with no unknown migration.
        #expect(try SQLiteCaseStore(path: path, asIs: true).migrate().isEmpty)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE INDEX known_change ON sop_case(status)") }
        try store.append([note(2)], to: id, projection: projection(sequence: 2))
        try store.append([note(3)], to: id, projection: projection(sequence: 3))
        #expect(try store.events(of: id).count == 3)
    }

    @Test(.enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped))
    func postgresRefusesAWriteOnceANewerSopMigratedUnderIt() throws {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        let id = try seeded(store)
        try store.append([note(2)], to: id, projection: projection(sequence: 2))
        // `sop db migrate` of this release under it: a schema it knows, it goes on.
        #expect(try schema.store(asIs: true).migrate().isEmpty)
        try store.append([note(3)], to: id, projection: projection(sequence: 3))
        // Two events in one INSERT checking the schema itself: written in their order.
        try store.append([note(4), note(5)], to: id, projection: projection(sequence: 5))
        #expect(try store.events(of: id).map(\.sequence) == [1, 2, 3, 4, 5])
        try schema.connection().query("INSERT INTO schema_migrations (version, name) VALUES (29, 'v29: something a newer sop added')")
        let expected = StoreError.schema(Catalog.StoreSchema.newer(schema.address.redacted, version: 29, known: 28))
        #expect(throws: expected) { try store.append([note(6)], to: id, projection: projection(sequence: 6)) }
        #expect(throws: expected) { try store.append([note(6), note(7)], to: id, projection: projection(sequence: 7)) }
        #expect(throws: expected) { _ = try seeded(store) }
        #expect(try schema.connection().query("SELECT count(*) FROM case_event").integer(0, 0) == 5)
        // Opening it again is refused the same way, `asIs` (`sop db status`) included.
        #expect(throws: expected) { _ = try schema.store(asIs: true) }
    }

    /// The writes of `sop roster` and `sop db` (roster entries, PINs, one-time codes, names,
    /// sessions ended, seals, the access log, a copy's import): each refused as a case write is,
    /// with the same message, once a newer sop migrated the store under the open store; nothing
    /// of them written. `admin`: the roster's administrator (on PostgreSQL, the connected user).
    static func expectAdministrativeWritesRefused(_ store: some RosterStore & OperatorAccessStore & TOTPStore & OperatorProfileStore
                                                    & PersonalAccessLog & VerifiableStore,
                                                  admin: String, caseID: CaseID, expected: StoreError) throws {
        #expect(throws: expected) { try store.appendRoster(grant(2, "budi", "resepsionis", by: admin)) }
        #expect(throws: expected) { try store.savePIN(try PINHash.make("rahasia-123", operatorName: "budi", at: t0, by: admin)) }
        #expect(throws: expected) { _ = try store.removePIN(of: "citra") }
        #expect(throws: expected) { _ = try store.endWebSessions(of: "citra") }
        #expect(throws: expected) { try store.saveTOTP(TOTPRecord(operatorName: "budi", secret: "JBSWY3DPEHPK3PXP", setAt: t0, setBy: admin)) }
        #expect(throws: expected) { _ = try store.removeTOTP(of: "citra") }
        #expect(throws: expected) {
            try store.saveOperatorProfile(OperatorProfile(operatorName: "budi", fullName: "Budi Santoso", nip: "", setAt: t0, setBy: admin))
        }
        #expect(throws: expected) { _ = try store.saveSeal(ChainSeal(sealedAt: 1, heads: [], key: Array(repeating: 7, count: 32))) }
        #expect(throws: expected) {
            try store.recordPersonalAccess(PersonalAccess(at: t0, operatorName: admin, caseID: caseID.rawValue, command: "sop case"))
        }
        #expect(throws: expected) { try store.importArchive { writer throws(StoreError) in try writer.raise(CaseCounter(prefix: "02", year: 2026, last: 5)) } }
        // Nothing of them written: the roster, the PINs, the codes, the seals, the counters as they were.
        #expect(try store.rosterHistory().count == 1)
        #expect(try store.pin(of: "budi") == nil && store.pin(of: "citra") != nil)
        #expect(try store.totp(of: "budi") == nil && store.totp(of: "citra") != nil)
        #expect(try store.operatorProfiles().isEmpty)
        #expect(try store.seals().isEmpty)
        #expect(try store.personalAccessLog().isEmpty)
        #expect(try store.counters().map(\.prefix) == ["01"])
    }

    /// The roster's administrator, citra's PIN and one-time code: what the refused writes would change.
    static func administered(_ store: some RosterStore & TOTPStore, admin: String) throws {
        try store.appendRoster(grant(1, admin, Roster.adminRole, by: admin))
        try store.savePIN(try PINHash.make("rahasia-123", operatorName: "citra", at: t0, by: admin))
        try store.saveTOTP(TOTPRecord(operatorName: "citra", secret: "JBSWY3DPEHPK3PXP", setAt: t0, setBy: admin))
    }

    @Test func sqliteRefusesAdministrativeWritesOnceANewerSopMigratedUnderIt() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let store = try SQLiteCaseStore(path: path)
        let id = try seeded(store)
        try Self.administered(store, admin: "ani")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE future_v18 (x INTEGER)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v18: something a newer sop added')")
        }
        try Self.expectAdministrativeWritesRefused(store, admin: "ani", caseID: id,
                                                   expected: StoreError.schema(Catalog.StoreSchema.newer(path, version: 18, known: 17)))
    }

    @Test(.enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped))
    func postgresRefusesAdministrativeWritesOnceANewerSopMigratedUnderIt() throws {
        let schema = try PostgresTestServer.Schema()
        let store = try schema.store()
        let id = try seeded(store)
        let admin = try #require(store.authenticatedUser)
        try Self.administered(store, admin: admin)
        try schema.connection().query("INSERT INTO schema_migrations (version, name) VALUES (29, 'v29: something a newer sop added')")
        try Self.expectAdministrativeWritesRefused(
            store, admin: admin, caseID: id,
            expected: StoreError.schema(Catalog.StoreSchema.newer(schema.address.redacted, version: 29, known: 28)))
    }
}
