import SOPCore
import SOPModel
import Testing

@testable import SOPLint

/// `output: [{butir, oleh: BOX}]` naming a box that is not one of its row's: a misspelt id gets
/// the near box of the row ("mungkin maksudnya 'siap-petugas'?"); an id far from every box none.
@Suite struct OutputBoxLintTests {
    static let actors = """
          - {id: pemohon, nama: Pemohon, jenis: eksternal}
          - {id: petugas, nama: Petugas, jenis: staf}
        """

    static func steps(_ box: String) -> String {
        """
          - {no: 1, uraian: Menetapkan jadwal, pelaksana: petugas}
          - id: siap-pemohon
            no: 2
            uraian: Menyiapkan UTTP dan blanko
            pelaksana: pemohon
            mutu_baku: {output: [UTTP siap diuji, {butir: Blanko SKHP, oleh: \(box)}]}
          - {id: siap-petugas, no: 2, pelaksana: petugas}
          - {no: 3, uraian: Memeriksa, pelaksana: petugas}
        """
    }

    func outputBox(_ box: String) -> [Diagnostic] {
        lint(sop(actors: Self.actors, steps: Self.steps(box))).diagnostics.filter { $0.code.rawValue == "output-box" }
    }

    @Test func aMisspeltBoxGetsTheNearBoxOfItsRow() throws {
        let found = try #require(outputBox("siap-petugs").first)
        #expect(found.message.id.hasPrefix("output 'Blanko SKHP' ditulis 'oleh: siap-petugs', tetapi 'siap-petugs' bukan kotak baris ini"))
        #expect(found.notes.map(\.message.id) == ["mungkin maksudnya 'siap-petugas'?"])
        #expect(found.notes.map(\.message.en) == ["did you mean 'siap-petugas'?"])
    }

    @Test func aBoxFarFromEveryBoxGetsNoSuggestionAndARightOneNoFinding() {
        #expect(outputBox("periksa").first?.notes.isEmpty == true)
        #expect(outputBox("siap-petugas").isEmpty)
    }
}
