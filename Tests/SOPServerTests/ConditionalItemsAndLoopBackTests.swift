import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// The web step page does what the terminal does (tester 16, findings 10, 11 and 13) with the
/// same code: a conditional kelengkapan item ("f. SPTJM (apabila …)") may be "tidak berlaku"
/// (the terminal's `tb`), recorded as the same event; a loop back to an earlier row offers the
/// previous pass's answers, a personal one masked and never put in the page, an empty field
/// keeping it (the terminal's Enter); a date is typed and shown dd-mm-yyyy.
@Suite struct ConditionalItemsAndLoopBackTests {
    static let folder = Harness.root.appendingPathComponent("Tests/Fixtures/tester16/sop").path
    static let sop: SOP = SOPLoader.load(path: folder + "/12-akta-kelahiran.yaml").sop!
    static func stepID(_ number: String) -> String { sop.steps.first { $0.number == number }!.id.value }
    static let nik = "3404014101900001"
    static let phone = "081234567890"

    /// Step 2's form: every item present but f, which `f` answers; the fields as given.
    static func stepTwo(f: String, fields: [(String, String)], versi: String) -> [(String, String)] {
        (0..<5).map { ("k.\($0)", "ada") } + [("k.5", f)] + fields.map { ("f.\($0.0)", $0.1) }
            + [("o.0", "Berkas diterima"), ("versi", versi)]
    }

    /// A desk serving SOP 12, where budi (Petugas Loket) has started a case and recorded step 1.
    static func atStepTwo() async throws -> (Harness, Harness.Browser, String) {
        let harness = try await Harness(grants: [("budi", "loket")], folder: Self.folder)
        let budi = harness.browser()
        try await budi.login("budi")
        try await budi.get("/sop/12/mulai")
        let started = try await budi.post("/sop/12/mulai", [])
        #expect(started.status == .seeOther, "\(started.body)")
        let id = String(try #require(started.location).split(separator: "/")[1])
        let one = "/kasus/\(id)/langkah/\(stepID("1"))"
        let page = try await budi.get(one)
        let done = try await budi.post(one, [("o.0", "A-001"), ("versi", CaseFlowTests.versi(page.body))])
        #expect(done.status == .seeOther, "\(done.body)")
        return (harness, budi, id)
    }

    @Test func aConditionalItemMayNotApplyAndALoopBackOffersThePreviousAnswersMasked() async throws {
        let (harness, budi, id) = try await Self.atStepTwo()
        let two = "/kasus/\(id)/langkah/\(Self.stepID("2"))"

        // First pass: the conditional item has three choices, the others a box; the date says how to write it.
        var page = try await budi.get(two)
        #expect(page.body.contains("<fieldset class=\"bersyarat\"><legend>f. SPTJM (apabila tidak memiliki bukti)</legend>"), "\(page.body)")
        #expect(page.body.contains("<input type=\"radio\" name=\"k.5\" value=\"tb\"> tidak berlaku</label>"))
        #expect(!page.body.contains("name=\"k.4\" value=\"tb\""), "an item without a condition has no third choice")
        #expect(page.body.contains("<label for=\"f.tgl_lahir\">Tanggal lahir anak (hh-bb-tttt)</label>"), "\(page.body)")
        #expect(page.body.contains("name=\"f.tgl_lahir\" value=\"\" placeholder=\"hh-bb-tttt\""), "\(page.body)")
        #expect(!page.body.contains("type=\"date\""))

        // A "tidak berlaku" sent by hand for an item without a condition, and a date that does
        // not exist: refused next to each, in the terminal's words; nothing written.
        let fields = [("nama_anak", "Siti Nur Azizah"), ("tgl_lahir", "31-02-2026"), ("nik_ayah", Self.nik), ("telepon", Self.phone)]
        var forged = Self.stepTwo(f: "tb", fields: fields, versi: CaseFlowTests.versi(page.body))
        forged[4] = ("k.4", "tb")
        let before = try harness.store().events(of: CaseID(id)).count
        let refused = try await budi.post(two, forged)
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("data-untuk=\"k.4\" role=\"alert\">&#39;e. Fotokopi buku nikah/akta perkawinan&#39; tidak bersyarat"), "\(refused.body)")
        #expect(refused.body.contains("data-untuk=\"f.tgl_lahir\" role=\"alert\">Tanggal lahir anak: &#39;"), "\(refused.body)")
        #expect(refused.body.contains("&#39; bukan tanggal yang ada; tulis seperti 24-02-2025"), "\(refused.body)")
        #expect(try harness.store().events(of: CaseID(id)).count == before)

        var good = fields
        good[1] = ("tgl_lahir", "01-12-2026")
        let first = try await budi.post(two, Self.stepTwo(f: "tb", fields: good, versi: CaseFlowTests.versi(refused.body)))
        #expect(first.status == .seeOther, "\(first.body)")

        // Step 3 sends the case back to step 2 (the second exit).
        let three = "/kasus/\(id)/langkah/\(Self.stepID("3"))"
        page = try await budi.get(three)
        let back = try await budi.post(three, [("cabang", "2"), ("versi", CaseFlowTests.versi(page.body))])
        #expect(back.status == .seeOther, "\(back.body)")

        // Second pass: the previous answers offered; the NIK and the phone never in the page.
        page = try await budi.get(two)
        #expect(page.status == .ok)
        #expect(page.body.contains("name=\"f.nama_anak\" value=\"Siti Nur Azizah\""), "\(page.body)")
        #expect(page.body.contains("name=\"f.tgl_lahir\" value=\"01-12-2026\""), "\(page.body)")
        #expect(page.body.contains("name=\"f.nik_ayah\" value=\"\" inputmode=\"numeric\" placeholder=\"3404••••••••0001\""), "\(page.body)")
        #expect(page.body.contains("Kosongkan untuk tetap memakai isian kunjungan sebelumnya (&#39;3404••••••••0001&#39;)"))
        #expect(page.body.contains("Terisi dari kunjungan sebelumnya; ubah bila berubah."))
        #expect(!page.body.contains(Self.nik) && !page.body.contains(Self.phone) && !page.body.contains("81234567890"))

        // Sent as the page offers it (the personal fields empty): the previous answers kept.
        let kept = [("nama_anak", "Siti Nur Azizah"), ("tgl_lahir", "01-12-2026"), ("nik_ayah", ""), ("telepon", "")]
        let second = try await budi.post(two, Self.stepTwo(f: "tb", fields: kept, versi: CaseFlowTests.versi(page.body)))
        #expect(second.status == .seeOther, "\(second.body)")
        let state = CaseState(id: CaseID(id), events: try harness.store().events(of: CaseID(id)))
        let passes = state.completed.filter { $0.step == Self.stepID("2") }
        #expect(passes.count == 2)
        #expect(passes.last?.fields == passes.first?.fields, "\(passes.map(\.fields))")
        #expect(passes.last?.fields["nik_ayah"] == Self.nik && passes.last?.fields["tgl_lahir"] == "2026-12-01")
        // "Tidak berlaku" is the terminal's event: the item checked, not present, not applicable.
        let item = "f. SPTJM (apabila tidak memiliki bukti)."
        let checked = try harness.store().events(of: CaseID(id)).compactMap { event -> CaseEvent.KelengkapanCheck? in
            if case .kelengkapanChecked(let payload) = event.kind, payload.item == item { return payload }
            return nil
        }
        #expect(checked.count == 2 && checked.allSatisfy { $0.notApplicable == true && !$0.present }, "\(checked)")

        // The case page and the receipt say it as the terminal's `sop case` and receipt do.
        let timeline = try await budi.get("/kasus/\(id)")
        #expect(timeline.body.contains("f. SPTJM (apabila tidak memiliki bukti) – tidak berlaku"), "\(timeline.body)")
        #expect(timeline.body.contains("Tanggal lahir anak = 01-12-2026"), "\(timeline.body)")
        let receipt = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.body.contains("<tr><th>Kelengkapan tidak berlaku</th><td>f.\u{00A0}SPTJM (apabila tidak memiliki bukti)</td></tr>"), "\(receipt.body)")
        #expect(receipt.body.contains("<div id=\"ttd-pelapor\">Pelapor / penerima layanan<div class=\"name\"></div></div>"))
    }

    @Test func aRequiredItemIsStillRequiredAndNoChoiceCountsAsMissing() async throws {
        let (harness, budi, id) = try await Self.atStepTwo()
        let two = "/kasus/\(id)/langkah/\(Self.stepID("2"))"
        let page = try await budi.get(two)
        let fields = [("nama_anak", "Budi"), ("tgl_lahir", "1/12/2026"), ("nik_ayah", Self.nik), ("telepon", Self.phone)]
        // k.5 left unchosen: refused until the desk confirms it is missing (as an unticked box),
        // then recorded missing.
        var form = Self.stepTwo(f: "", fields: fields, versi: CaseFlowTests.versi(page.body))
        form.removeAll { $0.0 == "k.5" }
        let asked = try await budi.post(two, form)
        #expect(asked.status == .unprocessableContent)
        #expect(asked.body.contains("Ya, yang tidak dicentang memang tidak ada: catat sebagai kurang."))
        let done = try await budi.post(two, form + [("kurang", "ya")])
        #expect(done.status == .seeOther, "\(done.body)")
        let visit = try #require(CaseState(id: CaseID(id), events: try harness.store().events(of: CaseID(id))).completed.last { $0.step == Self.stepID("2") })
        #expect(visit.kelengkapan["f. SPTJM (apabila tidak memiliki bukti)."] == false)
        #expect(visit.notApplicable.isEmpty)
        #expect(visit.fields["tgl_lahir"] == "2026-12-01")
    }
}
