import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// The correction form: answers chosen by their labels, Post/Redirect/Get, no duplicate, and
/// the timeline shows what changed and why.
@Suite struct CorrectionFindingTests {
    /// Kegiatan 1 of SOP 01 answered through its form (the phone 0812-3456-7890).
    static func answerStep1(_ budi: Harness.Browser, _ first: String) async throws {
        let page = try await budi.get(first)
        let fields: [(String, String)] = [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900001"),
                                          ("f.telepon", "0812-3456-7890"), ("f.cara_menghubungi", "Telepon"),
                                          ("f.maksud", "Menanyakan syarat"), ("o.0", "Dicatat"), ("versi", CaseFlowTests.versi(page.body))]
        #expect(try await budi.postMultipart(first, fields, files: [:]).status == .seeOther)
    }

    @Test func aCorrectionIsChosenByLabelRedirectsIsNotRecordedTwiceAndShowsOldToNew() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let step1 = CaseFlowTests.stepID("1")
        try await Self.answerStep1(budi, first)
        let timeline = try await budi.get("/kasus/\(id)")
        // The officer picks the answer by its label; no internal name is typed.
        let item = "\(step1)\tisian\ttelepon"
        #expect(timeline.body.contains("<select id=\"k-butir\" name=\"butir\" required>"))
        // (Each choice carries the hint for its kind of answer: web7.)
        let hint = "data-petunjuk=\"Nomor telepon: 8-15 angka diawali 0, 62 atau +; nomor HP (08…) 10-13 angka.\" data-inputmode=\"tel\""
        #expect(timeline.body.contains("<option value=\"\(step1)&#9;isian&#9;telepon\" \(hint)>Isian · Nomor telepon</option>")
                || timeline.body.contains("<option value=\"\(step1)\tisian\ttelepon\" \(hint)>Isian · Nomor telepon</option>"))
        #expect(timeline.body.contains(">Kelengkapan · Identitas</option>"))
        #expect(!timeline.body.contains("name=\"sasaran\"") && !timeline.body.contains("id=\"k-nama\""))
        let correction = [("butir", item), ("nilai", "0813 1111 2222"), ("alasan", "salah ketik")]
        let saved = try await budi.post("/kasus/\(id)/koreksi", correction)
        #expect(saved.status == .seeOther)
        #expect(saved.location == "/kasus/\(id)?koreksi=disimpan")
        let shown = try await budi.get(try #require(saved.location))
        #expect(shown.body.contains("Koreksi disimpan."))
        // The timeline says from → to, masked, and why.
        #expect(shown.body.contains("Nomor telepon: 0812••••7890 → 0813••••2222 · alasan: salah ketik")
                || shown.body.contains("Nomor telepon:") && shown.body.contains("→") && shown.body.contains("alasan: salah ketik"))
        #expect(!shown.body.contains("0813 1111 2222") && !shown.body.contains("081311112222"))
        // The same form sent again records nothing.
        let again = try await budi.post("/kasus/\(id)/koreksi", correction)
        #expect(again.status == .unprocessableContent)
        #expect(again.body.contains("Nilai baru sama dengan yang sudah tercatat"))
        let corrections = try harness.store().events(of: CaseID(id)).filter { if case .answerCorrected = $0.kind { true } else { false } }
        #expect(corrections.count == 1)
        // Without a reason: the web's words, not the terminal's flag.
        let noReason = try await budi.post("/kasus/\(id)/koreksi", [("butir", item), ("nilai", "0813 2222 3333"), ("alasan", "")])
        #expect(noReason.status == .unprocessableContent)
        #expect(noReason.body.contains("Koreksi memerlukan alasan: tulis di kolom Alasan."))
        #expect(!noReason.body.contains("--alasan"))
    }
}
