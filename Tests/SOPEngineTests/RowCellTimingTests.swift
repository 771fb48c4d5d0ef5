import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A printed row has one Waktu cell, written once on its first box: every box of the row is
/// timed by it (kontrak rows 17-18, where the cells are printed only on the PPK box).
@Suite struct RowCellTimingTests {
    static let text = """
        nomor: "27"
        judul: Pelaksanaan kontrak
        pelaksana:
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: penyedia, nama: Penyedia, jenis: eksternal, dicatat_oleh: ppk}
        kegiatan:
          - {no: 1, uraian: Menandatangani kontrak, pelaksana: ppk, paralel: [ppk-2, penyedia-2]}
          - {id: ppk-2, no: 2, baris: terpisah, uraian: Mengawasi pekerjaan, pelaksana: ppk, lanjut: 3, mutu_baku: {waktu: 2 jam}}
          - {id: penyedia-2, no: 2, uraian: Mengawasi pekerjaan, pelaksana: penyedia, berhenti: ya}
          - {no: 3, uraian: Menyerahkan hasil pekerjaan, pelaksana: ppk}
        """

    @Test func everyBoxOfTheRowIsTimedByItsCell() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.timing(of: "ppk-2")?.waktu.text.value == "2 jam")
        #expect(sop.timing(of: "penyedia-2")?.waktu.text.value == "2 jam")
        // A row of its own without a cell has no standard.
        #expect(sop.timing(of: "3") == nil)
        // The row counts once in the total.
        #expect(WaktuFormatter.format(sop.totalWaktu, .id) == "2 jam")
    }

    @Test func theSecondBoxFallsDueByTheRowsCellAtTheDesk() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let prompter = ScriptedTestPrompter(answers("", "", "", ""))
        let session = try harness.start(prompter, roles: ["ppk"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let penyedia = try #require(session.state.completed.first { $0.step == "penyedia-2" })
        let due = try #require(penyedia.due)
        #expect(due.timeIntervalSince(penyedia.startedAt) == 2 * 3600)
        #expect(penyedia.used != nil)
    }
}
