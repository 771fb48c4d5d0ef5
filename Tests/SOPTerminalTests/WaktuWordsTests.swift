import SOPCore
import SOPModel
import Testing

@testable import SOPTerminal

/// A standard the case chose (`waktu_baku: {menurut}`) is named with the value that chose it, in
/// either language; with no choice made, the printed cell is shown (tester 27, finding N1).
@Suite struct WaktuWordsTests {
    static let waktu: Waktu = {
        let sop = SOPLoader.load(text: """
            nomor: "01"
            judul: Verifikasi
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - no: 1
                uraian: Melengkapi berkas
                pelaksana: petugas
                mutu_baku: {waktu: 3 hari kerja, waktu_baku: {menurut: "2", jika: {Berkas Kurang: 5 hari kerja}, lainnya: 3 hari kerja}}
              - no: 2
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan: {cabang: {Lengkap: 3, Berkas Kurang: 1}}
              - {no: 3, uraian: Menyerahkan, pelaksana: petugas}

            """, path: "uji.yaml").sop
        return sop!.step("1")!.mutuBaku.waktu!
    }()

    @Test func aChosenStandardNamesItsChoice() throws {
        let choice = try #require(Self.waktu.conditional?.choice(for: "berkas  kurang"))
        #expect(WaktuWords.text(Self.waktu, items: nil, chosen: choice, language: .id) == "5 hari kerja (Berkas Kurang)")
        #expect(WaktuWords.text(Self.waktu, items: nil, chosen: choice, language: .en) == "5 working days (Berkas Kurang)")
        #expect(WaktuWords.text(Self.waktu, items: nil, chosen: nil, language: .id) == "3 hari kerja")
        #expect(Self.waktu.conditional?.choice(for: "Lengkap") == nil)
    }
}
