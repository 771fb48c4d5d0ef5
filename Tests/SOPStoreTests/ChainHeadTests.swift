import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// An answer links to the head its store wrote or read last, without reading it again: another
/// desk's write in between is still refused (the primary key), and the chain stays whole.
@Suite("SQLite chain heads")
struct ChainHeadTests {
    @Test func aKnownHeadDoesNotHideAnotherDesksWrite() throws {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let a = try SQLiteCaseStore(path: path)
        let b = try SQLiteCaseStore(path: path)
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try a.saveRevision(revision)
        let id = try a.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        #expect(a.knownHead(of: id)?.sequence == 1)
        // Desk b reads the case and answers first.
        #expect(try b.events(of: id).count == 1)
        try b.append([event(2, .noteAdded(.init(step: nil, text: "b")))], to: id, projection: projection(sequence: 2))
        // Desk a still knows sequence 1 as the head: its write of sequence 2 is stale, nothing written.
        #expect(throws: StoreError.stale(id, expected: 1, found: 2)) {
            try a.append([event(2, .noteAdded(.init(step: nil, text: "a")))], to: id, projection: projection(sequence: 2))
        }
        #expect(a.knownHead(of: id) == nil)
        // Read again, desk a continues after b's event.
        #expect(try a.events(of: id).count == 2)
        try a.append([event(3, .noteAdded(.init(step: nil, text: "a")))], to: id, projection: projection(sequence: 3))
        try b.append([event(4, .casePaused)], to: id, projection: projection(.paused, sequence: 4))
        // A fresh store reads the log through the chain check (a break would refuse the read).
        let events = try SQLiteCaseStore(path: path).events(of: id)
        #expect(events.map(\.sequence) == [1, 2, 3, 4])
    }

    @Test func theMapOfHeadsIsBounded() {
        let heads = ChainHeads(limit: 2)
        heads.remember("a", ChainHead(sequence: 1, hash: "x"))
        heads.remember("b", ChainHead(sequence: 1, hash: "y"))
        #expect(heads.known("a", at: 1)?.hash == "x")
        #expect(heads.known("a", at: 2) == nil)
        heads.remember("c", ChainHead(sequence: 5, hash: "z"))
        #expect(heads.known("a", at: 1) == nil && heads.known("c", at: 5)?.hash == "z")
        heads.forget("c")
        #expect(heads.known("c", at: 5) == nil)
    }
}
