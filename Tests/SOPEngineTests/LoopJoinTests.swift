import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A row of parallel boxes inside a loop, and an end terminator beside a decision (an outside
/// tester's findings 1, 2 and 6, issue 10): the boxes of a row entered by the flow start
/// together each time the row is entered, a join waits only for what this pass started, and a
/// box a decision did not choose never starts.
@Suite struct LoopJoinTests {
    static let actors = """
          - {id: p1, nama: Petugas Satu, jenis: staf}
          - {id: p2, nama: Petugas Dua, jenis: staf}
        """

    static func sop(_ steps: String) -> (SOP, [UInt8]) {
        Fixtures.sop(text: "nomor: \"41\"\njudul: Uji\npelaksana:\n" + actors + "\nkegiatan:\n" + steps + "\n")
    }

    /// The tester's `repro/plain/41-par.yaml`: a plain arrow into row 2, row 3 loops back to row 1.
    static let plainLoop = """
          - {no: 1, uraian: Menerima berkas, pelaksana: p1}
          - {id: a, no: 2, uraian: Mengetik konsep dan mencocokkan data, pelaksana: p1}
          - {id: b, no: 2, pelaksana: p2}
          - no: 3
            uraian: Memaraf konsep
            pelaksana: p2
            keputusan: {cabang: {Benar: 4, Salah: 1}}
          - {no: 4, uraian: Menandatangani, pelaksana: p1}
        """

    @Test func bothBoxesOfARowInsideALoopStartWhenTheRowIsEntered() throws {
        let harness = Harness(Self.sop(Self.plainLoop))
        let prompter = ScriptedTestPrompter(answers(""))
        let session = try harness.start(prompter, roles: ["p1"])
        _ = session.run()
        #expect(session.state.active.map(\.step).sorted() == ["a", "b"])
        #expect(!prompter.committedTypes.contains("join-arrived"), "\(prompter.committedTypes)")
    }

    @Test func theLoopRunsTwiceAndEachPassStartsAndJoinsBothBoxes() throws {
        let harness = Harness(Self.sop(Self.plainLoop))
        // 1, a, b, 3 Salah; 1, a, b, 3 Salah; 1, a, b, 3 Benar; 4 (a decision: its branch, then Enter).
        let prompter = ScriptedTestPrompter(answers(
            "", "", "", "Salah", "", "", "", "", "Salah", "", "", "", "", "Benar", "", ""))
        let session = try harness.start(prompter, roles: ["p1", "p2"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["1", "a", "b", "3", "1", "a", "b", "3", "1", "a", "b", "3", "4"])
        // Each pass: a done first, row 3 waits for b (one arrival per pass), never a box.
        #expect(prompter.committedTypes.filter { $0 == "join-arrived" }.count == 3)
        #expect(session.state.visits["b"] == 3)
    }

    @Test func theJoinWaitsForTheOtherBoxOfThisPass() throws {
        let harness = Harness(Self.sop(Self.plainLoop))
        // p1 does 1 and a: row 3 waits for b (still open in this pass), in p2's worklist.
        let first = try harness.start(ScriptedTestPrompter(answers("", "")), roles: ["p1"])
        #expect(first.run() == .waiting)
        #expect(first.state.active.map(\.step) == ["b"])
        let second = try harness.resume(first.state.id, ScriptedTestPrompter(answers("", "Salah", "")), roles: ["p2"])
        _ = second.run()
        // b done: row 3 starts; Salah goes back to row 1, and the next pass starts both boxes again.
        #expect(second.state.completed.map(\.step) == ["1", "a", "b", "3"])
        #expect(second.state.active.map(\.step) == ["1"])
        let third = try harness.resume(first.state.id, ScriptedTestPrompter(answers("")), roles: ["p1"])
        _ = third.run()
        #expect(third.state.active.map(\.step).sorted() == ["a", "b"])
        #expect(third.state.visits["b"] == 2)
    }

    /// The tester's `repro/loop/41-par.yaml`: decisions fork into the row's two boxes, and the
    /// second loops back into them.
    @Test func aDecisionForkingBackIntoTheRowStartsBothBoxesAgain() throws {
        let harness = Harness(Self.sop("""
              - no: 1
                uraian: Memeriksa berkas
                pelaksana: p1
                keputusan: {cabang: {Lengkap: [a, b], Tidak lengkap: 1}}
              - {id: a, no: 2, uraian: Mengetik konsep dan mencocokkan data, pelaksana: p1}
              - {id: b, no: 2, pelaksana: p2}
              - no: 3
                uraian: Memaraf konsep
                pelaksana: p2
                keputusan: {cabang: {Benar: 4, Salah: [a, b]}}
              - {no: 4, uraian: Menandatangani, pelaksana: p1}
            """))
        let prompter = ScriptedTestPrompter(answers("Lengkap", "", "", "", "Salah", "", "", "", "Benar", "", ""))
        let session = try harness.start(prompter, roles: ["p1", "p2"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["1", "a", "b", "3", "a", "b", "3", "4"])
    }

    /// A step on another path, that reaches the join only through a loop back up the table,
    /// does not hold the join: the loop would bring a new pass.
    @Test func aStepThatReachesTheJoinOnlyThroughALoopDoesNotHoldIt() throws {
        let harness = Harness(Self.sop("""
              - {no: 1, uraian: Membagi tugas, pelaksana: p1, paralel: [2, 4]}
              - {no: 2, uraian: Memeriksa berkas, pelaksana: p1}
              - {no: 3, uraian: Menyusun laporan, pelaksana: p1, lanjut: selesai}
              - no: 4
                uraian: Memeriksa lokasi
                pelaksana: p2
                keputusan: {cabang: {Sesuai: selesai, Ulang: 1}}
            """))
        let session = try harness.start(ScriptedTestPrompter(answers("", "")), roles: ["p1"])
        _ = session.run()
        // 2 done while 4 is open: 3 starts at once (4 reaches 3 only through row 1 again).
        #expect(session.state.completed.map(\.step).prefix(2) == ["1", "2"])
        #expect(session.state.visits["3"] == 1)
    }

    /// Finding 1: an end terminator beside the decision whose "Tidak" leads to it, in the same
    /// row, `baris` not written. The row is read as `terpisah`: the plain arrow into the row
    /// starts the diamond only, and the end starts only when "Tidak" is chosen.
    static let endBesideDecision = """
          - {no: 1, uraian: Mendaftar, pelaksana: p1}
          - no: 2
            uraian: Menentukan perlu tidaknya rujukan
            pelaksana: p2
            keputusan: {pertanyaan: Perlu dirujuk?, cabang: {Ya: 3, Tidak: tangani}}
          - {id: tangani, no: 2, pelaksana: p2, simbol: terminator, hasil_akhir: Pasien ditangani di Puskesmas}
          - {no: 3, uraian: Merujuk pasien, pelaksana: p1}
        """

    @Test func anEndBesideADecisionStartsOnlyWhenItsExitIsChosen() throws {
        let harness = Harness(Self.sop(Self.endBesideDecision))
        #expect(harness.sop.steps.rowKind(of: 1..<3) == .terpisah)
        let prompter = ScriptedTestPrompter(answers("", "Ya", ""))
        let session = try harness.start(prompter, roles: ["p1", "p2"])
        _ = session.run()
        #expect(!session.state.completed.map(\.step).contains("tangani"))
        #expect(session.state.visits["tangani"] == nil)
        #expect(session.state.outcome == nil)
        // "Tidak": the end capsule closes with the decision (tester 29, F2: a symbol, not
        // work, never a step of its own), and the case ends with its outcome.
        let other = try harness.start(ScriptedTestPrompter(answers("", "Tidak", "", "")), roles: ["p1", "p2"])
        #expect(other.run() == .completed)
        #expect(other.state.completed.map(\.step) == ["1", "2"])
        #expect(other.state.visits["tangani"] == nil)
        #expect(other.state.outcome == "Pasien ditangani di Puskesmas")
    }
}
