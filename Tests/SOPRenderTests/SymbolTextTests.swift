import Foundation
import SOPModel
import Testing

@testable import SOPRender

/// Tester 31 F5, tester 32 F6: the words printed inside a symbol on the signed paper (the
/// question in the diamond, "Mulai"/"Selesai" in a capsule) are typed as `teks_simbol` and
/// drawn there, wrapped to fit, in place of the row number.
@Suite struct SymbolTextTests {
    static let text = """
        nomor: "14"
        judul: Laporan kejadian bencana
        pelaksana:
          - {id: pelapor, nama: Pelapor, jenis: eksternal}
          - {id: operator, nama: Operator Pusdalops, jenis: staf}
          - {id: kalak, nama: Kepala Pelaksana, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Pelapor menyampaikan laporan, pelaksana: pelapor, simbol: terminator, teks_simbol: Mulai}
          - no: 2
            uraian: Operator menilai laporan
            pelaksana: operator
            teks_simbol: Perlu kaji cepat (TRC)?
            keputusan:
              cabang: {Ya: 3, Tidak: 4}
          - {no: 3, uraian: Kaji cepat, pelaksana: operator, lanjut: 4}
          - no: 4
            uraian: Kepala menyetujui
            pelaksana: kalak
            keputusan:
              pertanyaan: Setuju?
              cabang: {Ya: 5, Tidak: 3}
          - {no: 5, uraian: Laporan diarsipkan, pelaksana: operator, simbol: terminator, teks_simbol: Selesai}
        """

    static func sop() throws -> SOP {
        let loaded = SOPLoader.load(text: text, path: "14-bencana.yaml")
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
        return try #require(loaded.sop)
    }

    @Test func theDiamondsWordsAreItsQuestionAndAreNotRepeatedUnderTheActivity() throws {
        let sop = try Self.sop()
        guard case .decision(let decision) = sop.steps[1].flow else { Issue.record("not a decision"); return }
        #expect(decision.question?.value == "Perlu kaji cepat (TRC)?")
        #expect(sop.steps[1].questionUnderActivity == nil)
        // A question written apart from the symbol's words is still printed under the activity.
        #expect(sop.steps[3].questionUnderActivity?.value == "Setuju?")
    }

    @Test func theWordsAreDrawnInsideTheSymbolWrappedToFit() throws {
        let sop = try Self.sop()
        for style in [LayoutStyle.document, .flowchart] {
            let layout = DocumentLayout(sop: sop, language: .id, style: style)
            let symbols = layout.pages.flatMap(\.flowchart.symbols)
            let start = try #require(symbols.first { $0.key == .step(0) })
            #expect(start.textLines == ["Mulai"])
            let diamond = try #require(symbols.first { $0.key == .step(1) })
            #expect(diamond.textLines.count > 1, "\(diamond.textLines)")
            #expect(diamond.textLines.joined(separator: " ") == "Perlu kaji cepat (TRC)?")
            // Each line fits the box in the middle of the diamond (half its width), and the
            // diamond is taller than the standard one to hold them.
            for line in diamond.textLines {
                #expect(TextMeasure.width(line, fontSize: diamond.textSize) <= diamond.frame.width / 2 + 4, "\(line)")
            }
            #expect(diamond.frame.height >= 2 * Double(diamond.textLines.count) * Metrics.standard.labelLineHeight * diamond.textSize / 9)
            let end = try #require(symbols.first { $0.key == .step(4) })
            #expect(end.textLines == ["Selesai"])
            // A symbol without words keeps its row number.
            let plain = try #require(symbols.first { $0.key == .step(2) })
            #expect(plain.textLines.isEmpty && plain.text == "3")
        }
    }

    @Test func theDocumentPrintsTheWordsInTheSymbolAndNotInTheKegiatanCell() throws {
        let sop = try Self.sop()
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains(">Mulai</tspan>"))
        #expect(html.contains(">Selesai</tspan>"))
        #expect(html.contains("class=\"symbol-text\""))
        #expect(html.components(separatedBy: "Perlu").count - 1 >= 1)
        #expect(!html.contains("<div class=\"l i\">Perlu"))
        #expect(html.contains("<div class=\"l i\">Setuju?</div>"))
        #expect(html.contains("Setuju?"))
        let markdown = Renderer.render(sop, as: .markdown, language: .id)
        #expect(markdown.contains("⬭ Mulai"), "\(markdown)")
        #expect(markdown.contains("◇ Perlu kaji cepat (TRC)?<br>Ya → 3; Tidak → 4"), "\(markdown)")
        #expect(!markdown.contains("*Perlu kaji"))
        #expect(markdown.contains("*Setuju?*"))
    }
}
