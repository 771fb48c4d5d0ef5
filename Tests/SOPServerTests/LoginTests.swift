import Foundation
import GRDB
import Hummingbird
import SOPEngine
import SOPServer
import SOPStore
import Testing

@Suite struct LoginTests {
    @Test func loginWithTheRosterPINOpensASessionInASecureCookie() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        let form = try await browser.get("/masuk")
        #expect(form.status == .ok)
        #expect(form.body.contains("<form id=\"masuk\""))
        #expect(form.cookies.contains { $0.hasPrefix("sop_csrf=") && $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
        let login = try await browser.post("/masuk", [("nama", "budi"), ("pin", "246810")])
        #expect(login.status == .seeOther)
        #expect(login.location == "/")
        let session = try #require(login.cookies.first { $0.hasPrefix("sop_sesi=") })
        for attribute in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] { #expect(session.contains(attribute)) }
        let worklist = try await browser.get("/")
        #expect(worklist.status == .ok)
        #expect(worklist.body.contains("table id=\"daftar-tugas\""))
        #expect(worklist.body.contains("Masuk sebagai budi · Resepsionis"))
        // The store keeps only the SHA-256 of the session id.
        let token = try #require(browser.cookies["sop_sesi"])
        let rows = try harness.store().withDatabase { db in try String.fetchAll(db, sql: "SELECT id_hash FROM web_session") }
        #expect(rows.count == 1)
        #expect(!rows.contains(token))
        #expect(rows.first?.count == 64)
    }

    @Test func aWrongPINOrAnUnknownNameGetTheSameRefusal() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        let wrong = try await browser.login("budi", pin: "000000")
        #expect(wrong.status == .unauthorized)
        #expect(wrong.body.contains("class=\"galat\""))
        #expect(wrong.body.contains("Nama, PIN atau kode satu kali salah."))
        #expect(wrong.cookies.allSatisfy { !$0.hasPrefix("sop_sesi=") })
        let unknown = try await browser.login("siapa", pin: "246810")
        #expect(unknown.status == .unauthorized)
        #expect(unknown.body.contains("Nama, PIN atau kode satu kali salah."))
        #expect(try await browser.get("/").location == "/masuk")
    }

    @Test func fiveWrongPINsLockTheNameEvenForTheRightOne() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        for _ in 0..<4 { #expect(try await browser.login("citra", pin: "999999").body.contains("Nama, PIN atau kode satu kali salah.")) }
        let fifth = try await browser.login("citra", pin: "999999")
        #expect(fifth.body.contains("Nama, PIN atau kode satu kali salah."))
        let right = try await browser.login("citra")
        #expect(right.status == .unauthorized)
        #expect(right.body.contains("Nama, PIN atau kode satu kali salah."))
        // After the 15 minutes, the right PIN works again.
        harness.clock.advance(minutes: 16)
        #expect(try await browser.login("citra").status == .seeOther)
    }

    @Test func loginAttemptsAreRateLimitedPerAddress() async throws {
        let harness = try await Harness(configure: { $0.loginAttemptsPerMinute = 3 })
        let browser = harness.browser(address: "198.51.100.7")
        for _ in 0..<3 { #expect(try await browser.login("budi", pin: "000001").status == .unauthorized) }
        let limited = try await browser.login("budi")
        #expect(limited.status == .tooManyRequests)
        #expect(limited.headers[.retryAfter] == "60")
        #expect(try await harness.browser(address: "198.51.100.8").login("budi").status == .seeOther)
    }

    @Test func aSessionSurvivesARestartOnTheSameStoreAndLogoutEndsIt() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        try await browser.login("budi")
        try await harness.rebuild()
        let after = try await browser.get("/")
        #expect(after.status == .ok)
        #expect(after.body.contains("Masuk sebagai budi"))
        let out = try await browser.post("/keluar", [])
        #expect(out.status == .seeOther)
        #expect(out.location == "/masuk")
        #expect(try harness.store().withDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM web_session") } == 0)
        #expect(try await browser.get("/").location == "/masuk")
    }

    @Test func anOperatorEnrolledForOneTimeCodesGivesTheCurrentOneOnce() async throws {
        let harness = try await Harness()
        let secret = OneTimeCode.newSecret()
        try harness.store().saveTOTP(TOTPRecord(operatorName: "citra", secret: secret, setAt: Harness.monday, setBy: "ani"))
        let browser = harness.browser()
        try await browser.get("/masuk")
        let without = try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233")])
        #expect(without.status == .unauthorized)
        #expect(without.body.contains("Nama, PIN atau kode satu kali salah."))
        let wrongCode = String(format: "%06d", (Int(OneTimeCode.code(secret: secret, at: Harness.monday))! + 1) % 1_000_000)
        #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", wrongCode)]).status == .unauthorized)
        let code = OneTimeCode.code(secret: secret, at: Harness.monday)
        #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", code)]).status == .seeOther)
        // The same code again (watched over a shoulder) is refused.
        let other = harness.browser(address: "192.0.2.50")
        try await other.get("/masuk")
        #expect(try await other.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", code)]).status == .unauthorized)
        // budi is not enrolled: no code needed.
        #expect(try await other.login("budi").status == .seeOther)
    }

    @Test func aServerWithAnEmptyRosterDoesNotStart() async throws {
        await #expect(throws: ServerApplication.StartFailure.self) { try await Harness(roster: false) }
    }
}
