import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

/// The web step page's "Kasus sejauh ini" after a loop back reads what the terminal's "Isi kasus
/// sejauh ini" reads (the same `CaseState.soFar`): each question's latest answer, marked by its
/// pass, never the superseded pass's "tidak ada" (tester 22, finding 3).
@Suite struct LoopBackSoFarWebTests {
    static let folder = Harness.root.appendingPathComponent("Tests/Fixtures/tera/sop").path
    static let sop: SOP = SOPLoader.load(path: folder + "/07-tera-luar-kantor.yaml").sop!
    static func stepID(_ number: String) -> String { sop.steps.first { $0.number == number }!.id.value }

    /// Row 1's form: items 1, 2 and 4 present, item 3 as `third` says ("ada", or nil: unticked).
    static func rowOne(third: String?, output: String, versi: String) -> [(String, String)] {
        [("k.0", "ada"), ("k.1", "ada")] + (third.map { [("k.2", $0)] } ?? [("kurang", "ya")]) + [("k.3", "ada")]
            + [("f.nama", "SPBU 44.505.01 PT Maju Jaya"), ("f.nik", "3322014101900001"), ("f.telepon", "0812-3456-7890"),
               ("f.lokasi", "Jl. Diponegoro 12"), ("f.jumlah", "4"), ("o.0", output), ("versi", versi)]
    }

    @Test func theApproverReadsTheLatestPassOfEachQuestion() async throws {
        let harness = try await Harness(grants: [("budi", "petugas"), ("citra", "kaupt")], folder: Self.folder)
        let budi = harness.browser()
        try await budi.login("budi")
        let list = try await budi.get("/sop")
        let action = try #require(list.body.components(separatedBy: "action=\"").dropFirst().first { $0.contains("/mulai\"") }?
            .prefix { $0 != "\"" })
        try await budi.get(String(action))
        let started = try await budi.post(String(action), [])
        #expect(started.status == .seeOther, "\(started.body)")
        let id = String(try #require(started.location).split(separator: "/")[1])
        let one = "/kasus/\(id)/langkah/\(Self.stepID("1"))", two = "/kasus/\(id)/langkah/\(Self.stepID("2"))"

        // First pass: the list of UTTP missing; row 2 sends the berkas back.
        var page = try await budi.get(one)
        var done = try await budi.post(one, Self.rowOne(third: nil, output: "Formulir diisi", versi: CaseFlowTests.versi(page.body)))
        #expect(done.status == .seeOther, "\(done.body)")
        page = try await budi.get(two)
        // Sent back: the row's Output is not asked, as at the terminal (left empty, the page goes on).
        done = try await budi.post(two, [("k.0", "ada"), ("cabang", "Tidak"), ("o.0", ""), ("versi", CaseFlowTests.versi(page.body))])
        #expect(done.status == .seeOther, "\(done.body)")
        #expect(try !harness.store().events(of: CaseID(id)).contains { event in
            if case .outputRecorded(let output) = event.kind { output.step == Self.stepID("2") } else { false }
        })
        // Second pass: complete, registered.
        page = try await budi.get(one)
        done = try await budi.post(one, Self.rowOne(third: "ada", output: "Formulir diisi lengkap", versi: CaseFlowTests.versi(page.body)))
        #expect(done.status == .seeOther, "\(done.body)")
        page = try await budi.get(two)
        done = try await budi.post(two, [("k.0", "ada"), ("cabang", "Ya"), ("o.0", "REG-2026/0112"), ("versi", CaseFlowTests.versi(page.body))])
        #expect(done.status == .seeOther, "\(done.body)")

        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let three = try await citra.get("/kasus/\(id)/langkah/\(Self.stepID("3"))")
        #expect(three.status == .ok, "\(three.body)")
        let soFar = try #require(three.body.components(separatedBy: "<section id=\"sejauh-ini\">").dropFirst().first?
            .components(separatedBy: "</section>").first)
        #expect(soFar.contains("<dt>1 (#2). 3. Daftar UTTP yang dimohonkan (jenis, merek, kapasitas, jumlah)</dt><dd>ada</dd>"), "\(soFar)")
        #expect(soFar.contains("<dt>1 (#2). Output: Formulir permohonan terisi</dt><dd>Formulir diisi lengkap</dd>"), "\(soFar)")
        #expect(soFar.contains("<dt>2 (#2). Output: Tanda terima dan Nomor Registrasi</dt><dd>REG-2026/0112</dd>"), "\(soFar)")
        #expect(!soFar.contains("tidak ada") && !soFar.contains("<dd>Formulir diisi</dd>") && !soFar.contains("<dt>1. "), "\(soFar)")
        // The first pass's output stays, dimmed and marked by its pass (tester 24, finding 3):
        // a later pass may redo only part of the work.
        #expect(soFar.contains("<dt class=\"lama\">1 (#1). Output: Formulir permohonan terisi</dt><dd class=\"lama\">Formulir diisi</dd>"), "\(soFar)")
        #expect(soFar.components(separatedBy: "(#1).").count == 2, "\(soFar)")
        #expect(soFar.components(separatedBy: "Nama pemohon/perusahaan").count == 2, "\(soFar)")
        #expect(!soFar.contains("3456-7890") && !soFar.contains("3322014101900001"), "\(soFar)")
        // The terminal's header reads the same facts (one code: `CaseState.soFar`).
        let state = CaseState(id: CaseID(id), events: try harness.store().events(of: CaseID(id)))
        let facts = state.soFar(sop: Self.sop, excluding: state.active.first)
        #expect(facts.filter { $0.step == "1" && !$0.superseded }.allSatisfy { $0.pass == 2 }, "\(facts)")
        #expect(facts.filter(\.superseded) == [CaseFact(step: "1", pass: 1, kind: .output, label: "Formulir permohonan terisi",
                                                         value: "Formulir diisi", superseded: true)], "\(facts)")
        #expect(facts.contains(CaseFact(step: "1", pass: 2, kind: .present,
                                        label: "3. Daftar UTTP yang dimohonkan (jenis, merek, kapasitas, jumlah)", value: "")), "\(facts)")
    }
}
