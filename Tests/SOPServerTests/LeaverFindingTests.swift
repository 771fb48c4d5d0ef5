import Foundation
import GRDB
import HTTPTypes
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing
@testable import SOPPostgres

/// Tester 12 (F3): an operator whose every role is revoked is logged out at his next request
/// (his session ended in the store, the login page saying why), whatever his session held at
/// login; an operator who keeps another role keeps working; the administrator's command
/// (`OperatorAccessStore.endWebSessions`, `sop roster keluar`) ends every session at once.
@Suite struct LeaverFindingTests {
    static func revoke(_ name: String, _ role: String, in store: some RosterStore, by: String = "ani") throws {
        let roster = Roster(history: try store.rosterHistory())
        try store.appendRoster(RosterEntry(sequence: roster.nextSequence, at: Harness.monday, by: by, action: .revoke,
                                           operatorName: name, role: role, sop: nil))
    }

    static func grant(_ name: String, _ role: String, in store: some RosterStore, by: String = "ani") throws {
        let roster = Roster(history: try store.rosterHistory())
        try store.appendRoster(RosterEntry(sequence: roster.nextSequence, at: Harness.monday, by: by, action: .grant,
                                           operatorName: name, role: role, sop: nil))
    }

    /// A role elsewhere (reading another SOP, `pimpinan --sop 99`) that keeps `name` at the desk
    /// when a test revokes their role of SOP 01: what those tests check is the page's refusal
    /// for the role lost, not the logout of someone left with none.
    static func keepAtTheDesk(_ name: String, in store: some RosterStore) throws {
        let roster = Roster(history: try store.rosterHistory())
        try store.appendRoster(RosterEntry(sequence: roster.nextSequence, at: Harness.monday, by: "ani", action: .grant,
                                           operatorName: name, role: Roster.readerRole, sop: "99"))
    }

    static func sessions(of name: String, _ harness: Harness) throws -> Int {
        try harness.store().withDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM web_session WHERE operator = ?", arguments: [name]) ?? 0 }
    }

    /// The leaver's browser after the revocation: the report and the worklist send him to the
    /// login page, which says why; the session is gone from the store and the cookie deleted.
    static func expectLoggedOut(_ budi: Harness.Browser) async throws {
        let report = try await budi.get("/laporan")
        #expect(report.status == .seeOther)
        #expect(report.location == "/masuk?alasan=peran")
        #expect(report.cookies.contains { $0.hasPrefix("sop_sesi=;") && $0.contains("Max-Age=0") })
        let login = try await budi.get(try #require(report.location))
        #expect(login.status == .ok)
        #expect(login.body.contains("Sesi Anda diakhiri karena Anda tidak lagi memegang peran apa pun di roster unit ini."))
        #expect(!login.body.contains("sop roster"))
        let worklist = try await budi.get("/")
        #expect(worklist.status == .seeOther && worklist.location == "/masuk")
        #expect(try await budi.get("/laporan").status == .seeOther)
    }

    @Test func aRevokedOperatorsOpenSessionNoLongerReadsTheReportOrTheWorklist() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), other = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await other.login("budi")
        let before = try await budi.get("/laporan")
        #expect(before.status == .ok)
        #expect(try await other.get("/").status == .ok)
        #expect(try Self.sessions(of: "budi", harness) == 2)
        try Self.revoke("budi", "resepsionis", in: harness.store())
        try await Self.expectLoggedOut(budi)
        #expect(try Self.sessions(of: "budi", harness) == 1)
        // A form sent on his other session is refused as such (401, why), not as a forged form.
        let search = try await other.post("/cari-kasus", [("nomor", "Siti")])
        #expect(search.status == .unauthorized)
        #expect(search.body.contains("Sesi Anda diakhiri karena Anda tidak lagi memegang peran apa pun"))
        #expect(try Self.sessions(of: "budi", harness) == 0)
        // Logging in again is refused in words that say nothing of a command.
        let again = try await budi.login("budi")
        #expect(again.status == .forbidden)
        #expect(again.body.contains("Anda tidak lagi memegang peran apa pun di roster unit ini"))
        #expect(again.cookies.allSatisfy { !$0.hasPrefix("sop_sesi=") || $0.contains("Max-Age=0") })
    }

    @Test func anOperatorWhoKeepsAnotherRoleKeepsWorking() async throws {
        let harness = try await Harness()
        try Self.grant("budi", "staf-pengaduan", in: harness.store())
        let budi = harness.browser()
        try await budi.login("budi")
        try Self.revoke("budi", "resepsionis", in: harness.store())
        let worklist = try await budi.get("/")
        #expect(worklist.status == .ok)
        #expect(worklist.body.contains("Masuk sebagai budi · Staf layanan pengaduan"))
        #expect(!worklist.body.contains("Resepsionis"))
        #expect(try await budi.get("/laporan").status == .ok)
        // The role he lost: starting a case of SOP 01 (its first step is the resepsionis') is refused.
        #expect(try await budi.get("/sop/01/mulai").status == .ok)
        let start = try await budi.post("/sop/01/mulai", [])
        #expect(start.status == .forbidden)
        #expect(try Self.sessions(of: "budi", harness) == 1)
    }

    @Test func theAdministratorsCommandEndsEverySessionAtOnce() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), other = harness.browser(address: "192.0.2.11"), citra = harness.browser(address: "192.0.2.12")
        try await budi.login("budi")
        try await other.login("budi")
        try await citra.login("citra")
        #expect(try harness.store().endWebSessions(of: "budi") == 2)
        // He still holds his role: the desk cannot tell why the session went, and says it ended.
        let page = try await budi.get("/laporan")
        #expect(page.status == .seeOther)
        #expect(page.location == "/masuk?ke=%2Flaporan&alasan=berakhir")
        #expect(try await budi.get(try #require(page.location)).body.contains("Sesi Anda sudah berakhir. Silakan masuk lagi."))
        // The other browser, its stale cookie still sent, logs in again at once: the new session's
        // cookie is not deleted by the old one's ending.
        let csrf = try #require(other.cookies["sop_csrf"])
        let relogin = try await other.post("/masuk", [("nama", "budi"), ("pin", Harness.pins["budi"]!)], csrf: csrf)
        #expect(relogin.status == .seeOther)
        #expect(relogin.cookies.filter { $0.hasPrefix("sop_sesi=") }.count == 1)
        #expect(relogin.cookies.allSatisfy { !$0.hasPrefix("sop_sesi=;") })
        #expect(try await other.get("/").status == .ok)
        // Nobody else is touched.
        #expect(try await citra.get("/").status == .ok)
        #expect(try harness.store().endWebSessions(of: "budi") == 1)
        // A made-up reason in the address says nothing.
        let made = try await harness.browser(address: "192.0.2.13").get("/masuk?alasan=%3Cb%3E")
        #expect(!made.body.contains("Sesi Anda"))
    }

    /// A form of a page opened before `sop roster keluar` (its session's token, the old cookie):
    /// the session-ended answer a GET of it gets (401, why, the cookie deleted), not "forged" (403).
    static func expectFormOfEndedSessionSaysItEnded(_ budi: Harness.Browser, end: () throws -> Int) async throws {
        #expect(try await budi.get("/").status == .ok)
        #expect(try end() == 1)
        let search = try await budi.post("/cari-kasus", [("nomor", "Siti")])
        #expect(search.status == .unauthorized)
        #expect(search.body.contains("Sesi Anda sudah berakhir. Silakan masuk lagi."), "\(search.body)")
        #expect(!search.body.contains("Formulir kedaluwarsa"))
        #expect(search.cookies.contains { $0.hasPrefix("sop_sesi=;") && $0.contains("Max-Age=0") })
    }

    @Test func aFormSentOnASessionTheAdministratorEndedSaysTheSessionEnded() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        try await Self.expectFormOfEndedSessionSaysItEnded(budi) { try harness.store().endWebSessions(of: "budi") }
        // A forged form without any session stays refused as forged.
        let stranger = harness.browser(address: "192.0.2.14")
        try await stranger.get("/masuk")
        #expect(try await stranger.post("/cari-kasus", [("nomor", "Siti")], csrf: "palsu").status == .forbidden)
    }

    @Test(.timeLimit(.minutes(10))) func aLeaversLiveStreamEnds() async throws {
        let feed = LocalCaseFeed()
        let harness = try await Harness(configure: { $0.liveRecheck = .milliseconds(200) }, feed: feed)
        let budi = harness.browser()
        try await budi.login("budi")
        let (status, stream) = try await budi.stream("/langsung")
        #expect(status == .ok)
        #expect(await stream.wait(for: ": terhubung\n\n"))
        try Self.revoke("budi", "resepsionis", in: harness.store())
        let end = Date().addingTimeInterval(20)
        while !stream.ended, Date() < end { try await Task.sleep(for: .milliseconds(50)) }
        #expect(stream.ended, "the stream of an operator left with no role stayed open")
        stream.task?.cancel()
    }

    @Test func theLoginPageNamesNoAdministratorsCommand() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        for language in ["", "?lang=en"] {
            let page = try await browser.get("/masuk" + language)
            #expect(!page.body.contains("sop roster"), "\(page.body)")
            let refused = try await browser.login("budi", pin: "000000")
            #expect(!refused.body.contains("sop roster"))
        }
        #expect(try await browser.get("/masuk?lang=id").body.contains("mintalah kepada pengelola peran"))
        #expect(try await browser.get("/masuk?lang=en").body.contains("ask the roster administrator"))
    }
}

/// The same on PostgreSQL, where the sessions are the server's: a revoked operator's session
/// ends at his next request, and only a roster administrator ends an operator's sessions
/// (`sop_end_web_sessions`, checked by the server).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
struct PostgresLeaverTests {
    @Test func aRevokedOperatorIsLoggedOutAndTheAdministratorEndsSessions() async throws {
        let (schema, address) = try PostgresServeTests.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (name, role) in [(me, Roster.adminRole), ("budi", "resepsionis"), ("citra", "staf-pengaduan")] {
            try LeaverFindingTests.grant(name, role, in: owner, by: me)
        }
        for name in ["budi", "citra"] { try owner.savePIN(try PINHash.make(Harness.pins[name]!, operatorName: name, at: Harness.monday, by: me)) }
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let harness = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.12"), citra2 = harness.browser(address: "192.0.2.13")
        try await budi.login("budi")
        try await citra.login("citra")
        try await citra2.login("citra")
        #expect(try await budi.get("/laporan").status == .ok)
        let count = { (name: String) throws -> Int in
            try PGConnection(address).query("SELECT count(*) FROM web_session WHERE operator = $1", [.text(name)]).integer(0, 0)
        }
        try LeaverFindingTests.revoke("budi", "resepsionis", in: owner, by: me)
        try await LeaverFindingTests.expectLoggedOut(budi)
        #expect(try count("budi") == 0)
        #expect(try owner.endWebSessions(of: "citra") == 2)
        #expect(try count("citra") == 0)
        #expect(try await citra.get("/").location == "/masuk?alasan=berakhir")
        #expect(try owner.totpEnrolled().isEmpty)
        // A form of a page opened before the end says the session ended; an administrator's new PIN ends the sessions too.
        try await citra.login("citra")
        try await LeaverFindingTests.expectFormOfEndedSessionSaysItEnded(citra) { try owner.endWebSessions(of: "citra") }
        try await citra.login("citra")
        try await citra2.login("citra")
        #expect(try owner.savePIN(try PINHash.make("lagi-98765", operatorName: "citra", at: Harness.monday, by: me)) == 2)
        #expect(try count("citra") == 0)
    }
}

/// Tester 12 (F7): an operator who works only in the browser changes their own PIN at
/// /ganti-pin: the current PIN and the new one twice, CSRF-checked, the terminal's rules; a wrong
/// current PIN counts toward the lock.
@Suite struct ChangePINTests {
    static func change(_ browser: Harness.Browser, current: String, new: String, again: String? = nil) async throws -> Harness.Reply {
        try await browser.get("/ganti-pin")
        return try await browser.post("/ganti-pin", [("pin_lama", current), ("pin_baru", new), ("pin_ulang", again ?? new)])
    }

    static func expectChanges(_ harness: Harness, pin: () throws -> PINRecord?) async throws {
        let budi = harness.browser()
        let worklist = try await budi.login("budi")
        #expect(worklist.status == .seeOther)
        #expect(try await budi.get("/").body.contains("<a href=\"/ganti-pin\" id=\"ganti-pin-tautan\">Ganti PIN</a>"))
        let page = try await budi.get("/ganti-pin")
        #expect(page.status == .ok)
        #expect(page.body.contains("<form id=\"ganti-pin\" method=\"post\" action=\"/ganti-pin\">"))
        #expect(page.body.contains("name=\"csrf\" value=\""))
        #expect(!page.body.contains("<script>") && !page.body.contains("style="))
        let old = Harness.pins["budi"]!
        // A forged form (no token): refused, nothing changed.
        let forged = try await budi.post("/ganti-pin", [("pin_lama", old), ("pin_baru", "baru-7777"), ("pin_ulang", "baru-7777")], csrf: nil)
        #expect(forged.status == .forbidden)
        #expect(PINHash.verify(old, against: try #require(try pin())))
        // No browser bubble (minlength) in its own language: the page's message, next to the field.
        #expect(!page.body.contains("minlength") && !page.body.contains("scrypt"))
        #expect(page.body.contains("PIN tidak disimpan dalam bentuk yang dapat dibaca siapa pun."))
        let short = try await change(budi, current: old, new: "12345")
        #expect(short.status == .unprocessableContent)
        #expect(short.body.contains("PIN terlalu pendek: paling sedikit 6 karakter."))
        let differ = try await change(budi, current: old, new: "baru-7777", again: "baru-7778")
        #expect(differ.status == .unprocessableContent)
        #expect(differ.body.contains("Kedua PIN baru tidak sama; PIN tidak diganti."))
        #expect(!differ.body.contains("baru-7777"))
        let wrong = try await change(budi, current: "000000", new: "baru-7777")
        #expect(wrong.status == .forbidden)
        #expect(wrong.body.contains("PIN saat ini salah; PIN tidak diganti."))
        #expect(try pin()?.failures == 1)
        #expect(PINHash.verify(old, against: try #require(try pin())))
        // A session someone else holds (a stolen cookie, a computer left logged in) ends with the change; this one stays.
        let stolen = harness.browser(address: "192.0.2.29")
        try await stolen.login("budi")
        #expect(try await stolen.get("/").status == .ok)
        let changed = try await change(budi, current: old, new: "baru-7777")
        #expect(changed.status == .ok)
        #expect(changed.body.contains("PIN Anda sudah diganti."))
        #expect(changed.body.contains("Sesi Anda yang masih terbuka di 1 peramban atau perangkat lain sudah diakhiri."), "\(changed.body)")
        #expect(try await stolen.get("/").location == "/masuk?alasan=berakhir")
        #expect(try await budi.get("/").status == .ok)
        let record = try #require(try pin())
        #expect(PINHash.verify("baru-7777", against: record) && record.failures == 0 && record.setBy == "budi")
        // The new PIN logs in; the old one no longer does.
        #expect(try await harness.browser(address: "192.0.2.30").login("budi", pin: old).status == .unauthorized)
        #expect(try await harness.browser(address: "192.0.2.31").login("budi", pin: "baru-7777").status == .seeOther)
        #expect(try await budi.get("/ganti-pin?lang=en").body.contains("Type your current PIN, then the new PIN twice"))
    }

    @Test func anOperatorChangesTheirOwnPINGivingTheCurrentOne() async throws {
        let harness = try await Harness()
        try await Self.expectChanges(harness) { try harness.store().pin(of: "budi") }
    }

    @Test func wrongCurrentPINsLockTheName() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        for _ in 0..<5 { #expect(try await Self.change(budi, current: "000000", new: "baru-7777").status == .forbidden) }
        // Locked: even the right current PIN is refused the same way, and so is the login.
        let right = try await Self.change(budi, current: Harness.pins["budi"]!, new: "baru-7777")
        #expect(right.status == .forbidden)
        #expect(right.body.contains("PIN saat ini salah"))
        #expect(try await harness.browser(address: "192.0.2.30").login("budi").status == .unauthorized)
    }
}

@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
struct PostgresChangePINTests {
    @Test func anOperatorChangesTheirOwnPINThroughTheGateway() async throws {
        let (schema, address) = try PostgresServeTests.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (name, role) in [(me, Roster.adminRole), ("budi", "resepsionis")] { try LeaverFindingTests.grant(name, role, in: owner, by: me) }
        try owner.savePIN(try PINHash.make(Harness.pins["budi"]!, operatorName: "budi", at: Harness.monday, by: me))
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let harness = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        try await ChangePINTests.expectChanges(harness) { try owner.pin(of: "budi") }
    }
}
