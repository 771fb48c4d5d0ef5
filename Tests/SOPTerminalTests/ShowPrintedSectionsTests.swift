import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPTerminal

/// `sop show` follows the printed document (issue 10): a section the unit does not print
/// (`cetak.tidak_dicetak`) is absent, one printed empty (`cetak.kosong`) has its heading over
/// nothing, and an empty section otherwise shows "-".
@Suite struct ShowPrintedSectionsTests {
    static let text = """
        nomor: "26"
        judul: Layanan Pengaduan
        peringatan: [Jika SOP ini tidak dilaksanakan, pengaduan tidak tertangani]
        cetak:
          tidak_dicetak: [peralatan_perlengkapan]
          kosong: [pencatatan_pendataan]
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima pengaduan, pelaksana: petugas, mutu_baku: {waktu: 30 menit}}
        """

    @Test func unprintedSectionsAreAbsentAndBlankOnesEmpty() throws {
        let sop = try #require(SOPLoader.load(text: Self.text, path: "26.yaml").sop)
        let shown = SOPDocumentView(sop: sop, language: .id, terminal: Terminal(isTTY: false, width: 100, colour: false)).render()
        let lines = shown.components(separatedBy: "\n")
        #expect(!shown.contains("Peralatan / Perlengkapan"))
        let blank = try #require(lines.firstIndex(of: "Pencatatan dan Pendataan"))
        // The heading, then the next heading: no "-" under it.
        #expect(lines[blank + 1] == "Pelaksana" || !lines[blank + 1].hasPrefix("  "))
        // Sections left empty without a setting still print "-".
        let dasar = try #require(lines.firstIndex(of: "Dasar Hukum"))
        #expect(lines[dasar + 1] == "  -")
        let peringatan = try #require(lines.firstIndex(of: "Peringatan"))
        #expect(lines[peringatan + 1] == "  1. Jika SOP ini tidak dilaksanakan")
    }

    @Test func aCellPrintedAsADashIsShownAsADash() throws {
        let sop = try #require(SOPLoader.load(text: """
            nomor: "35"
            judul: Disposisi
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Meneruskan, pelaksana: petugas, mutu_baku: {kelengkapan: ["-"], waktu: 5 menit, output: ["-"]}}
              - {no: 2, uraian: Mengarsipkan, pelaksana: petugas, mutu_baku: {kelengkapan: [Surat], output: [Arsip]}}
            """, path: "35.yaml").sop)
        let shown = SOPDocumentView(sop: sop, language: .id, terminal: Terminal(isTTY: false, width: 120, colour: false)).render()
        let first = try #require(shown.components(separatedBy: "\n").first { $0.contains("Meneruskan") })
        let second = try #require(shown.components(separatedBy: "\n").first { $0.contains("Mengarsipkan") })
        #expect(!first.contains("•"), "\(first)")
        #expect(first.components(separatedBy: " - ").count == 3, "\(first)")
        #expect(second.contains("• Surat") && second.contains("• Arsip"), "\(second)")
    }
}
