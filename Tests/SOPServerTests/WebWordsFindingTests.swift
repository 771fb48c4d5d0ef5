import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// The web says things in its own words: no `/batal`, `--alasan` or `@file`, and a receipt
/// printed from the web names the status page.
@Suite struct WebWordsFindingTests {
    @Test func refusalsAndTheReceiptUseTheWebsWords() async throws {
        let harness = try await Harness(folder: try LayoutFindingTests.receiptAtKegiatan1())
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        // Step 1's Output left empty: the step has a form, which is the Output (tester 20, F8).
        #expect(page.body.contains("Kosongkan bila output ini adalah isian formulir di atas; dicatat sebagai "
            + "“Isian formulir: Nama pelapor, NIK, Nomor telepon, Alamat, Cara menghubungi, Maksud keinginan”."))
        #expect(try await budi.postMultipart(first, UploadFindingTests.typed(page.body), files: [:]).status == .seeOther)
        let recorded = try harness.store().events(of: CaseID(id)).compactMap { event -> String? in
            if case .outputRecorded(let output) = event.kind { return output.text }
            return nil
        }
        #expect(recorded == ["Isian formulir: Nama pelapor, NIK, Nomor telepon, Alamat, Cara menghubungi, Maksud keinginan"])
        // The receipt printed from the web never names the address the desk's browser used
        // (tester 11, F4): without --public-url it says to ask at the desk.
        let receipt = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok)
        #expect(receipt.body.contains("Tanyakan perkembangan layanan di meja layanan dengan menyebutkan kode lacak ini."))
        #expect(!receipt.body.contains("localhost/status"))
        #expect(!receipt.body.contains("(sop status "))
        let slip = try await budi.get("/kasus/\(id)/tanda-terima?ukuran=80")
        #expect(!slip.body.contains("/status"))
        // A cancellation without a reason: the Reason box, not "/batal".
        try await budi.get("/kasus/\(id)/batal")
        let unreasoned = try await budi.post("/kasus/\(id)/batal", [("alasan", ""), ("yakin", "ya")])
        #expect(unreasoned.status == .unprocessableContent)
        #expect(unreasoned.body.contains("Pembatalan memerlukan alasan: tulis di kolom Alasan"))
        #expect(!unreasoned.body.contains("/batal pelapor"))
    }

    /// A step without a form: its Output left empty is refused in the web's words.
    @Test func anEmptyOutputOfAStepWithoutAFormIsRefusedInTheWebsWords() async throws {
        let harness = try await Harness(folder: try LayoutFindingTests.receiptAtKegiatan1())
        let budi = harness.browser(), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        #expect(try await budi.postMultipart(first, UploadFindingTests.typed(page.body) + [("o.0", "Dicatat")], files: [:]).status == .seeOther)
        let second = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("2"))"
        let two = try await budi.get(second)
        #expect(try await budi.postMultipart(second, [("versi", CaseFlowTests.versi(two.body))], files: [:]).status == .seeOther)
        // Step 3 has no form: an Output left empty is refused, and told to choose a file, not "@jalur/berkas".
        let third = "/kasus/\(id)/langkah/\(CaseFlowTests.stepID("3"))"
        let three = try await citra.get(third)
        #expect(!three.body.contains("isian formulir di atas"))
        let empty = try await citra.postMultipart(third, [("k.0", "ada"), ("versi", CaseFlowTests.versi(three.body))], files: [:])
        #expect(empty.status == .unprocessableContent)
        #expect(empty.body.contains("tulis teksnya, atau pilih berkas untuk diunggah."))
        #expect(!empty.body.contains("@jalur"))
        #expect(try await citra.postMultipart(third, [("k.0", "ada"), ("o.0", "Dicatat"), ("versi", CaseFlowTests.versi(three.body))],
                                              files: [:]).status == .seeOther)
    }
}
