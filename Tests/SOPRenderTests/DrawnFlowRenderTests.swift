import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// Flow and tables as drawn (issue 10), at the render level.
@Suite struct DrawnFlowRenderTests {
    static func load(_ steps: String) throws -> SOP {
        let result = SOPLoader.load(text: """
            nomor: "09"
            judul: Uji
            pelaksana:
              - {id: a, nama: A, jenis: staf}
              - {id: b, nama: B, jenis: staf}
            kegiatan:
            \(steps)

            """, path: "uji.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    @Test func whereNoSymbolIsWrittenTheStartAndTheEndsAreTerminators() throws {
        let sop = try Self.load("""
              - {no: 1, uraian: Mulai, pelaksana: a}
              - {no: 2, uraian: Periksa, pelaksana: b, keputusan: {cabang: {Ya: 3, Tidak: selesai}}}
              - {no: 3, uraian: Catat, pelaksana: a}
            """)
        #expect(sop.steps.indices.map { sop.drawnSymbol(of: $0) } == [.terminator, .keputusan, .terminator])
        // Written symbols are drawn as written.
        let written = try Self.load("""
              - {no: 1, uraian: Mulai, pelaksana: a, simbol: proses}
              - {no: 2, uraian: Catat, pelaksana: a}
            """)
        #expect(written.steps.indices.map { written.drawnSymbol(of: $0) } == [.proses, .proses])
    }

    @Test func unlabelledExitsHaveNoLabelAndAPlainArrowCarriesItsOwn() throws {
        let sop = try Self.load("""
              - {no: 1, uraian: Mulai, pelaksana: a, simbol: terminator, label_lanjut: Ya}
              - no: 2
                uraian: Periksa
                pelaksana: b
                keputusan: {cabang: [{ke: 3}, {ke: 4, label: Tidak}]}
              - {no: 3, uraian: Catat, pelaksana: a, lanjut: selesai}
              - {no: 4, uraian: Tolak, pelaksana: a, simbol: terminator}
            """)
        let graph = FlowGraph(sop: sop)
        #expect(graph.edges.map { "\($0.from)->\($0.to) \($0.label ?? "-")" }
            == ["0->step(1) Ya", "1->step(2) -", "1->step(3) Tidak", "2->end -"])
        let layout = DocumentLayout(sop: sop, language: .id, style: .flowchart)
        let labels = layout.pages.flatMap(\.flowchart.edges).compactMap(\.label).map { $0.lines.joined() }
        #expect(labels.sorted() == ["Tidak", "Ya"])
    }

    @Test func aRowWithoutASymbolDrawsNoBox() throws {
        let sop = try Self.load("""
              - {no: 1, uraian: Mulai, pelaksana: a, simbol: terminator}
              - {no: 2, uraian: Lewat, pelaksana: b, simbol: tanpa}
              - {no: 3, uraian: Selesai, pelaksana: a, simbol: terminator}
            """)
        let svg = Renderer.render(sop, as: .svg, language: .id)
        #expect(!svg.contains("data-step=\"2\""))
        #expect(svg.contains("<title>Lewat</title>"))
        #expect(svg.contains("data-from=\"step:1\" data-to=\"step:2\"") && svg.contains("data-from=\"step:2\" data-to=\"step:3\""))
    }

    @Test func aConditionOnlyInTheTextIsDrawnAsPrinted() throws {
        let sop = try Self.load("""
              - no: 1
                uraian: Menyerahkan lokasi (apabila diperlukan)
                pelaksana: a
                keputusan: {tergambar: tidak, cabang: {Ya: 2, Tidak: 3}}
              - {no: 2, uraian: Lokasi, pelaksana: b}
              - {no: 3, uraian: SPMK, pelaksana: a}
            """)
        #expect(sop.drawnSymbol(of: 0) == .terminator)
        #expect(sop.steps[0].drawnSymbol == .proses)
        #expect(FlowGraph(sop: sop).edges.filter { $0.from == 0 }.map { "\($0.to)" } == ["step(1)"])
    }

    @Test func severalTablesPrintTheirHeadingsColumnsAndFootnotes() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/flow/kontrak-contoh.yaml").path
        let sop = try #require(SOPLoader.load(path: path).sop)
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.components(separatedBy: "<h2 class=\"table-title\">").count == 3)
        #expect(html.contains("<th>Kelengkapan</th><th>Output</th><th>Waktu</th>"))
        #expect(html.contains("<th>(1)</th><th>(2)</th>"))
        #expect(html.contains("<div class=\"footnotes\"><p>Ket: *) apabila diperlukan</p></div>"))
        // Table A's columns are PPK and Penyedia only; table B's are its four.
        #expect(sop.table(0).actors.map(\.id.value) == ["ppk", "penyedia"])
        #expect(sop.table(1).actors.map(\.id.value) == ["kpa", "ppk", "penyedia", "aplikasi"])
    }
}
