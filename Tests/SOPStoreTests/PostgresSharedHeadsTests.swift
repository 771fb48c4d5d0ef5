import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPPostgres
@testable import SOPStore

/// The connections of one web server share the chain heads they know (`shareHeads(with:)`): an
/// answer is linked on whichever connection takes it. Another instance's write in between is
/// still refused by the primary key, nothing of the stale write is kept, and the chain stays whole.
@Suite("PostgreSQL shared chain heads", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped),
       .timeLimit(.minutes(10)))
struct PostgresSharedHeadsTests {
    typealias Schema = PostgresTestServer.Schema

    @Test func anAnswerIsLinkedOnAnyConnectionAndAnotherInstancesWriteIsStillRefused() throws {
        let schema = try Schema()
        // One instance's two connections, sharing their heads; a second instance's own connection.
        let (one, two, other) = (try schema.store(), try schema.store(), try schema.store())
        two.shareHeads(with: one)
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try one.saveRevision(revision)
        let id = try one.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        // Started on `one`: `two` knows the head without reading the case, and links the next answer.
        #expect(two.knownHead(of: id)?.sequence == 1)
        try two.append([event(2, .noteAdded(.init(step: nil, text: "two")))], to: id, projection: projection(sequence: 2))
        #expect(one.knownHead(of: id)?.sequence == 2)
        #expect(other.knownHead(of: id) == nil, "another instance's heads are its own")
        // The other instance writes sequence 3; this instance still knows 2 as the head: its write of
        // 3 is refused (stale), nothing of it written, and the head forgotten on both connections.
        _ = try other.events(of: id)
        try other.append([event(3, .noteAdded(.init(step: nil, text: "other")))], to: id, projection: projection(sequence: 3))
        #expect(throws: StoreError.stale(id, expected: 2, found: 3)) {
            try one.append([event(3, .casePaused)], to: id, projection: projection(.paused, sequence: 3))
        }
        #expect(one.knownHead(of: id) == nil && two.knownHead(of: id) == nil)
        #expect(try other.summary(of: id)?.projection.status == .open)
        // Read again on one connection, the other continues after the other instance's event.
        #expect(try one.events(of: id).map(\.sequence) == [1, 2, 3])
        #expect(two.knownHead(of: id)?.sequence == 3)
        try two.append([event(4, .casePaused)], to: id, projection: projection(.paused, sequence: 4))
        // A fresh store reads the log through the chain check, and finds every link the server's.
        let fresh = try schema.store()
        #expect(try fresh.events(of: id).map(\.operatorName).count == 4)
        let stored = try schema.connection().query("""
            SELECT string_agg(ok::text, ',' ORDER BY sequence) FROM (SELECT sequence, hash = sop_event_hash(case_id, sequence, at,
                operator, role, step, type, payload, coalesce(lag(hash) OVER (ORDER BY sequence), '')) AS ok
                FROM case_event WHERE case_id = $1) links
            """, [.text(id.rawValue)])
        #expect(stored.text(0, 0) == "true,true,true,true")
    }
}
