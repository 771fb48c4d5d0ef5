import SOPCore
import Testing

@testable import SOPModel

/// A pelaksana heading typed on two lines as printed (`nama: |-`) keeps its line break in the
/// model; `lineName` gives the one-line form every line of text prints (tester 10, F8).
@Suite struct ActorLineNameTests {
    @Test func aTwoLineHeadingKeepsItsBreakAndReadsOnOneLine() throws {
        let result = load("""
            nomor: "05"
            judul: Cuti
            pelaksana:
              - id: kasubag
                nama: |-
                  Kepala Sub Bagian
                  Umum dan Kepegawaian
                jenis: staf
            kegiatan:
              - uraian: Memeriksa
                pelaksana: kasubag

            """)
        #expect(result.diagnostics.isEmpty)
        let actor = try #require(result.sop?.actors.first)
        #expect(actor.name == "Kepala Sub Bagian\nUmum dan Kepegawaian")
        #expect(actor.lineName == "Kepala Sub Bagian Umum dan Kepegawaian")
    }

    @Test func lineNameTrimsEachLineAndDropsBlankOnes() {
        #expect(Actor.lineName("Kepala  \n\n  Seksi\r\nPelayanan") == "Kepala Seksi Pelayanan")
        #expect(Actor.lineName("Petugas Loket") == "Petugas Loket")
    }
}
