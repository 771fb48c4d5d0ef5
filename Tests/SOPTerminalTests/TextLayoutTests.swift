import SOPCore
import Testing

@testable import SOPTerminal

@Suite struct TextWrapTests {
    @Test func wrapsAtWords() {
        #expect(TextWrap.wrap("Pelapor menghubungi resepsionis baik melalui telepon", width: 20) == [
            "Pelapor menghubungi", "resepsionis baik", "melalui telepon",
        ])
    }

    @Test func bulletsHang() {
        #expect(TextWrap.wrap("• Formulir Laporan Gratifikasi", width: 14) == ["• Formulir", "  Laporan", "  Gratifikasi"])
        #expect(TextWrap.wrap("  Ya → sampaikan-pada-sarana", width: 16) == ["  Ya →", "  sampaikan-", "  pada-sarana"])
    }

    @Test func longWordsBreakAfterSlashes() {
        #expect(TextWrap.wrap("• Bahan/data/informasi dari bidang", width: 15) == ["• Bahan/data/", "  informasi", "  dari bidang"])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func keepsParagraphs() {
        #expect(TextWrap.wrap("satu\ndua", width: 10) == ["satu", "dua"])
        #expect(TextWrap.wrap("", width: 10) == [""])
    }

    @Test("No line is ever wider than asked", arguments: [5, 8, 13, 21, 40])
    func neverOverflows(width: Int) {
        let text = "Staf layanan pengaduan Menyusun laporan/informasi, dan menyampaikannya kepada pelapor\n• Bahan/data/informasi dari bidang\n+ Staf layanan pengaduan"
        #expect(TextWrap.wrap(text, width: width).allSatisfy { $0.count <= width })
    }
}

@Suite struct TextTableTests {
    @Test func fitsTheWidthExactly() {
        var table = TextTable(columns: [.init("No", weight: 0), .init("Kegiatan", weight: 3), .init("Waktu", weight: 0, maxWidth: 10)])
        table.add([["1"], ["Pelapor menghubungi resepsionis baik melalui telepon maupun secara langsung"], ["5 menit"]])
        table.addSpan("A", "Proses Penerimaan Pengaduan")
        let lines = table.render(width: 50, colour: false).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count == 50 })
        #expect(lines[1] == "│ No │ Kegiatan                        │ Waktu   │")
        #expect(lines.contains("│ A  │ Proses Penerimaan Pengaduan               │"))
    }
}
