import Foundation
import HTTPTypes
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// The seventeenth outside test of the web desk (issue 14: front-desk staff on a phone): a form
/// sent after logging out, an idle timeout, the first refused field focused, the correction of
/// an earlier pass of a repeated step, the report's basis, the already-finished page's words.
@Suite struct LogoutIdleCorrectionPassesAndPhoneTests {
    /// The SOP with a loop (kegiatan 2 sends the case back to 1), budi at the front office.
    static func loopHarness() async throws -> Harness {
        try await Harness(grants: [("budi", "fo"), ("citra", "bo")],
                          folder: Harness.root.appendingPathComponent("Tests/Fixtures/tester14/sop").path)
    }

    static func checkboxes(_ html: String, prefix: String) -> [String] {
        html.components(separatedBy: "name=\"\(prefix)").dropFirst().map { prefix + String($0.prefix { $0 != "\"" }) }
    }

    /// Answers the step page at `location` with every item present and valid values; `branch`:
    /// the exit chosen, by its number.
    static func answer(_ budi: Harness.Browser, _ location: String, phone: String = "081234567890",
                       branch: String? = nil) async throws -> Harness.Reply {
        let page = try await budi.get(location)
        #expect(page.status == .ok, "\(location)")
        var fields = checkboxes(page.body, prefix: "k.").map { ($0, "ada") } + checkboxes(page.body, prefix: "o.").map { ($0, "dicatat") }
        let typed = ["f.nama": "Sri Wahyuni", "f.nik": "3573014101900002", "f.telepon": phone, "f.jenis_reklame": "Baliho",
                     "f.lokasi": "Jl. Ijen"]
        for (key, value) in typed where page.body.contains("name=\"\(key)\"") { fields.append((key, value)) }
        if let branch { fields.append(("cabang", branch)) }
        return try await budi.postMultipart(location, fields + [("versi", CaseFlowTests.versi(page.body))], files: [:])
    }

    /// A case of the looping SOP that went 1 → 2 → back to 1 → 2: kegiatan 1 passed twice.
    static func loopedCase() async throws -> (Harness, Harness.Browser, String) {
        let harness = try await loopHarness()
        let budi = harness.browser()
        try await budi.login("budi")
        let code = try await sopCode(budi)
        try await budi.get("/sop/\(code)/mulai")
        let started = try await budi.post("/sop/\(code)/mulai", [])
        var location = try #require(started.location, "\(started.status) \(started.body)")
        let id = String(location.split(separator: "/")[1])
        location = try #require(try await answer(budi, location, phone: "081111111111").location)
        // Kegiatan 2's second exit goes back to 1 (an exit without a label is chosen by its number).
        location = try #require(try await answer(budi, location, branch: "2").location)
        #expect(location.hasSuffix("/langkah/1"), "\(location)")
        location = try #require(try await answer(budi, location, phone: "082222222222").location)
        return (harness, budi, id)
    }

    /// The looping SOP's code in the desk's addresses, as /sop links it.
    static func sopCode(_ budi: Harness.Browser) async throws -> String {
        let list = try await budi.get("/sop")
        return try #require(list.body.components(separatedBy: "data-sop=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) })
    }

    // MARK: F3: a form posted after logging out

    @Test func aFormSentAfterLoggingOutSaysSoAndLeadsBack() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let page = try await budi.get("/sop/01/mulai")
        let csrf = try #require(Harness.Browser.csrf(in: page.body))
        #expect(try await budi.post("/keluar", []).location == "/masuk")
        let reply = try await budi.post("/sop/01/mulai", [], csrf: csrf)
        #expect(reply.status == .unauthorized)
        #expect(reply.body.contains("Anda sudah keluar. Silakan masuk lagi."), "\(reply.body)")
        #expect(!reply.body.contains("Formulir kedaluwarsa"))
        // No raw status code in the words a clerk reads; the login link returns to the page.
        #expect(reply.body.contains("<h1>Tidak dapat dilayani</h1>") && !reply.body.contains("(401)"))
        #expect(reply.body.contains("href=\"/masuk?ke=%2Fsop%2F01%2Fmulai\""))
        #expect(try harness.store().cases(CaseFilter()).isEmpty)
        // A second logout (another tab's Keluar) just goes to the login page.
        let again = try await budi.post("/keluar", [], csrf: csrf)
        #expect(again.status == .seeOther && again.location == "/masuk")
        // A browser that never logged in is still refused as forged (403), writing nothing.
        let stranger = harness.browser(address: "192.0.2.99")
        try await stranger.get("/masuk")
        #expect(try await stranger.post("/sop/01/mulai", [], csrf: "x").status == .forbidden)
        #expect(try harness.store().cases(CaseFilter()).isEmpty)
        // Logging in again clears the mark: the same browser's forged form is forged again.
        try await budi.login("budi")
        #expect(budi.cookies["sop_keluar"] == nil)
    }

    // MARK: F4: the idle timeout

    @Test func aSessionUnusedPastTheIdleTimeoutEndsWithItsReason() async throws {
        let harness = try await Harness(configure: { $0.idleTimeout = 15 * 60 })
        let budi = harness.browser()
        try await budi.login("budi")
        harness.clock.advance(minutes: 10)
        #expect(try await budi.get("/").status == .ok)
        // Used 10 minutes in: 14 minutes later it still holds.
        harness.clock.advance(minutes: 14)
        #expect(try await budi.get("/").status == .ok)
        harness.clock.advance(minutes: 16)
        let gone = try await budi.get("/")
        #expect(gone.status == .seeOther)
        let login = try #require(gone.location)
        #expect(login.contains("alasan=diam"), "\(login)")
        let page = try await budi.get(login)
        #expect(page.body.contains("Sesi Anda diakhiri karena lama tidak dipakai"), "\(page.body)")
        #expect(try LeaverFindingTests.sessions(of: "budi", harness) == 0)
    }

    @Test func theLiveWorklistsOwnReloadsAreNotUse() async throws {
        let harness = try await Harness(configure: { $0.idleTimeout = 15 * 60 })
        let budi = harness.browser()
        try await budi.login("budi")
        for _ in 0..<3 {
            harness.clock.advance(minutes: 6)
            let reload = try await budi.send(.get, "/", body: [], contentType: nil, headers: [HTTPField.Name("X-SOP-Langsung")!: "1"])
            if harness.clock.now().timeIntervalSince(Harness.monday) <= 15 * 60 { #expect(reload.status == .ok) }
        }
        // 18 minutes after the login, with only the live page's reloads between: ended.
        #expect(try await budi.get("/").status == .seeOther)
        #expect(try LeaverFindingTests.sessions(of: "budi", harness) == 0)
    }

    @Test func aFormSentOnAnIdleSessionSaysWhy() async throws {
        let harness = try await Harness(configure: { $0.idleTimeout = 15 * 60 })
        let budi = harness.browser()
        try await budi.login("budi")
        let page = try await budi.get("/sop/01/mulai")
        harness.clock.advance(minutes: 20)
        let reply = try await budi.post("/sop/01/mulai", [], csrf: Harness.Browser.csrf(in: page.body) ?? budi.lastCSRF)
        #expect(reply.status == .unauthorized)
        #expect(reply.body.contains("Sesi Anda diakhiri karena lama tidak dipakai"))
        #expect(try harness.store().cases(CaseFilter()).isEmpty)
    }

    @Test func noIdleTimeoutKeepsTheWorkingDay() async throws {
        let harness = try await Harness(configure: { $0.idleTimeout = 0 })
        let budi = harness.browser()
        try await budi.login("budi")
        harness.clock.advance(minutes: 11 * 60)
        #expect(try await budi.get("/").status == .ok)
    }

    // MARK: F1, F6: the step page on a phone

    @Test func aRefusedStepFocusesItsFirstMarkedFieldAndThePhoneKeypadHasPlus() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        #expect(page.body.contains("name=\"f.telepon\" value=\"\" inputmode=\"tel\""))
        #expect(page.body.contains("name=\"f.nik\" value=\"\" inputmode=\"numeric\""))
        #expect(page.body.contains("<p class=\"ke-isian\"><a href=\"#isian\">Ke isian kegiatan ↓</a></p>"))
        #expect(page.body.contains("<section id=\"isian\">"))
        let reply = try await budi.post(first, [("k.0", "ada"), ("f.nama", "Sri"), ("f.nik", "35730141019"), ("f.telepon", "12ab"),
                                                ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Tanya"),
                                                ("versi", CaseFlowTests.versi(page.body))])
        #expect(reply.status == .unprocessableContent)
        // The first of the two refused fields is focused and linked from the summary; the second is not focused.
        #expect(reply.body.contains("aria-describedby=\"petunjuk-f.nik galat-f.nik\" autofocus>"), "\(reply.body)")
        #expect(reply.body.contains("Periksa isian yang ditandai. <a href=\"#f.nik\">Ke isian pertama yang ditandai</a>"))
        #expect(reply.body.components(separatedBy: " autofocus").count == 2)
        #expect(reply.body.contains("data-untuk=\"f.telepon\""))
    }

    // MARK: F5, B1: the correction form

    @Test func theCorrectionFormOffersEveryPassAndTheHintOfEachAnswer() async throws {
        let (_, budi, id) = try await Self.loopedCase()
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.body.contains("<optgroup label=\"Kegiatan 1 · kunjungan ke-1 dari 2\">"), "\(page.body)")
        #expect(page.body.contains("<optgroup label=\"Kegiatan 1 · kunjungan ke-2 dari 2\">"))
        #expect(page.body.contains("value=\"1\tisian\ttelepon\t1\" data-petunjuk=\"Nomor telepon: 8-15 angka diawali 0, 62 atau +; nomor HP (08…) 10-13 angka.\" data-inputmode=\"tel\""))
        #expect(page.body.contains("value=\"1\tisian\tnik\t2\" data-petunjuk=\"NIK: 16 angka, mis. 3573xxxxxxxxxxxx.\" data-inputmode=\"numeric\""))
        #expect(page.body.contains("data-petunjuk=\"Tulis salah satu: Papan/ billboard, Baliho, Spanduk insidentil, Videotron.\""))
    }

    @Test func anEarlierPassIsCorrectedAndAPassNotMadeIsRefused() async throws {
        let (harness, budi, id) = try await Self.loopedCase()
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.status == .ok)
        let saved = try await budi.post("/kasus/\(id)/koreksi", [("butir", "1\tisian\ttelepon\t1"), ("nilai", "081333333333"),
                                                                  ("alasan", "salah ketik")])
        #expect(saved.status == .seeOther, "\(saved.body)")
        let corrected = try harness.store().events(of: CaseID(id)).compactMap { event -> CaseEvent.Correction? in
            if case .answerCorrected(let correction) = event.kind { return correction }
            return nil
        }
        #expect(corrected.map(\.visit) == [1] && corrected.first?.value == "081333333333")
        let before = try harness.store().events(of: CaseID(id)).count
        // A forged pass the case did not make: the engine's words of `sop correct --kunjungan`, at the choice.
        let forged = try await budi.post("/kasus/\(id)/koreksi", [("butir", "1\tisian\ttelepon\t5"), ("nilai", "081333333334"),
                                                                   ("alasan", "salah ketik")])
        #expect(forged.status == .unprocessableContent)
        #expect(forged.body.contains("kasus ini tidak melewati kegiatan 1 kunjungan ke-5 (kunjungan yang ada: 1, 2)"), "\(forged.body)")
        #expect(forged.body.contains("data-untuk=\"butir\""))
        // Not a visit number at all: a malformed form.
        #expect(try await budi.post("/kasus/\(id)/koreksi", [("butir", "1\tisian\ttelepon\tx"), ("nilai", "0813"), ("alasan", "a")])
            .status == .badRequest)
        // Without a reason and with a bad value: both said at once, each at its field.
        let both = try await budi.post("/kasus/\(id)/koreksi", [("butir", "1\tisian\ttelepon\t2"), ("nilai", "12ab"), ("alasan", "")])
        #expect(both.status == .unprocessableContent)
        #expect(both.body.contains("id=\"galat-alasan\""), "\(both.body)")
        #expect(both.body.contains("id=\"galat-nilai\""))
        #expect(both.body.contains("nomor telepon"))
        #expect(both.body.contains("inputmode=\"tel\""))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
    }

    @Test func aPassOfARoleNotHeldIsRefused() async throws {
        let (harness, _, id) = try await Self.loopedCase()
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let page = try await citra.get("/kasus/\(id)")
        #expect(!page.body.contains("kunjungan ke-1 dari 2"))
        let before = try harness.store().events(of: CaseID(id)).count
        let reply = try await citra.post("/kasus/\(id)/koreksi", [("butir", "1\tisian\ttelepon\t1"), ("nilai", "081333333333"),
                                                                   ("alasan", "salah ketik")])
        #expect(reply.status == .forbidden)
        #expect(reply.body.contains("Anda tidak memegang peran"), "\(reply.body)")
        #expect(try harness.store().events(of: CaseID(id)).count == before)
    }

    // MARK: B2: the report's basis

    @Test func theReportPageSaysItsBasisAndHasTheDesksHeader() async throws {
        let (_, budi, _) = try await Self.loopedCase()
        let report = try await budi.get("/laporan")
        #expect(report.status == .ok)
        let basis = Catalog.Report.reportBasis(cases: 1, digest: "", checked: false).first?.text(.id) ?? "?"
        #expect(report.body.contains(HTML.escape(String(basis.prefix(30)))), "\(basis)")
        #expect(report.body.contains("id=\"operator\"") && report.body.contains("action=\"/keluar\""))
        // On a phone the tables read as cards (`DocumentPagesTests`): no sideways hint.
        #expect(report.body.contains("data-kolom=\"Kasus\""))
        let document = try await budi.get("/sop/\(try await Self.sopCode(budi))/dokumen")
        #expect(document.status == .ok)
        #expect(document.body.contains("id=\"operator\"") && document.body.contains("buka di komputer atau cetak"))
    }

    // MARK: F7: the already-finished page

    @Test func aFinishedStepOpenedAgainDoesNotSayNothingWasSavedAndMasksANoteTyped() async throws {
        let (_, budi, _, _, first, page) = try await StaleFormsAndConfirmationsTests.twoDesks()
        let versi = CaseFlowTests.versi(page.body)
        #expect(try await budi.postMultipart(first, try StaleFormsAndConfirmationsTests.fields("1") + [("versi", versi)], files: [:]).status == .seeOther)
        let again = try await budi.get(first)
        #expect(again.status == .conflict)
        #expect(!again.body.contains("Tidak ada isian formulir ini yang disimpan."))
        #expect(again.body.contains("Anda sendiri (budi, Resepsionis) di tab atau jendela lain"))
        let replay = try await budi.post(first, [("catatan", "pelapor di 0812-3456-7890"), ("versi", versi)])
        #expect(replay.status == .conflict)
        #expect(replay.body.contains("Tidak ada isian formulir ini yang disimpan."))
        #expect(!replay.body.contains("0812-3456-7890"), "\(replay.body)")
    }

    // MARK: F10, F11

    @Test func wordsOfTheWorklistHeaderStatusAndReceipt() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let empty = try await budi.get("/")
        #expect(empty.body.contains("<table id=\"daftar-tugas\" class=\"kartu\" hidden>"))
        #expect(empty.body.contains("Masuk sebagai budi"))
        let script = try await budi.get("/static/app.js")
        #expect(script.body.contains("event.persisted") && script.body.contains("window.location.reload()"))
        #expect(script.body.contains("data-inputmode"))
        let css = try await budi.get("/static/app.css")
        #expect(css.body.contains(".kode-lacak { white-space: nowrap; }"))
    }

    @Test func theReceiptWarnsOfAnOfficerPrintedByLogin() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        #expect(try await budi.postMultipart(first, try StaleFormsAndConfirmationsTests.fields("1") + [("versi", CaseFlowTests.versi(page.body))],
                                             files: [:]).status == .seeOther)
        let receipt = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok)
        #expect(receipt.body.contains("Nama lengkap dan NIP budi belum dicatat"), "\(receipt.body)")
        try harness.store().saveOperatorProfile(OperatorProfile(operatorName: "budi", fullName: "Budi Santoso", nip: "198501012010011001",
                                                                setAt: Harness.monday, setBy: "ani"))
        let named = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(!named.body.contains("belum dicatat"))
    }

    // MARK: tester 36, N3: a branch corrected on the web may be corrected again, as on the command line

    @Test func aBranchCorrectedOnTheWebIsOfferedAgainWhileNothingFollowsIt() async throws {
        let harness = try await Self.loopHarness()
        let budi = harness.browser()
        try await budi.login("budi")
        let code = try await Self.sopCode(budi)
        try await budi.get("/sop/\(code)/mulai")
        let started = try await budi.post("/sop/\(code)/mulai", [])
        var location = try #require(started.location, "\(started.status) \(started.body)")
        let id = String(location.split(separator: "/")[1])
        location = try #require(try await Self.answer(budi, location, phone: "081111111111").location)
        // Kegiatan 2 sends the file back to 1 (its second exit): the wrong choice.
        location = try #require(try await Self.answer(budi, location, branch: "2").location)
        #expect(location.hasSuffix("/langkah/1"), "\(location)")
        let choice = "2\tcabang\t"
        #expect(try await budi.get("/kasus/\(id)").body.contains("value=\"\(choice)\""))
        let first = try await budi.post("/kasus/\(id)/koreksi", [("butir", choice), ("nilai", "1"), ("alasan", "salah pilih")])
        #expect(first.status == .seeOther, "\(first.body)")
        // The visit the wrong branch started is closed undone; the decision is still the latest
        // worked on, so the form offers its branch again, as `sop correct --cabang` allows.
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.body.contains("value=\"\(choice)\""), "\(page.body)")
        let second = try await budi.post("/kasus/\(id)/koreksi", [("butir", choice), ("nilai", "2"), ("alasan", "ternyata benar kembali")])
        #expect(second.status == .seeOther, "\(second.body)")
        let branches = try harness.store().events(of: CaseID(id)).compactMap { event -> String? in
            if case .branchCorrected(let correction) = event.kind { return correction.target }
            return nil
        }
        #expect(branches.count == 2, "\(branches)")
    }
}
