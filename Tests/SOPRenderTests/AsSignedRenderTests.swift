import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// Issue 10, what `render5` added for the SOPs as signed: words printed in italics (`*Output*`),
/// a line printed on past its turn (`garis_ke`), numbered connectors and joint boxes in Mermaid
/// and DOT, a numbered connector from one table to another, the Permenpan terminators of an SOP
/// of several tables without symbols, an Output cell printed "-".
@Suite struct AsSignedRenderTests {
    private func load(_ fixture: String) throws -> SOP {
        let result = SOPLoader.load(path: Paths.fixture(fixture))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    private func loadText(_ text: String) throws -> SOP {
        let result = SOPLoader.load(text: text, path: "contoh.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    // MARK: Italics

    @Test func wordsBetweenAsterisksAreItalic() {
        #expect(Emphasis.runs("*Output*") == [.init("Output", italic: true)])
        #expect(Emphasis.runs("waktu maupun *output* dikategorikan")
            == [.init("waktu maupun ", italic: false), .init("output", italic: true), .init(" dikategorikan", italic: false)])
        #expect(Emphasis.plain("(*Copy*) berkas") == "(Copy) berkas")
        #expect(Emphasis.html("*A & B*") == "<i>A &amp; B</i>")
    }

    @Test("Asterisks that are not a pair around words are printed as written",
          arguments: ["Dokumen pendukung *) yang lengkap", "Ket: *) apabila diperlukan, **) jika ada",
                      "* Dokumen ini telah ditandatangani", "2*3 lembar", "*belum ditutup", "kata*kata*", "* *", "*"])
    func otherAsterisksStay(_ text: String) {
        #expect(Emphasis.plain(text) == text)
        #expect(Emphasis.runs(text) == [.init(text, italic: false)])
    }

    @Test func italicsGoOnAcrossALineBreak() {
        #expect(Emphasis.html(lines: ["*Copy berkas", "terkait* kontrak"]) == ["<i>Copy berkas</i>", "<i>terkait</i> kontrak"])
        #expect(Emphasis.html(lines: ["Dokumen *)", "yang <valid>"]) == ["Dokumen *)", "yang &lt;valid&gt;"])
    }

    @Test func theDocumentPrintsItalicsWhereTheOfficialWroteThem() throws {
        let sop = try load("examples/bps-pelaksanaan-kontrak.yaml")
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains("<th><i>Output</i></th>"))
        #expect(html.contains("waktu maupun <i>output</i> dikategorikan"))
        #expect(html.contains("<i>Copy</i> berkas terkait"))
        #expect(!html.contains("*Output*") && !html.contains("*Copy*"))
        let markdown = Renderer.render(sop, as: .markdown, language: .id)
        #expect(markdown.contains("| *Output* |") && markdown.contains("*Copy* berkas"))
        for format in [RenderFormat.mermaid, .dot, .svg] {
            #expect(!Renderer.render(sop, as: format, language: .id).contains("*Output*"))
        }
    }

    @Test func footnoteMarksStayNormalText() throws {
        let sop = try load("examples/bps-pengajuan-pembayaran.yaml")
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains("<div class=\"l\">pendukung *)</div><div class=\"l\">yang lengkap</div>"))
        #expect(html.contains("Ket:   *) Kelengkapan dokumen pendukung:"))
        #expect(!html.contains("<i>"))
        #expect(Renderer.render(sop, as: .markdown, language: .id).contains("Dokumen pendukung \\*) yang lengkap"))
    }

    // MARK: A line printed on past its turn

    @Test func aLineRunsOnToTheRowItNames() throws {
        let sop = try load("examples/bps-pengajuan-pembayaran.yaml")
        let from = try #require(sop.stepIndex("t2-1")), to = try #require(sop.stepIndex("t2-4"))
        #expect(sop.steps[from].drawn.lineTo?.value == .step("t2-4"))
        let graph = FlowGraph(sop: sop)
        #expect(graph.drawnEdges.contains { $0.from == from && $0.to == .step(to) })
        // Drawn only: the flow of the case still goes 1 → 2.
        let model = SOPModel.FlowGraph(sop)
        #expect(model.successors(of: from).compactMap(\.node) == [.step(try #require(sop.stepIndex("t2-2")))])
        let svg = Renderer.render(sop, as: .svg, language: .id)
        #expect(svg.contains("data-from=\"step:t2-1\" data-to=\"step:t2-4\""))
        #expect(svg.contains("data-from=\"step:t4-1\" data-to=\"step:t4-4\""))
    }

    // MARK: Mermaid and DOT

    @Test func mermaidAndDOTDrawNumberedConnectorsAsCircles() throws {
        let sop = try load("examples/bps-hibah-bmn-keluar.yaml")
        let mermaid = Renderer.render(sop, as: .mermaid, language: .id)
        #expect(mermaid.contains("s5 -->|\"A\"| p1o\n") && mermaid.contains("p1o((\"1\"))") && mermaid.contains("p1i --> s6\n"))
        #expect(mermaid.contains("s5 -->|\"B\"| p2o\n") && mermaid.contains("p2i --> s7\n"))
        #expect(!mermaid.contains("s5 -->|\"A\"| s6"))
        let dot = Renderer.render(sop, as: .dot, language: .id)
        #expect(dot.contains("p1o [label=\"1\", shape=circle") && dot.contains("s5 -> p1o [label=\"A\"];") && dot.contains("p1i -> s6;"))
    }

    @Test func mermaidAndDOTDrawJointBoxesWithAPlainLine() throws {
        let sop = try load("examples/bps-pelaksanaan-kontrak.yaml")
        let mermaid = Renderer.render(sop, as: .mermaid, language: .id)
        // Row 6: PPK's box joined to a Penyedia box of its own; row 16: the KPA box with its
        // short line touching nothing, and the arrow to Penyedia 17 out of the joint box.
        #expect(mermaid.contains("    j6_3[\"6\"]\n") && mermaid.contains("  s6 --- j6_3\n"))
        #expect(mermaid.contains("subgraph a1[\"KPA\"]") && mermaid.contains("j16_1[\"16\"]") && !mermaid.contains("--- j16_1"))
        #expect(mermaid.contains("  j16_3 --> s18\n"))
        // Row 17: two boxes of their own, joined.
        #expect(mermaid.contains("  s17 --- s18\n"))
        let dot = Renderer.render(sop, as: .dot, language: .id)
        #expect(dot.contains("s6 -> j6_3 [dir=none, constraint=false];") && dot.contains("{ rank=same; s6; j6_3; }"))
    }

    // MARK: A numbered connector from one table to another

    @Test func aNumberedConnectorBetweenTablesIsDrawnInEveryFormat() throws {
        let sop = try load("render/penghubung-tabel.yaml")
        let parts = DocumentLayout.tables(of: sop, language: .id, style: .document)
        let foot = try #require(parts[0].pages.last?.flowchart.symbols.first { if case .connector = $0.key { true } else { false } })
        #expect(foot.shape == .numberedConnector && foot.text == "1")
        let head = try #require(parts[1].pages.first?.flowchart.symbols.first { if case .connector = $0.key { true } else { false } })
        #expect(head.shape == .numberedConnector && head.text == "1")
        #expect(head.frame.width == Metrics.standard.numberedConnectorSize)
        let svg = Renderer.render(sop, as: .svg, language: .id)
        #expect(svg.contains("data-shape=\"numbered\"") && svg.contains("data-connector=\"1\""))
        let mermaid = Renderer.render(sop, as: .mermaid, language: .id)
        #expect(mermaid.contains("  s2 --> p1o\n") && mermaid.contains("  p1i --> s3\n") && !mermaid.contains("s2 --> s3"))
        // The first circle in table 1 (the source's column), the second in table 2.
        let table1 = try #require(mermaid.components(separatedBy: "subgraph t2[").first)
        #expect(table1.contains("p1o((\"1\"))") && !table1.contains("p1i"))
        let dot = Renderer.render(sop, as: .dot, language: .id)
        #expect(dot.contains("s2 -> p1o;") && dot.contains("p1i -> s3;"))
    }

    // MARK: Terminators of an SOP of several tables without symbols

    private func shapes(_ sop: SOP) -> [[PlacedSymbol.Shape]] {
        DocumentLayout.tables(of: sop, language: .id, style: .document).map { layout in
            layout.pages.flatMap(\.flowchart.symbols).compactMap { symbol in
                if case .step = symbol.key { return symbol.shape }
                return nil
            }
        }
    }

    @Test func tablesOfOneProcedureStartOnceAndEndOnce() throws {
        let sop = try load("render/tanpa-simbol-berurutan.yaml")
        #expect(shapes(sop) == [[.terminator, .process], [.process, .terminator]])
        let mermaid = Renderer.render(sop, as: .mermaid, language: .id)
        #expect(mermaid.contains("s1([\"1. Staf") && mermaid.contains("s2[\"2. Staf") && mermaid.contains("s3[\"1. Kepala")
            && mermaid.contains("s4([\"2. Kepala"))
    }

    @Test func alternativeTablesEachStartAndEnd() throws {
        let sop = try load("render/tanpa-simbol-pilihan.yaml")
        #expect(shapes(sop) == [[.terminator, .process, .terminator], [.terminator, .terminator]])
        let dot = Renderer.render(sop, as: .dot, language: .id)
        #expect(dot.contains("s4 [label=\"1. Staf menyusun rincian\\nperjalanan\", style=\"rounded,filled\"]"))
        #expect(dot.contains("s2 [label=\"2. PPK memeriksa daftar honor\"];"))
    }

    // MARK: An Output cell printed "-"

    @Test func anOutputPrintedDashIsPrintedDash() throws {
        let sop = try loadText("""
            nomor: "31"
            judul: Uji Output
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {kelengkapan: [Berkas], waktu: 10 menit, output: ["-"]}}
            """)
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains("<div class=\"l\">10 menit</div></td><td><div class=\"l\">-</div></td>"))
        let markdown = Renderer.render(sop, as: .markdown, language: .id)
        #expect(markdown.contains("| 1 | Menerima berkas | ⬭ | Berkas | 10 menit | - |"))
    }
}
