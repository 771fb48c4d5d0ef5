import SOPCore
import Testing

@testable import SOPModel

/// SOPs typed as printed (Tests/Fixtures/tester10), at the language level: minute marks, a page
/// break kept, a question for the desk alone, a QR code without its image.
@Suite struct MinuteMarksAndPrintedExtrasTests {
    static let head = """
        nomor: "05"
        judul: Uji
        pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]

        """

    @Test("A minute mark is read as minutes, and said so", arguments: [
        ("5'", 5.0, "5'"),
        ("30'", 30.0, "30'"),
        ("10’", 10.0, "10’"),
        ("10′", 10.0, "10′"),
        ("± 10'", 10.0, "± 10'"),
        ("paling lambat 15' setelah berkas diterima", 15.0, "paling lambat 15'"),
    ])
    func minuteMarks(text: String, minutes: Double, read: String) {
        #expect(WaktuParser.read(text) == .inText(WaktuDuration(low: minutes, unit: .menit, isMaximum: text.hasPrefix("paling") || text.hasPrefix("±")), read: read))
    }

    @Test func aMinuteMarkCellHasAStandardAndNoError() throws {
        let result = SOPLoader.load(text: Self.head + """
            kegiatan:
              - {uraian: Menerima, pelaksana: petugas, mutu_baku: {waktu: 30'}}

            """, path: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        let waktu = try #require(result.sop?.steps.first?.mutuBaku.waktu)
        #expect(waktu.duration == WaktuDuration(low: 30, unit: .menit) && waktu.readFrom == "30'" && waktu.text.value == "30'")
    }

    @Test("The fix-it note proposes the standard it read, never a fixed one", arguments: [
        ("1 x 24 jm", "'waktu_baku: 1 x 24 jam'"),
        ("15 mnt", "'waktu_baku: 15 menit'"),
        ("3 hr kerja", "'waktu_baku: 3 hari kerja'"),
        ("5", "'waktu_baku: <durasi>'"),
    ])
    func fixItNote(text: String, proposed: String) throws {
        let result = SOPLoader.load(text: Self.head + """
            kegiatan:
              - {uraian: Menerima, pelaksana: petugas, mutu_baku: {waktu: \(text)}}

            """, path: "t.yaml")
        let error = try #require(result.diagnostics.first { $0.code == LoaderCode.waktuFormat })
        let notes = error.notes.map(\.message.id)
        #expect(notes.last?.hasSuffix(proposed) == true, "\(notes)")
        #expect(!notes.joined().contains("waktu_baku: 5 menit"), "\(notes)")
    }

    @Test func aPageBreakAQuestionAndAQRCodeWithoutImageLoad() throws {
        let result = SOPLoader.load(text: """
            nomor: "05"
            judul: Uji
            disahkan_oleh: {jabatan: Kepala, nama: NAMA, tanda_tangan: elektronik, kode_qr: ya}
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Memeriksa, pelaksana: petugas, keputusan: {pertanyaan: Lengkap?, pertanyaan_tercetak: tidak, cabang: {Ya: 2, Tidak: 1}}}
              - {no: 2, uraian: Menyerahkan, pelaksana: petugas, halaman_baru: ya}

            """, path: "t.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        let sop = try #require(result.sop)
        guard case .decision(let decision) = sop.steps[0].flow else { Issue.record("not a decision"); return }
        #expect(decision.question?.value == "Lengkap?" && !decision.printsQuestion)
        #expect(sop.steps[1].drawn.startsPage?.value == true && sop.steps[0].drawn.startsPage == nil)
        #expect(sop.identity.approver?.qrCode == nil && sop.identity.approver?.qrCodeWithoutImage?.value == "ya")
    }

    @Test func aBadPageBreakWordIsLocated() throws {
        let result = SOPLoader.load(text: Self.head + """
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: petugas, halaman_baru: mungkin}

            """, path: "t.yaml")
        let error = try #require(result.diagnostics.first)
        #expect(error.code == LoaderCode.invalidBoolean && error.location?.mark == Mark(line: 5, column: 65))
    }
}
