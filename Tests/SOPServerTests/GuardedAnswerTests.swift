import Foundation
import SOPEngine
import SOPServer
import SOPStore
import SOPCore
import Testing
@testable import SOPPostgres

/// A step's answer on PostgreSQL without reading its session first (branch serve8): the write
/// checks the session in its own transaction. Two instances on one database: a logout or a
/// revoked role on one takes effect on the other's next answer, and nothing is written.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
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
        #expect(refused.body.contains("Kegiatan 1 kasus \(id) adalah giliran peran &#39;Resepsionis&#39;, bukan peran Anda."))
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

    /// The check is the server's (migration v18, `sop_web_session_live`): the transaction a
    /// gateway sends for an answer, typed by hand (one simple query, as psql sends it) on the
    /// test's own connection as the gateway user, is written for budi's live session and refused,
    /// nothing of it written, for another operator's event, at its expiry, and once logged out.
    @Test func theServerRefusesAWriteOnAnEndedSessionEvenSentByHand() async throws {
        let (a, _, owner) = try await Self.instances()
        let budi = a.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        // The test's user is the gateway (`instances`), as `sop serve`'s is.
        let hand = try PGConnection(owner.address)
        let session = try hand.query("SELECT id_hash, expires_at FROM web_session WHERE operator = 'budi'")
        try #require(session.count == 1)
        let (hash, expires) = (session.text(0, 0), try #require(session.int(0, 1)))
        func sent(operatorName: String = "budi", for eventOperator: String = "budi", at: Int64, note: String) throws -> String? {
            try Self.handSent(hand, caseID: id, sequence: try owner.events(of: CaseID(id)).count + 1, session: hash,
                              operatorName: operatorName, eventOperator: eventOperator, at: at, note: note)
        }
        let count = try owner.events(of: CaseID(id)).count
        let now = Harness.monday.milliseconds
        // Another operator's event on budi's session (citra holds no resepsionis: the roster
        // would refuse it anyway; the session is checked first).
        let other = try sent(operatorName: "citra", for: "citra", at: now, note: "catatan citra")
        #expect(other?.hasPrefix("28000 sop-web: session-ended: the session is another operator's") == true, "\(other ?? "written")")
        let expired = try sent(at: expires, note: "catatan kedaluwarsa")
        #expect(expired?.hasPrefix("28000 sop-web: session-ended: the session expired") == true, "\(expired ?? "written")")
        #expect(try owner.events(of: CaseID(id)).count == count, "nothing of a refused transaction is written")
        // The live session: the same transaction is written.
        let written = try sent(at: now, note: "catatan budi")
        #expect(written == nil, "\(written ?? "")")
        #expect(try owner.events(of: CaseID(id)).count == count + 1)
        #expect(try owner.events(of: CaseID(id)).last?.operatorName == "budi")
        // Logged out (on any instance): refused, nothing written.
        #expect(try await budi.post("/keluar", []).status == .seeOther)
        let gone = try sent(at: now, note: "catatan setelah keluar")
        #expect(gone?.hasPrefix("28000 sop-web: session-ended: the session is logged out or gone") == true, "\(gone ?? "written")")
        #expect(try owner.events(of: CaseID(id)).count == count + 1)
    }

    /// The guard is the server's function, and only its refusal ends a session: the marker cast of
    /// serve8 (a text cast to an integer, SQLSTATE 22P02) is gone, and an error that merely quotes
    /// the words is a server error, not a logout.
    @Test func theGuardIsTheServersFunctionNotAMarkerCast() throws {
        let check = PostgresSessionGuard.check("abc", operatorName: "budi", at: Harness.monday)
        #expect(check.sql == "SELECT sop_web_session_live($1, $2, $3)")
        guard check.parameters.count == 3, case .text("abc") = check.parameters[0], case .text("budi") = check.parameters[1],
            case .int(let at) = check.parameters[2], at == Harness.monday.milliseconds
        else { Issue.record("parameters: \(check.parameters)"); return }
        let cast = PostgresCaseStore.describe(.server(state: "22P02", message: "invalid input syntax for type integer: \"sop-web: session-ended\""),
                                              user: "sopweb")
        #expect(cast != .unavailable(Catalog.WebSessions.sessionEnded))
        let refusal = PostgresCaseStore.describe(.server(state: "28000", message: "sop-web: session-ended: the session expired"), user: "sopweb")
        #expect(refusal == .unavailable(Catalog.WebSessions.sessionEnded))
    }

    /// The session's check and a note linked to the case's head, as one simple query (psql's way):
    /// nil when written, else the server's SQLSTATE and message.
    static func handSent(_ hand: PGConnection, caseID id: String, sequence: Int, session hash: String, operatorName: String,
                         eventOperator: String, at: Int64, note: String) throws -> String? {
        let text = try JSONDecoder().decode(CaseEvent.NoteText.self, from: Data("{\"text\": \"\(note)\"}".utf8))
        let event = CaseEvent(sequence: sequence, at: Harness.monday, operatorName: eventOperator, role: "resepsionis", kind: .noteAdded(text))
        // Linked to the case's head, as a gateway links what it writes.
        let head = try hand.query("SELECT hash FROM case_event WHERE case_id = $1 ORDER BY sequence DESC LIMIT 1", [.text(id)]).text(0, 0)
        let row = EventChain.linked([event.archived], caseID: id, previous: head)[0]
        let sql = """
            SELECT sop_web_session_live(\(literal(hash)), \(literal(operatorName)), \(at));
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                VALUES (\(literal(id)), \(sequence), \(row.at), \(literal(row.operatorName)), 'resepsionis', NULL,
                        \(literal(row.type)), \(literal(row.payload)), \(literal(row.hash ?? "")));
            """
        let result = Result { () throws(PGFailure) in try hand.execute(sql) }
        switch result {
        case .success: return nil
        case .failure(.server(let state, let message)): return "\(state) \(message)"
        case .failure(let failure): throw failure
        }
    }

    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
