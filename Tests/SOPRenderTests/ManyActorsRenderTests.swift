import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// What outside testers found typing real SOPs of many actor columns (testers 25 and 26):
/// PATEN's ahli waris (6 actors, its pages as signed, the first printed smaller) and the
/// kenaikan pangkat (7 actors, a three-way decision, two loops).
@Suite("Many actor columns: pages, labels, widths, running header")
struct ManyActorsRenderTests {
    static let names = ["paten", "kenaikan"]

    static func layout(_ name: String) throws -> DocumentLayout {
        DocumentLayout(sop: try Samples.sop(name), language: .id)
    }

    /// The text between two markers, after the first.
    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }

    // MARK: 1. The screen view of a page printed smaller

    /// A page as signed taller than a page is printed smaller, in a box that hides what passes
    /// it: the table drawn at the scale written must end inside the box (the scale was written
    /// rounded up, 0.97 for 0.966, and the box cut the last row on screen). PATEN's ahli waris
    /// with its first table page holding rows 1-10 (as the tester first typed it: 0.71), and
    /// as typed (rows 1-6) with the columns it had then.
    @Test(arguments: ["halaman: [11]", "halaman: [7]"])
    func aPagePrintedSmallerEndsInsideItsBox(_ pages: String) throws {
        let text = try String(contentsOfFile: Samples.path("paten"), encoding: .utf8)
            .replacingOccurrences(of: "halaman: [7]", with: pages).replacingOccurrences(of: "    halaman_baru: ya\n", with: "")
        let sop = try #require(SOPLoader.load(text: text, path: "05-ahli-waris.yaml").sop)
        var metrics = Metrics()
        // Rows 1-6 as typed fit a page with today's columns; a lower page makes them overfull.
        if pages == "halaman: [7]" { metrics.pageContentHeight = 600 }
        let html = HTMLWriter(layout: DocumentLayout(sop: sop, language: .id, metrics: metrics)).document()
        let sheets = html.components(separatedBy: "<section").filter { $0.contains("class=\"scaled\"") }
        #expect(sheets.count == 1)
        for sheet in sheets {
            let scale = try #require(Self.between(sheet, "transform:scale(", ")").flatMap(Double.init))
            let box = try #require(Self.between(sheet, "class=\"scaled\" style=\"height:", "px").flatMap(Double.init))
            // The table as the browser draws it: every row at its height, and the border under the last.
            let rows = sheet.components(separatedBy: "<tr").dropFirst().compactMap {
                Self.between($0, "style=\"height:", "px").flatMap(Double.init)
            }
            let table = rows.reduce(0, +) + 1
            #expect(scale < 1)
            #expect(table * scale <= box, "a table of \(table) px at \(scale) in a box of \(box) px")
            #expect(box - table * scale <= 4, "the box leaves \(box - table * scale) px under the table")
        }
    }

    // MARK: 3. Column widths

    /// The columns fill the page; each text column holds its longest word (a word with '/' or
    /// '-' counts by its pieces); the actor headings keep whole words.
    @Test("Columns follow their content within the page", arguments: names)
    func columnsFollowTheirContent(_ name: String) throws {
        let layout = try Self.layout(name)
        let m = layout.metrics
        #expect(abs(layout.tableWidth - m.pageContentWidth) < 0.001, "\(name): \(layout.tableWidth) px wide")
        let actors = layout.actorColumns.map(\.width)
        #expect(Set(actors).count == 1)
        #expect((actors.first ?? 0) >= m.minimumActorWidth && (actors.first ?? 0) <= m.maximumActorWidth)
        // No word broken inside: each column holds the widest piece of its texts, with a bullet.
        let bullet = TextMeasure.width("• ", fontSize: m.fontSize)
        for step in layout.sop.steps {
            let texts: [(TableColumn.Kind, [String])] = [
                (.kegiatan, [step.uraian.value]), (.kelengkapan, step.mutuBaku.kelengkapan.map(\.text.value)),
                (.output, step.mutuBaku.output.map(\.value)), (.keterangan, step.keterangan.map { [$0] } ?? []),
                (.waktu, step.mutuBaku.waktu.map { [$0.text.value] } ?? []),
            ]
            for (kind, values) in texts {
                let column = try #require(layout.columns.first { $0.kind == kind })
                let room = column.width - 2 * m.cellPaddingX - m.border
                for piece in values.flatMap({ $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }).flatMap(TableBuilder.pieces) {
                    let width = TextMeasure.width(piece, fontSize: m.fontSize) + (kind == .kelengkapan || kind == .output ? bullet : 0)
                    #expect(width <= room + 0.001, "\(name): '\(piece)' (\(width) px) broken in \(kind), \(room) px")
                }
            }
        }
        // The headings at 8 px at least; a word broken only where the column cannot hold it
        // (LayoutTests checks the words). PATEN's six actors keep every word whole.
        #expect(layout.header.actorFontSize >= m.fontSize - 2)
        if name == "paten" {
            for names in layout.header.actorNames { for line in names { #expect(!line.hasSuffix("-"), "\(name): \(names)") } }
        }
    }

    /// Seven actors: the Output column is no wider than its words need (a registration number
    /// "800.1.3/...../BKPSDM/2025" breaks at its '/'), the room going to Kelengkapan, whose nine
    /// items made row 1 taller than a page (printed, it ran onto a second sheet and lost its
    /// flowchart); every page now fits without being printed smaller.
    @Test func sevenActorsLeaveKelengkapanItsRoom() throws {
        let layout = try Self.layout("kenaikan")
        let width = { (kind: TableColumn.Kind) in layout.columns.first { $0.kind == kind }?.width ?? 0 }
        #expect(width(.kelengkapan) > width(.output), "Kelengkapan \(width(.kelengkapan)), Output \(width(.output))")
        #expect(width(.output) < 140)
        #expect(layout.pages.allSatisfy { $0.scale == 1 })
        let available = layout.metrics.pageContentHeight - layout.caption.height - layout.header.height
        for page in layout.pages {
            let footer = page.number == layout.pages.count ? layout.footerHeight : 0
            #expect(page.flowchart.height + footer <= available, "page \(page.number): \(page.flowchart.height) px")
        }
        // Row 1 (nine items) no taller than a page holds below the header and the connector bands:
        // the actor columns gave it their room.
        let rowRoom = available - 2 * layout.metrics.connectorBandHeight
        #expect(layout.rows.map(\.height).max() ?? 0 <= rowRoom, "\(layout.rows.map(\.height))")
        #expect(layout.actorColumns.allSatisfy { $0.width >= layout.metrics.minimumActorWidth })
    }

    // MARK: 4. The running header

    @Test("The running header prints the unit and the SOP's name whole", arguments: names)
    func theRunningHeaderIsWhole(_ name: String) throws {
        let layout = try Self.layout(name)
        let caption = layout.caption
        let m = layout.metrics
        #expect(caption.agencyLines.joined(separator: " ") == caption.agency)
        let total = layout.pages.count + 1
        for page in 2...total {
            let (lines, number) = caption.titleLines(page: page, of: total, .id)
            let number_ = try #require(number)
            #expect(lines.joined(separator: " ") == caption.title + " " + number_)
            #expect(lines.last?.hasSuffix(number_) == true)
            #expect(Double(max(lines.count, caption.agencyLines.count) - 1) * m.lineHeight + m.pageCaptionHeight <= caption.height)
            for line in lines { #expect(TextMeasure.width(line, fontSize: m.fontSize, bold: true) <= caption.titleWidth) }
        }
        for line in caption.agencyLines { #expect(TextMeasure.width(line, fontSize: m.fontSize, bold: true) <= caption.agencyWidth) }
        #expect(caption.agencyWidth + PageCaption.gap + caption.titleWidth <= layout.tableWidth + 0.001)
        let html = try #require(Samples.html[name])
        #expect(!html.contains("text-overflow: ellipsis"))
        #expect(!html.contains("…"))
    }

    /// The BKPSDM's long name and the SOP's long title do not fit one line: both wrap, whole,
    /// and the caption is as tall as its lines.
    @Test func aLongUnitAndTitleWrap() throws {
        let layout = try Self.layout("kenaikan")
        #expect(layout.caption.height > layout.metrics.pageCaptionHeight)
        let html = try #require(Samples.html["kenaikan"])
        #expect(html.contains("Usul Kenaikan Pangkat Reguler"))
        #expect(html.contains(">Badan Kepegawaian dan Pengembangan"))
        #expect(html.contains("Kabupaten Sukamaju</span>"))
    }
}
