import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPStore

/// A joint row (`bersama`, tester 28's F17) in the SQLite store: its role check (`EventRoleCheck`)
/// accepts an event of the open step in one of the joint roles its start carries, and in no other
/// role, whether the open visits are kept from this store's last write or read from the file; the
/// worklist holds one row per role and none once the step is done.
@Suite("Joint roles in the SQLite store")
struct JointRoleStoreTests {
    /// budi resepsionis, citra staf-pengaduan, dedi bidang-terkait; step 3 open for staf-pengaduan
    /// with the joint role resepsionis, step 4 open for staf-pengaduan without joint roles.
    func waiting() throws -> (SQLiteCaseStore, CaseID, CaseState) {
        let store = try SQLiteCaseStore(path: TemporaryFolder.make() + "/sop.sqlite")
        var revision = SOPRevision(content: [1], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try store.saveRevision(revision)
        try store.appendRoster(grant(1, "ani", Roster.adminRole, by: "ani"))
        try store.appendRoster(grant(2, "budi", "resepsionis", by: "ani"))
        try store.appendRoster(grant(3, "citra", "staf-pengaduan", by: "ani"))
        try store.appendRoster(grant(4, "dedi", "bidang-terkait", by: "ani"))
        let first = event(1, started)
        let id = try store.startCase(prefix: "01", year: 2026, events: [first], projection: projection(sequence: 1))
        var state = CaseState(id: id, events: [first])
        let starts = [
            event(2, .stepStarted(.init(step: "3", visit: 1, role: "staf-pengaduan", due: nil, joint: ["resepsionis"]))),
            event(3, .stepStarted(.init(step: "4", visit: 1, role: "staf-pengaduan", due: nil))),
        ]
        starts.forEach { state.apply($0) }
        try store.append(starts, to: id, projection: try #require(state.projection(lookupFreeFor: "01")))
        return (store, id, state)
    }

    func by(_ name: String, _ role: String, _ sequence: Int, _ kind: CaseEvent.Kind) -> CaseEvent {
        CaseEvent(sequence: sequence, at: t0, operatorName: name, role: role, kind: kind)
    }

    func note(_ step: String) -> CaseEvent.Kind { .noteAdded(.init(step: step, text: "x")) }

    @Test func theJointRoleActsInItsStepAndNoOtherRoleDoes() throws {
        let (store, id, state) = try waiting()
        func refused(_ event: CaseEvent) -> String? {
            var next = state
            next.apply(event)
            return refusal { try store.append([event], to: id, projection: next.projection(lookupFreeFor: "01")!) }
        }
        // A third role in the joint step; the joint role in a step without joint roles.
        let third = "the store refused: step 3 is not for the role 'bidang-terkait' operator 'dedi' acted in; nothing was saved"
        let notJoint = "the store refused: step 4 is not for the role 'resepsionis' operator 'budi' acted in; nothing was saved"
        #expect(refused(by("dedi", "bidang-terkait", 4, note("3"))) == third)
        #expect(refused(by("budi", "resepsionis", 4, note("4"))) == notJoint)
        // Both with the open visits read from the file, not kept (another connection's write).
        store.roleCheck.forgetOpenVisits()
        #expect(refused(by("dedi", "bidang-terkait", 4, note("3"))) == third)
        store.roleCheck.forgetOpenVisits()
        #expect(refused(by("budi", "resepsionis", 4, note("4"))) == notJoint)
        store.roleCheck.forgetOpenVisits()
        // The joint role answers and completes its step, read from the file as well.
        var next = state
        let done = [by("budi", "resepsionis", 4, .outputRecorded(.init(step: "3", visit: 1, item: "KTP-el", text: "1", attachment: nil))),
                    by("budi", "resepsionis", 5, .stepCompleted(.init(step: "3", visit: 1, used: 60)))]
        done.forEach { next.apply($0) }
        #expect(try store.tasks(roles: ["resepsionis"]).map(\.entry.step) == ["3"])
        #expect(try store.tasks(roles: ["staf-pengaduan"]).map(\.entry.step).sorted() == ["3", "4"])
        try store.append(done, to: id, projection: try #require(next.projection(lookupFreeFor: "01")))
        #expect(try store.tasks(roles: ["resepsionis"]).isEmpty)
        #expect(try store.tasks(roles: ["staf-pengaduan"]).map(\.entry.step) == ["4"])
        let written = try store.events(of: id).suffix(2)
        #expect(written.map(\.role) == ["resepsionis", "resepsionis"])
    }

    @Test func theKeptVisitsKnowTheJointRolesWithoutARead() throws {
        let (store, id, state) = try waiting()
        let kept = try #require(store.roleCheck.kept(id.rawValue))
        #expect(kept.visits.map { "\($0.step) \($0.role) \($0.joint ?? ["?"])" }.sorted()
                == ["3 staf-pengaduan [\"resepsionis\"]", "4 staf-pengaduan []"])
        var next = state
        let answer = by("budi", "resepsionis", 4, note("3"))
        next.apply(answer)
        try store.append([answer], to: id, projection: try #require(next.projection(lookupFreeFor: "01")))
        #expect(try store.events(of: id).count == 4)
    }

    func correction(_ step: String, _ value: String) -> CaseEvent.Kind {
        .answerCorrected(.init(step: step, visit: 1, target: .output, name: "KTP-el", value: value, reason: "salah ketik"))
    }

    /// A correction of the joint step's answer in its joint role is admitted while it is open
    /// and once it is done; in a third role it is refused while the step is open.
    @Test func theJointRoleCorrectsItsAnswerAndAThirdRoleMayNot() throws {
        let (store, id, state) = try waiting()
        var next = state
        func write(_ events: [CaseEvent]) throws {
            events.forEach { next.apply($0) }
            try store.append(events, to: id, projection: try #require(next.projection(lookupFreeFor: "01")))
        }
        try write([by("budi", "resepsionis", 4, .outputRecorded(.init(step: "3", visit: 1, item: "KTP-el", text: "1", attachment: nil)))])
        // A third role's correction of the open step: refused, kept visits or read from the file.
        let third = by("dedi", "bidang-terkait", 5, correction("3", "3"))
        var tried = next
        tried.apply(third)
        let refusedThird = "the store refused: step 3 is not for the role 'bidang-terkait' operator 'dedi' acted in; nothing was saved"
        #expect(refusal { try store.append([third], to: id, projection: tried.projection(lookupFreeFor: "01")!) } == refusedThird)
        store.roleCheck.forgetOpenVisits()
        #expect(refusal { try store.append([third], to: id, projection: tried.projection(lookupFreeFor: "01")!) } == refusedThird)
        store.roleCheck.forgetOpenVisits()
        // The joint role corrects it while open (read from the file), completes it, corrects it again.
        try write([by("budi", "resepsionis", 5, correction("3", "2"))])
        try write([by("budi", "resepsionis", 6, .stepCompleted(.init(step: "3", visit: 1, used: 60)))])
        try write([by("budi", "resepsionis", 7, correction("3", "3"))])
        let written = try store.events(of: id).suffix(3)
        #expect(written.map(\.role) == ["resepsionis", "resepsionis", "resepsionis"])
        #expect(CaseState(id: id, events: try store.events(of: id)).completed.first { $0.step == "3" }?.outputs["KTP-el"]?.text == "3")
    }
}

