import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// `SQLiteCaseStore.group`: several writes in one transaction, each in its own savepoint. A
/// write that fails is rolled back alone; the others are committed together; nothing is
/// visible to another connection before the one COMMIT.
@Suite("SQLite group commit")
struct GroupCommitStoreTests {
    static func storeWithCases(_ count: Int) throws -> (String, SQLiteCaseStore, [CaseID]) {
        let path = TemporaryFolder.make() + "/sop.sqlite"
        let store = try SQLiteCaseStore(path: path)
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        let opened = started
        var ids: [CaseID] = []
        for _ in 0..<count {
            ids.append(try store.startCase(prefix: "01", year: 2026, events: [event(1, opened)], projection: projection(sequence: 1)))
        }
        return (path, store, ids)
    }

    static func note(_ text: String) -> CaseEvent.Kind { .noteAdded(.init(step: nil, text: text)) }

    @Test func aStaleWriteFailsAloneAndTheOthersAreCommittedTogether() throws {
        let (path, store, ids) = try Self.storeWithCases(3)
        let other = try SQLiteCaseStore(path: path)
        var seenInside: [Int] = []
        let failures = try store.group([
            { try store.append([event(2, Self.note("a"))], to: ids[0], projection: projection(sequence: 2)) },
            // Sequence 3 after 1: stale (expected 2, found 1), and a second event that must not stay either.
            { try store.append([event(3, Self.note("b")), event(4, .casePaused)], to: ids[1], projection: projection(.paused, sequence: 4)) },
            {
                try store.append([event(2, Self.note("c"))], to: ids[2], projection: projection(sequence: 2))
                // Inside the group a read sees the group's earlier writes; another connection does not yet.
                seenInside = [try store.events(of: ids[0]).count, try other.events(of: ids[0]).count]
            },
        ])
        #expect(failures.count == 3)
        #expect(failures[0] == nil && failures[2] == nil)
        #expect(failures[1] is StoreError)
        #expect(seenInside == [2, 1])
        let fresh = try SQLiteCaseStore(path: path)
        #expect(try fresh.events(of: ids[0]).count == 2)
        #expect(try fresh.events(of: ids[1]).count == 1)
        #expect(try fresh.summary(of: ids[1])?.projection.status == .open)
        #expect(try fresh.events(of: ids[2]).count == 2)
        // (The fixture's revision is named "rev", not by its SHA-256: the one break expected of every case.)
        let breaks = try ChainVerifier.run(fresh).breaks.map { $0.message.text(.en) }.filter { !$0.contains("revision rev does not match") }
        #expect(breaks.isEmpty, "\(breaks)")
        // Outside a group the store writes as before.
        try store.append([event(3, Self.note("d"))], to: ids[0], projection: projection(sequence: 3))
        #expect(try fresh.events(of: ids[0]).count == 3)
    }

    @Test func aJobThatThrowsAfterWritingIsRolledBackToItsSavepoint() throws {
        struct Refused: Error {}
        let (path, store, ids) = try Self.storeWithCases(2)
        let failures = try store.group([
            {
                try store.append([event(2, Self.note("kept back"))], to: ids[0], projection: projection(sequence: 2))
                throw Refused()
            },
            { try store.append([event(2, Self.note("b"))], to: ids[1], projection: projection(sequence: 2)) },
        ])
        #expect(failures[0] is Refused)
        #expect(failures[1] == nil)
        let fresh = try SQLiteCaseStore(path: path)
        #expect(try fresh.events(of: ids[0]).count == 1)
        #expect(try fresh.events(of: ids[1]).count == 2)
        // The head the rolled-back append remembered is not trusted: the next append links to the stored one.
        try store.append([event(2, Self.note("again"))], to: ids[0], projection: projection(sequence: 2))
        // (The fixture's revision is named "rev", not by its SHA-256: the one break expected of every case.)
        let breaks = try ChainVerifier.run(fresh).breaks.map { $0.message.text(.en) }.filter { !$0.contains("revision rev does not match") }
        #expect(breaks.isEmpty, "\(breaks)")
    }
}
