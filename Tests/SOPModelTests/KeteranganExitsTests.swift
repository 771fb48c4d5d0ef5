import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// Tester 10, finding 5: a decision drawn with unlabelled exits whose printed Keterangan says
/// which is which ("Jika benar lanjut ke kegiatan no. 5; jika salah kembali ke kegiatan no. 3.b").
/// The Keterangan's words name the exits only when the text is read without doubt.
@Suite struct KeteranganExitsTests {
    static let head = """
        nomor: "05"
        judul: Cuti
        pelaksana:
          - {id: staf, nama: Staf, jenis: staf}
          - {id: kasubag, nama: Kasubag, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima, pelaksana: staf}
          - {no: 3.a, uraian: Memverifikasi, pelaksana: kasubag}
          - {no: 3.b, uraian: Menyusun konsep, pelaksana: staf}
          - no: 4
            uraian: Memeriksa konsep
            pelaksana: kasubag

        """

    func decision(_ exits: String, keterangan: String) throws -> (SOP, Step) {
        let text = Self.head + "    keputusan: {cabang: \(exits)}\n    keterangan: \"\(keterangan)\"\n"
            + "  - {no: 5, uraian: Memaraf, pelaksana: kasubag}\n"
        let sop = try #require(SOPLoader.load(text: text, path: "t.yaml").sop)
        return (sop, try #require(sop.step("4")))
    }

    @Test func theTestersRowFourIsReadAsBenarAndSalah() throws {
        let sop = try #require(SOPLoader.load(path: Paths.fixture("tester10/sop/05-cuti-pegawai.yaml")).sop)
        let step = try #require(sop.step("4"))
        #expect(KeteranganExits.words(of: step) == [0: "benar", 1: "salah"])
        let exits = sop.deskExits(of: step)
        #expect(exits.map(\.row) == ["5", "3.b"])
        #expect(exits.map(\.back) == [false, true])
        #expect(exits.map(\.name) == ["benar", "salah"])
        // Row 2's exits are labelled: its Keterangan ("Apabila perubahan, kembali ke kegiatan no. 1") names nothing new.
        let two = try #require(sop.step("2"))
        #expect(KeteranganExits.words(of: two).isEmpty)
        #expect(sop.deskExits(of: two).map(\.name) == ["Disetujui", "Perubahan", "Tidak disetujui"])
        #expect(sop.deskExits(of: two).map(\.back) == [false, true, false])
    }

    @Test("Clear wordings are read", arguments: [
        ("Jika benar lanjut ke kegiatan no. 5; jika salah kembali ke kegiatan no. 3.b", ["benar", "salah"]),
        ("Apabila sesuai, maka lanjut ke kegiatan 5. Apabila tidak sesuai, dikembalikan ke kegiatan nomor 3.b.", ["sesuai", "tidak sesuai"]),
        ("bila tidak lengkap kembali ke 3.b, bila lengkap ke 5", ["lengkap", "tidak lengkap"]),
        // Tester 28, finding 5: four words, and a bracket and a slash inside the condition.
        ("Jika data sudah terekam (rekam ulang/cetak ulang) ke kegiatan no. 5; jika data belum terekam biometrik lanjut ke kegiatan no. 3.b",
         ["data sudah terekam (rekam ulang/cetak ulang)", "data belum terekam biometrik"]),
    ])
    func clearWordings(keterangan: String, words: [String]) throws {
        let (_, step) = try decision("[{ke: 5}, {ke: 3.b}]", keterangan: keterangan)
        #expect(KeteranganExits.words(of: step) == [0: words[0], 1: words[1]])
    }

    @Test("Unclear wordings name nothing", arguments: [
        // One exit unnamed, the same word twice, a row no exit leads to, a number as the word,
        // no "jika" at all, a sentence the pattern does not know.
        "Jika benar lanjut ke kegiatan no. 5",
        "Jika benar ke 5; jika benar kembali ke 3.b",
        "Jika benar ke 5; jika salah ke 1",
        "Jika 2 ke 5; jika salah ke 3.b",
        "Benar ke 5, salah kembali ke 3.b",
        "Konsep yang salah diperbaiki staf",
    ])
    func unclearWordings(keterangan: String) throws {
        let (sop, step) = try decision("[{ke: 5}, {ke: 3.b}]", keterangan: keterangan)
        #expect(KeteranganExits.words(of: step).isEmpty)
        #expect(sop.deskExits(of: step).map(\.name) == [nil, nil])
        #expect(sop.deskExits(of: step).map(\.row) == ["5", "3.b"])
    }

    @Test func aLabelledExitKeepsItsLabelAndTheOthersTakeTheWords() throws {
        let (_, step) = try decision("[{ke: 5, label: Ya}, {ke: 3.b}]", keterangan: "Jika ya ke 5; jika tidak kembali ke 3.b")
        #expect(KeteranganExits.words(of: step) == [1: "tidak"])
        // A word that is another exit's label would be read two ways: not used.
        let (_, same) = try decision("[{ke: 5, label: Ya}, {ke: 3.b}]", keterangan: "Jika ya kembali ke 3.b")
        #expect(KeteranganExits.words(of: same).isEmpty)
    }

    /// Tester 22, finding 9: "Sah?" with a labelled Ya and a plain arrow back; the arrow is "Tidak".
    @Test func thePlainArrowBesideYaIsTidakAndBesideTidakIsYa() throws {
        let (sop, step) = try decision("[{ke: 5, label: Ya}, {ke: 3.b}]", keterangan: "Konsep yang salah diperbaiki staf")
        #expect(KeteranganExits.words(of: step) == [1: "Tidak"])
        #expect(sop.deskExits(of: step).map(\.name) == ["Ya", "Tidak"])
        let (_, mirror) = try decision("[{ke: 3.b}, {ke: 5, label: tidak}]", keterangan: "-")
        #expect(KeteranganExits.words(of: mirror) == [0: "Ya"])
        // Three exits, or two plain arrows: nothing invented.
        for exits in ["[{ke: 5, label: Ya}, {ke: 3.b}, {ke: 1}]", "[{ke: 5}, {ke: 3.b}]"] {
            #expect(KeteranganExits.words(of: try decision(exits, keterangan: "-").1).isEmpty, "\(exits)")
        }
    }

    /// Tester 25, finding 3: "Lengkap" → 3 and a plain arrow back to 1, the Keterangan naming
    /// only the labelled exit ("Lengkap lanjut ke no. 3"): the arrow is "Tidak lengkap", and a
    /// label that is already a negation gives the arrow its positive.
    @Test("The plain arrow beside another label is its negation", arguments: [
        ("Lengkap", "Tidak lengkap"), ("Sah", "Tidak sah"), ("Perlu klarifikasi", "Tidak perlu klarifikasi"),
        ("Tidak sesuai", "Sesuai"), ("Belum lengkap", "Lengkap"), ("bukan wewenang", "Wewenang"), ("OK", "Tidak OK"),
    ])
    func thePlainArrowIsTheLabelsNegation(label: String, negation: String) throws {
        let (sop, step) = try decision("[{ke: 5, label: \(label)}, {ke: 3.b}]", keterangan: "\(label) lanjut ke no. 5")
        #expect(KeteranganExits.words(of: step) == [1: negation])
        #expect(sop.deskExits(of: step).map(\.name) == [label, negation])
    }

    /// The six real SOPs and the tester's own: no decision gets words it does not have (their
    /// exits are labelled, or their Keterangan names no rows).
    @Test func theRealSOPsGetNoInventedNames() throws {
        let folder = Paths.fixture("examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
        #expect(files.count == 6)
        for file in files + ["../tester10/sop/12-sku-kecamatan.yaml", "../tester10/sop/314-gratifikasi.yaml"] {
            let sop = try #require(SOPLoader.load(path: folder + "/" + file).sop, "\(file)")
            for step in sop.steps where step.isDecision {
                #expect(KeteranganExits.words(of: step).isEmpty, "\(file) \(step.id.value)")
                #expect(sop.deskExits(of: step).allSatisfy { $0.said == nil && $0.name == ($0.label.isEmpty ? nil : $0.label) })
            }
        }
    }

    @Test func theKeteranganLineIsOneLineAndADashIsNone() throws {
        var step = try decision("[{ke: 5}, {ke: 3.b}]", keterangan: "x").1
        step.keterangan = "Setiap Hari\n  atau minimal setiap 2 x 24 Jam"
        #expect(step.keteranganLine == "Setiap Hari atau minimal setiap 2 x 24 Jam")
        step.keterangan = "-"
        #expect(step.keteranganLine == nil)
        step.keterangan = nil
        #expect(step.keteranganLine == nil)
    }
}
