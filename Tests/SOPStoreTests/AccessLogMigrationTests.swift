import Foundation
import GRDB
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// Migration v16 (SQLite): the access log becomes one hash chain; rows logged before are
/// chained as they stood, in the order they were written.
@Suite("The access log's chain (SQLite v16)")
struct AccessLogMigrationTests {
    @Test func rowsLoggedBeforeAreChainedInTheirOrderAndVerify() throws {
        let path = try TemporaryFolder.storeBeforeDesk5()
        let queue = try DatabaseQueue(path: path, configuration: SQLiteCaseStore.configuration())
        try Migrations.migrator.migrate(queue, upTo: LookupRowMigration.name)
        let id = try queue.read { db in try String.fetchOne(db, sql: "SELECT id FROM sop_case ORDER BY id LIMIT 1") } ?? ""
        let started = try queue.read { db in try Int64.fetchOne(db, sql: "SELECT min(at) FROM case_event WHERE case_id = ?", arguments: [id]) } ?? 0
        try queue.write { db in
            for (offset, name) in ["ani", "budi"].enumerated() {
                try db.execute(sql: "INSERT INTO personal_access (at, operator, case_id, command) VALUES (?, ?, ?, 'sop case --show-personal')",
                               arguments: [started + Int64(offset) * 1000, name, id])
            }
        }
        try queue.close()
        let store = try SQLiteCaseStore.migrated(path)
        let log = try store.personalAccessLog()
        #expect(log.map(\.sequence) == [1, 2])
        #expect(log.map(\.operatorName) == ["ani", "budi"])
        #expect(log == AccessLogChain.linked(log.map(\.unstored), after: 0, previous: ""))
        let report = try ChainVerifier.run(store)
        #expect(report.breaks.isEmpty, "\(report.breaks.map { $0.message.text(.en) })")
        #expect(report.accessEntries == 2)
        #expect(report.accessHead == ChainSeal.Head(caseID: "(access-log)", sequence: 2, hash: log[1].hash ?? ""))
        // The next entry links after them; a row out of turn is refused by the file itself.
        try store.recordPersonalAccess(PersonalAccess(at: Date(milliseconds: started + 5000), operatorName: "citra", caseID: id,
                                                      command: "sop case --show-personal", refused: PersonalAccess.Refusal.noRole))
        #expect(try store.personalAccesses(of: id).map(\.refused) == [nil, nil, "no-role"])
        #expect(throws: StoreError.self) {
            try store.withDatabase { db in
                try db.execute(sql: "INSERT INTO personal_access (sequence, at, operator, case_id, command, hash) VALUES (9, 0, 'x', 'x', 'x', 'x')")
            }
        }
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
    }

    /// The canonical bytes, as the README documents them.
    @Test func theHashIsTheDocumentedEncoding() {
        let entry = PersonalAccess(at: Date(milliseconds: 1_764_468_000_000), operatorName: "ani", caseID: "01-2026-000001",
                                   command: "sop case --show-personal")
        let bytes = "sop-access-v1\n1:1;13:1764468000000;3:ani;14:01-2026-000001;24:sop case --show-personal;-;0:;"
        #expect(AccessLogChain.hash(entry, sequence: 1, previous: "") == SHA256.hex(Array(bytes.utf8)))
        var refused = entry
        refused.refused = "no-role"
        let refusedBytes = "sop-access-v1\n1:2;13:1764468000000;3:ani;14:01-2026-000001;24:sop case --show-personal;7:no-role;3:abc;"
        #expect(AccessLogChain.hash(refused, sequence: 2, previous: "abc") == SHA256.hex(Array(refusedBytes.utf8)))
    }
}
