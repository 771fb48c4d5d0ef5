import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// A long SOP as a unit prints it: section heading rows the flowchart runs through, actor
/// headings broken between syllables, no last page of a single row, graph nodes numbered as
/// printed and keeping the whole activity.
@Suite("Printed as on paper: heading rows, broken words, the last page, graph nodes")
struct PrintedAsOnPaperTests {
    static func sop() throws -> SOP {
        let result = SOPLoader.load(path: Paths.fixture("render/akta-kelahiran.yaml"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    @Test func aSectionHeadingRowIsShadedUnderTheColumnsAndTheArrows() throws {
        let html = Renderer.render(try Self.sop(), as: .html, language: .id)
        let charts = html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\"").dropFirst()
        let shaded = charts.filter { $0.contains("#f4f4f4") }
        #expect(shaded.count >= 3)
        for chart in shaded {
            // The band is painted before the first column line, so lines and arrows run through it.
            let band = try #require(chart.range(of: "fill=\"#f4f4f4\""))
            let line = try #require(chart.range(of: "<line "))
            #expect(band.lowerBound < line.lowerBound)
        }
    }

    @Test func aWordTooWideBreaksBetweenSyllablesWithAHyphen() {
        let width = TextMeasure.width("Verifika-", fontSize: 10, bold: true) + 1
        #expect(TextMeasure.wrap("Verifikator", width: width, fontSize: 10, bold: true) == ["Verifika-", "tor"])
        #expect(TextMeasure.wrap("Petugas Loket Pelayanan", width: width, fontSize: 10, bold: true).contains("Pelaya-"))
        // Slashes first; a number has no syllables and is cut where it must be.
        #expect(TextMeasure.wrap("Bahan/data/informasi", width: 50, fontSize: 10) == ["Bahan/", "data/", "informasi"])
        #expect(TextMeasure.wrap("1234567890", width: TextMeasure.width("12345", fontSize: 10) + 1, fontSize: 10) == ["12345", "67890"])
    }

    /// The actor columns are now as wide as their headings' longest word needs (testers 25
    /// and 26): "Verifikator" whole, where it was broken "Verifika-" / "tor". Where a column
    /// still cannot hold a word, it breaks between syllables (the wrapping itself, below).
    @Test func theActorHeadingsOfTheLongSOPKeepTheirWordsWhole() throws {
        let layout = DocumentLayout(sop: try Self.sop(), language: .id)
        let lines = layout.header.actorNames.flatMap { $0 }
        #expect(lines.contains { $0.contains("Verifikator") }, "\(lines)")
        #expect(!lines.contains { $0.hasSuffix("-") })
        let narrow = TextMeasure.wrap("Verifikator", width: TextMeasure.width("Verifika-", fontSize: 8, bold: true) + 1, fontSize: 8, bold: true)
        #expect(narrow == ["Verifika-", "tor"])
    }

    @Test func aLastPageOfOneRowTakesTheRowBeforeIt() {
        let five = [Double](repeating: 10, count: 5)
        let flat = [Bool](repeating: false, count: 5)
        #expect(Pagination.pages(heights: five, isSection: flat, available: 40, bands: 0, footer: 5) == [0..<3, 3..<5])
        // A page the unit breaks itself stays as written.
        #expect(Pagination.pages(heights: five, isSection: flat, available: 40, bands: 0, footer: 5, breaks: [4]) == [0..<4, 4..<5])
        // The row before goes with its section heading.
        #expect(Pagination.pages(heights: [10, 10, 10, 5, 10, 10], isSection: [false, false, false, true, false, false],
                                 available: 45, bands: 0, footer: 0) == [0..<3, 3..<6])
        // Not when the two rows and the footer would not fit, nor when the page before would be left empty.
        #expect(Pagination.pages(heights: five, isSection: flat, available: 40, bands: 0, footer: 25) == [0..<4, 4..<5])
        #expect(Pagination.pages(heights: [10, 10, 10, 30, 10], isSection: flat, available: 40, bands: 0, footer: 5)
            == [0..<3, 3..<4, 4..<5])
    }

    @Test func theLongSOPDoesNotEndOnAPageOfOneRow() throws {
        let layout = DocumentLayout(sop: try Self.sop(), language: .id)
        let last = try #require(layout.pages.last)
        let rows = layout.rows[last.rows].filter { if case .section = $0.content { false } else { true } }
        #expect(rows.count >= 2)
    }

    @Test func graphNodesAreNumberedAsPrintedAndKeepTheWholeActivity() throws {
        let sop = try Self.sop()
        for format in [RenderFormat.mermaid, .dot] {
            let text = Renderer.render(sop, as: format, language: .id)
                .replacingOccurrences(of: "<br>", with: " ").replacingOccurrences(of: "\\n", with: " ")
            #expect(text.contains("7.1 Operator"), "\(format)")
            #expect(!text.contains("7.1. "), "\(format)")
            #expect(text.contains("6. "), "\(format)")
            #expect(text.contains("mengikuti SOP tersendiri"), "\(format)")
        }
    }
}
