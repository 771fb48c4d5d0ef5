import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

/// The web desk's decision choices and time lines on an SOP an outside official typed from a
/// signed PATEN document (`Tests/Fixtures/paten`, tester 25): the plain arrow beside "Lengkap"
/// is "Tidak lengkap" (finding 3), a labelled exit back up the table says where it leads
/// (finding 12), a form sent with no branch chosen says so in the page's words (finding 5), a
/// row without a time standard reads as the terminal says it (finding 10), and the report's
/// chart names the merged Waktu cell of a row judged at another (finding 6).
@Suite struct DecisionChoicesWebTests {
    static let folder = Harness.root.appendingPathComponent("Tests/Fixtures/paten/sop").path

    /// The step page's decision fieldset.
    static func choices(_ html: String) -> String {
        html.components(separatedBy: "<fieldset><legend>").dropFirst().last?.components(separatedBy: "</fieldset>").first ?? ""
    }

    /// Budi the Petugas PATEN, Citra the Kasi Pem., Ani the Sekcam (the harness's PINs).
    @Test func theDeskNamesEachExitAndAsksForOneInItsOwnWords() async throws {
        let harness = try await Harness(grants: [("budi", "petugas"), ("citra", "kasi-pem"), ("ani", "sekcam")], folder: Self.folder)
        let dewi = harness.browser()
        try await dewi.login("budi")
        let list = try await dewi.get("/sop")
        let action = try #require(list.body.components(separatedBy: "action=\"").dropFirst().first { $0.contains("/mulai\"") }?
            .prefix { $0 != "\"" })
        try await dewi.get(String(action))
        let started = try await dewi.post(String(action), [])
        #expect(started.status == .seeOther, "\(started.body)")
        let id = String(try #require(started.location).split(separator: "/")[1])
        func step(_ number: String) -> String { "/kasus/\(id)/langkah/\(number)" }
        func post(_ browser: Harness.Browser, _ number: String, _ fields: [(String, String)]) async throws -> Harness.Reply {
            let page = try await browser.get(step(number))
            return try await browser.post(step(number), fields + [("versi", CaseFlowTests.versi(page.body))])
        }

        var done = try await post(dewi, "1", [("k.0", "ada"), ("k.1", "ada"), ("k.2", "ada"), ("k.3", "ada"), ("k.4", "ada"), ("k.5", "tb"),
                                              ("f.nama", "Pemohon Contoh"), ("f.nik", "3404010101700001"), ("f.telepon", ""),
                                              ("f.nama_pewaris", "Almh. Contoh"), ("f.tanggal_meninggal", "30-11-2026"),
                                              ("o.0", "Berkas permohonan")])
        #expect(done.status == .seeOther, "\(done.body)")
        // Row 2: "Lengkap" and the plain arrow as its negation, with where it leads.
        let two = try await dewi.get(step("2"))
        let twoChoices = Self.choices(two.body)
        #expect(twoChoices.contains("value=\"Lengkap\""), "\(twoChoices)")
        #expect(twoChoices.contains("> Tidak lengkap (kembali ke kegiatan 1)</label>"), "\(twoChoices)")
        // No branch chosen: the page's words, next to the choices, the typed Output kept.
        let none = try await dewi.post(step("2"), [("k.0", "ada"), ("o.0", "Berkas terverifikasi"), ("versi", CaseFlowTests.versi(two.body))])
        #expect(none.status == .unprocessableContent, "\(none.status)")
        let refused = Self.choices(none.body)
        #expect(refused.contains("Pilih salah satu cabang: Lengkap atau Tidak lengkap (kembali ke kegiatan 1)."), "\(refused)")
        #expect(!none.body.contains("bukan cabang keputusan") && !none.body.contains("jawab dengan nomor") && !none.body.contains("''"))
        #expect(none.body.contains(">Berkas terverifikasi</textarea>"))
        done = try await post(dewi, "2", [("k.0", "ada"), ("cabang", "Lengkap"), ("o.0", "Berkas terverifikasi")])
        #expect(done.status == .seeOther, "\(done.body)")
        done = try await post(dewi, "3", [("k.0", "ada"), ("f.no_register", "REG/045/2026"), ("o.0", "Tanda terima"), ("o.1", "REG/045/2026")])
        #expect(done.status == .seeOther, "\(done.body)")
        done = try await post(dewi, "4", [("k.0", "ada")])
        #expect(done.status == .seeOther, "\(done.body)")

        let agus = harness.browser(address: "192.0.2.11")
        try await agus.login("citra")
        done = try await post(agus, "5", [("k.0", "ada"), ("cabang", "Perlu klarifikasi"), ("o.0", "Hasil penelitian")])
        #expect(done.status == .seeOther, "\(done.body)")
        // Row 6 "Menyesuaikan": no standard, as the terminal says it.
        let six = try await agus.get(step("6"))
        #expect(six.body.contains("Menyesuaikan · terpakai kurang dari 1 menit (tanpa standar waktu)"), "\(six.body)")
        #expect(!six.body.contains("standar Menyesuaikan"))
        done = try await post(agus, "6", [("k.0", "ada"), ("o.0", "Surat klarifikasi")])
        #expect(done.status == .seeOther, "\(done.body)")
        done = try await post(agus, "7", [("k.0", "ada"), ("o.0", "Konsep")])
        #expect(done.status == .seeOther, "\(done.body)")

        // Row 8: a labelled exit back up the table says where it leads, in both languages.
        let sri = harness.browser(address: "192.0.2.12")
        try await sri.login("ani")
        let eight = try await sri.get(step("8"))
        #expect(Self.choices(eight.body).contains("> Setuju</label>"), "\(Self.choices(eight.body))")
        #expect(Self.choices(eight.body).contains("value=\"Perbaikan\"") && eight.body.contains("> Perbaikan (kembali ke kegiatan 7)</label>"))
        #expect(try await sri.get(step("8") + "?lang=en").body.contains("> Perbaikan (back to step 7)</label>"))
        let unchosen = try await sri.post(step("8"), [("k.0", "ada"), ("o.0", "Diparaf"), ("versi", CaseFlowTests.versi(eight.body))])
        #expect(unchosen.status == .unprocessableContent)
        // The page is in English since `?lang=en`: the same message in English.
        #expect(Self.choices(unchosen.body).contains("Choose one branch: Setuju or Perbaikan (back to step 7).</div>"), "\(unchosen.body)")

        // The report's chart: row 4 is in the merged cell "1-2 hari", judged at row 5.
        let report = try await dewi.get("/laporan")
        #expect(report.body.contains("1-2 hari (baris 4–5) · dinilai bersama kegiatan 5"), "\(report.body)")
    }
}
