import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// A form sent after another desk finished, paused or cancelled its step; a step link opened while
/// logged out; the roster administrator's way in; confirmations that name their case; who
/// cancelled; the hand-over's link; the login page.
@Suite struct StaleFormsAndConfirmationsTests {
    /// citra also holds resepsionis: the "other desk" working budi's step 1.
    static func harness() async throws -> Harness {
        try await Harness(grants: [("budi", "resepsionis"), ("citra", "staf-pengaduan"), ("citra", "resepsionis")])
    }

    static let script: AnswerScript = try! AnswerScript.parse(
        bytes: Array(Data(contentsOf: Harness.root.appendingPathComponent("Tests/Fixtures/answers/01-lengkap.yaml"))),
        path: "01-lengkap.yaml").get()

    /// The answers of kegiatan `number` of the fixture, as a browser sends them.
    static func fields(_ number: String) throws -> [(String, String)] {
        let step = try #require(CaseFlowTests.sop.steps.first { $0.number == number })
        let entry = try #require(script.entries.first { $0.step?.value == number })
        return CaseFlowTests.fields(for: entry, step: step)
    }

    /// budi's own step-1 form, typed but not yet sent (personal values among it).
    static let typed: [(String, String)] = [
        ("k.0", "ada"), ("f.nama", "Bambang Sutrisno"), ("f.nik", "3573014101900002"), ("f.telepon", "081298765432"),
        ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Keluhan pelayanan"), ("o.0", "Analisis dari browser"),
        ("catatan", "catatan dari browser <b>"),
    ]

    /// budi with step 1 of a new case open in his browser; citra logged in at another desk.
    static func twoDesks() async throws -> (Harness, Harness.Browser, Harness.Browser, String, String, Harness.Reply) {
        let harness = try await Self.harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        return (harness, budi, citra, id, first, try await budi.get(first))
    }

    /// What every such page keeps: nothing written, the typed values read-only (personal ones
    /// masked, the raw ones nowhere), the case now.
    static func expectTypedKept(_ reply: Harness.Reply) {
        #expect(reply.status == .conflict)
        #expect(reply.body.contains("Tidak ada isian formulir ini yang disimpan."))
        #expect(reply.body.contains("<section id=\"yang-diketik\">"))
        #expect(reply.body.contains("<textarea id=\"ketik-catatan\" readonly>catatan dari browser &lt;b&gt;</textarea>"))
        #expect(reply.body.contains("<textarea id=\"ketik-o.0\" readonly>Analisis dari browser</textarea>"))
        #expect(reply.body.contains("<dd>Bambang Sutrisno</dd>"))
        #expect(reply.body.contains("3573••••••••0002"))
        #expect(!reply.body.contains("3573014101900002") && !reply.body.contains("081298765432"))
        #expect(reply.body.contains("<section id=\"kasus-sekarang\">") && reply.body.contains("<ol id=\"linimasa\">"))
        #expect(!reply.body.contains("form id=\"langkah\""))
    }

    @Test func aFormSentAfterAnotherDeskFinishedTheStepSaysWhoAndKeepsWhatWasTyped() async throws {
        let (harness, budi, citra, id, first, page) = try await Self.twoDesks()
        let versi = CaseFlowTests.versi(page.body)
        let theirs = try await citra.get(first)
        #expect(try await citra.postMultipart(first, try Self.fields("1") + [("versi", CaseFlowTests.versi(theirs.body))], files: [:])
            .status == .seeOther)
        let before = try harness.store().events(of: CaseID(id)).count
        let reply = try await budi.post(first, Self.typed + [("versi", versi)])
        Self.expectTypedKept(reply)
        #expect(reply.body.contains("Kegiatan 1 sudah diselesaikan oleh citra (Resepsionis), 30-11-2026 09.00 WIB."))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        // The same step's URL opened again (Back after saving): who finished it, and the case now.
        let again = try await budi.get(first)
        #expect(again.status == .conflict)
        #expect(again.body.contains("Kegiatan 1 sudah diselesaikan oleh citra (Resepsionis)"))
        #expect(!again.body.contains("yang-diketik"))
        // By the same operator from another browser: said as such, not as "someone else".
        let budiAgain = harness.browser(address: "192.0.2.12")
        try await budiAgain.login("budi")
        let step2 = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("2"))"
        let old = try await budi.get(step2)
        let other = try await budiAgain.get(step2)
        #expect(try await budiAgain.postMultipart(step2, try Self.fields("2") + [("versi", CaseFlowTests.versi(other.body))], files: [:])
            .status == .seeOther)
        let mine = try await budi.post(step2, [("catatan", "catatan dari browser <b>"), ("versi", CaseFlowTests.versi(old.body))])
        #expect(mine.status == .conflict)
        #expect(mine.body.contains("Kegiatan 2 sudah diselesaikan oleh Anda sendiri (budi, Resepsionis) di tab atau jendela lain, di perangkat lain atau di terminal"))
        #expect(mine.body.contains("<textarea id=\"ketik-catatan\" readonly>catatan dari browser &lt;b&gt;</textarea>"))
    }

    @Test func aFormSentAfterAPauseSaysWhoPausedAndOffersTheResume() async throws {
        let (_, budi, citra, id, first, page) = try await Self.twoDesks()
        try await citra.get("/kasus/\(id)/jeda")
        #expect(try await citra.post("/kasus/\(id)/jeda", []).status == .seeOther)
        let reply = try await budi.post(first, Self.typed + [("versi", CaseFlowTests.versi(page.body))])
        Self.expectTypedKept(reply)
        #expect(reply.body.contains("Kasus ini dijeda oleh citra (Resepsionis), 30-11-2026 09.00 WIB."))
        #expect(reply.body.contains("Kasus \(id) sedang dijeda"))
        #expect(reply.body.contains("form id=\"lanjut\" method=\"post\" action=\"/kasus/\(id)/lanjut\""))
        // In English too.
        let english = try await budi.post(first + "?lang=en", Self.typed + [("versi", CaseFlowTests.versi(page.body))])
        #expect(english.body.contains("This case was paused by citra (Resepsionis)") || english.body.contains("This case was paused by citra ("))
        #expect(english.body.contains("Nothing of this form was saved."))
    }

    @Test func aFormSentAfterACancellationSaysWhoCancelledWhenAndWhy() async throws {
        let (_, budi, citra, id, first, page) = try await Self.twoDesks()
        try await citra.get("/kasus/\(id)/batal")
        #expect(try await citra.post("/kasus/\(id)/batal", [("alasan", "Pelapor membatalkan sendiri"), ("yakin", "ya")]).status == .seeOther)
        let reply = try await budi.post(first, Self.typed + [("versi", CaseFlowTests.versi(page.body))])
        Self.expectTypedKept(reply)
        #expect(reply.body.contains("Kasus ini dibatalkan oleh citra (Resepsionis), 30-11-2026 09.00 WIB: Pelapor membatalkan sendiri"))
        #expect(!reply.body.contains("id=\"lanjut\""))
        // The timeline names who started and who cancelled, with when.
        let timeline = try await budi.get("/kasus/\(id)")
        #expect(timeline.body.contains("<p class=\"kecil\" id=\"dimulai\">Dimulai 30-11-2026 09.00 WIB oleh budi (Resepsionis).</p>"))
        #expect(timeline.body.contains(
            "<p id=\"dibatalkan\"><strong>Kasus ini dibatalkan oleh citra (Resepsionis), 30-11-2026 09.00 WIB: Pelapor membatalkan sendiri</strong></p>"))
    }

    @Test func aStepLinkOpenedLoggedOutReturnsToTheStepAfterLoginAndNowhereElse() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let visitor = harness.browser(address: "192.0.2.20")
        let sent = try await visitor.get(first)
        #expect(sent.status == .seeOther)
        let login = try #require(sent.location)
        #expect(login == "/masuk?ke=" + first.replacingOccurrences(of: "/", with: "%2F"))
        let form = try await visitor.get(login)
        #expect(form.body.contains("<input type=\"hidden\" name=\"ke\" value=\"\(first)\">"))
        // A wrong PIN keeps where to go.
        let wrong = try await visitor.post("/masuk", [("nama", "budi"), ("pin", "000000"), ("ke", first)])
        #expect(wrong.status == .unauthorized)
        #expect(wrong.body.contains("<input type=\"hidden\" name=\"ke\" value=\"\(first)\">"))
        let back = try await visitor.post("/masuk", [("nama", "budi"), ("pin", Harness.pins["budi"]!), ("ke", first)])
        #expect(back.status == .seeOther)
        #expect(back.location == first)
        // Never another site, whatever `ke` says.
        for hostile in ["//evil.com", "https://evil.com/", "http://evil.com", "/\\evil.com", "/\\/evil.com", "javascript:alert(1)",
                        "evil.com", "/ok\r\nSet-Cookie: x=1", "/%2F%2Fevil.com/../", "/keluar", ""] {
            let other = harness.browser(address: "192.0.2.21")
            let page = try await other.get("/masuk?ke=" + (hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            // An encoded "//" stays a path of this desk (the browser asks this host for it): kept.
            #expect(page.body.contains("name=\"ke\"") == (hostile == "/%2F%2Fevil.com/../"), "\(hostile)")
            let reply = try await other.post("/masuk", [("nama", "budi"), ("pin", Harness.pins["budi"]!), ("ke", hostile)])
            #expect(reply.status == .seeOther)
            #expect(reply.location == "/" || (hostile == "/%2F%2Fevil.com/../" && reply.location == hostile), "\(hostile)")
        }
        // Logged in already: /masuk?ke= goes there, a hostile one to the worklist.
        #expect(try await budi.get("/masuk?ke=%2Fkasus").location == "/kasus")
        #expect(try await budi.get("/masuk?ke=%2F%2Fevil.com").location == "/")
    }

    @Test func theRosterAdministratorReadsTheDeskButWritesNothing() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), ani = harness.browser(address: "192.0.2.30")
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let login = try await ani.login("ani")
        #expect(login.status == .seeOther)
        #expect(login.location == "/")
        let list = try await ani.get("/")
        #expect(list.status == .ok)
        #expect(list.body.contains("id=\"hanya-baca\""))
        #expect(list.body.contains("Masuk sebagai ani") || list.body.contains("pengelola peran"))
        #expect(list.body.contains("<a href=\"/laporan\">Laporan</a>"))
        let timeline = try await ani.get("/kasus/\(id)")
        #expect(timeline.status == .ok)
        #expect(timeline.body.contains("<strong id=\"status-kasus\">terbuka</strong>") || timeline.body.contains("id=\"status-kasus\""))
        #expect(!timeline.body.contains("id=\"jedakan\"") && !timeline.body.contains("id=\"batalkan\"") && !timeline.body.contains("form id=\"koreksi\""))
        #expect(try await ani.get("/laporan").status == .ok)
        // The receipt too (the role check lets the administrator read it).
        let receipt = try await ani.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok || receipt.status == .conflict, "\(receipt.status)")
        try await ani.get("/")
        #expect(try await ani.post("/cari-kasus", [("nomor", id)]).location == "/kasus/\(id)")
        // No step, no pause, no cancel, no correction, no start: refused on the server.
        let events = try harness.store().events(of: CaseID(id)).count
        #expect(try await ani.get(first).status == .forbidden)
        #expect(try await ani.post(first, Self.typed + [("versi", "1")]).status == .forbidden)
        #expect(try await ani.post("/kasus/\(id)/jeda", []).status == .forbidden)
        #expect(try await ani.post("/kasus/\(id)/batal", [("alasan", "x"), ("yakin", "ya")]).status == .forbidden)
        #expect(try await ani.post("/kasus/\(id)/koreksi", [("langkah", CaseFlowTests.stepID("1")), ("sasaran", "isian"),
                                                            ("nama", "nama"), ("nilai", "X"), ("alasan", "y")]).status == .forbidden)
        #expect(try await ani.post("/sop/01/mulai", []).status == .forbidden)
        #expect(try harness.store().events(of: CaseID(id)).count == events)
    }

    @Test func pauseAndCancelConfirmationsNameTheCaseAndTheHandOverLinksIt() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        for number in ["1", "2"] {
            let url = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID(number))"
            let page = try await budi.get(number == "1" ? first : url)
            let done = try await budi.postMultipart(url, try Self.fields(number) + [("versi", CaseFlowTests.versi(page.body))], files: [:])
            #expect(done.status == .seeOther)
            if number == "2" {
                let list = try await budi.get(try #require(done.location))
                #expect(list.body.contains("<p id=\"serah-kasus\"><a href=\"/kasus/\(id)\">Lihat kasus \(id)</a></p>"))
            }
        }
        let uraian = try #require(CaseFlowTests.sop.step(CaseFlowTests.stepID("3"))?.uraian.value)
        for (path, title) in [("jeda", "Jeda kasus \(id)?"), ("batal", "Batalkan kasus \(id)?")] {
            let page = try await citra.get("/kasus/\(id)/\(path)")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>\(title)</h1>"))
            let which = try #require(page.body.components(separatedBy: "<dl class=\"fakta\" id=\"kasus-ini\">").last?
                .components(separatedBy: "</dl>").first)
            #expect(which.contains("\(id) · SOP 01"))
            #expect(which.contains("<dt>Perihal</dt><dd>Siti Aminah · Menanyakan syarat izin usaha mikro</dd>"))
            #expect(which.contains(HTML.escape(uraian)) && which.contains("(Staf layanan pengaduan)"))
        }
        // A cancel sent without "Saya yakin": the case is still named.
        let refused = try await citra.post("/kasus/\(id)/batal", [("alasan", "x")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("id=\"kasus-ini\""))
        // A case number typed into the worklist's box.
        try await citra.get("/")
        #expect(try await citra.post("/cari-kasus", [("nomor", " \(id) ")]).location == "/kasus/\(id)")
        #expect(try await citra.post("/cari-kasus", [("nomor", "../sop")]).location == nil)
        #expect(try await citra.post("/cari-kasus", [("nomor", "01-2026-999999")]).location == "/kasus/01-2026-999999")
        #expect(try await citra.get("/kasus/01-2026-999999").status == .notFound)
    }

    @Test func theLoginPageTellsEveryRefusalTheSameAndDoesNotForceADigitKeypad() async throws {
        let harness = try await Harness()
        let page = try await harness.browser().get("/masuk")
        #expect(page.body.contains("id=\"pin\" name=\"pin\" autocomplete=\"current-password\" required>"))
        let wrong = try await harness.browser().login("budi", pin: "000000")
        let unknown = try await harness.browser().login("budx", pin: "000000")
        let hint = "<p class=\"kecil\" id=\"petunjuk-kunci\">Setelah 5 kali salah berturut-turut (PIN atau kode satu kali) nama dikunci 15 menit"
        #expect(wrong.body.contains(hint) && unknown.body.contains(hint))
        // Locked: the right PIN gets exactly the answer of a wrong one (the lock is not revealed).
        let guesser = harness.browser()
        try await guesser.get("/masuk")
        for _ in 0..<5 { try await guesser.post("/masuk", [("nama", "citra"), ("pin", "999999")]) }
        let locked = try await guesser.post("/masuk", [("nama", "citra"), ("pin", Harness.pins["citra"]!)])
        #expect(locked.status == .unauthorized)
        let strip = { (body: String) in body.replacingOccurrences(of: "value=\"citra\"", with: "").replacingOccurrences(of: "value=\"budx\"", with: "") }
        let said = { (body: String) in strip(body).components(separatedBy: "role=\"alert\"").last?.components(separatedBy: "<section>").first }
        #expect(said(locked.body) != nil)
        #expect(said(locked.body) == said(unknown.body))
    }
}
