import SOPCore
import Testing

@testable import SOPModel

/// The Kegiatan cell is printed once per row: a box after the first of a printed row may be
/// written without `uraian` (the Bendahara box of a payment row, an end terminator beside a
/// decision) and carries its row's text; the first box of a row must write it.
@Suite struct RowTextLanguageTests {
    static let header = """
        nomor: "7"
        judul: Uji
        pelaksana:
          - {id: pemohon, nama: Pemohon, jenis: eksternal}
          - {id: fo, nama: Front Office, jenis: staf}
          - {id: bendahara, nama: Bendahara, jenis: staf}
        kegiatan:

        """

    @Test func aLaterBoxOfARowTakesTheRowsText() throws {
        let result = SOPLoader.load(text: Self.header + """
              - {no: 1, baris: berurutan, uraian: Pemohon membayar retribusi, pelaksana: pemohon}
              - {no: 1, id: terima, pelaksana: bendahara}
              - {no: 2, baris: terpisah, uraian: Berkas lengkap?, pelaksana: fo, keputusan: {cabang: {Ya: selesai, Tidak: kembali}}}
              - {no: 2, id: kembali, pelaksana: pemohon, simbol: terminator}
            """, path: "uji.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message.id))")
        let steps = try #require(result.sop?.steps)
        #expect(steps.map(\.uraian.value) == ["Pemohon membayar retribusi", "Pemohon membayar retribusi",
                                              "Berkas lengkap?", "Berkas lengkap?"])
    }

    @Test func aRowsFirstBoxWithoutUraianIsLocated() throws {
        let result = SOPLoader.load(text: Self.header + """
              - {no: 1, uraian: Menerima berkas, pelaksana: fo}
              - {no: 2, pelaksana: fo}
              - {no: 2, uraian: Menerima pembayaran, pelaksana: bendahara}
            """, path: "uji.yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code.rawValue) == ["missing-key"])
        #expect(errors.first?.message.id.contains("uraian") == true)
        // The mapping of the row's first box, on line 9 of the file.
        #expect(errors.first?.location?.line == 9)
    }

    @Test func anUraianWrittenEmptyOrAsAListIsReportedOnceAtItsValue() {
        let empty = SOPLoader.load(text: Self.header + "  - {no: 1, uraian: \"\", pelaksana: fo}\n", path: "uji.yaml")
        #expect(empty.diagnostics.map(\.code.rawValue) == ["empty-value"])
        #expect(empty.diagnostics.first?.location?.column == 21)
        let list = SOPLoader.load(text: Self.header + "  - {no: 1, uraian: [Satu, Dua], pelaksana: fo}\n", path: "uji.yaml")
        #expect(list.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue) == ["wrong-type"])
    }

    @Test func aSingleBoxWithoutUraianIsStillAnError() {
        let result = SOPLoader.load(text: Self.header + "  - {no: 1, pelaksana: fo}\n", path: "uji.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue) == ["missing-key"])
    }
}
