import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import SOPTerminal
import Testing

/// The web desk deployed on PostgreSQL behind nginx and used at desk and phone widths: finding a case
/// by NIK in a POST, the login limit behind a proxy, uploads that are not what they say, time used
/// and left that add up, the correction form's hints, the timeline, English units.
@Suite struct SearchProxyUploadsAndTimesTests {
    /// Steps 1 and 2 of SOP 01 by budi: the case waits at step 3 for citra.
    static func atStep3(_ harness: Harness, _ budi: Harness.Browser) async throws -> String {
        let (id, first) = try await CaseFlowTests.start(budi)
        for number in ["1", "2"] {
            let url = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID(number))"
            let page = try await budi.get(number == "1" ? first : url)
            let done = try await budi.postMultipart(url, try StaleFormsAndConfirmationsTests.fields(number) + [("versi", CaseFlowTests.versi(page.body))],
                                                    files: [:])
            #expect(done.status == .seeOther, "step \(number): \(done.body.prefix(300))")
        }
        return id
    }

    // MARK: 2. A NIK typed into the worklist's box

    @Test func aNIKTypedToFindACaseTravelsOnlyInAPostAndFindsTheCase() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        let id = try await Self.atStep3(harness, budi)
        let nik = try #require(try StaleFormsAndConfirmationsTests.fields("1").first { $0.0 == "f.nik" }?.1)
        let list = try await budi.get("/")
        #expect(list.body.contains("<form id=\"cari-kasus\" method=\"post\" action=\"/cari-kasus\">"))
        // The old GET (a value in the URL) is gone.
        #expect(try await budi.get("/cari-kasus?nomor=\(nik)").status == .notFound)
        let found = try await budi.post("/cari-kasus", [("nomor", nik)])
        #expect(found.status == .ok, "\(found.status)")
        #expect(found.location == nil)
        #expect(found.body.contains("<a href=\"/kasus/\(id)\">\(id)</a>"))
        #expect(!found.body.contains(nik), "the NIK is not repeated on the page")
        // A phone number written with dashes is searched too, never taken for a case number.
        let phone = try #require(try StaleFormsAndConfirmationsTests.fields("1").first { $0.0 == "f.telepon" }?.1)
        let byPhone = try await budi.post("/cari-kasus", [("nomor", phone)])
        #expect(byPhone.status == .ok && byPhone.body.contains("data-kasus=\"\(id)\""))
        // A case number still opens the case.
        #expect(try await budi.post("/cari-kasus", [("nomor", " \(id) ")]).location == "/kasus/\(id)")
        #expect(try await budi.post("/cari-kasus", [("nomor", "../sop")]).location == nil)
        try await citra.login("citra")
        try await citra.get("/")
        #expect(try await citra.post("/cari-kasus", [("nomor", nik)]).body.contains("data-kasus=\"\(id)\""))
        // Without a CSRF token: refused like every form.
        #expect(try await budi.post("/cari-kasus", [("nomor", nik)], csrf: "x").status == .forbidden)
    }

    @Test func aSearchListsOnlyCasesOfAnSOPTheSearcherHoldsARoleFor() async throws {
        let harness = try await Harness(grants: [("budi", "resepsionis")])
        // citra holds her role for another SOP only.
        try harness.store().appendRoster(RosterEntry(sequence: 3, at: Harness.monday.addingTimeInterval(-60), by: "ani", action: .grant,
                                                     operatorName: "citra", role: "staf-pengaduan", sop: "99"))
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        let id = try await Self.atStep3(harness, budi)
        let nik = try #require(try StaleFormsAndConfirmationsTests.fields("1").first { $0.0 == "f.nik" }?.1)
        #expect(try await budi.post("/cari-kasus", [("nomor", nik)]).body.contains("data-kasus=\"\(id)\""))
        try await citra.login("citra")
        try await citra.get("/")
        let theirs = try await citra.post("/cari-kasus", [("nomor", nik)])
        #expect(theirs.status == .ok && !theirs.body.contains(id))
        #expect(theirs.body.contains("Tidak ada kasus yang cocok dan boleh Anda baca."))
    }

    // MARK: 3. --trusted-proxy believes X-Forwarded-For only from the proxy

    static func login(_ browser: Harness.Browser, forwardedFor: String) async throws -> HTTPResponse.Status {
        try await browser.get("/masuk")
        let body = "nama=budi&pin=000000&csrf=\(browser.lastCSRF)"
        var headers: HTTPFields = [:]
        headers[HTTPField.Name("X-Forwarded-For")!] = forwardedFor
        return try await browser.send(.post, "/masuk", body: Array(body.utf8), contentType: "application/x-www-form-urlencoded",
                                      headers: headers).status
    }

    @Test func aClientReachingThePortDirectlyCannotDodgeTheLoginLimitWithXForwardedFor() async throws {
        let harness = try await Harness(configure: { $0.trustedProxy = true; $0.loginAttemptsPerMinute = 3 })
        // From a LAN address, a new X-Forwarded-For each time: counted by the socket's address.
        let direct = harness.browser(address: "192.0.2.2")
        var statuses: [HTTPResponse.Status] = []
        for n in 1...5 { statuses.append(try await Self.login(direct, forwardedFor: "10.0.0.\(n)")) }
        #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests }, "\(statuses)")
        // nginx on loopback: each client behind it counted by the address nginx gives.
        let nginx = harness.browser(address: "127.0.0.1")
        for n in 1...5 { #expect(try await Self.login(nginx, forwardedFor: "10.0.1.\(n)") != .tooManyRequests) }
        // A proxy on another machine, listed with --proxy-address.
        let listed = try await Harness(configure: { $0.trustedProxy = true; $0.proxyAddresses = ["192.0.2.7"]; $0.loginAttemptsPerMinute = 3 })
        let proxy = listed.browser(address: "192.0.2.7")
        for n in 1...5 { #expect(try await Self.login(proxy, forwardedFor: "10.0.2.\(n)") != .tooManyRequests) }
        let other = listed.browser(address: "192.0.2.8")
        var last: HTTPResponse.Status = .ok
        for n in 1...5 { last = try await Self.login(other, forwardedFor: "10.0.3.\(n)") }
        #expect(last == .tooManyRequests)
        #expect(ProxyTrust(enabled: true).trusts("::ffff:127.0.0.1") && ProxyTrust(enabled: true).trusts("::1"))
        #expect(!ProxyTrust(enabled: false).trusts("127.0.0.1"))
        #expect(ProxyTrust.isAddress("10.0.0.5") && ProxyTrust.isAddress("fd00::5") && !ProxyTrust.isAddress("nginx.local")
                && !ProxyTrust.isAddress("10.0.0.0/8"))
    }

    // MARK: 4. A file named or declared PDF, JPEG or PNG is one

    @Test func textBytesNamedPDFOrPNGAreRefusedAndRealOnesAndTextAreTaken() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let typed = UploadFindingTests.typed(page.body)
        for name in ["fake.pdf", "foto.png", "foto.jpg"] {
            let reply = try await budi.postMultipart(first, typed, files: ["of.0": (name, Array("hello\n".utf8))])
            #expect(reply.status == .unsupportedMediaType, "\(name): \(reply.status)")
            #expect(reply.body.contains("Isi berkas &#39;\(name)&#39; bukan") || reply.body.contains("Isi berkas '\(name)' bukan"), "\(name)")
        }
        // A PNG named .pdf is not a PDF either.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        #expect(try await budi.postMultipart(first, typed, files: ["of.0": ("surat.pdf", png)]).status == .unsupportedMediaType)
        #expect(try harness.store().events(of: CaseID(id)).count == 2, "nothing written")
        let accepted = try await budi.postMultipart(first, typed, files: ["of.0": ("data.pdf", Array("%PDF-1.4\n".utf8) + [0x25, 0x25, 0x45, 0x4F, 0x46])])
        #expect(accepted.status == .seeOther, "\(accepted.body.prefix(400))")
    }

    // MARK: 5. 413: the note typed after the file comes back too

    @Test func aFileOverTheLimitKeepsTheNoteTypedBelowIt() async throws {
        let harness = try await Harness(configure: { $0.maxUpload = 4096 })
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        // As a browser sends the step form: the fields before the file, the file, then the note.
        let boundary = "----sopweb7"
        var body: [UInt8] = []
        func field(_ name: String, _ value: String) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, value) in UploadFindingTests.typed(page.body) + [("csrf", budi.lastCSRF)] { field(name, value) }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"of.0\"; filename=\"besar.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
        body += Array("%PDF-".utf8) + [UInt8](repeating: 65, count: 300_000) + Array("\r\n".utf8)
        field("catatan", "catatan penting dari HP")
        body += Array("--\(boundary)--\r\n".utf8)
        let reply = try await budi.send(.post, first, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
        #expect(reply.status == .contentTooLarge)
        #expect(reply.body.contains("<textarea id=\"catatan\" name=\"catatan\">catatan penting dari HP</textarea>"))
        #expect(reply.body.contains("value=\"Siti Aminah\""))
        #expect(reply.body.contains("Berkas lebih besar dari batas 4 KB."))
    }

    @Test func theNginxSiteLetsSopAnswerFirstAndHasItsOwnPagesInBahasa() throws {
        let deploy = Harness.root.appendingPathComponent("Deploy")
        let site = try String(contentsOf: deploy.appendingPathComponent("nginx-sop.conf"), encoding: .utf8)
        // sop reads up to four times its limit (plus 64 KB of fields each) to answer with the form.
        let line = try #require(site.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("client_max_body_size") })
        let megabytes = try #require(Int(line.filter(\.isNumber)))
        #expect(megabytes << 20 >= 4 * (ServerConfiguration().maxUpload + 64 * 1024), "\(line)")
        for (code, page) in [("413", "413.html"), ("502 503 504", "502.html")] {
            #expect(site.contains("error_page \(code) /galat/\(page);"))
            let html = try String(contentsOf: deploy.appendingPathComponent("galat/\(page)"), encoding: .utf8)
            #expect(html.contains("<html lang=\"id\">") && !html.contains("<script") && !html.contains("style="), "\(page)")
            #expect(html.contains("Kembali"), "\(page)")
        }
        #expect(site.contains("proxy_hide_header Strict-Transport-Security;"), "one HSTS header, nginx's")
    }

    // MARK: 6. Times that add up

    @Test func timeUsedAndSisaAddUpAfterAPauseAndUnderAMinute() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        harness.clock.set(Harness.monday.addingTimeInterval(20))
        let page = try await budi.get(first)
        #expect(try await budi.postMultipart(first, try StaleFormsAndConfirmationsTests.fields("1") + [("versi", CaseFlowTests.versi(page.body))],
                                             files: [:]).status == .seeOther)
        let second = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("2"))"
        let two = try await budi.get(second)
        #expect(try await budi.postMultipart(second, try StaleFormsAndConfirmationsTests.fields("2") + [("versi", CaseFlowTests.versi(two.body))],
                                             files: [:]).status == .seeOther)
        let start3 = harness.clock.now()
        // Step 3: a minute, a pause of ten, a minute more.
        harness.clock.set(start3.addingTimeInterval(60))
        try await citra.get("/kasus/\(id)/jeda")
        #expect(try await citra.post("/kasus/\(id)/jeda", []).status == .seeOther)
        harness.clock.set(start3.addingTimeInterval(11 * 60))
        try await citra.get("/")
        #expect(try await citra.post("/kasus/\(id)/lanjut", []).status == .seeOther)
        harness.clock.set(start3.addingTimeInterval(12 * 60))
        let third = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("3"))"
        let three = try await citra.get(third)
        #expect(three.body.contains("terpakai 2 menit dari standar 30 menit"), "the step page counts without the pause")
        #expect(try await citra.postMultipart(third, try StaleFormsAndConfirmationsTests.fields("3") + [("versi", CaseFlowTests.versi(three.body))],
                                              files: [:]).status == .seeOther)
        let page3 = try await budi.get("/kasus/\(id)").body
        let timeline = try #require(page3.components(separatedBy: "<ol id=\"linimasa\">").last)
        #expect(timeline.contains("09.00 WIB → 09.00 (kurang dari 1 menit) · standar 5 menit: tepat waktu, sisa hampir 5 menit"), "\(timeline)")
        #expect(timeline.contains("(12 menit; terhitung 2 menit) · standar 30 menit: tepat waktu, sisa 28 menit"), "\(timeline)")
        // The pause where it happened: after step 3's entry, before step 4's, drawn with a sign every font has.
        let pause = try #require(timeline.range(of: "‖ Dijeda oleh citra"))
        let step3 = try #require(timeline.range(of: "Staf layanan pengaduan menerima"))
        let step4 = try #require(timeline.range(of: "berkoordinasi dengan bidang terkait"))
        #expect(step3.lowerBound < pause.lowerBound && pause.lowerBound < step4.lowerBound)
        #expect(!timeline.contains("⏸"))
    }

    @Test func theWholeMinuteRuleSaysNothingUsedAsZeroNotUnderAMinute() {
        let time = TimeText(language: .id)
        let none = ClockWords.Minutes(used: 0, standard: 1800)
        #expect(none.usedText(time) == "0 menit" && none.detail(time).text(.id) == "sisa 30 menit")
        let under = ClockWords.Minutes(used: 20, standard: 300)
        #expect(under.usedText(time) == "kurang dari 1 menit" && under.detail(time).text(.id) == "sisa hampir 5 menit")
        let two = ClockWords.Minutes(used: 100, standard: 1800)
        #expect(two.usedText(time) == "2 menit" && two.detail(time).text(.id) == "sisa 28 menit")
        let late = ClockWords.Minutes(used: 1830, standard: 1800)
        #expect(late.late && late.usedText(time) == "31 menit" && late.detail(time).text(.id) == "lebih 1 menit")
    }

    // MARK: 7. Wording and placement

    @Test func aBadCorrectionIsSaidUnderNilaiBaruAndTheHintFollowsTheChoice() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        try await CorrectionFindingTests.answerStep1(budi, first)
        let item = "\(CaseFlowTests.stepID("1"))\tisian\ttelepon"
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.body.contains("data-petunjuk=\"Isian: tulis nilai yang benar"))
        #expect(page.body.contains("<p class=\"kecil\" id=\"k-nilai-petunjuk\">Pilih dulu butir yang dikoreksi"))
        let bad = try await budi.post("/kasus/\(id)/koreksi", [("butir", item), ("nilai", "12"), ("alasan", "salah ketik")])
        #expect(bad.status == .unprocessableContent)
        let value = try #require(bad.body.range(of: "id=\"k-nilai\""))
        let message = try #require(bad.body.range(of: "id=\"galat-nilai\""))
        let reason = try #require(bad.body.range(of: "<label for=\"k-alasan\">"))
        #expect(value.lowerBound < message.lowerBound && message.lowerBound < reason.lowerBound, "the message between Nilai baru and Alasan")
        #expect(bad.body.contains("aria-invalid=\"true\"") && bad.body.contains("aria-describedby=\"k-nilai-petunjuk galat-nilai\""))
        // The hint of the answer chosen, not the kelengkapan's.
        #expect(bad.body.contains("id=\"k-nilai-petunjuk\">Nomor telepon: 8-15 angka diawali 0, 62 atau +; nomor HP (08…) 10-13 angka."))
        // No reason: said under Alasan.
        let noReason = try await budi.post("/kasus/\(id)/koreksi", [("butir", item), ("nilai", "0813 2222 3333"), ("alasan", "")])
        #expect(noReason.body.contains("id=\"galat-alasan\"") && noReason.body.contains("Koreksi memerlukan alasan"))
        let app = try await budi.get("/static/app.js")
        #expect(app.body.contains("getAttribute('data-petunjuk')"))
    }

    @Test func theAdministratorsRefusedCancelSaysCancellingNotOpening() async throws {
        let harness = try await Harness()
        let budi = harness.browser(), ani = harness.browser(address: "192.0.2.12")
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        try await ani.login("ani")
        try await ani.get("/kasus/\(id)")
        for path in ["batal", "jeda"] {
            let refused = try await ani.post("/kasus/\(id)/\(path)", [("alasan", "x"), ("yakin", "ya")])
            #expect(refused.status == .forbidden)
            #expect(refused.body.contains("Menjeda, melanjutkan atau membatalkan kasus ini dilakukan oleh peran"), "\(path)")
            #expect(!refused.body.contains("dibuka oleh peran"))
        }
    }

    @Test func theTimelineSaysWhereTheCaseIsAndHidesTheHashFromStaff() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let id = try await Self.atStep3(harness, budi)
        let timeline = try await budi.get("/kasus/\(id)").body
        #expect(timeline.contains("<p id=\"posisi-kasus\">Sekarang: Kegiatan 3 · Staf layanan pengaduan menerima"))
        #expect(timeline.contains("— giliran Staf layanan pengaduan, batas "))
        #expect(!timeline.contains("sha256"), "the SOP's hash is for auditors")
        #expect(timeline.contains("→ belum dibuka, menunggu "), "the waiting step nobody opened, and how long it has waited")
        #expect(!timeline.contains("sedang dikerjakan"))
        // The worklist's step column has the step's words.
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let list = try await citra.get("/").body
        #expect(list.contains("<td data-label=\"Kegiatan\">3<div class=\"kecil\">Staf layanan pengaduan menerima, mencatat"))
        // A note is labelled as one on the next step's page.
        let third = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("3"))"
        let page = try await citra.get(third).body
        #expect(page.contains("<dt>2. Catatan (budi)</dt><dd>Staf pengaduan dihubungi lewat telepon internal</dd>"))
        #expect(!page.contains("<dt>1. budi</dt>") && !page.contains("<dt>2. budi</dt>"))
    }

    @Test func englishPagesSayTheStandardsUnitsInEnglish() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first + "?lang=en")
        #expect(page.body.contains("used of the 5 min standard"), "\(page.body)")
        #expect(!page.body.contains("5 menit"))
        try await CorrectionFindingTests.answerStep1(budi, first)
        let timeline = try await budi.get("/kasus/\(id)?lang=en").body
        #expect(timeline.contains("standard 5 min: within"), "\(timeline)")
    }
}
