import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// SOP 01 through the web desk's routes, as two desks (budi at reception, citra at the
/// complaints desk) would work it.
@Suite struct CaseFlowTests {
    static let sop: SOP = SOPLoader.load(path: Harness.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml").path).sop!

    static func stepID(_ number: String) -> String { sop.steps.first { $0.number == number }!.id.value }

    /// The step form's fields for one entry of an answers file (Tests/Fixtures/answers).
    static func fields(for entry: AnswerScript.Entry, step: Step) -> [(String, String)] {
        var fields: [(String, String)] = []
        for (index, item) in step.mutuBaku.kelengkapan.enumerated() where CaseSession.yesNo(entry.kelengkapan[item.text.value] ?? "") == true {
            fields.append(("k.\(index)", "ada"))
        }
        // An item answered "tidak" is recorded missing as the form's confirmation says.
        if step.mutuBaku.kelengkapan.contains(where: { CaseSession.yesNo(entry.kelengkapan[$0.text.value] ?? "") == false }) {
            fields.append(("kurang", "ya"))
        }
        for (name, value) in entry.fields { fields.append(("f.\(name)", value)) }
        for (index, item) in step.mutuBaku.output.enumerated() {
            if let text = entry.outputs[item.value] { fields.append(("o.\(index)", text)) }
        }
        if !entry.notes.isEmpty { fields.append(("catatan", entry.notes.joined(separator: "\n"))) }
        if let branch = entry.branch { fields.append(("cabang", branch)) }
        return fields
    }

    static func versi(_ html: String) -> String {
        guard let range = html.range(of: "name=\"versi\" value=\"") else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Starts a case of SOP 01 as budi; returns its id and the first step page's URL.
    static func start(_ budi: Harness.Browser) async throws -> (String, String) {
        let list = try await budi.get("/sop")
        #expect(list.body.contains("class=\"mulai\" data-sop=\"01\""))
        try await budi.get("/sop/01/mulai")
        let started = try await budi.post("/sop/01/mulai", [])
        #expect(started.status == .seeOther)
        let location = try #require(started.location)
        let id = String(location.split(separator: "/")[1])
        return (id, location)
    }

    @Test func aWholeSOP01CaseRunsThroughTheRoutes() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let script = try AnswerScript.parse(bytes: Array(Data(contentsOf: Harness.root.appendingPathComponent("Tests/Fixtures/answers/01-lengkap.yaml"))),
                                            path: "01-lengkap.yaml").get()
        let (id, first) = try await Self.start(budi)
        #expect(id == "01-2026-000001")
        #expect(first == "/kasus/\(id)/langkah/\(Self.stepID("1"))")
        for entry in script.entries {
            let number = try #require(entry.step?.value)
            let step = try #require(Self.sop.steps.first { $0.number == number })
            let desk = ["1", "2"].contains(number) ? budi : citra
            let url = "/kasus/\(id)/langkah/\(step.id.value)"
            let page = try await desk.get(url)
            #expect(page.status == .ok, "step \(number)")
            for section in ["section id=\"uraian\"", "section id=\"mutu-baku\"", "section id=\"sejauh-ini\"", "form id=\"langkah\""] {
                #expect(page.body.contains(section), "step \(number): \(section)")
            }
            let done = try await desk.postMultipart(url, Self.fields(for: entry, step: step) + [("versi", Self.versi(page.body))], files: [:])
            #expect(done.status == .seeOther, "step \(number): \(done.body)")
            if number == "2" {
                // Handed over: budi's worklist says where it went; citra's shows it.
                #expect(done.location == "/?serah=\(id)")
                let notice = try await budi.get(try #require(done.location))
                #expect(notice.body.contains("Kegiatan 3 kasus \(id) diserahkan ke Staf layanan pengaduan."))
                let list = try await citra.get("/")
                #expect(list.body.contains("data-kasus=\"\(id)\" data-langkah=\"\(Self.stepID("3"))\""))
                #expect(list.body.contains("Siti Aminah · Menanyakan syarat izin usaha mikro"))
                // The next desk sees the case so far, personal values masked.
                let three = try await citra.get("/kasus/\(id)/langkah/\(Self.stepID("3"))")
                #expect(three.body.contains("3573••••••••0001"))
                #expect(!three.body.contains("3573014101900001"))
                #expect(!three.body.contains("0812-3456-7890"))
                // Step 3's Kelengkapan is the office's own file, not listed on the receipt (tester 24's finding 5).
                #expect(three.body.contains("Centang yang ada. Yang tidak dicentang dicatat TIDAK ADA (kurang) dalam riwayat kasus."))
                #expect(!three.body.contains("diterima dari pemohon"))
            }
        }
        let timeline = try await citra.get("/kasus/\(id)")
        #expect(timeline.body.contains("<strong id=\"status-kasus\">selesai</strong>"))
        #expect(timeline.body.contains("ol id=\"linimasa\""))
        let events = try harness.store().events(of: CaseID(id))
        #expect(events.contains { if case .caseCompleted = $0.kind { true } else { false } })
        #expect(Set(events.map(\.operatorName)) == ["budi", "citra"])
        #expect(harness.changes.all.first?.kind == .started)
        #expect(harness.changes.all.last?.kind == .completed)

        // The receipt: the tracking code, no NIK or phone.
        let receipt = try await citra.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok)
        let tracking = try #require(try harness.store().summary(of: CaseID(id))?.projection.lookup.tracking)
        #expect(receipt.body.contains(tracking))
        #expect(!receipt.body.contains("3573014101900001") && !receipt.body.contains("0812-3456-7890"))
        let policy = try #require(receipt.headers[.contentSecurityPolicy])
        #expect(policy.contains("style-src 'self' 'sha256-"))
        #expect(!policy.contains("unsafe-inline"))
        let text = try await citra.get("/kasus/\(id)/tanda-terima?ukuran=58&format=teks")
        #expect(text.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(text.body.contains(tracking))

        // The public status page: no login, no personal data, no staff names.
        let visitor = harness.browser(address: "203.0.113.5")
        try await visitor.get("/status")
        let status = try await visitor.post("/status", [("kode", tracking)])
        #expect(status.status == .ok)
        #expect(status.body.contains("<section id=\"hasil-status\"><h2 id=\"kode-dicek\">Kode lacak: <span class=\"kode-lacak\">\(tracking)</span></h2>"
            + "<p>Layanan: SOP 01 · Pelayanan Pengaduan Langsung</p>"))
        #expect(status.body.contains("Pelayanan Pengaduan Langsung"))
        for personal in ["Siti", "3573", "0812", "budi", "citra", id] { #expect(!status.body.contains(personal), "\(personal)") }
        let unknown = try await visitor.post("/status", [("kode", "2222-2222-22")])
        #expect(unknown.status == .notFound)
    }

    @Test func aBadNIKIsRefusedNextToItsFieldAndNothingIsWritten() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await Self.start(budi)
        let page = try await budi.get(url)
        let before = try harness.store().events(of: CaseID(id)).count
        let reply = try await budi.post(url, [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900"),
                                              ("f.telepon", "0812 3456 7890"), ("f.cara_menghubungi", "Telepon"),
                                              ("f.maksud", "Menanyakan izin"), ("o.0", "dicatat"), ("versi", Self.versi(page.body))])
        #expect(reply.status == .unprocessableContent)
        #expect(reply.body.contains("<div class=\"galat\" id=\"galat-f.nik\" data-untuk=\"f.nik\" role=\"alert\">NIK harus 16 angka; tertulis 13 karakter (13 angka)</div>"))
        #expect(reply.body.contains("name=\"f.nik\" value=\"3573014101900\" inputmode=\"numeric\" autocomplete=\"off\" aria-invalid=\"true\" aria-describedby=\"petunjuk-f.nik galat-f.nik\" autofocus>"))
        // What was typed comes back to be fixed, the personal values too.
        #expect(reply.body.contains("value=\"Siti Aminah\""))
        #expect(reply.body.contains("name=\"f.telepon\" value=\"0812 3456 7890\""))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
    }

    @Test func aPostWithoutTheCSRFTokenIsRefused() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let forged = try await budi.post("/sop/01/mulai", [], csrf: nil)
        #expect(forged.status == .forbidden)
        let wrong = try await budi.post("/sop/01/mulai", [], csrf: "x" + String(repeating: "A", count: 42))
        #expect(wrong.status == .forbidden)
        #expect(try harness.store().cases(CaseFilter()).isEmpty)
        // Before login too: the login form's token is the cookie's.
        let stranger = harness.browser(address: "192.0.2.99")
        #expect(try await stranger.post("/masuk", [("nama", "budi"), ("pin", "246810")], csrf: nil).status == .forbidden)
    }

    @Test func aHandForgedPostForARoleNotHeldIsRefusedAndNothingWritten() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, url) = try await Self.start(budi)
        // citra holds staf-pengaduan, not resepsionis: step 1 is not hers.
        #expect(try await citra.get(url).status == .forbidden)
        try await citra.get("/")
        let before = try harness.store().events(of: CaseID(id)).count
        let forged = try await citra.post(url, [("k.0", "ada"), ("f.nama", "X"), ("f.telepon", "081234567890"),
                                                ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"), ("o.0", "x")])
        #expect(forged.status == .forbidden)
        // (She holds another role of the SOP: the page says whose step it is and links the case.)
        #expect(forged.body.contains("Kegiatan 1 kasus \(id) adalah giliran peran &#39;Resepsionis&#39;, bukan peran Anda."))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        // Nor may she start a case whose first step she does not record.
        #expect(try await citra.post("/sop/01/mulai", []).status == .forbidden)
    }

    @Test func anotherDeskAnsweringFirstGives409AndTheFreshPage() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await Self.start(budi)
        let page = try await budi.get(url)
        // The terminal (another desk, as budi too) answers the name first.
        let store = try harness.store()
        let state = CaseState(id: CaseID(id), events: try store.events(of: CaseID(id)))
        let engine = Engine(sop: Self.sop)
        let step = Self.stepID("1")
        let kinds = try engine.execute(.answerField(step: step, field: "nama", value: "Ani Lestari"), on: state,
                                       by: Operator(name: "budi", roles: ["resepsionis"]), at: Harness.monday)
        var next = state
        let events = kinds.map { CaseEvent(sequence: state.lastSequence + 1, at: Harness.monday, operatorName: "budi", role: "resepsionis", kind: $0) }
        events.forEach { next.apply($0) }
        try store.append(events, to: CaseID(id), projection: try #require(next.projection(sop: Self.sop)))
        let reply = try await budi.post(url, [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "081234567890"),
                                              ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"), ("o.0", "x"),
                                              ("versi", Self.versi(page.body))])
        #expect(reply.status == .conflict)
        #expect(reply.body.contains("section class=\"bentrok\" id=\"bentrok\""))
        // budi himself, at the terminal: said as his own change, not as someone else's (tester7 F8).
        #expect(reply.body.contains("Kasus ini baru saja diubah oleh Anda sendiri (budi) di jendela atau tab lain, atau di terminal"))
        #expect(!reply.body.contains("orang lain"))
        // What budi typed is kept: the output and the other answers.
        #expect(reply.body.contains("<textarea id=\"o.0\" name=\"o.0\" aria-describedby=\"o.0-formulir\">x</textarea>"))
        #expect(reply.body.contains("name=\"f.telepon\" value=\"081234567890\""))
        #expect(try store.events(of: CaseID(id)).count == state.lastSequence + 1)
    }

    @Test func anUploadOverTheLimitIs413AndAnUnknownTypeIs415() async throws {
        let harness = try await Harness(configure: { $0.maxUpload = 4096 })
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, url) = try await Self.start(budi)
        let page = try await budi.get(url)
        let big = try await budi.postMultipart(url, [("versi", Self.versi(page.body))],
                                               files: ["of.0": ("besar.pdf", Array("%PDF-".utf8) + [UInt8](repeating: 65, count: 200_000))])
        #expect(big.status == .contentTooLarge)
        #expect(big.body.contains("Berkas lebih besar dari batas 4 KB."))
        let odd = try await budi.postMultipart(url, [("k.0", "ada"), ("f.nama", "Siti"), ("f.telepon", "081234567890"),
                                                     ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"), ("versi", Self.versi(page.body))],
                                               files: ["of.0": ("x.exe", [0x4D, 0x5A, 0x90, 0x00])])
        #expect(odd.status == .unsupportedMediaType)
        #expect(odd.body.contains("data-untuk=\"o.0\""))
        // A PDF within the limit is stored with its SHA-256.
        let pdf = Array("%PDF-1.4 surat".utf8)
        let ok = try await budi.postMultipart(url, [("k.0", "ada"), ("f.nama", "Siti"), ("f.telepon", "081234567890"),
                                                    ("f.cara_menghubungi", "Telepon"), ("f.maksud", "x"), ("versi", Self.versi(page.body))],
                                              files: ["of.0": ("surat.pdf", pdf)])
        #expect(ok.status == .seeOther)
        #expect(try harness.store().attachment(sha256: SHA256.hex(pdf)) == pdf)
    }

    @Test func correctionPauseResumeAndACancellationThatAsksForConfirmation() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, url) = try await Self.start(budi)
        let page = try await budi.get(url)
        #expect(try await budi.post(url, [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.telepon", "0812 3456 7890"),
                                          ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Izin"), ("o.0", "dicatat"),
                                          ("versi", Self.versi(page.body))]).status == .seeOther)
        let step1 = Self.stepID("1")
        // A correction is validated as the field's own answer, and needs the step's role.
        let bad = try await budi.post("/kasus/\(id)/koreksi", [("langkah", step1), ("sasaran", "isian"), ("nama", "telepon"),
                                                                ("nilai", "12"), ("alasan", "salah ketik")])
        #expect(bad.status == .unprocessableContent)
        #expect(bad.body.contains("data-untuk=\"nilai\""), "said under Nilai baru (web7)")
        try await citra.get("/kasus/\(id)")
        #expect(try await citra.post("/kasus/\(id)/koreksi", [("langkah", step1), ("sasaran", "isian"), ("nama", "telepon"),
                                                               ("nilai", "0813 1111 2222"), ("alasan", "salah ketik")]).status == .forbidden)
        let fixed = try await budi.post("/kasus/\(id)/koreksi", [("langkah", step1), ("sasaran", "isian"), ("nama", "telepon"),
                                                                  ("nilai", "0813 1111 2222"), ("alasan", "salah ketik")])
        #expect(fixed.status == .seeOther)
        let after = try await budi.get(try #require(fixed.location))
        #expect(after.body.contains("Koreksi disimpan."))
        #expect(!after.body.contains("0813 1111 2222") && !after.body.contains("081311112222"))
        // Pause (confirmed on its own page), resume.
        #expect(try await budi.get("/kasus/\(id)/jeda").body.contains("form id=\"jeda\""))
        #expect(try await budi.post("/kasus/\(id)/jeda", []).status == .seeOther)
        #expect(try await budi.get("/kasus/\(id)").body.contains("<strong id=\"status-kasus\">dijeda</strong>"))
        #expect(try await budi.post("/kasus/\(id)/lanjut", []).status == .seeOther)
        // Cancel: without the confirmation nothing is written.
        let before = try harness.store().events(of: CaseID(id)).count
        let unsure = try await budi.post("/kasus/\(id)/batal", [("alasan", "pelapor membatalkan")])
        #expect(unsure.status == .unprocessableContent)
        #expect(unsure.body.contains("Centang konfirmasi untuk membatalkan."))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        #expect(try await budi.post("/kasus/\(id)/batal", [("alasan", "pelapor membatalkan"), ("yakin", "ya")]).status == .seeOther)
        #expect(try harness.store().summary(of: CaseID(id))?.projection.status == .cancelled)
    }

    @Test func bahasaIsTheDefaultWhateverTheBrowserAsksEnglishOnlyByLangOrTheLink() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        func page(_ uri: String, _ accept: String) async throws -> String {
            try await browser.send(.get, uri, body: [], contentType: nil, headers: [.acceptLanguage: accept]).body
        }
        #expect(try await page("/masuk", "en-US,en;q=0.9").contains("Nama operator"))
        #expect(try await page("/masuk", "id-ID").contains("Nama operator"))
        // The page's language link, remembered in a cookie.
        #expect(try await page("/masuk?lang=en", "id-ID").contains("Operator name"))
        #expect(try await page("/masuk", "id-ID").contains("Operator name"))
        // The server's --lang en.
        let english = try await Harness(configure: { $0.language = .en })
        #expect(try await english.browser().send(.get, "/masuk", body: [], contentType: nil, headers: [.acceptLanguage: "id-ID"]).body
            .contains("Operator name"))
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        for uri in ["/masuk", "/status", "/tidak-ada", "/healthz"] {
            let reply = try await browser.get(uri)
            #expect(reply.headers[.contentSecurityPolicy] == "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'", "\(uri)")
            #expect(reply.headers[.xContentTypeOptions] == "nosniff")
            #expect(reply.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(reply.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
        }
        let missing = try await browser.get("/tidak-ada")
        #expect(missing.status == .notFound)
        #expect(missing.body.contains("Halaman atau kasus tidak ditemukan."))
        #expect(!missing.body.contains("<style") && !missing.body.contains("<script>"))
        let english = try await browser.get("/masuk?lang=en")
        #expect(english.body.contains("Operator name"))
        #expect(try await browser.get("/masuk").body.contains("Operator name"), "the choice is remembered")
    }
}
