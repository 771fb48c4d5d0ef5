import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// The operator's own case list (/kasus-saya), the public status page after a lookup (the code
/// repeated, another code asked for), and the 409 banner that tells the operator's own change from
/// someone else's.
@Suite struct MyCasesStatusAnswerAndOwnChangeTests {
    /// The table row of `id` on a list page.
    static func row(_ body: String, _ id: String) -> String? {
        guard let start = body.range(of: "data-kasus=\"\(id)\"") else { return nil }
        return String(body[start.upperBound...].prefix { _ in true }.components(separatedBy: "</tr>")[0])
    }

    @Test func myCasesListsWhatIStartedOrActedInRunningFirstLinkedAndReadableOnly() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        // Case 1: budi starts it and hands it over (kegiatan 1 and 2 done, 3 waits for citra).
        let (first, step1) = try await CaseFlowTests.start(budi)
        let page1 = try await budi.get(step1)
        let sent1 = try await budi.postMultipart(step1, try StaleFormsAndConfirmationsTests.fields("1") + [("versi", CaseFlowTests.versi(page1.body))],
                                                 files: [:])
        #expect(sent1.status == .seeOther)
        let step2 = try #require(sent1.location)
        let page2 = try await budi.get(step2)
        #expect(try await budi.postMultipart(step2, try StaleFormsAndConfirmationsTests.fields("2") + [("versi", CaseFlowTests.versi(page2.body))],
                                             files: [:]).status == .seeOther)
        // Case 2: started, then cancelled by budi (finished: listed after the running one).
        let (second, _) = try await CaseFlowTests.start(budi)
        try await budi.get("/kasus/\(second)/batal")
        #expect(try await budi.post("/kasus/\(second)/batal", [("alasan", "pelapor menarik pengaduan"), ("yakin", "ya")]).status == .seeOther)
        // Case 3: started, waiting at kegiatan 1.
        let (third, _) = try await CaseFlowTests.start(budi)

        let mine = try await budi.get("/kasus-saya")
        #expect(mine.status == .ok)
        #expect(mine.body.contains("<h1>Kasus saya</h1>"))
        #expect(mine.body.contains("<a href=\"/kasus-saya\">Kasus saya</a>"))
        // Each linked to its timeline; the running ones first, then the cancelled one.
        let positions = try [first, second, third].map { id in try #require(mine.body.range(of: "data-kasus=\"\(id)\"")).lowerBound }
        #expect(positions[0] < positions[1] && positions[2] < positions[1])
        for id in [first, second, third] { #expect(mine.body.contains("<a href=\"/kasus/\(id)\">\(id)</a>")) }
        let handed = try #require(Self.row(mine.body, first))
        #expect(handed.contains("Kegiatan 3 · Staf Layanan Pengaduan") || handed.contains("Kegiatan 3 · "))
        #expect(handed.contains("SOP 01 · Pelayanan Pengaduan Langsung"))
        #expect(handed.contains("Siti Aminah") || handed.contains("data-label=\"Perihal\""))
        #expect(handed.contains("30-11-2026"))
        let waiting = try #require(Self.row(mine.body, third))
        #expect(waiting.contains("Kegiatan 1 · Resepsionis"))
        let cancelled = try #require(Self.row(mine.body, second))
        #expect(cancelled.contains("<td data-label=\"Sekarang\">dibatalkan 30-11-2026 09.00 WIB</td>"))
        #expect(cancelled.contains("<td data-label=\"Batas\">-</td>"))
        // At phone width each row is a card: the cells carry their labels.
        #expect(mine.body.contains("<table id=\"daftar-kasus\" class=\"kasus-saya kartu\">"))
        #expect(mine.body.contains("data-label=\"Sekarang\""))

        // citra has acted in none yet, though case 1 waits for her role.
        let hers = try await citra.get("/kasus-saya")
        #expect(hers.body.contains("Belum ada kasus yang Anda mulai atau kerjakan."))
        #expect(!hers.body.contains("data-kasus="))
        // Once she acts in case 1 (kegiatan 3 done), it is hers too.
        let step3 = "/kasus/\(first)/langkah/\(CaseFlowTests.stepID("3"))"
        let page3 = try await citra.get(step3)
        #expect(try await citra.postMultipart(step3, try StaleFormsAndConfirmationsTests.fields("3") + [("versi", CaseFlowTests.versi(page3.body))],
                                              files: [:]).status == .seeOther)
        let now = try await citra.get("/kasus-saya")
        #expect(now.body.contains("data-kasus=\"\(first)\""))
        #expect(!now.body.contains("data-kasus=\"\(third)\""))

        // In English on request.
        let english = try await budi.get("/kasus-saya?lang=en")
        #expect(english.body.contains("<h1>My cases</h1>") && english.body.contains("Step 1 · Resepsionis"))
        #expect(english.body.contains("<td data-label=\"Now\">") && english.body.contains("<th>Now</th>"))

        // Only what the operator's roles may read now: budi's role revoked, his cases are not listed.
        let store = try harness.store()
        try LeaverFindingTests.keepAtTheDesk("budi", in: store)
        let roster = Roster(history: try store.rosterHistory())
        try store.appendRoster(RosterEntry(sequence: roster.nextSequence, at: Harness.monday, by: "ani", action: .revoke,
                                           operatorName: "budi", role: "resepsionis", sop: nil))
        let revoked = try await budi.get("/kasus-saya")
        #expect(revoked.status == .ok)
        #expect(!revoked.body.contains("data-kasus="))
        // Logged out: to the login, and back here after it.
        let stranger = harness.browser(address: "192.0.2.50")
        let away = try await stranger.get("/kasus-saya")
        #expect(away.status == .seeOther && away.location?.hasPrefix("/masuk") == true)
    }

    @Test func theStatusAnswerRepeatsTheCodeAndAsksForAnotherWithoutGoingBack() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let tracking = try #require(try harness.store().summary(of: CaseID(id))?.projection.lookup.tracking)
        let visitor = harness.browser(address: "203.0.113.5")
        try await visitor.get("/status")
        let answer = try await visitor.post("/status", [("kode", tracking.lowercased().replacingOccurrences(of: "-", with: ""))])
        #expect(answer.status == .ok)
        #expect(answer.body.contains("<h2 id=\"kode-dicek\">Kode lacak: <span class=\"kode-lacak\">\(tracking)</span></h2>"))
        // The form for another code is on the same page, empty, its button saying so.
        let form = try #require(answer.body.components(separatedBy: "<section id=\"cek-lagi\">").last)
        #expect(form.contains("<h2>Cek kode lain</h2>"))
        #expect(form.contains("<form id=\"cek-status\" method=\"post\" action=\"/status\">"))
        #expect(form.contains("name=\"kode\" autocomplete=\"off\" autocapitalize=\"characters\" maxlength=\"64\" required>"))
        #expect(form.contains("<button type=\"submit\">Cek kode lain</button>"))
        // Another code from there: a code nobody has is said so, and what was typed stays to correct.
        let unknown = try await visitor.post("/status", [("kode", "2222-2222-22")])
        #expect(unknown.status == .notFound)
        #expect(unknown.body.contains("value=\"2222-2222-22\""))
        #expect(!unknown.body.contains("kode-dicek"))
        // Typed markup is escaped, never echoed raw.
        let odd = try await visitor.post("/status", [("kode", "<b>x</b>")])
        #expect(odd.status == .unprocessableContent)
        #expect(odd.body.contains("value=\"&lt;b&gt;x&lt;/b&gt;\"") && !odd.body.contains("<b>x</b>"))
        let english = try await visitor.post("/status?lang=en", [("kode", tracking)])
        #expect(english.body.contains("Tracking code: <span class=\"kode-lacak\">\(tracking)</span>") && english.body.contains("Check another code"))
    }

    /// An answer of kegiatan 1 written straight into the store (the terminal's way) by `name`.
    static func answer(_ harness: Harness, _ id: String, as name: String, field: String, value: String) throws {
        try WhatEachRoleSeesTests.answerAtTheTerminal(harness, id, step: CaseFlowTests.stepID("1"), field: field, value: value, as: name)
    }

    @Test func theStaleBannerNamesAnotherOperatorAsSomeoneElseAndTheOperatorAsThemself() async throws {
        let harness = try await Harness(grants: [("budi", "resepsionis"), ("citra", "staf-pengaduan"), ("citra", "resepsionis")])
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let typed: [(String, String)] = [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "081234567890"),
                                         ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"), ("o.0", "x")]
        // citra answers a field of the same step at her terminal: someone else, by name.
        let page = try await budi.get(url)
        try Self.answer(harness, id, as: "citra", field: "nama", value: "Ani Lestari")
        let first = try await budi.post(url, typed + [("versi", CaseFlowTests.versi(page.body))])
        #expect(first.status == .conflict)
        #expect(first.body.contains("Kasus ini baru saja diubah oleh orang lain (citra) sejak halaman ini Anda buka"))
        #expect(!first.body.contains("Anda sendiri"))
        // budi in another window and citra again: both, each as what they are.
        let again = try await budi.get(url)
        try Self.answer(harness, id, as: "budi", field: "maksud", value: "dari jendela lain")
        try Self.answer(harness, id, as: "citra", field: "nama", value: "Ani L.")
        let mixed = try await budi.post(url, typed + [("versi", CaseFlowTests.versi(again.body))])
        #expect(mixed.status == .conflict)
        #expect(mixed.body.contains("diubah oleh orang lain (citra) dan oleh Anda sendiri (budi) di jendela lain atau terminal"))
        // budi's other window alone: his own change, in English too.
        let third = try await budi.get(url + "?lang=en")
        try Self.answer(harness, id, as: "budi", field: "maksud", value: "sekali lagi")
        let own = try await budi.post(url + "?lang=en", typed + [("versi", CaseFlowTests.versi(third.body))])
        #expect(own.status == .conflict)
        #expect(own.body.contains("You yourself (budi) changed this case in another window or tab, or at the terminal"))
        #expect(!own.body.contains("Someone else"))
    }
}
