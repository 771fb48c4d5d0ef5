import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// An SOP typed as signed (Tests/Fixtures/render/izin-reklame.yaml): the table breaks where the
/// signed pages break, page numbers, the unit under the letterhead, mutu baku items, the end
/// capsule, a row of two boxes in Markdown.
@Suite struct TablePagesAsSignedTests {
    private func load(_ edit: (String) -> String = { $0 }) throws -> SOP {
        let text = try String(contentsOfFile: Paths.fixture("render/izin-reklame.yaml"), encoding: .utf8)
        let result = SOPLoader.load(text: edit(text), path: "izin-reklame.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    /// The printed number of the first step row of each page.
    private func firstRows(_ layout: DocumentLayout) -> [String] {
        layout.pages.compactMap { page in
            page.rows.lazy.compactMap { layout.rows[$0].stepIndices.first }.first.map { layout.sop.steps[$0].number ?? "" }
        }
    }

    private func connectors(_ page: PageLayout) -> [String] {
        page.flowchart.symbols.compactMap { if case .connector(let letter) = $0.key { letter } else { nil } }
    }

    // MARK: F3: the pages as signed

    @Test func theTableBreaksWhereTheSignedPagesBreakAndNowhereElse() throws {
        let layout = DocumentLayout(sop: try load(), language: .id)
        #expect(firstRows(layout) == ["1", "11", "17"])
        // One connector pair at each break, lettered as signed: A between 10 and 11, B between 16 and 17.
        #expect(layout.pages.map(connectors) == [["A"], ["A", "B"], ["B"]])
        // The full first page is printed smaller, whole; the pages that fit are not.
        #expect(layout.pages[0].scale < 1 && layout.pages[0].scale > 0.5)
        let html = HTMLWriter(layout: layout).document()
        #expect(html.contains(";transform:scale(0."))
        #expect(html.components(separatedBy: "<table class=\"activities\"").count == 4)
    }

    @Test func withoutThePagesAsSignedThePagesStillFillAsBefore() throws {
        let layout = DocumentLayout(sop: try load { $0.replacingOccurrences(of: "  halaman: [11, 17]\n", with: "  butir: tidak\n") },
                                    language: .id)
        #expect(firstRows(layout).count > 3)
        #expect(layout.pages.allSatisfy { $0.scale == 1 })
        #expect(!HTMLWriter(layout: layout).document().contains("transform:scale"))
    }

    @Test func aSectionHeadingAboveTheRowStartingAPageGoesWithIt() {
        let pages = Pagination.pages(heights: [10, 10, 5, 10, 10], isSection: [false, false, true, false, false],
                                     available: 1000, bands: 0, footer: 0, breaks: [3], onlyAtBreaks: true)
        #expect(pages == [0..<2, 2..<5])
        // A break at the first row, or past the end, is no break.
        #expect(Pagination.pages(heights: [10, 10], isSection: [false, false], available: 1, bands: 0, footer: 0,
                                 breaks: [0, 7], onlyAtBreaks: true) == [0..<2])
    }

    // MARK: F4: the page number

    @Test func thePageNumberHasASpanOfItsOwnThatNeverShrinks() throws {
        let html = Renderer.render(try load(), as: .html, language: .id)
        // Its spaces do not break: it stays whole at the end of the name's last line.
        #expect(html.contains("<span class=\"page\">·\u{A0}Halaman\u{A0}2\u{A0}dari\u{A0}4</span></span></span></p>"))
        #expect(html.contains("<span class=\"page\">·\u{A0}Halaman\u{A0}4\u{A0}dari\u{A0}4</span></span></span></p>"))
        #expect(html.contains(".caption .page { white-space: nowrap; }"))
        #expect(!html.contains("Reklame · Halaman"))
    }

    // MARK: F5: the unit under the letterhead

    @Test func theUnitIsPrintedUnderTheLetterhead() throws {
        let html = Renderer.render(try load(), as: .html, language: .id)
        #expect(html.contains("<div>Jl. Jenderal Soedirman No. 200 Purwokerto</div><div class=\"unit\">Bidang Pelayanan Perizinan</div>"))
        // Not twice where a line of the letterhead already names it.
        let named = Renderer.render(try load { $0.replacingOccurrences(of: "    - Jl. Jenderal Soedirman No. 200 Purwokerto\n",
                                                                      with: "    - BIDANG PELAYANAN PERIZINAN\n") },
                                    as: .html, language: .id)
        #expect(named.contains("<div>BIDANG PELAYANAN PERIZINAN</div>"))
        #expect(!named.contains("<div class=\"unit\">"))
    }

    // MARK: F9: items without bullets

    @Test func itemsOfAMutuBakuCellArePrintedAsLinesWithoutBullets() throws {
        let html = Renderer.render(try load(), as: .html, language: .id)
        #expect(html.contains("<td><div class=\"l\">Berkas permohonan</div><div class=\"l\">Lembar disposisi</div></td>"))
        #expect(!html.contains("• "))
        // Bullets where the unit prints them.
        let bulleted = Renderer.render(try load { $0.replacingOccurrences(of: "  halaman: [11, 17]\n", with: "  halaman: [11, 17]\n  butir: ya\n") },
                                       as: .html, language: .id)
        #expect(bulleted.contains("<td><div class=\"l\">• Berkas</div><div class=\"l\">   permohonan</div><div class=\"l\">• Lembar disposisi</div>"))
        // Items typed with their own numbers keep them, with or without bullets.
        #expect(bulleted.contains("<div class=\"l\">1. Formulir</div>"))
    }

    // MARK: F11: the end capsule

    @Test func theEndCapsuleIsAsWideAsItsWord() throws {
        let layout = DocumentLayout(sop: try load(), language: .id)
        let capsule = try #require(layout.pages.flatMap(\.flowchart.symbols).first {
            if case .endBeside = $0.key { true } else { false }
        })
        #expect(capsule.frame.width >= TextMeasure.width("Selesai", fontSize: layout.metrics.labelFontSize) + 4)
        let html = HTMLWriter(layout: layout).document()
        #expect(html.contains(">Selesai</text>"))
        #expect(!html.contains("…</text>"))
    }

    // MARK: F10 and F12: Markdown

    @Test func markdownPrintsARowOfTwoBoxesOnceAndMarksBothColumnsAndTheJointBox() throws {
        let markdown = Renderer.render(try load(), as: .markdown, language: .id)
        let rows = markdown.split(separator: "\n").map(String.init)
        // Columns: No, Kegiatan, Pemohon, Petugas FO, Petugas BO, JF Analis, Tim Teknis, Kabid PP, Kepala DPMPTSP, …
        func cells(_ number: String) -> [[String]] {
            rows.filter { $0.hasPrefix("| \(number) | ") }.map { row in
                row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        let twenty = cells("20")
        #expect(twenty.count == 1)
        #expect(twenty.first.map { Array($0[2...8]) } == ["▭", "▭", "", "", "", "", ""])
        #expect(twenty.first?[1].components(separatedBy: "Petugas FO menyerahkan Surat Izin").count == 2)
        let eight = cells("8")
        #expect(eight.first.map { Array($0[2...8]) } == ["", "", "", "▭", "▭", "", ""])
    }
}
