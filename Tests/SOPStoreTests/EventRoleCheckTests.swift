import Foundation
import GRDB
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// Migration v12: the roster's checks on every event are the store's (`EventRoleCheck`), the
/// chain hash the table's CHECK; the same refusals as the triggers they replace.
@Suite("The store's role check on every event (v12)")
struct EventRoleCheckTests {
    func twoDesks() throws -> (SQLiteCaseStore, SQLiteCaseStore, CaseID) {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let one = try SQLiteCaseStore.migrated(path)
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try one.saveRevision(revision)
        try one.appendRoster(grant(1, "ani", Roster.adminRole, by: "ani"))
        try one.appendRoster(grant(2, "budi", "resepsionis", by: "ani"))
        let id = try one.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        return (one, try SQLiteCaseStore.migrated(path), id)
    }

    func note(_ sequence: Int, by operatorName: String, as role: String) -> CaseEvent {
        CaseEvent(sequence: sequence, at: t0, operatorName: operatorName, role: role, kind: .noteAdded(.init(step: nil, text: "n")))
    }

    @Test func aGrantOrRevokeByAnotherDeskCountsFromTheNextWrite() throws {
        let (one, other, id) = try twoDesks()
        let refused = "the store refused: operator 'citra' does not hold the role 'staf-pengaduan' for this case's SOP; nothing was saved"
        // The first desk has read the holdings (its own write above); citra holds nothing yet.
        #expect(refusal { try one.append([note(2, by: "citra", as: "staf-pengaduan")], to: id, projection: projection(sequence: 2)) }
            == refused)
        // Another desk grants her the role for SOP 01: the first desk's next write sees it.
        try other.appendRoster(grant(3, "citra", "staf-pengaduan", by: "ani", sop: "01"))
        try one.append([note(2, by: "citra", as: "staf-pengaduan")], to: id, projection: projection(sequence: 2))
        // Revoked there: refused here at once.
        try other.appendRoster(grant(4, "citra", "staf-pengaduan", by: "ani", sop: "01", .revoke))
        #expect(refusal { try one.append([note(3, by: "citra", as: "staf-pengaduan")], to: id, projection: projection(sequence: 3)) }
            == refused)
        // For another SOP only: not for this case.
        try other.appendRoster(grant(5, "citra", "staf-pengaduan", by: "ani", sop: "02"))
        #expect(refusal { try one.append([note(3, by: "citra", as: "staf-pengaduan")], to: id, projection: projection(sequence: 3)) }
            == refused)
        #expect(try one.events(of: id).count == 2)
    }

    @Test func oneRefusedEventInABatchWritesNoneOfIt() throws {
        let (one, _, id) = try twoDesks()
        let batch = [note(2, by: "budi", as: "resepsionis"), note(3, by: "budi", as: "staf-pengaduan")]
        #expect(refusal { try one.append(batch, to: id, projection: projection(sequence: 3)) }
            == "the store refused: operator 'budi' does not hold the role 'staf-pengaduan' for this case's SOP; nothing was saved")
        #expect(try one.events(of: id).count == 1)
        let none = CaseEvent(sequence: 2, at: t0, operatorName: "budi", role: nil, kind: .noteAdded(.init(step: nil, text: "n")))
        #expect(refusal { try one.append([none], to: id, projection: projection(sequence: 2)) } != nil, "an event without a role")
    }

    @Test func anEventWithoutItsChainHashIsRefusedByTheTable() throws {
        let (one, _, id) = try twoDesks()
        let message = try one.withDatabase { db -> String? in
            do {
                try db.execute(sql: """
                    INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload)
                    VALUES (?, 2, 0, 'budi', 'resepsionis', NULL, 'note-added', '{}')
                    """, arguments: [id.rawValue])
                return nil
            } catch let error as DatabaseError {
                return error.message
            }
        }
        #expect(message == "CHECK constraint failed: case_event_hash_required")
        let triggers = try one.withDatabase { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'case_event' ORDER BY name")
        }
        #expect(triggers == ["case_event_append_only_delete", "case_event_append_only_update"], "no INSERT trigger left")
    }

    @Test func aRowWithoutItsHashLeftByAHandEditSurvivesTheMigrationForVerifyToReport() throws {
        let path = try TemporaryFolder.storeBeforeDesk5()
        let id = try DatabaseQueue(path: path).write { db -> String in
            let id = try String.fetchOne(db, sql: "SELECT case_id FROM case_event ORDER BY case_id LIMIT 1") ?? ""
            try db.execute(sql: """
                DROP TRIGGER case_event_hash_required;
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload)
                    VALUES (?, 999, 0, 'x', NULL, NULL, 'note-added', '{}')
                """, arguments: [id])
            return id
        }
        let store = try SQLiteCaseStore.migrated(path)
        #expect(try store.withDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM case_event WHERE hash IS NULL") } == 1)
        #expect(try ChainVerifier.run(store).breaks.contains { $0.message.text(.en).contains(id) })
        // The CHECK is in force again after the copy.
        #expect(throws: StoreError.self) {
            try store.withDatabase { db in
                try db.execute(sql: "INSERT INTO case_event (case_id, sequence, at, operator, type, payload) VALUES (?, 1000, 0, 'x', 'note-added', '{}')",
                               arguments: [id])
            }
        }
    }

    @Test func aStoreMadeBeforeV12KeepsItsEventsAndStillVerifies() throws {
        let path = try TemporaryFolder.storeBeforeDesk5()
        let before = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT case_id || '/' || sequence || '/' || hash FROM case_event ORDER BY case_id, sequence")
        }
        let store = try SQLiteCaseStore.migrated(path)
        let after = try store.withDatabase { db in
            try String.fetchAll(db, sql: "SELECT case_id || '/' || sequence || '/' || hash FROM case_event ORDER BY case_id, sequence")
        }
        #expect(!before.isEmpty && after == before)
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
        #expect(try store.integrityCheck() == "ok")
    }
}
