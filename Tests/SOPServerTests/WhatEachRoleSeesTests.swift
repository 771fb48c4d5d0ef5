import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// The web desk shows and refuses by role: the corrections, the start link, pause and cancel offered
/// only to who may use them, a refusal naming the role needed; the stale banner in the web's words,
/// the favicon, the login limit across instances of one store.
@Suite struct WhatEachRoleSeesTests {
    /// The options of the correction list (`select#k-butir`), without the empty one.
    static func correctionOptions(_ html: String) -> [String] {
        guard let select = html.components(separatedBy: "<select id=\"k-butir\"").dropFirst().first?
            .components(separatedBy: "</select>").first else { return [] }
        return select.components(separatedBy: "<option value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .filter { !$0.isEmpty }
    }

    /// Revokes a role through the roster (as `sop roster revoke` does), after the harness's grants.
    static func revoke(_ harness: Harness, _ name: String, _ role: String) throws {
        let store = try harness.store()
        let next = try store.rosterHistory().count + 1
        try store.appendRoster(RosterEntry(sequence: next, at: Harness.monday, by: "ani", action: .revoke, operatorName: name,
                                           role: role, sop: nil))
    }

    /// Answers one field of a step at the terminal (another desk), as budi.
    static func answerAtTheTerminal(_ harness: Harness, _ id: String, step: String, field: String, value: String,
                                    as name: String = "budi") throws {
        let store = try harness.store()
        let state = CaseState(id: CaseID(id), events: try store.events(of: CaseID(id)))
        let kinds = try Engine(sop: CaseFlowTests.sop).execute(.answerField(step: step, field: field, value: value), on: state,
                                                               by: Operator(name: name, roles: ["resepsionis"]), at: Harness.monday)
        var next = state
        let events = kinds.map { CaseEvent(sequence: state.lastSequence + 1, at: Harness.monday, operatorName: name, role: "resepsionis", kind: $0) }
        events.forEach { next.apply($0) }
        try store.append(events, to: CaseID(id), projection: try #require(next.projection(sop: CaseFlowTests.sop)))
    }

    /// 1. The correction list offered what a step in progress had not answered yet (the server
    /// refused it with 422), and the steps of roles the operator does not hold (403).
    @Test func theCorrectionListOffersOnlyWhatCanBeCorrected() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, _) = try await CaseFlowTests.start(budi)
        let step = CaseFlowTests.stepID("1")
        // Kegiatan 1 in progress, nothing answered: nothing to correct, and the page says so.
        let empty = try await budi.get("/kasus/\(id)")
        #expect(Self.correctionOptions(empty.body).isEmpty)
        #expect(!empty.body.contains("id=\"koreksi\""))
        #expect(empty.body.contains("Belum ada jawaban yang dapat Anda koreksi di kasus ini"))
        // Its name answered at the terminal: that alone is offered.
        try Self.answerAtTheTerminal(harness, id, step: step, field: "nama", value: "Ani Lestari")
        let one = try await budi.get("/kasus/\(id)")
        #expect(Self.correctionOptions(one.body) == ["\(step)\tisian\tnama"])
        // Whatever is offered is accepted by the server.
        let fixed = try await budi.post("/kasus/\(id)/koreksi", [("butir", "\(step)\tisian\tnama"), ("nilai", "Ani Lestari Putri"),
                                                                  ("alasan", "ejaan")])
        #expect(fixed.status == .seeOther)
        // Citra holds no role of kegiatan 1: nothing of it is hers to correct.
        #expect(Self.correctionOptions(try await citra.get("/kasus/\(id)").body).isEmpty)
    }

    /// 2. A 403 names the role needed, by the SOP's name for it, and says it is not held; never
    /// the generic sentence, a role id, or "untuk kasus ini" on a start.
    @Test func aRefusalNamesTheRoleNeeded() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        try await citra.get("/")
        let started = try await citra.post("/sop/01/mulai", [])
        #expect(started.status == .forbidden)
        #expect(started.body.contains("Kasus SOP 01 dimulai oleh peran &#39;Resepsionis&#39;. Anda tidak memegang peran itu."))
        #expect(!started.body.contains("untuk kasus ini") && !started.body.contains("&#39;resepsionis&#39;"))
        try LeaverFindingTests.keepAtTheDesk("budi", in: harness.store())
        try Self.revoke(harness, "budi", "resepsionis")
        let step = try await budi.get(first)
        #expect(step.status == .forbidden)
        #expect(step.body.contains("Kegiatan 1 dikerjakan oleh peran &#39;Resepsionis&#39;. Anda tidak memegang peran itu."))
        let timeline = try await budi.get("/kasus/\(id)")
        #expect(timeline.status == .forbidden)
        #expect(timeline.body.contains("dibuka oleh peran &#39;Resepsionis&#39;"))
        #expect(timeline.body.contains("&#39;Staf layanan pengaduan&#39;"))
        for reply in [step, timeline] {
            #expect(!reply.body.contains(Catalog.Serve.forbidden.text(.id)))
        }
        let english = try await budi.get(first + "?lang=en")
        #expect(english.body.contains("Step 1 is done by the role &#39;Resepsionis&#39;. You do not hold that role."))
    }

    /// 3. The timeline's items start with the step's own number: the list adds none of its own.
    @Test func theTimelineNumbersEachStepOnce() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let timeline = try await budi.get("/kasus/\(id)")
        let item = try #require(timeline.body.components(separatedBy: "<ol id=\"linimasa\">").last?
            .components(separatedBy: "<li><strong>").dropFirst().first)
        #expect(item.hasPrefix("1 "), "the item names its step: \(item.prefix(40))")
        let css = try await budi.get("/static/app.css")
        #expect(css.body.contains("ol#linimasa { list-style: none;"))
    }

    /// 4. "Mulai kasus" only for who can start a case of some SOP.
    @Test func theStartLinkIsShownOnlyToWhoCanStart() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        #expect(try await budi.get("/").body.contains("<a href=\"/sop\">Mulai kasus</a>"))
        let hers = try await citra.get("/")
        #expect(!hers.body.contains("href=\"/sop\""))
        #expect(!hers.body.contains("Mulai kasus"))
        #expect(try await citra.post("/sop/01/mulai", []).status == .forbidden)
        // A role granted applies on the next page.
        let store = try harness.store()
        try store.appendRoster(RosterEntry(sequence: try store.rosterHistory().count + 1, at: Harness.monday, by: "ani", action: .grant,
                                           operatorName: "citra", role: "resepsionis", sop: nil))
        #expect(try await citra.get("/").body.contains("<a href=\"/sop\">Mulai kasus</a>"))
    }

    /// 5. Pause and cancel only for the holder of the waiting step's role.
    @Test func pauseAndCancelAreShownOnlyToTheWaitingStepsRole() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        let hers = try await citra.get("/kasus/\(id)")
        #expect(hers.status == .ok)
        #expect(!hers.body.contains("id=\"jedakan\"") && !hers.body.contains("id=\"batalkan\""))
        let pause = try await citra.get("/kasus/\(id)/jeda")
        #expect(pause.status == .forbidden)
        #expect(pause.body.contains("&#39;Resepsionis&#39;"))
        #expect(try await citra.get("/kasus/\(id)/batal").status == .forbidden)
        for page in [try await budi.get("/kasus/\(id)"), try await budi.get(first)] {
            #expect(page.body.contains("id=\"jedakan\"") && page.body.contains("id=\"batalkan\""))
        }
        #expect(try await budi.get("/kasus/\(id)/jeda").status == .ok)
        #expect(try await budi.post("/kasus/\(id)/jeda", []).status == .seeOther)
        // Paused: the resume is budi's too, not citra's.
        #expect(try await budi.get("/kasus/\(id)").body.contains("id=\"lanjut\""))
        #expect(!(try await citra.get("/kasus/\(id)")).body.contains("id=\"lanjut\""))
        // A resume posted by hand by citra is refused on the server; the case stays paused.
        #expect(try await citra.post("/kasus/\(id)/lanjut", []).status == .forbidden)
        #expect(try harness.store().events(of: CaseID(id)).last?.kind == .casePaused)
        #expect(try await budi.post("/kasus/\(id)/lanjut", []).status == .seeOther)
        #expect(try harness.store().events(of: CaseID(id)).last?.kind == .caseResumed)
    }

    /// 6. The 409 banner is the web's own message, not the terminal's event lines.
    @Test func theStaleBannerSpeaksTheWebsWords() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(url)
        try Self.answerAtTheTerminal(harness, id, step: CaseFlowTests.stepID("1"), field: "nama", value: "Ani Lestari")
        let reply = try await budi.post(url, [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "081234567890"),
                                              ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"), ("o.0", "x"),
                                              ("versi", CaseFlowTests.versi(page.body))])
        #expect(reply.status == .conflict)
        let banner = try #require(reply.body.components(separatedBy: "<section class=\"bentrok\" id=\"bentrok\">").last?
            .components(separatedBy: "</section>").first)
        // budi's own change at the terminal (MyCasesStatusAnswerAndOwnChangeTests has another operator's).
        #expect(banner.contains("Kasus ini baru saja diubah oleh Anda sendiri (budi) di jendela atau tab lain, atau di terminal, "
            + "sejak halaman ini Anda buka, jadi isian di halaman ini belum disimpan."))
        #expect(banner.contains("Halaman ini sudah dimuat ulang dan menunjukkan keadaan kasus sekarang"))
        #expect(!banner.contains("nama = ") && !banner.contains("<ul>"))
    }

    /// 7. A favicon: an SVG from the binary, linked by every page, cached, without inline style.
    @Test func theDeskHasAFavicon() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        for path in ["/favicon.ico", "/static/ikon.svg"] {
            let icon = try await budi.get(path)
            #expect(icon.status == .ok, "\(path)")
            #expect(icon.headers[.contentType] == "image/svg+xml")
            #expect(icon.headers[.cacheControl] == "public, max-age=86400")
            #expect(icon.body.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(!icon.body.contains("style") && !icon.body.contains("script"))
        }
        #expect(try await budi.get("/masuk").body.contains("<link rel=\"icon\" href=\"/static/ikon.svg\" type=\"image/svg+xml\">"))
        try await budi.login("budi")
        #expect(try await budi.get("/").body.contains("<link rel=\"icon\" href=\"/static/ikon.svg\""))
    }

    /// 10. The login limit is counted in the store: another instance on the same store (here a
    /// restart, which used to forget an in-memory count) does not give a new allowance.
    @Test func theLoginLimitHoldsAcrossInstancesOfOneStore() async throws {
        let harness = try await Harness(configure: { $0.loginAttemptsPerMinute = 3 })
        let guesser = harness.browser(address: "198.51.100.7")
        for _ in 0..<2 { #expect(try await guesser.login("budi", pin: "000000").status == .unauthorized) }
        try await harness.rebuild()
        #expect(try await guesser.login("budi", pin: "000000").status == .unauthorized)
        #expect(try await guesser.login("budi", pin: "000000").status == .tooManyRequests)
        // Another address still may; a minute later the guesser may again.
        #expect(try await harness.browser(address: "198.51.100.8").login("budi").status == .seeOther)
        harness.clock.advance(minutes: 1.05)
        #expect(try await guesser.login("budi").status == .seeOther)
        // No address is stored: only digests.
        let keys = try harness.store().withDatabase { db in try String.fetchAll(db, sql: "SELECT key_hash FROM web_attempt") }
        #expect(!keys.isEmpty && keys.allSatisfy { $0.count == 64 && !$0.contains(".") })
    }
}

/// 9. A role revoked, or a logout, while a live stream is open applies at once, not at the
/// next reconnection.
@Suite(.timeLimit(.minutes(10))) struct LiveRevocationTests {
    @Test func aRevokedRoleStopsItsEventsAndALogoutEndsTheStream() async throws {
        let feed = LocalCaseFeed()
        // budi keeps another role, so the revocation leaves him logged in (tester 12: one left with
        // none is logged out, `LeaverFindingTests.aLeaversLiveStreamEnds`).
        let harness = try await Harness(grants: [("budi", "resepsionis"), ("budi", "staf-pengaduan"), ("citra", "staf-pengaduan")], feed: feed)
        let budi = harness.browser()
        try await budi.login("budi")
        let (status, stream) = try await budi.stream("/langsung")
        #expect(status == .ok)
        #expect(await stream.wait(for: ": terhubung\n\n"))
        feed.publish(LiveChange(caseID: "01-2026-000001", step: "1", role: "resepsionis"))
        #expect(await stream.wait(for: "\"kasus\":\"01-2026-000001\""))
        try WhatEachRoleSeesTests.revoke(harness, "budi", "resepsionis")
        feed.publish(LiveChange(caseID: "01-2026-000002", step: "1", role: "resepsionis"))
        // "Read everything again" goes to everyone and comes after it: by then it was sent or not.
        feed.publish(.resync)
        #expect(await stream.wait(for: "{\"kasus\":null,\"langkah\":null}"))
        #expect(!stream.text.contains("01-2026-000002"), "an event of the revoked role was sent")
        // Logging out (in another tab) ends the stream.
        try await budi.get("/")
        #expect(try await budi.post("/keluar", []).status == .seeOther)
        let end = Date().addingTimeInterval(20)
        while !stream.ended, Date() < end { try await Task.sleep(for: .milliseconds(50)) }
        #expect(stream.ended, "the stream stayed open after the logout")
        stream.task?.cancel()
    }
}
