import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// The printed document around the flow drawing (issue 10): a merged Waktu cell exactly as tall
/// as its rows, identity sections as printed, the electronic signature's QR code and page foot,
/// and the activity table's headings as printed.
@Suite struct PrintedDocumentTests {
    static func load(_ text: String, path: String = "uji.yaml") throws -> SOP {
        let result = SOPLoader.load(text: text, path: path)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    // MARK: Total waktu and the running header as printed

    @Test func aPrintedTotalWaktuIsPrintedInsteadOfTheSumAndTheRunningHeaderNamesTheUnit() throws {
        let sop = try Self.load("""
            nomor: "7"
            judul: Uji
            instansi: Dinas Penanaman Modal Kabupaten Contoh
            cetak:
              kop: [PEMERINTAH KABUPATEN CONTOH, DINAS PENANAMAN MODAL, "Jl. Parasamya No. 1, Contoh"]
              total_waktu: 4 hari kerja 2 jam 55 menit
            pelaksana: [{id: a, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Satu, pelaksana: a, mutu_baku: {waktu: 1 jam}}
              - {no: 2, uraian: Dua, pelaksana: a, mutu_baku: {waktu: 2 hari kerja}}
            """)
        let html = HTMLWriter(layout: DocumentLayout(sop: sop, language: .id)).document()
        #expect(html.contains("<div class=\"l\">4 hari kerja 2 jam 55 menit</div>"))
        #expect(!html.contains("1 jam + 2 hari kerja"))
        #expect(html.contains("<p class=\"caption\" style=\"width:"))
        #expect(html.contains("><span class=\"l\">Dinas Penanaman Modal Kabupaten Contoh</span></span><span class=\"title\""))
        #expect(!html.contains("<span class=\"l\">Jl. Parasamya"))
        let markdown = Renderer.render(sop, as: .markdown, language: .id)
        #expect(markdown.contains("**4 hari kerja 2 jam 55 menit**"))
    }

    // MARK: Merged waktu cell

    @Test func aMergedCellDoesNotMakeItsFirstRowTallerThanTheRowsBelowIt() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("render/waktu-gabungan.yaml")).sop)
        let layout = DocumentLayout(sop: sop, language: .id)
        let cells = MergedCell.cells(rows: layout.rows, sop: sop, column: .waktu)
        #expect(cells.map(\.rows) == [2...3, 7...10])
        // Row 3 (index 2) is as tall as a plain row: its 9 lines of waktu sit in rows 3 and 4.
        #expect(layout.rows[2].height == layout.rows[0].height)
        let first = cells[0]
        #expect(first.lines.count > 4)
        let heights = layout.rows.map(\.height)
        let room = heights[2] + heights[3] - 2 * layout.metrics.cellPaddingY - layout.metrics.border
        #expect(Double(first.lines.count) * layout.metrics.lineHeight <= room)
    }

    @Test func aMergedCellSplitByAPageBreakGoesOnOnTheNextPageAndItsTextFlows() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("render/waktu-gabungan.yaml")).sop)
        let layout = DocumentLayout(sop: sop, language: .id)
        let cell = MergedCell.cells(rows: layout.rows, sop: sop, column: .waktu)[1]
        let pages = layout.pages.map(\.rows)
        let pieces = cell.pieces(pages: pages)
        #expect(pieces.count == 2, "rows 8-11 cross a page: \(pages)")
        let split = cell.lineCounts(pages: pages, heights: layout.rows.map(\.height), metrics: layout.metrics)
        #expect(split.overflow == 0 && split.counts.reduce(0, +) == cell.lines.count)
        let html = HTMLWriter(layout: layout).document()
        // One piece per page, each spanning that page's rows of the cell.
        let spans = html.components(separatedBy: "<td class=\"merged\" rowspan=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(spans == ["2", "\(pieces[0].rows.count)", "\(pieces[1].rows.count)"])
    }

    @Test func textTooLongForTheRowsOfAMergedCellGrowsItsLastRow() throws {
        let long = String(repeating: "sejak berkas diterima lengkap ", count: 8)
        let sop = try Self.load("""
            nomor: "32"
            judul: Uji
            pelaksana: [{id: a, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Satu, pelaksana: a, mutu_baku: {waktu: "Paling lambat 2 hari kerja \(long)", gabung_sampai: 2}}
              - {no: 2, uraian: Dua, pelaksana: a}
              - {no: 3, uraian: Tiga, pelaksana: a, mutu_baku: {waktu: 1 jam}}
            """)
        let layout = DocumentLayout(sop: sop, language: .id)
        let cell = try #require(MergedCell.cells(rows: layout.rows, sop: sop, column: .waktu).first)
        let m = layout.metrics
        #expect(layout.rows[0].height == layout.rows[2].height)
        #expect(layout.rows[1].height > layout.rows[2].height)
        // The two rows hold the cell's lines, with less than a line to spare.
        let needed = Double(cell.lines.count) * m.lineHeight + 2 * m.cellPaddingY + m.border
        let rows = layout.rows[0].height + layout.rows[1].height
        #expect(rows >= needed && rows - needed < m.lineHeight)
    }

    // MARK: Sections as printed

    static let sections = """
        nomor: "33"
        judul: Uji
        peringatan: [Layanan terhambat]
        cetak:
          tidak_dicetak: [peralatan_perlengkapan]
          kosong: [pencatatan_pendataan]
        pelaksana: [{id: a, nama: Petugas, jenis: staf}]
        kegiatan:
          - {no: 1, uraian: Satu, pelaksana: a}
        """

    @Test func aSectionNotPrintedIsLeftOutAndOneMarkedEmptyPrintsEmpty() throws {
        let html = Renderer.render(try Self.load(Self.sections), as: .html, language: .id)
        #expect(!html.contains("Peralatan"))
        // Five sections, two by two: the last alone across both columns, its cell empty.
        #expect(html.contains("<tr><th colspan=\"2\">Pencatatan dan Pendataan</th></tr>\n<tr><td colspan=\"2\"></td></tr>"))
        // Sections written nowhere still print "-", as before.
        #expect(html.components(separatedBy: "<span class=\"empty\">-</span>").count - 1 == 3)
        let markdown = Renderer.render(try Self.load(Self.sections), as: .markdown, language: .id)
        #expect(!markdown.contains("Peralatan") && markdown.contains("| **Pencatatan dan Pendataan** |  |\n|  |  |"))
    }

    @Test func oldFilesKeepPrintingADashForAnEmptySection() throws {
        let html = Renderer.render(try Self.load("""
            nomor: "34"
            judul: Uji
            peringatan: []
            pelaksana: [{id: a, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Satu, pelaksana: a}
            """), as: .html, language: .id)
        #expect(html.contains("Peralatan / Perlengkapan"))
        #expect(html.components(separatedBy: "<span class=\"empty\">-</span>").count - 1 == 6)
    }

    // MARK: Electronic signature

    @Test func theBSrENoteIsPrintedAtTheFootOfEveryPageAndTheQRCodeInTheSignerCell() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-hibah-bmn-keluar.yaml")).sop)
        let html = Renderer.render(sop, as: .html, language: .id)
        let sheets = html.components(separatedBy: "<section class=\"sheet footed").count - 1
        #expect(sheets == DocumentLayout(sop: sop, language: .id).pages.count + 1)
        #expect(html.components(separatedBy: "<footer class=\"page-foot\"").count - 1 == sheets)
        #expect(html.components(separatedBy: "Balai Sertifikasi Elektronik (BSrE), BSSN").count - 1 == sheets)
        #expect(!html.contains("class=\"esign\""))
        // The QR image travels inside the document, once in the cell and once per foot.
        let qr = try LogoImage.load("qr-bps-hibah-bmn-keluar.png", besides: sop.file).get()
        #expect(html.components(separatedBy: qr.dataURI).count - 1 == sheets + 1)
        #expect(html.contains("<img class=\"qr\" alt=\"\" src=\"data:image/png;base64,"))
        #expect(!html.contains("src=\"http") && !html.contains("src=\"qr-"))
    }

    @Test func aQRCodeAloneIsPrintedInTheCellWithNoTextAndNoFoot() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-laporan-gratifikasi.yaml")).sop)
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains("<img class=\"qr\""))
        #expect(!html.contains("page-foot\"") && !html.contains("class=\"esign\"") && !html.contains("sheet footed"))
    }

    @Test func theFootTakesRoomFromTheTableOnEveryPage() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("examples/bps-hibah-bmn-keluar.yaml")).sop)
        #expect(sop.pageFootRoom == Metrics.pageFootHeight(lines: 2))
        let layout = DocumentLayout(sop: sop, language: .id)
        let m = layout.metrics
        for page in layout.pages {
            #expect(page.flowchart.height + layout.header.height + layout.caption.height <= m.pageContentHeight - sop.pageFootRoom)
        }
    }

    // MARK: Table headings

    @Test func aTableWithoutAPelaksanaHeadingAndWithKeteranganUnderMutuBaku() throws {
        let html = Renderer.render(try Self.load("""
            nomor: "35"
            judul: Uji
            pelaksana:
              - {id: a, nama: KPA, jenis: staf}
              - {id: b, nama: PPK, jenis: staf}
            cetak: {label: {kegiatan: Aktivitas/Kegiatan}}
            tata_letak: {judul_pelaksana: tidak, keterangan_dalam_mutu_baku: ya}
            tabel:
              - judul: |-
                  Pengajuan Belanja Akun 524114 dan 524119
                  (Perjalanan)
                kegiatan:
                  - {no: 1, uraian: Satu, pelaksana: a}
                  - {no: 2, uraian: Dua, pelaksana: b}
            """), as: .html, language: .id)
        #expect(!html.contains(">Pelaksana</th>"))
        #expect(html.contains("<th rowspan=\"2\">Aktivitas/Kegiatan</th><th rowspan=\"2\"><div class=\"l\">KPA</div></th>"))
        #expect(html.contains("<th colspan=\"4\">Mutu Baku</th></tr>"))
        #expect(html.contains("<th>Output</th><th>Keterangan</th></tr>"))
        #expect(html.contains("<h2 class=\"table-title\">Pengajuan Belanja Akun 524114 dan 524119<br>(Perjalanan)</h2>"))
    }
}

