import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPRender

@Suite("Layout: texts fit their cells, rows fit their pages")
struct LayoutTests {
    static let layouts: [String: DocumentLayout] = {
        var out: [String: DocumentLayout] = [:]
        for name in Samples.all + Samples.manyActors {
            if let sop = SOPLoader.load(path: Samples.path(name)).sop { out[name] = DocumentLayout(sop: sop, language: .id) }
        }
        return out
    }()

    @Test("No line is wider than its cell; rows are tall enough for their lines", arguments: Samples.all + Samples.manyActors)
    func nothingOverflows(_ name: String) throws {
        let layout = try #require(Self.layouts[name])
        let m = layout.metrics
        for row in layout.rows {
            for (kind, lines) in row.cells {
                let column = try #require(layout.columns.first { $0.kind == kind })
                let room = column.width - 2 * m.cellPaddingX - m.border
                for line in lines {
                    let width = TextMeasure.width(line.text, fontSize: m.fontSize, bold: line.style == .bold)
                    #expect(width <= room + 0.001, "\(name): '\(line.text)' is \(width) px in a \(room) px cell")
                }
                #expect(row.height >= Double(lines.count) * m.lineHeight + 2 * m.cellPaddingY)
            }
        }
        for (names, column) in zip(layout.header.actorNames, layout.actorColumns) {
            for line in names {
                #expect(TextMeasure.width(line, fontSize: layout.header.actorFontSize, bold: true)
                        <= column.width - 2 * m.cellPaddingX - m.border)
            }
            #expect(layout.header.lowerHeight >= Double(names.count) * m.lineHeight)
            // No actor name is cut inside a word.
            let words = layout.sop.actors[names.isEmpty ? 0 : layout.header.actorNames.firstIndex(of: names)!].name
                .split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
            // A word the column cannot hold even at the smallest size breaks between syllables
            // ("Kepega-" / "waian"), and only such a word.
            let joined = names.joined(separator: " ").replacingOccurrences(of: "- ", with: "")
                .split(separator: " ").map(String.init)
            #expect(joined == words, "\(name): \(names)")
            for line in names where line.hasSuffix("-") {
                let word = words.first { $0.hasPrefix(String(line.split(separator: " ").last!.dropLast())) } ?? ""
                #expect(TextMeasure.width(word, fontSize: m.fontSize - 2, bold: true) > column.width - 2 * m.cellPaddingX - m.border,
                        "\(name): '\(word)' broken in a column that holds it")
            }
        }
    }

    @Test("Pages hold whole rows, in order, and fit an A4 landscape page", arguments: Samples.all + Samples.manyActors)
    func pagination(_ name: String) throws {
        let layout = try #require(Self.layouts[name])
        let m = layout.metrics
        #expect(layout.pages.map(\.rows.lowerBound).first == 0)
        #expect(layout.pages.last?.rows.upperBound == layout.rows.count)
        for (page, next) in zip(layout.pages, layout.pages.dropFirst()) { #expect(page.rows.upperBound == next.rows.lowerBound) }
        for page in layout.pages {
            // A page as signed holding more than fits is printed smaller (`tata_letak.halaman`),
            // laid out on a wider table that printed smaller is as wide as the others. Such a page
            // may take the room `pageContentHeight` keeps for a caption of one line (its own caption
            // is counted whole).
            let (drawn, shown) = layout.drawn(page: page.number - 1)
            let footer = page.number == layout.pages.count ? layout.footerHeight : 0
            let height = layout.caption.height + (drawn.header.height + shown.flowchart.height + footer) * shown.scale
            let room = m.pageContentHeight + (shown.scale < 1 ? m.pageCaptionHeight : 0) - layout.sop.pageFootRoom
            #expect(height <= room, "\(name) page \(page.number) is \(height) px tall")
            #expect(drawn.tableWidth * shown.scale <= m.pageContentWidth)
            #expect(layout.tableWidth <= m.pageContentWidth)
            let rowBands = page.flowchart.bands.compactMap { band -> Int? in
                if case .row(let row) = band.kind { return row }
                return nil
            }
            #expect(rowBands == Array(page.rows))
            if let last = page.rows.last, case .section = layout.rows[last].content {
                Issue.record("\(name): page \(page.number) ends with a section heading")
            }
        }
    }

    @Test func shortSOPsTakeOnePageLongOnesSeveral() throws {
        #expect(Self.layouts["sop01"]?.pages.count == 1)
        #expect(Self.layouts["gratifikasi"]?.pages.count == 1)
        #expect((Self.layouts["panjang"]?.pages.count ?? 0) >= 3)
    }

    @Test("Symbols sit inside their row; branch labels cover no symbol", arguments: Samples.all + Samples.manyActors)
    func symbolsAndLabels(_ name: String) throws {
        let layout = try #require(Self.layouts[name])
        for page in layout.pages {
            let chart = page.flowchart
            for symbol in chart.symbols {
                let band = chart.bands[symbol.band]
                #expect(symbol.frame.minY >= band.y && symbol.frame.maxY <= band.maxY)
            }
            for edge in chart.edges {
                guard let label = edge.label else { continue }
                #expect(label.frame.minX >= 0 && label.frame.maxX <= chart.width, "\(name): label '\(label.lines)' cut off")
                for symbol in chart.symbols {
                    #expect(!label.frame.intersects(symbol.frame), "\(name): label '\(label.lines)' covers \(symbol.key)")
                }
            }
        }
        let labels = layout.pages.flatMap(\.flowchart.edges).compactMap(\.label).map(\.text)
        var expected: [String] = []
        for step in layout.sop.steps {
            if case .decision(let decision) = step.flow { expected += decision.branches.map(\.label.value).filter { !$0.isEmpty } }
        }
        #expect(labels.sorted() == expected.sorted(), "every branch labelled once")
    }

    @Test func sixOrMoreActorsShareThePageWidth() throws {
        let layout = try #require(Self.layouts["panjang"])
        #expect(layout.actorColumns.count == 7)
        for column in layout.actorColumns { #expect(column.width >= layout.metrics.minimumActorWidth) }
        #expect(layout.tableWidth <= layout.metrics.pageContentWidth)
    }

    @Test func unnumberedRowHasNoNumberAndEndCapsuleHasARow() throws {
        let layanan = try #require(Self.layouts["layanan"])
        let unnumbered = try #require(layanan.rows.first { $0.stepIndices.contains { layanan.sop.steps[$0].number == nil } })
        #expect(unnumbered.cells[.number]?.allSatisfy { $0.text.isEmpty } ?? true)
        let panjang = try #require(Self.layouts["panjang"])
        guard case .end = try #require(panjang.rows.last).content else {
            Issue.record("the long fixture's last row should be the end capsule")
            return
        }
    }
}

@Suite("Text measuring and wrapping")
struct TextMeasureTests {
    @Test func wrapsWithinTheWidth() {
        let text = "Staf layanan pengaduan menerima, mencatat, mengidentifikasi dan menganalisis permasalahan"
        for width in [40.0, 80, 120, 300] {
            let lines = TextMeasure.wrap(text, width: width, fontSize: 10)
            for line in lines { #expect(TextMeasure.width(line, fontSize: 10) <= width) }
            #expect(lines.joined(separator: " ").replacingOccurrences(of: "  ", with: " ").count <= text.count + lines.count)
        }
        #expect(TextMeasure.wrap(text, width: 2000, fontSize: 10) == [text])
    }

    @Test func breaksLongWordsAfterSlashesAndKeepsParagraphs() {
        #expect(TextMeasure.wrap("Bahan/data/informasi", width: 50, fontSize: 10) == ["Bahan/", "data/", "informasi"])
        #expect(TextMeasure.wrap("satu\ndua", width: 300, fontSize: 10) == ["satu", "dua"])
        // A width below one character still ends, one character a line.
        #expect(TextMeasure.wrap("abc", width: 1, fontSize: 10) == ["a", "b", "c"])
        #expect(TextMeasure.wrap("", width: 100, fontSize: 10) == [""])
    }

    @Test func boldAndWideCharactersMeasureWider() {
        #expect(TextMeasure.width("Kegiatan", fontSize: 10, bold: true) > TextMeasure.width("Kegiatan", fontSize: 10))
        #expect(TextMeasure.width("WWW", fontSize: 10) > TextMeasure.width("iii", fontSize: 10))
        #expect(TextMeasure.width("日本", fontSize: 10) >= 20)
    }
}

@Suite("Flow graph and drawability")
struct FlowGraphTests {
    static func load(_ yaml: String) throws -> SOP {
        let result = SOPLoader.load(text: yaml, path: "test.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    static let base = """
        nomor: "09"
        judul: Uji
        pelaksana:
          - {id: a, nama: A, jenis: staf}
          - {id: b, nama: B, jenis: staf}
        kegiatan:

        """

    @Test func aStepOfAParallelRowGoesToTheNextRow() throws {
        let sop = try Self.load(Self.base + """
              - {no: 1, uraian: Mulai, pelaksana: a, simbol: proses, paralel: [x, y]}
              - {id: x, no: 2, uraian: X, pelaksana: a}
              - {id: y, no: 2, uraian: Y, pelaksana: b}
              - {no: 3, uraian: Gabung, pelaksana: a, menunggu: [x, y], lanjut: selesai}

            """)
        let graph = FlowGraph(sop: sop)
        let pairs = graph.edges.map { "\($0.from)->\($0.to)" }
        #expect(pairs == ["0->step(1)", "0->step(2)", "1->step(3)", "2->step(3)", "3->end"])
        #expect(graph.needsEndSymbol)
    }

    @Test func aTerminatorGoingToTheEndNeedsNoArrow() throws {
        let sop = try Self.load(Self.base + """
              - {no: 1, uraian: Mulai, pelaksana: a, simbol: terminator}
              - {no: 2, uraian: Selesai, pelaksana: b, simbol: terminator, lanjut: selesai}

            """)
        let graph = FlowGraph(sop: sop)
        #expect(graph.edges.count == 1)
        #expect(!graph.needsEndSymbol)
    }

    @Test func anSOPWithUndeclaredActorsOrMissingStepsStillDraws() throws {
        let sop = try Self.load(Self.base + """
              - {no: 1, uraian: Mulai, pelaksana: c}
              - no: 2
                uraian: Periksa
                pelaksana: a
                keputusan:
                  cabang: {Ya: 9, Tidak: 1}

            """)
        // `sop lint` refuses it (actor-unknown, flow-unknown-target) before `sop render` would draw
        // it; drawing it anyway never fails: the layout stands in for what is missing.
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains("</html>"))
    }

    @Test func anSOPWithoutStepsOrActorsStillDraws() throws {
        let sop = try Self.load("nomor: \"09\"\njudul: Kosong\npelaksana: []\nkegiatan: []\n")
        for format in RenderFormat.allCases where format != .pdf {
            #expect(!Renderer.render(sop, as: format, language: .id).isEmpty)
        }
    }
}
