import SOPCore
import Testing

@testable import SOPModel

/// The keys of the printed document around the flow drawing (issue 10): sections left out or
/// printed empty, the QR code and page foot of an electronic signature, table headings.
@Suite struct PrintedDocumentLanguageTests {
    @Test func sectionsNotPrintedAndPrintedEmptyAreRead() throws {
        let result = SOPLoader.load(text: """
            nomor: "1"
            judul: X
            cetak: {tidak_dicetak: [peralatan_perlengkapan], kosong: [peringatan, pencatatan_pendataan]}
            pelaksana: [{id: a, nama: A, jenis: staf}]
            kegiatan: [{uraian: Satu, pelaksana: a}]
            """, path: "t.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let printing = try #require(result.sop).identity.printing
        #expect(printing.unprinted == ["peralatan_perlengkapan"])
        #expect(printing.blank == ["peringatan", "pencatatan_pendataan"])
    }

    @Test func anUnknownSectionIsLocatedWithTheClosestName() throws {
        let result = SOPLoader.load(text: "nomor: \"1\"\njudul: X\ncetak:\n  tidak_dicetak: [peralatan]\n  kosong: [peringatn]\npelaksana: []\nkegiatan: []\n",
                                    path: "t.yaml")
        let choices = result.diagnostics.filter { $0.code.rawValue == "invalid-choice" }
        #expect(choices.map(\.location?.mark.line) == [4, 5])
        #expect(choices.map(\.location?.mark.column) == [19, 12])
        #expect(choices[1].notes.contains { $0.message.en.contains("peringatan") })
    }

    @Test func theQRCodeAndWhereTheNoteIsPrintedAreRead() throws {
        let result = SOPLoader.load(text: """
            nomor: "1"
            judul: X
            disahkan_oleh: {nama: N, tanda_tangan: elektronik, kode_qr: qr.png, keterangan_di: kaki_halaman, keterangan_elektronik: Teks}
            tata_letak: {judul_pelaksana: tidak, keterangan_dalam_mutu_baku: ya}
            pelaksana: [{id: a, nama: A, jenis: staf}]
            kegiatan: [{uraian: Satu, pelaksana: a}]
            """, path: "t.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let sop = try #require(result.sop)
        #expect(sop.identity.approver?.qrCode?.value == "qr.png")
        #expect(sop.identity.approver?.notePlacement == .kaki_halaman)
        #expect(!sop.layout.actorHeading && sop.layout.remarksInMutuBaku)
        let defaults = try #require(SOPLoader.load(text: "nomor: \"1\"\njudul: X\ndisahkan_oleh: {nama: N}\npelaksana: [{id: a, nama: A, jenis: staf}]\nkegiatan: [{uraian: Satu, pelaksana: a}]\n", path: "t.yaml").sop)
        #expect(defaults.identity.approver?.notePlacement == .sel && defaults.layout.actorHeading && !defaults.layout.remarksInMutuBaku)
    }

    @Test func aWrongPlaceForTheNoteIsAnError() {
        let result = SOPLoader.load(text: "nomor: \"1\"\njudul: X\ndisahkan_oleh: {nama: N, keterangan_di: kaki}\npelaksana: []\nkegiatan: []\n",
                                    path: "t.yaml")
        #expect(result.diagnostics.map(\.code.rawValue).contains("invalid-choice"))
    }
}
