import Foundation
import SOPModel
import Testing

@testable import SOPRender

/// Tester 32, F9: `tata_letak: {halaman: []}` (no row begins a page) keeps the whole table on
/// one page, as an SOP signed on one page is; without `halaman` the table breaks where a page
/// is full (the README says both).
@Suite struct OnePageTableTests {
    static func tableSheets(_ pages: String?) throws -> Int {
        var text = try String(contentsOfFile: Samples.path("paten"), encoding: .utf8)
            .replacingOccurrences(of: "    halaman_baru: ya\n", with: "")
        text = text.replacingOccurrences(of: "halaman: [7]", with: pages ?? "butir: tidak")
        let sop = try #require(SOPLoader.load(text: text, path: "05-ahli-waris.yaml").sop)
        let html = HTMLWriter(layout: DocumentLayout(sop: sop, language: .id, metrics: Metrics())).document()
        return html.components(separatedBy: "<section class=\"sheet\"").count - 1
    }

    @Test func anEmptyListKeepsTheTableOnOnePage() throws {
        #expect(try Self.tableSheets("halaman: []") == 1)
        #expect(try Self.tableSheets(nil) > 1)
        #expect(try Self.tableSheets("halaman: [7]") == 2)
    }
}
