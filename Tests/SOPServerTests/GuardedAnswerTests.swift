import Foundation
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// A step's answer on PostgreSQL without reading its session first (branch serve8): the write
/// checks the session in its own transaction. Two instances on one database: a logout or a
/// revoked role on one takes effect on the other's next answer, and nothing is written.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(5)))
// Five minutes: a hang guard. Each test opens two instances on a fresh schema and logs in (scrypt),
// which in the whole suite on two shared cores took past two minutes.
struct GuardedAnswerTests {
    /// Two instances (`Harness` each) on a fresh schema; budi resepsionis, citra staf-pengaduan.
    static func instances() async throws -> (Harness, Harness, PostgresCaseStore) {
        let (schema, address) = try PostgresServeTests.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (index, (name, role)) in [(me, "pengelola-peran"), ("budi", "resepsionis"), ("citra", "staf-pengaduan")].enumerated() {
            try owner.appendRoster(RosterEntry(sequence: index + 1, at: Harness.monday, by: me, action: .grant, operatorName: name, role: role, sop: nil))
        }
        for name in ["budi", "citra"] { try owner.savePIN(try PINHash.make(Harness.pins[name]!, operatorName: name, at: Harness.monday, by: me)) }
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let a = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        let b = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        return (a, b, owner)
    }

    static let stepOne: [(String, String)] = [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "0812 3456 7890"),
                                              ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Izin usaha"), ("o.0", "dicatat")]

    @Test func anAnswerIsWrittenWithoutReadingTheSessionAndTheNextPageFollows() async throws {
        let (a, _, owner) = try await Self.instances()
        let budi = a.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(url)
        let before = a.app.answersTriedUnread
        let done = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(done.status == .seeOther, "\(done.body)")
        #expect(a.app.answersTriedUnread == before + 1)
        #expect(try owner.events(of: CaseID(id)).contains { $0.operatorName == "budi" && $0.kind.step == CaseFlowTests.stepID("1") })
        // The page it leads to reads as every page does.
        let next = try await budi.get(try #require(done.location))
        #expect(next.status == .ok && next.body.contains("form id=\"langkah\""))
        // A form posted twice (the browser's resend): refused on what the store holds, nothing doubled.
        let count = try owner.events(of: CaseID(id)).count
        let again = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(again.status == .conflict)
        #expect(try owner.events(of: CaseID(id)).count == count)
    }

    @Test func aLogoutOnTheOtherInstanceRefusesTheNextAnswerAndWritesNothing() async throws {
        let (a, b, owner) = try await Self.instances()
        let budi = a.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(url)
        let count = try owner.events(of: CaseID(id)).count
        // The same browser's session logged out through instance B (another window behind nginx).
        let same = b.browser()
        same.cookies = budi.cookies
        try await same.get("/")
        #expect(try await same.post("/keluar", []).status == .seeOther)
        let before = a.app.answersTriedUnread
        let refused = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(refused.status == .unauthorized)
        #expect(a.app.answersTriedUnread == before + 1, "tried without a read, refused by the write's own check")
        #expect(try owner.events(of: CaseID(id)).count == count)
        // Forgotten: the next one reads, and is refused as any request without a session.
        let next = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(next.status == .unauthorized || next.status == .forbidden)
        #expect(a.app.answersTriedUnread == before + 1)
        #expect(try owner.events(of: CaseID(id)).count == count)
    }

    @Test func aRoleRevokedMeanwhileRefusesTheAnswerWithTheRolesWords() async throws {
        let (a, _, owner) = try await Self.instances()
        let me = try #require(owner.authenticatedUser)
        // budi keeps another role: he stays logged in (tester 12: one who holds none is logged out).
        try LeaverFindingTests.grant("budi", "staf-pengaduan", in: owner, by: me)
        let budi = a.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(url)
        let count = try owner.events(of: CaseID(id)).count
        // Revoked by the roster administrator (at a terminal, or through instance B).
        try LeaverFindingTests.revoke("budi", "resepsionis", in: owner, by: me)
        let refused = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(refused.status == .forbidden)
        #expect(refused.body.contains("Kegiatan 1 dikerjakan oleh peran &#39;Resepsionis&#39;. Anda tidak memegang peran itu."))
        #expect(try owner.events(of: CaseID(id)).count == count)
        // His last role revoked too: the answer is refused as his session ends (401, why), nothing written.
        try LeaverFindingTests.revoke("budi", "staf-pengaduan", in: owner, by: me)
        let ended = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(ended.status == .unauthorized)
        #expect(ended.body.contains("Sesi Anda diakhiri karena Anda tidak lagi memegang peran apa pun"))
        #expect(try owner.events(of: CaseID(id)).count == count)
    }

    @Test func aCaseMovedByTheOtherInstanceIsAnsweredOnWhatTheStoreHolds() async throws {
        let (a, b, owner) = try await Self.instances()
        let budi = a.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(url)
        // budi in a window served by B answers first; A's kept case is now behind the store.
        let other = b.browser()
        try await other.login("budi")
        let theirs = try await other.get(url)
        #expect(try await other.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(theirs.body))]).status == .seeOther)
        let count = try owner.events(of: CaseID(id)).count
        let late = try await budi.post(url, Self.stepOne + [("versi", CaseFlowTests.versi(page.body))])
        #expect(late.status == .conflict)
        #expect(late.body.contains("Kegiatan 1 sudah diselesaikan oleh Anda sendiri (budi"))
        #expect(try owner.events(of: CaseID(id)).count == count)
    }
}
