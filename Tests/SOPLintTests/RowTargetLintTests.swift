import SOPCore
import SOPModel
import Testing

@testable import SOPLint

/// Lint on the outside tester's findings 1-3 (issue 10): a row named by its printed number, a
/// target it cannot resolve, a row inside a loop, an end beside a decision.
@Suite struct RowTargetLintTests {
    static let actors = """
          - {id: petugas, nama: Petugas, jenis: staf}
          - {id: kasi, nama: Kasi, jenis: staf}
        """

    func notes(_ report: FileReport, _ code: String) -> [String] {
        report.diagnostics.filter { $0.code.rawValue == code }.flatMap { $0.notes.map(\.message.id) }
    }

    @Test func aDecisionExitToARowOfTwoBoxesByItsNumberLintsClean() {
        let report = lint(sop(actors: Self.actors, steps: """
              - no: 1
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan: {cabang: {Lengkap: 2, Tidak lengkap: 1}}
              - {id: ketik, no: 2, uraian: Mengetik konsep, pelaksana: petugas}
              - {id: cocok, no: 2, pelaksana: kasi}
              - no: 3
                uraian: Memaraf konsep
                pelaksana: kasi
                keputusan: {cabang: [{ke: selesai, label: Ya}, {ke: 2}]}
            """))
        // No 'flow-unknown-target' for '2', no 'flow-unreachable' for 'cocok'.
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message.id))")
    }

    @Test func anUnknownTargetListsTheRowsByNumberWithTheirBoxes() {
        let report = lint(sop(actors: Self.actors, steps: """
              - {no: 1, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 9}
              - {id: ketik, no: 2, uraian: Mengetik konsep, pelaksana: petugas}
              - {id: cocok, no: 2, pelaksana: kasi}
            """))
        #expect(notes(report, "flow-unknown-target") == ["id kegiatan yang ada: 1, 2 (baris: ketik, cocok), ketik, cocok, atau 'selesai'"])
    }

    @Test func aNumberOnTwoRowsListsBothRowsBoxes() {
        let report = lint(sop(actors: Self.actors, steps: """
              - {no: 1, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 2}
              - {id: a, no: 2, uraian: Mengetik konsep, pelaksana: petugas}
              - {id: b, no: 2, pelaksana: kasi}
              - {no: 3, uraian: Menyela, pelaksana: petugas}
              - {id: c, no: 2, uraian: Mengetik lagi, pelaksana: petugas}
              - {id: d, no: 2, pelaksana: kasi}
            """))
        #expect(notes(report, "flow-unknown-target")
            == ["'2' adalah nomor beberapa baris (a, b; c, d); tulis id kotak yang dituju"], "\(report.diagnostics.map(\.message.id))")
    }

    @Test func theTestersKeThreeLeftoverSaysWhichStepItMeans() {
        let report = lint(sop(actors: Self.actors, steps: """
              - no: 1
                uraian: Berkas lengkap?
                pelaksana: petugas
                keputusan: {cabang: {Lengkap: ke 3, Tidak lengkap: dikembalikan ke pemohon}}
              - {no: 2, uraian: Mengembalikan berkas, pelaksana: petugas, lanjut: selesai}
              - {no: 3, uraian: Mencatat, pelaksana: petugas}
            """))
        #expect(notes(report, "invalid-id") == ["mungkin maksudnya '3'?", "id kegiatan yang ada: 1, 2, 3, atau 'selesai'"])
    }

    /// Findings 1 and 2 at the lint level: the row inside a loop and the end beside a decision
    /// lint clean (the run now agrees with what lint accepted), and `sop show`'s model reads
    /// the row with the end as separate paths.
    @Test func aRowInsideALoopAndAnEndBesideADecisionLintClean() {
        let loop = lint(sop(actors: Self.actors, steps: """
              - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
              - {id: a, no: 2, uraian: Mengetik konsep, pelaksana: petugas}
              - {id: b, no: 2, pelaksana: kasi}
              - no: 3
                uraian: Memaraf konsep
                pelaksana: kasi
                keputusan: {cabang: {Benar: selesai, Salah: 1}}
            """))
        #expect(loop.diagnostics.isEmpty, "\(loop.diagnostics.map(\.message.id))")
        let end = sop(actors: Self.actors, steps: """
              - {no: 1, uraian: Mendaftar, pelaksana: petugas}
              - no: 2
                uraian: Menentukan rujukan
                pelaksana: kasi
                keputusan: {cabang: {Ya: 3, Tidak: tangani}}
              - {id: tangani, no: 2, pelaksana: kasi, simbol: terminator, hasil_akhir: Ditangani}
              - {no: 3, uraian: Merujuk, pelaksana: petugas}
            """)
        #expect(lint(end).diagnostics.isEmpty)
        let model = SOPLoader.load(text: end, path: "t.yaml").sop
        #expect(model.map { $0.steps.rowKind(of: 1..<3) } == .terpisah)
    }
}
