import Foundation
import GRDB
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// The step check of `EventRoleCheck` keeps the open visits of a case this store wrote last,
/// instead of reading `step_visit` at every answer: they must be what `step_visit` says, and any
/// other connection's commit (even an edit of `step_visit` alone) must count from the next write.
@Suite("The open visits the role check keeps")
struct OpenVisitsKeptTests {
    /// A store with its revision and roster (ani the administrator, budi the receptionist), and
    /// citra the staff for every SOP; its path, for other connections.
    func store() throws -> (SQLiteCaseStore, String) {
        let (store, _, _) = try EventRoleCheckTests().twoDesks()
        try store.appendRoster(grant(3, "citra", "staf-pengaduan", by: "ani"))
        return (store, store.path)
    }

    func by(_ operatorName: String, _ role: String, _ sequence: Int, _ kind: CaseEvent.Kind) -> CaseEvent {
        CaseEvent(sequence: sequence, at: t0, operatorName: operatorName, role: role, kind: kind)
    }

    func check(_ step: String, visit: Int, _ sequence: Int, by operatorName: String, as role: String) -> CaseEvent {
        by(operatorName, role, sequence, .kelengkapanChecked(.init(step: step, visit: visit, item: "Berkas", present: true)))
    }

    func start(_ step: String, visit: Int, role: String, _ sequence: Int) -> CaseEvent {
        by("budi", "resepsionis", sequence, .stepStarted(.init(step: step, visit: visit, role: role, due: nil)))
    }

    func complete(_ step: String, visit: Int, _ sequence: Int, as role: String = "resepsionis") -> CaseEvent {
        by(role == "resepsionis" ? "budi" : "citra", role, sequence, .stepCompleted(.init(step: step, visit: visit, used: 1)))
    }

    /// What `step_visit` says is open, in the kept form (read on a connection of its own).
    func stored(_ path: String, _ id: CaseID) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT step || '/' || visit || '/' || role FROM step_visit WHERE case_id = ? AND completed_at IS NULL ORDER BY 1",
                                arguments: [id.rawValue])
        }
    }

    func kept(_ store: SQLiteCaseStore, _ id: CaseID) -> (Int, [String])? {
        store.roleCheck.kept(id.rawValue).map { ($0.sequence, $0.visits.map { "\($0.step)/\($0.visit)/\($0.role)" }.sorted()) }
    }

    @Test func theKeptVisitsAreWhatStepVisitSaysAfterEveryWrite() throws {
        let (store, path) = try store()
        let id = try store.startCase(prefix: "01", year: 2026, events: [
            event(1, started), start("1", visit: 1, role: "resepsionis", 2), start("2", visit: 1, role: "staf-pengaduan", 3),
        ], projection: projection(sequence: 3))
        let writes: [[CaseEvent]] = [
            [check("1", visit: 1, 4, by: "budi", as: "resepsionis")],
            [check("2", visit: 1, 5, by: "citra", as: "staf-pengaduan")],
            [complete("1", visit: 1, 6), start("1", visit: 2, role: "staf-pengaduan", 7)],
            [check("1", visit: 2, 8, by: "citra", as: "staf-pengaduan")],
            [complete("2", visit: 1, 9, as: "staf-pengaduan"), complete("1", visit: 2, 10, as: "staf-pengaduan"),
             start("3", visit: 1, role: "resepsionis", 11)],
        ]
        for events in writes {
            let last = try #require(events.last).sequence
            let before = try #require(kept(store, id))
            #expect(before.0 == events[0].sequence - 1, "kept as of the event the write continues")
            try store.append(events, to: id, projection: projection(sequence: last))
            let after = try #require(kept(store, id))
            #expect(after.0 == last)
            #expect(after.1 == (try stored(path, id)))
        }
        // Step 1's second visit was the staff's; step 3 is the receptionist's now.
        #expect(refusal { try store.append([check("3", visit: 1, 12, by: "citra", as: "staf-pengaduan")], to: id,
                                           projection: projection(sequence: 12)) }
            == "the store refused: step 3 is not for the role 'staf-pengaduan' operator 'citra' acted in; nothing was saved")
        try store.append([check("3", visit: 1, 12, by: "budi", as: "resepsionis")], to: id, projection: projection(sequence: 12))
    }

    @Test func anotherConnectionsEditOfStepVisitCountsAtTheNextWrite() throws {
        let (store, path) = try store()
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started), start("1", visit: 1, role: "resepsionis", 2)],
                                     projection: projection(sequence: 2))
        try store.append([check("1", visit: 1, 3, by: "budi", as: "resepsionis")], to: id, projection: projection(sequence: 3))
        #expect(kept(store, id)?.0 == 3)
        // Another connection changes the step's role in `step_visit` without an event (as the
        // triggers did, the check reads what the table says then).
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE step_visit SET role = 'staf-pengaduan' WHERE case_id = ?", arguments: [id.rawValue])
        }
        try expectStepOneIsTheStaffs(store, id, visit: 1, at: 4)
    }

    /// Step 1's open visit is the staff's: the receptionist is refused, the staff writes, and
    /// the visit is kept as the staff's.
    func expectStepOneIsTheStaffs(_ store: SQLiteCaseStore, _ id: CaseID, visit: Int, at sequence: Int) throws {
        #expect(refusal { try store.append([check("1", visit: visit, sequence, by: "budi", as: "resepsionis")], to: id,
                                           projection: projection(sequence: sequence)) }
            == "the store refused: step 1 is not for the role 'resepsionis' operator 'budi' acted in; nothing was saved")
        try store.append([check("1", visit: visit, sequence, by: "citra", as: "staf-pengaduan")], to: id,
                         projection: projection(sequence: sequence))
        #expect(kept(store, id)?.1 == ["1/\(visit)/staf-pengaduan"])
    }

    @Test func aCaseNotWrittenLastByThisStoreIsReadNotKept() throws {
        let (one, path) = try store()
        let other = try SQLiteCaseStore(path: path)
        let id = try one.startCase(prefix: "01", year: 2026, events: [event(1, started), start("1", visit: 1, role: "resepsionis", 2)],
                                   projection: projection(sequence: 2))
        // The other desk moves the case on: the first desk's kept visits (at sequence 2) are old.
        try other.append([complete("1", visit: 1, 3), start("1", visit: 2, role: "staf-pengaduan", 4)], to: id,
                         projection: projection(sequence: 4))
        #expect(kept(one, id)?.0 == 2)
        try expectStepOneIsTheStaffs(one, id, visit: 2, at: 5)
    }

    @Test func aRevokeThroughThisStoreCountsAtItsNextWrite() throws {
        // The data version does not move for the store's own commits: its roster writes must
        // still be read again before its next event.
        let (store, _) = try store()
        let id = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        let note = { (sequence: Int) in self.by("budi", "resepsionis", sequence, .noteAdded(.init(step: nil, text: "n"))) }
        try store.append([note(2)], to: id, projection: projection(sequence: 2))
        try store.appendRoster(grant(4, "budi", "resepsionis", by: "ani", .revoke))
        #expect(refusal { try store.append([note(3)], to: id, projection: projection(sequence: 3)) }
            == "the store refused: operator 'budi' does not hold the role 'resepsionis' for this case's SOP; nothing was saved")
        try store.appendRoster(grant(5, "budi", "resepsionis", by: "ani"))
        try store.append([note(3)], to: id, projection: projection(sequence: 3))
    }
}
