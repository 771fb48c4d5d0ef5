import Foundation
import HTTPTypes
import SOPCore
import SOPEngine
import SOPModel
import Testing

/// Where a desk officer hesitated (tester 20's findings 4-7, 14-16): an unticked kelengkapan
/// item asked about before it is recorded missing, formats said before a mistake, a short
/// mobile number refused by the terminal's rule, one click to start a case, a colleague's step
/// saying whose it is, `Kasus unit` naming the step, notes in step order.
@Suite struct StepFormGuidanceTests {
    static func step1(_ page: String, kelengkapan: Bool = true, telepon: String = "0812-3456-7890", extra: [(String, String)] = [])
        -> [(String, String)]
    {
        (kelengkapan ? [("k.0", "ada")] : []) + [("f.nama", "Siti Aminah"), ("f.telepon", telepon), ("f.cara_menghubungi", "Telepon"),
                                                 ("f.maksud", "Menanyakan syarat"), ("o.0", "Dicatat"),
                                                 ("versi", CaseFlowTests.versi(page))] + extra
    }

    /// Tester 32, F7: the hint names the SOP's own applicant ("Pelapor" on a phone service), the
    /// applicant in general only for an SOP that names none.
    @Test func theChecklistHintNamesTheSOPsApplicant() {
        #expect(Catalog.WebForms.checklistHint(from: "Pelapor").id.hasPrefix("Centang yang diterima dari Pelapor."))
        #expect(Catalog.WebForms.checklistHint(from: nil).id.hasPrefix("Centang yang diterima dari pemohon."))
        #expect(Catalog.WebForms.checklistHint(from: "Pelapor").en.hasPrefix("Tick what was received from Pelapor."))
    }

    @Test func anUntickedItemIsAskedAboutBeforeItIsRecordedMissing() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        #expect(page.body.contains("<p class=\"kecil petunjuk\" id=\"petunjuk-kelengkapan\">Centang yang diterima dari Pelapor. Yang tidak dicentang dicatat TIDAK ADA (kurang) dan tercetak di tanda terimanya.</p>"))
        #expect(page.body.contains("<input type=\"checkbox\" name=\"kurang\" value=\"ya\" id=\"kurang\">"))
        let refused = try await budi.postMultipart(first, Self.step1(page.body, kelengkapan: false), files: [:])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("&#39;Identitas&#39; tidak dicentang: akan dicatat tidak ada (kurang).")
                || refused.body.contains("'Identitas' tidak dicentang: akan dicatat tidak ada (kurang)."))
        #expect(try harness.store().events(of: CaseID(id)).count == 2)
        let confirmed = try await budi.postMultipart(first, Self.step1(page.body, kelengkapan: false, extra: [("kurang", "ya")]), files: [:])
        #expect(confirmed.status == .seeOther)
        let checks = try harness.store().events(of: CaseID(id)).compactMap { event -> Bool? in
            if case .kelengkapanChecked(let check) = event.kind { check.present } else { nil }
        }
        #expect(checks == [false])
    }

    @Test func formatsAreSaidBeforeAMistakeAndAShortMobileNumberIsRefused() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        #expect(page.body.contains("aria-describedby=\"petunjuk-f.nik\"><p class=\"kecil petunjuk\" id=\"petunjuk-f.nik\">NIK: 16 angka, mis. 3573xxxxxxxxxxxx.</p>"))
        #expect(page.body.contains("<p class=\"kecil petunjuk\" id=\"petunjuk-f.telepon\">Nomor telepon: 8-15 angka diawali 0, 62 atau +; nomor HP (08…) 10-13 angka.</p>"))
        // Free text says nothing.
        #expect(!page.body.contains("id=\"petunjuk-f.nama\""))
        let short = try await budi.postMultipart(first, Self.step1(page.body, telepon: "0812-3456"), files: [:])
        #expect(short.status == .unprocessableContent)
        #expect(short.body.contains("nomor HP (08…) tertulis 8 angka, perlu 10-13"))
        // The hint and the refusal both describe the refused field.
        #expect(short.body.contains("aria-invalid=\"true\" aria-describedby=\"petunjuk-f.telepon galat-f.telepon\""))
        #expect(try harness.store().events(of: CaseID(id)).count == 2)
    }

    @Test func oneClickStartsACase() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let list = try await budi.get("/sop")
        #expect(list.body.contains("<form class=\"mulai\" method=\"post\" action=\"/sop/01/mulai\"><input type=\"hidden\" name=\"csrf\""))
        #expect(list.body.contains("<button type=\"submit\" class=\"mulai\" data-sop=\"01\">Mulai</button>"))
        #expect(list.body.contains("Mulai membuat kasus baru dengan nomor kasusnya sendiri"))
        #expect(!list.body.contains("href=\"/sop/01/mulai\""))
        // The list's own form starts it: one POST, straight to the first step.
        let started = try await budi.post("/sop/01/mulai", [])
        #expect(started.status == .seeOther)
        #expect(started.location?.hasSuffix("/langkah/\(CaseFlowTests.stepID("1"))") ?? false)
    }

    @Test func aColleaguesStepSaysWhoseItIsAndLinksTheCase() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        #expect(try await budi.postMultipart(first, Self.step1(page.body), files: [:]).status == .seeOther)
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let refused = try await citra.get("/kasus/\(id)/langkah/\(CaseFlowTests.stepID("2"))")
        #expect(refused.status == .forbidden)
        #expect(refused.body.contains("<h1>Kegiatan peran lain</h1>"))
        #expect(!refused.body.contains("Tidak dapat dilayani"))
        #expect(refused.body.contains("Kegiatan 2 kasus \(id) adalah giliran peran &#39;Resepsionis&#39;, bukan peran Anda.")
                || refused.body.contains("Kegiatan 2 kasus \(id) adalah giliran peran 'Resepsionis', bukan peran Anda."))
        #expect(refused.body.contains("<a id=\"jalan-lain\" href=\"/kasus/\(id)\">Lihat kasus \(id)</a>"))
        #expect(try await citra.get("/kasus/\(id)").status == .ok)
        // Kasus unit names the step in words, as the worklist does.
        let unit = try await budi.get("/kasus-unit")
        #expect(unit.body.contains("<div>2 <span class=\"kecil\">Resepsionis menghubungi staf yang menangani pengaduan"))
    }

    @Test func aStepsNoteIsListedRightAfterItsStep() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        var page = try await budi.get(first)
        #expect(try await budi.postMultipart(first, Self.step1(page.body), files: [:]).status == .seeOther)
        let second = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("2"))"
        page = try await budi.get(second)
        #expect(try await budi.postMultipart(second, [("catatan", "Staf pengaduan dihubungi"), ("versi", CaseFlowTests.versi(page.body))],
                                             files: [:]).status == .seeOther)
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let third = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("3"))"
        page = try await citra.get(third)
        #expect(try await citra.postMultipart(third, [("k.0", "ada"), ("o.0", "Analisis selesai"), ("versi", CaseFlowTests.versi(page.body))],
                                              files: [:]).status == .seeOther)
        let fourth = try await citra.get("/kasus/\(id)/langkah/\(CaseFlowTests.stepID("4"))")
        let soFar = try #require(fourth.body.components(separatedBy: "<section id=\"sejauh-ini\">").last)
        let note = try #require(soFar.range(of: "2. Catatan (budi)"))
        let analysis = try #require(soFar.range(of: "3. Output: Analisis Pengaduan"))
        #expect(note.lowerBound < analysis.lowerBound)
    }
}
