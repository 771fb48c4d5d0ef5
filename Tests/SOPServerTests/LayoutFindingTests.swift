import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// What a tester saw on screen: the form under the fold, a receipt button that could only
/// answer 409 (now an open receipt from the start), a receipt page without print or way back, unlabelled phone cards.
@Suite struct LayoutFindingTests {
    @Test func theStepFormComesBeforeTheCaseSoFarAndTheReceiptIsThereFromTheStart() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let form = try #require(page.body.range(of: "<form id=\"langkah\""))
        let soFar = try #require(page.body.range(of: "<section id=\"sejauh-ini\""))
        #expect(form.lowerBound < soFar.lowerBound)
        // From the case's start the complainant can take an open Tanda Terima with the tracking
        // code (SOP 01's full form comes at kegiatan 6): the button is there and answers.
        let receipt = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok)
        #expect(receipt.body.contains("sedang diproses"))
        #expect(page.body.contains("id=\"tanda-terima\""))
        #expect((try await budi.get("/kasus/\(id)")).body.contains("id=\"tanda-terima\""))
        // The phone card names every value but the case's own id.
        let list = try await budi.get("/")
        let row = try #require(list.body.components(separatedBy: "<tr class=\"tugas").dropFirst().first)
        #expect(row.components(separatedBy: " data-label=").count - 1 == 4)
    }

    /// A folder with SOP 01 issuing its receipt at kegiatan 1.
    static func receiptAtKegiatan1() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: Harness.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml"), encoding: .utf8)
        #expect(text.contains("tanda_terima: 6"))
        try text.replacingOccurrences(of: "tanda_terima: 6", with: "tanda_terima: 1")
            .write(to: folder.appendingPathComponent("01-pengaduan-langsung.yaml"), atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test func theReceiptPageHasAPrintButtonAndAWayBack() async throws {
        let harness = try await Harness(folder: try Self.receiptAtKegiatan1())
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        #expect(try await budi.get(first).body.contains("id=\"tanda-terima\""))
        let receipt = try await budi.get("/kasus/\(id)/tanda-terima")
        #expect(receipt.status == .ok)
        #expect(receipt.body.contains("<button type=\"button\" id=\"cetak\">Cetak</button>"))
        #expect(receipt.body.contains("<script src=\"/static/cetak.js\" defer></script>"))
        #expect(receipt.body.contains("<a href=\"/kasus/\(id)\">Kembali ke kasus</a>"))
        #expect(!receipt.body.contains("onclick"))
        let script = try await budi.get("/static/cetak.js")
        #expect(script.status == .ok && script.body.contains("window.print()"))
        #expect(try await budi.get("/static/tanda-terima.css").body.contains("@media print"))
    }
}
