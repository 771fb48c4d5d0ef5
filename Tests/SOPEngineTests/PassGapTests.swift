import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The pass rule's gap (issue 10): a separate path that could reach a row but branches away
/// from it must not hold the row's pass open, or the row's Output is never asked.
@Suite struct PassGapTests {
    static let text = """
        nomor: "42"
        judul: Uji
        pelaksana:
          - {id: p1, nama: Petugas Satu, jenis: staf}
          - {id: p2, nama: Petugas Dua, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Membagi tugas, pelaksana: p1, paralel: [x, a]}
          - {id: x, no: 2, uraian: Memeriksa lokasi, pelaksana: p2, keputusan: {cabang: {Ya: b, Tidak: 4}}}
          - {id: a, no: 3, baris: terpisah, uraian: Menyusun laporan, pelaksana: p1, mutu_baku: {output: [Laporan]}, lanjut: 4}
          - {id: b, no: 3, pelaksana: p2, lanjut: 4}
          - {no: 4, uraian: Menutup, pelaksana: p1}
        """

    @Test func aPathThatMayBranchAwayDoesNotHoldTheRowsOutput() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        // p1: row 1, then box a of row 3 while x (which may never come to row 3) is open.
        let prompter = ScriptedTestPrompter(answers("", "Laporan L-1", ""))
        let session = try harness.start(prompter, roles: ["p1"])
        _ = session.run()
        let a = session.state.completed.first { $0.step == "a" }
        #expect(a?.outputs["Laporan"] != nil, "\(prompter.questions.map(\.kind))")
        // x branches away: the row's Output was asked once, at a.
        let other = try harness.resume(session.state.id, ScriptedTestPrompter(answers("Tidak", "")), roles: ["p2"])
        _ = other.run()
        #expect(other.state.active.map(\.step) == ["4"])
    }

    @Test func whenThePathComesToTheRowAfterAllItsBoxAsksTheOutputAgainNeverLosingIt() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let session = try harness.start(ScriptedTestPrompter(answers("", "Laporan L-1", "")), roles: ["p1"])
        _ = session.run()
        let other = try harness.resume(session.state.id, ScriptedTestPrompter(answers("Ya", "", "Laporan L-2", "")), roles: ["p2"])
        _ = other.run()
        #expect(other.state.completed.first { $0.step == "b" }?.outputs["Laporan"]?.text == "Laporan L-2")
    }
}
