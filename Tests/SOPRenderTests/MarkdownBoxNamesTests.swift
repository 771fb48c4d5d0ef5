import Foundation
import SOPModel
import Testing

@testable import SOPRender

/// Tester 31, F11: the Markdown render named the boxes of a row of several by their YAML ids
/// ("Ya → 8 (input-siksng); Ya → 8 (konsep-sktm)"), which no printed page shows; they are named
/// by their actors, as the desk names them.
@Suite struct MarkdownBoxNamesTests {
    static let text = """
        nomor: "07"
        judul: Pengusulan DTKS
        pelaksana:
          - {id: kasi, nama: Kasi Pelayanan, jenis: staf}
          - {id: operator-siksng, nama: Operator SIKS-NG, jenis: staf}
          - {id: loket, nama: Petugas Loket, jenis: staf}
        kegiatan:
          - no: 6
            uraian: Menetapkan kelayakan
            pelaksana: kasi
            keputusan:
              pertanyaan: Layak?
              cabang: {Tidak: 7, Ya: 8}
          - {no: 7, uraian: Menyampaikan penolakan, pelaksana: loket, lanjut: selesai}
          - {no: 8, id: input-siksng, uraian: Menginput data dan menyiapkan konsep SKTM, pelaksana: operator-siksng, lanjut: 9}
          - {id: konsep-sktm, no: 8, pelaksana: loket, lanjut: 9}
          - {no: 9, uraian: Menandatangani SKTM, pelaksana: kasi}
        """

    @Test func theBoxesOfARowAreNamedByTheirActors() throws {
        let sop = try #require(SOPLoader.load(text: Self.text, path: "07-dtks.yaml").sop)
        let markdown = MarkdownWriter(sop: sop, language: .id).document()
        #expect(markdown.contains("Ya → 8 (Operator SIKS-NG); Ya → 8 (Petugas Loket)"), "\(markdown)")
        #expect(!markdown.contains("input-siksng"))
        #expect(!markdown.contains("konsep-sktm"))
        #expect(markdown.contains("Tidak → 7;") || markdown.contains("Tidak → 7<") || markdown.contains("Tidak → 7 "))
    }

    /// Tester 31 F11, tester 33: row 8's Kegiatan cell read only "lanjut ke 11" (the Operator's
    /// box), words the paper does not print, and the Loket box's arrow to 9 was lost. Each box's
    /// arrow now stands beside its symbol in its actor's column, the Kegiatan cell as printed.
    @Test func eachBoxOfARowSaysWhereItGoesBesideItsSymbol() throws {
        let text = Self.text
            .replacingOccurrences(of: "pelaksana: operator-siksng, lanjut: 9}", with: "pelaksana: operator-siksng, lanjut: 10}")
            + "\n  - {no: 10, uraian: Memfinalisasi usulan, pelaksana: operator-siksng}"
        let sop = try #require(SOPLoader.load(text: text, path: "07-dtks.yaml").sop)
        let markdown = MarkdownWriter(sop: sop, language: .id).document()
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| 8 |") }).split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        // | | 8 | Kegiatan | Kasi | Operator SIKS-NG | Petugas Loket | …
        #expect(row[2] == "Menginput data dan menyiapkan konsep SKTM", "\(row)")
        #expect(row[4] == "▭<br>→ 10", "\(row)")
        #expect(row[5] == "▭<br>→ 9", "\(row)")
        #expect(!markdown.contains("lanjut ke"))
    }
}
