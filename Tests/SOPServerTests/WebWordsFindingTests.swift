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
        // An output left empty: choose a file, not "@jalur/berkas".
        let empty = try await budi.postMultipart(first, UploadFindingTests.typed(page.body), files: [:])
        #expect(empty.status == .unprocessableContent)
        #expect(empty.body.contains("tulis teksnya, atau pilih berkas untuk diunggah."))
        #expect(!empty.body.contains("@jalur"))
        #expect(try await budi.postMultipart(first, UploadFindingTests.typed(page.body) + [("o.0", "Dicatat")], files: [:]).status == .seeOther)
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
}
