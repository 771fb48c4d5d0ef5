import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPTerminal

/// Tester 31 F12: `sop show` printed the table's footnote ("Keterangan: tidak termasuk …")
/// above the JUMLAH WAKTU line; the paper, the HTML and the PDF print it below.
@Suite struct ShowFootnoteOrderTests {
    static let text = """
        nomor: "07"
        judul: Pengusulan DTKS
        cetak:
          total_waktu: 9 (sembilan) hari kerja 35 menit
          label: {total_waktu: JUMLAH WAKTU}
        catatan:
          - "Keterangan: tidak termasuk waktu pemohon melengkapi berkas"
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 30 menit}}
        """

    @Test func theFootnoteComesUnderTheTotal() throws {
        let loaded = SOPLoader.load(text: Self.text, path: "07.yaml")
        let sop = try #require(loaded.sop)
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        let shown = SOPDocumentView(sop: sop, language: .id, terminal: Terminal(isTTY: false, width: 100, colour: false)).render()
        let total = try #require(shown.range(of: "JUMLAH WAKTU: 9 (sembilan) hari kerja 35 menit"), "\(shown)")
        let footnote = try #require(shown.range(of: "Keterangan: tidak termasuk waktu pemohon melengkapi berkas"), "\(shown)")
        #expect(total.upperBound <= footnote.lowerBound, "\(shown)")
        #expect(shown.components(separatedBy: "Keterangan: tidak termasuk").count == 2)
    }
}
