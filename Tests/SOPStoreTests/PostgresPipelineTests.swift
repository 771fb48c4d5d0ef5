import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// A step's move in one round trip: the event's INSERT and the rows it moves are plain statements
/// sent together (libpq's pipeline) and committed together, or not at all.
@Suite("PostgreSQL pipeline", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped), .timeLimit(.minutes(10)))
struct PostgresPipelineTests {
    typealias Schema = PostgresTestServer.Schema

    @Test func aPipelineCommitsAllOfItOrNothing() throws {
        let schema = try Schema()
        let c = try schema.connection()
        try c.execute("CREATE TABLE pipe (n integer PRIMARY KEY)")
        let insert = "INSERT INTO pipe (n) VALUES ($1)"
        let rows = try c.pipeline([(insert, [.int(1)]), (insert, [.int(2)]), ("SELECT count(*) FROM pipe", [])])
        #expect(rows.count == 3 && rows[2].integer(0, 0) == 2)
        // Committed: another connection sees both rows.
        #expect(try schema.connection().query("SELECT count(*) FROM pipe").integer(0, 0) == 2)
        // A failure in the middle: the server skips the rest and rolls the first back; the first
        // failure is the one thrown, and the connection goes on.
        #expect {
            try c.pipeline([(insert, [.int(3)]), (insert, [.int(1)]), (insert, [.int(4)])])
        } throws: { error in
            guard case PGFailure.server(let state, _) = error else { return false }
            return state == "23505"
        }
        #expect(try c.query("SELECT array_agg(n ORDER BY n)::text FROM pipe").text(0, 0) == "{1,2}")
        #expect(try schema.connection().query("SELECT count(*) FROM pipe").integer(0, 0) == 2)
    }

    @Test func aStepsMoveIsOneRoundTripAndAStaleOneWritesNothing() throws {
        let schema = try Schema()
        let (one, two) = (try schema.store(), try schema.store())
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try one.saveRevision(revision)
        let id = try one.startCase(prefix: "01", year: 2026, events: [
            event(1, started), event(2, .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: nil))),
        ], projection: projection(sequence: 2, active: [("1", "resepsionis", nil)]))
        _ = try two.events(of: id)
        // Both desks know the head (2); the first moves the step on: events, case row, worklist
        // and visits in one pipeline.
        let move = [event(3, .stepCompleted(.init(step: "1", visit: 1, used: 60)), at: 1),
                    event(4, .stepStarted(.init(step: "2", visit: 1, role: "staf", due: nil)), at: 1)]
        try one.append(move, to: id, projection: projection(sequence: 4, active: [("2", "staf", nil)]))
        #expect(try one.summary(of: id)?.projection.active.map(\.step) == ["2"])
        #expect(try one.visits(VisitFilter(nomor: "01")).map { "\($0.step) \($0.completedAt != nil)" } == ["1 true", "2 false"])
        // The second desk, on its stale view, cancels: refused by the primary key, and nothing of
        // its statements is written (no status, no worklist change).
        #expect(throws: StoreError.stale(id, expected: 2, found: 3)) {
            try two.append([event(3, .caseCancelled(.init(reason: "x")), at: 2)], to: id,
                           projection: projection(.cancelled, sequence: 3))
        }
        let summary = try #require(try two.summary(of: id))
        #expect(summary.projection.status == .open && summary.projection.lastSequence == 4)
        #expect(summary.projection.active.map(\.step) == ["2"])
        #expect(try two.events(of: id).map(\.sequence) == [1, 2, 3, 4])
    }
}
