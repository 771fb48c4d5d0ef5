import Foundation
import SOPModel
import Testing

@testable import SOPRender

/// Outside testers 28 and 29 on `sop render`: a Mutu Baku heading printed as the unit names it
/// ran into the next heading (F8); a page printed smaller as signed was narrower than the others
/// although only its height had to shrink (F10); a decision two actors make together was drawn as
/// a diamond and an empty box (F7).
@Suite struct HeadingsPagesAndJointDecisionTests {
    private func load(_ file: String, _ edit: (String) -> String = { $0 }) throws -> SOP {
        let path = Paths.fixture(file)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = SOPLoader.load(text: edit(text), path: path)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    private func column(_ layout: DocumentLayout, _ kind: TableColumn.Kind) throws -> TableColumn {
        try #require(layout.columns.first { $0.kind == kind })
    }

    // MARK: F8: headings as printed, wrapped to their cells

    @Test func aHeadingPrintedWithASlashBreaksAfterIt() throws {
        let layout = DocumentLayout(sop: try load("ktp-el/12-ktp-el.yaml"), language: .id)
        let m = layout.metrics
        #expect(layout.header.labels["kelengkapan"] == ["Persyaratan/", "Kelengkapan"])
        let room = try column(layout, .kelengkapan).width - 2 * m.cellPaddingX - m.border
        #expect(TextMeasure.width("Persyaratan/Kelengkapan", fontSize: m.fontSize, bold: true) > room)
        #expect(layout.header.lowerHeight >= 2 * m.lineHeight + 2 * m.cellPaddingY)
        let html = HTMLWriter(layout: layout).document()
        #expect(html.contains("<th><div class=\"l\">Persyaratan/</div><div class=\"l\">Kelengkapan</div></th>"))
        #expect(!html.contains(">Persyaratan/Kelengkapan<"))
    }

    @Test func everyHeadingFitsItsCellAndTheColumnWidensForAHeadingWord() throws {
        let sop = try load("ktp-el/12-ktp-el.yaml") {
            $0.replacingOccurrences(of: "label: {kelengkapan: Persyaratan/Kelengkapan}",
                                    with: "label: {kelengkapan: Persyaratan/Kelengkapan, waktu: Waktu Penyelesaian}")
        }
        let layout = DocumentLayout(sop: sop, language: .id)
        let m = layout.metrics
        let cells: [String: TableColumn.Kind] = ["no": .number, "kegiatan": .kegiatan, "kelengkapan": .kelengkapan,
                                                 "waktu": .waktu, "output": .output, "keterangan": .keterangan]
        for (key, kind) in cells {
            let lines = try #require(layout.header.labels[key], "\(key)")
            let room = try column(layout, kind).width - 2 * m.cellPaddingX - m.border
            for line in lines {
                #expect(TextMeasure.width(line, fontSize: m.fontSize, bold: true) <= room, "\(key): '\(line)' in \(room) px")
                #expect(!line.hasSuffix("-"), "\(key): '\(line)' broken inside a word")
            }
        }
        // "Penyelesaian" is wider than the Waktu column's 62 px: the column takes its width, and
        // the heading breaks between its words.
        #expect(try column(layout, .waktu).width > m.waktuColumnWidth)
        #expect(layout.header.labels["waktu"] == ["Waktu", "Penyelesaian"])
    }

    @Test func theDefaultHeadingsAreTheCatalogsInOneLineEach() throws {
        let layout = DocumentLayout(sop: try Samples.sop("sop01"), language: .id)
        #expect(layout.header.labels["kelengkapan"] == ["Kelengkapan"])
        #expect(layout.header.labels["mutu_baku"] == ["Mutu Baku"])
        #expect(layout.header.labels["pelaksana"] == ["Pelaksana"])
    }

    // MARK: F10: a page printed smaller only as much as it must

    @Test func aSignedPageTooTallIsPrintedAsWideAsTheOthersAndNoSmallerThanNeeded() throws {
        let layout = DocumentLayout(sop: try load("reklame/sop/45-izin-reklame.yaml"), language: .id)
        let m = layout.metrics
        #expect(layout.pages.count == 2)
        #expect(layout.pages[0].scale == 1 && layout.widened[0] == nil)
        // Page 3 (rows 5-12) is taller than its page at the width of the others.
        #expect(layout.pages[1].scale < 1)
        let (wide, page) = layout.drawn(page: 1)
        #expect(layout.widened[1] != nil)
        // Laid out on a wider table, printed smaller: as wide as the other pages (to a pixel of
        // rounding), shrunk less than the page laid out at their width, and inside its page.
        let drawnWidth = wide.tableWidth * page.scale
        #expect(drawnWidth <= layout.tableWidth && drawnWidth > layout.tableWidth - 1.5, "\(drawnWidth)")
        #expect(page.scale > layout.pages[1].scale)
        let room = m.pageContentHeight + m.pageCaptionHeight - layout.caption.height - layout.sop.pageFootRoom
        #expect(page.tableHeight == wide.height(ofPage: 1))
        #expect(page.tableHeight * page.scale <= room)
        // The rows are those of the page as signed, every one at least as tall as its text.
        #expect(page.rows == layout.pages[1].rows)
        for row in page.rows {
            let lines = wide.rows[row].cells.values.map(\.count).max() ?? 1
            #expect(wide.rows[row].height >= Double(lines) * m.lineHeight + 2 * m.cellPaddingY)
        }
        // One hundredth larger would not fit: the scale is the largest that does.
        var wider = m
        wider.pageContentWidth = (layout.tableWidth * 100 / (page.scale * 100 + 1)).rounded(.down)
        let larger = DocumentLayout(sop: layout.sop, language: .id, metrics: wider)
        #expect(larger.height(ofPage: 1) * (page.scale + 0.01) > room)
    }

    @Test func theHTMLPrintsTheWiderTableSmallerUnderTheRunningHeaderOfThePage() throws {
        let layout = DocumentLayout(sop: try load("reklame/sop/45-izin-reklame.yaml"), language: .id)
        let html = HTMLWriter(layout: layout).document()
        let (wide, page) = layout.drawn(page: 1)
        let scale = Markup.number((page.scale * 100 + 1e-9).rounded(.down) / 100)
        #expect(html.contains("<table class=\"activities\" style=\"width:\(Markup.number(wide.tableWidth))px;transform:scale(\(scale));"))
        // Both running headers as wide as the page's table is printed.
        #expect(html.components(separatedBy: "<p class=\"caption\" style=\"width:\(Markup.number(layout.tableWidth))px;").count == 3)
        #expect(html.components(separatedBy: "transform:scale(").count == 2)
    }

    // MARK: F7: a decision of two actors side by side, one diamond across their columns

    private func placed(_ layout: DocumentLayout, step number: String) throws -> (PlacedSymbol, FlowchartLayout) {
        let index = try #require(layout.sop.steps.firstIndex { $0.number == number })
        for page in layout.pages {
            if let symbol = page.flowchart.symbols.first(where: { $0.key == .step(index) }) { return (symbol, page.flowchart) }
        }
        throw TestFailure("step \(number) is not drawn")
    }

    private struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test(arguments: [LayoutStyle.document, .flowchart])
    func aJointDecisionOfColumnsSideBySideIsOneDiamondAcrossThem(_ style: LayoutStyle) throws {
        let sop = try load("render/keputusan-bersama.yaml")
        let layout = DocumentLayout(sop: sop, language: .id, style: style)
        let (diamond, chart) = try placed(layout, step: "2")
        let operatorLane = try #require(chart.lanes.first { sop.actors[$0.actor].id.value == "operator" })
        let siak = try #require(chart.lanes.first { sop.actors[$0.actor].id.value == "siak" })
        #expect(diamond.shape == .decision && diamond.spansColumns)
        // Centred on the border between the two columns, reaching into both.
        #expect(abs(diamond.frame.midX - operatorLane.maxX) < 0.001 && operatorLane.maxX == siak.x)
        #expect(diamond.frame.minX > operatorLane.x && diamond.frame.maxX < siak.maxX)
        // No box and no line for SIAK: the diamond is the whole drawing of the row.
        #expect(!chart.joints.contains { $0.step == 1 })
        // Its exits leave it and their labels are placed.
        let exits = chart.edges.filter { $0.from == .step(1) }
        #expect(exits.count == 2)
        #expect(Set(exits.compactMap { $0.label?.text }) == ["Sudah ada", "Belum ada"])
        // No arrow runs through it.
        for edge in chart.edges where edge.from != .step(1) && edge.to != .step(1) {
            for segment in edge.points.segments {
                #expect(!segment.crosses(diamond.frame), "\(edge.from)->\(edge.to) crosses the diamond")
            }
        }
    }

    @Test func aJointDecisionOfColumnsApartKeepsItsColumnAndABoxInTheOther() throws {
        let sop = try load("render/keputusan-bersama.yaml")
        let layout = DocumentLayout(sop: sop, language: .id)
        let (diamond, chart) = try placed(layout, step: "4")
        let operatorLane = try #require(chart.lanes.first { sop.actors[$0.actor].id.value == "operator" })
        #expect(!diamond.spansColumns)
        #expect(diamond.frame.minX >= operatorLane.x && diamond.frame.maxX <= operatorLane.maxX)
        let joint = try #require(chart.joints.first { $0.step == 3 })
        #expect(sop.actors[joint.actor].id.value == "kabid" && joint.drawsBox)
    }

    @Test func theKTPDecisionWithSIAKIsOneDiamond() throws {
        let layout = DocumentLayout(sop: try load("ktp-el/12-ktp-el.yaml"), language: .id)
        let (diamond, chart) = try placed(layout, step: "4")
        #expect(diamond.spansColumns)
        let index = try #require(layout.sop.steps.firstIndex { $0.number == "4" })
        #expect(!chart.joints.contains { $0.step == index })
    }
}
