import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
@testable import SOPServer
import SOPStore
import SOPTerminal
import Testing

/// The web desk for a head of unit with a one-time code and a complainant on a phone: one answer for
/// every refused login, wrong codes locking like wrong PINs, the read-only role `pimpinan` and the
/// unit's cases, the receipt's public status address, the status page's words.
@Suite struct LoginCodesUnitCasesAndStatusPageTests {
    static let kabidPIN = "445566"

    /// A harness whose roster also has kabid as `pimpinan` (for every SOP, or for `sop`).
    static func withKabid(sop: String? = nil, configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> Harness {
        let harness = try await Harness(configure: configure)
        let store = try harness.store()
        let history = try store.rosterHistory()
        try store.appendRoster(RosterEntry(sequence: history.count + 1, at: Harness.monday.addingTimeInterval(-3600), by: "ani",
                                           action: .grant, operatorName: "kabid", role: Roster.readerRole, sop: sop))
        try store.savePIN(try PINHash.make(kabidPIN, operatorName: "kabid", at: Harness.monday.addingTimeInterval(-3600), by: "ani"))
        return harness
    }

    static func enrol(_ harness: Harness, _ name: String) throws -> String {
        let secret = OneTimeCode.newSecret()
        try harness.store().saveTOTP(TOTPRecord(operatorName: name, secret: secret, setAt: Harness.monday, setBy: "ani"))
        return secret
    }

    static func wrong(_ code: String) -> String { String(format: "%06d", (Int(code)! + 500_000) % 1_000_000) }

    // MARK: F2

    @Test func everyRefusedLoginGetsOneAnswerWithACodeEnrolled() async throws {
        let harness = try await Harness()
        let secret = try Self.enrol(harness, "citra")
        let code = OneTimeCode.code(secret: secret, at: Harness.monday)
        let browser = harness.browser()
        try await browser.get("/masuk")
        let attempts: [[(String, String)]] = [
            [("nama", "citra"), ("pin", "999999"), ("kode", code)],         // wrong PIN, right code
            [("nama", "citra"), ("pin", "999999")],                         // wrong PIN, no code
            [("nama", "citra"), ("pin", "112233")],                         // right PIN, no code
            [("nama", "citra"), ("pin", "112233"), ("kode", Self.wrong(code))],  // right PIN, wrong code
        ]
        var replies: [Harness.Reply] = []
        for fields in attempts { replies.append(try await browser.post("/masuk", fields)) }
        for reply in replies {
            #expect(reply.status == .unauthorized)
            #expect(reply.body.contains("Nama, PIN atau kode satu kali salah."))
            #expect(reply.body.contains("id=\"petunjuk-kunci\""))
            #expect(!reply.body.contains("Kode satu kali salah"))
            #expect(reply.body == replies[0].body, "a refusal differs from the wrong PIN's")
        }
        // An unknown name: the same page too.
        let unknown = try await browser.post("/masuk", [("nama", "siapa"), ("pin", "112233"), ("kode", "000000")])
        #expect(unknown.body.replacingOccurrences(of: "value=\"siapa\"", with: "value=\"citra\"") == replies[0].body)
        // A reused code (seen over a shoulder) after a right login: the same answer.
        #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", code)]).status == .seeOther)
        let other = harness.browser(address: "192.0.2.51")
        try await other.get("/masuk")
        let reused = try await other.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", code)])
        #expect(reused.status == .unauthorized)
        #expect(reused.body.contains("Nama, PIN atau kode satu kali salah."))
    }

    @Test func wrongCodesAfterTheRightPINLockTheNameAsWrongPINsDo() async throws {
        let harness = try await Harness()
        let secret = try Self.enrol(harness, "citra")
        let browser = harness.browser()
        try await browser.get("/masuk")
        let code = OneTimeCode.code(secret: secret, at: Harness.monday)
        for _ in 0..<5 {
            #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", Self.wrong(code))]).status == .unauthorized)
        }
        let record = try #require(try harness.store().pin(of: "citra"))
        #expect(record.lockedUntil.map { $0 > Harness.monday } == true, "5 wrong codes did not lock the name")
        // Locked: even the right PIN with the right code is refused, with the same answer.
        let right = try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", code)])
        #expect(right.status == .unauthorized)
        #expect(right.body.contains("Nama, PIN atau kode satu kali salah."))
        // After the 15 minutes the current code works; a right login clears the count.
        harness.clock.advance(minutes: 16)
        let later = OneTimeCode.code(secret: secret, at: harness.clock.now())
        #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", later)]).status == .seeOther)
        #expect(try harness.store().pin(of: "citra")?.failures == 0)
    }

    @Test func wrongCodesCountTowardTheLimitPerAddress() async throws {
        let harness = try await Harness(configure: { $0.loginAttemptsPerMinute = 3 })
        let secret = try Self.enrol(harness, "citra")
        let code = OneTimeCode.code(secret: secret, at: Harness.monday)
        let browser = harness.browser(address: "198.51.100.70")
        try await browser.get("/masuk")
        for _ in 0..<3 {
            #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", Self.wrong(code))]).status == .unauthorized)
        }
        #expect(try await browser.post("/masuk", [("nama", "citra"), ("pin", "112233"), ("kode", code)]).status == .tooManyRequests)
    }

    // MARK: F3, F8, F22

    @Test func pimpinanReadsTheUnitsCasesAndActsInNone() async throws {
        let harness = try await Self.withKabid()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let kabid = harness.browser(address: "192.0.2.77")
        #expect(try await kabid.login("kabid", pin: Self.kabidPIN).status == .seeOther)
        let home = try await kabid.get("/")
        #expect(home.body.contains("Pimpinan unit (hanya membaca)"))
        #expect(home.body.contains("id=\"hanya-baca\""))
        #expect(home.body.contains("href=\"/kasus-unit\""))
        // The search button says what it does.
        #expect(home.body.contains("<button type=\"submit\" class=\"kedua\">Cari</button>"))
        // The timeline: read, with no correction box (a reader never corrects).
        let timeline = try await kabid.get("/kasus/\(id)")
        #expect(timeline.status == .ok)
        #expect(!timeline.body.contains("id=\"tanpa-koreksi\""))
        #expect(!timeline.body.contains("id=\"koreksi\""))
        // No step: neither its page nor a forged answer.
        #expect(try await kabid.get(first).status == .forbidden)
        #expect(try await kabid.post(first, [("o.0", "x")]).status == .forbidden)
        #expect(try await kabid.post("/kasus/\(id)/batal", [("alasan", "uji"), ("yakin", "ya")]).status == .forbidden)
        // The unit's open cases: this one, its step, role, who holds the role and the due time.
        let open = try await kabid.get("/kasus-unit")
        #expect(open.status == .ok)
        #expect(open.body.contains("data-kasus=\"\(id)\""))
        #expect(open.body.contains("Resepsionis"))
        #expect(open.body.contains("<div>budi</div>"))
        #expect(!open.body.contains("class=\"kasus terlambat\""))
        #expect(try await kabid.get("/kasus-unit?tampil=terlambat").body.contains("Tidak ada kasus pada pilihan ini."))
        // An hour later step 1 (5 minutes) is late: first, marked, and in the late list.
        harness.clock.advance(minutes: 60)
        let late = try await kabid.get("/kasus-unit?tampil=terlambat")
        #expect(late.body.contains("class=\"kasus terlambat\" data-kasus=\"\(id)\""))
        #expect(late.body.contains("<span class=\"tanda-terlambat\">terlambat</span>"))
        // The case page marks the late step as the worklist does (F25).
        let lateTimeline = try await kabid.get("/kasus/\(id)")
        let head = try #require(lateTimeline.body.components(separatedBy: "id=\"posisi-kasus\"").dropFirst().first?.components(separatedBy: "</p>").first)
        #expect(head.contains(" — terlambat"), "\(head)")
        // The report links to the late cases.
        let report = try await kabid.get("/laporan")
        #expect(report.status == .ok)
        #expect(report.body.contains("href=\"/kasus-unit?tampil=terlambat\""))
        // A bad choice is refused, not guessed.
        #expect(try await kabid.get("/kasus-unit?tampil=semuanya").status == .badRequest)
        #expect(try await kabid.get("/kasus-unit?halaman=0").status == .badRequest)
    }

    @Test func pimpinanOfOneSOPReadsOnlyItsCases() async throws {
        let harness = try await Self.withKabid(sop: "02")
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let kabid = harness.browser(address: "192.0.2.78")
        #expect(try await kabid.login("kabid", pin: Self.kabidPIN).status == .seeOther)
        #expect(try await kabid.get("/kasus/\(id)").status == .forbidden)
        let unit = try await kabid.get("/kasus-unit?tampil=semua")
        #expect(unit.status == .ok)
        #expect(!unit.body.contains(id))
        // The roster: pimpinan is no role to act in.
        let roster = Roster(history: try harness.store().rosterHistory())
        #expect(roster.roles(of: "kabid", sop: "02").isEmpty)
        #expect(roster.reads("kabid", sop: "02") && !roster.reads("kabid", sop: "01"))
    }

    @Test func aCasesListPagesAndPutsLateCasesFirst() async throws {
        let now = Harness.monday
        func summary(_ id: String, due: Date?, status: CaseState.Status = .open, started: Date = now) -> CaseSummary {
            let entry = CaseProjection.ActiveEntry(step: "s1", stepLabel: "1", visit: 1, role: "resepsionis", roleName: "Resepsionis",
                                                   startedAt: started, due: due)
            return CaseSummary(id: CaseID(id), projection: CaseProjection(nomor: "01", judul: "x", revision: "-", status: status,
                                                                          startedAt: started, updatedAt: started, lastSequence: 1,
                                                                          active: status.isFinished ? [] : [entry]))
        }
        let cases = [summary("A", due: now.addingTimeInterval(600)), summary("B", due: now.addingTimeInterval(-60)),
                     summary("C", due: nil), summary("D", due: nil, status: .completed), summary("E", due: now.addingTimeInterval(-600))]
        #expect(UnitCasesRoutes.order(cases, now: now).map(\.id.rawValue) == ["E", "B", "A", "C", "D"])
    }

    // MARK: F4

    @Test func theReceiptNamesThePublicStatusPageWhenOneIsSet() async throws {
        let harness = try await Harness(configure: { $0.publicStatusURL = PublicAddress.statusURL("https://layanan.example.go.id/") })
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let receipt = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok)
        #expect(receipt.body.contains("Lihat perkembangan layanan di https://layanan.example.go.id/status dengan kode ini"))
        #expect(!receipt.body.contains("localhost"))
        #expect(PublicAddress.statusURL("https://layanan.example.go.id") == "https://layanan.example.go.id/status")
        #expect(PublicAddress.statusURL("https://example.go.id/sop/") == "https://example.go.id/sop/status")
        #expect(PublicAddress.statusURL("http://10.0.0.5:8080") == "http://10.0.0.5:8080/status")
        for bad in ["http://127.0.0.1:18411", "https://localhost", "ftp://example.go.id", "layanan.example.go.id",
                    "https://example.go.id/?a=1", "https://u:p@example.go.id", "https://[::1]/", ""] {
            #expect(PublicAddress.statusURL(bad) == nil, "\(bad)")
        }
        if case .success(let url) = PublicAddress.resolve(flag: nil, environment: ["SOP_PUBLIC_URL": "https://a.go.id"]) {
            #expect(url == "https://a.go.id/status")
        } else { Issue.record("SOP_PUBLIC_URL not read") }
        if case .success(let url) = PublicAddress.resolve(flag: nil, environment: [:]) { #expect(url == nil) }
        if case .success = PublicAddress.resolve(flag: "http://127.0.0.1", environment: [:]) { Issue.record("loopback accepted") }
    }

    // MARK: F11, F12, F13

    @Test func theStatusPageNamesTheUnitEchoesTheCodeAndSaysWhoHasIt() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let code = try #require(try harness.store().summary(of: CaseID(id))?.projection.lookup.tracking)
        let visitor = harness.browser(address: "203.0.113.40")
        try await visitor.get("/status")
        let found = try await visitor.post("/status", [("kode", " " + code.lowercased().replacingOccurrences(of: "-", with: "") + " ")])
        #expect(found.status == .ok)
        #expect(found.body.contains("Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang"))
        #expect(found.body.contains("Kode lacak: <span class=\"kode-lacak\">\(code)</span>"))
        #expect(found.body.contains("sedang diproses oleh Resepsionis."))
        #expect(!found.body.contains("Resepsionis: Resepsionis"))
        // 0, O, 1, I are never in a code: said so, with what was typed kept in the box.
        let typo = try await visitor.post("/status", [("kode", "ZTWE-P89B-JO")])
        #expect(typo.status == .unprocessableContent)
        #expect(typo.body.contains("Kode lacak tidak pernah memakai 0 (nol), O, 1 (satu), I, L atau U"))
        #expect(typo.body.contains("value=\"ZTWE-P89B-JO\""))
        let short = try await visitor.post("/status", [("kode", "ABC")])
        #expect(short.body.contains("Kode lacak terdiri dari 10"))
    }

    @Test func thePublicRateLimitPageSaysHowLongAndLeadsBackToTheLookup() async throws {
        let harness = try await Harness(configure: { $0.statusLookupsPerMinute = 2 })
        let visitor = harness.browser(address: "203.0.113.41")
        try await visitor.get("/status")
        for _ in 0..<2 { #expect(try await visitor.post("/status", [("kode", "K7QF-M2XR-9P")]).status == .notFound) }
        let limited = try await visitor.post("/status", [("kode", "K7QF-M2XR-9P")])
        #expect(limited.status == .tooManyRequests)
        #expect(limited.headers[.retryAfter] == "60")
        #expect(limited.body.contains("Tunggu 1 menit, lalu coba lagi."))
        #expect(limited.body.contains("<a href=\"/status\" id=\"kembali-status\">Kembali ke Cek status</a>"))
        #expect(!limited.body.contains("429"))
        #expect(!limited.body.contains("href=\"/masuk\""))
    }
}
