import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Two desks on one case: concurrency is checked where the work overlaps, not on the case.
@Suite("Parallel desks")
struct ParallelDeskTests {
    static let text = """
        nomor: "12"
        judul: Verifikasi berkas
        pelaksana:
          - {id: loket, nama: Petugas Loket, jenis: staf}
          - {id: teknis, nama: Petugas Teknis, jenis: staf}
          - {id: keuangan, nama: Petugas Keuangan, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima berkas, pelaksana: loket, paralel: [teknis, bayar]}
          - id: teknis
            no: 2
            uraian: Memeriksa syarat teknis
            pelaksana: teknis
            mutu_baku: {kelengkapan: [Gambar, Foto lokasi], output: [Catatan teknis]}
            lanjut: 3
          - id: bayar
            no: 2
            uraian: Memeriksa pembayaran
            pelaksana: keuangan
            mutu_baku: {kelengkapan: [Bukti bayar], output: [Catatan keuangan]}
            lanjut: 3
          - {no: 3, uraian: Menerbitkan izin, pelaksana: loket, menunggu: [teknis, bayar]}

        """

    func openCase(_ harness: Harness) throws -> CaseID {
        let opener = ScriptedTestPrompter(answers(""))
        let session = try harness.start(opener, roles: ["loket"])
        #expect(session.run() == .waiting)
        return session.state.id
    }

    @Test func twoDesksOnDifferentParallelPartsNeverConflict() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let id = try openCase(harness)
        // Both desks load the case, then answer in turns: every write of each is made on a view
        // the other has moved past.
        let technical = ScriptedTestPrompter(answers("y", "y", ""))
        let finance = ScriptedTestPrompter(answers("y", "Lunas", ""))
        let a = try harness.resume(id, technical, roles: ["teknis"], name: "tono")
        let b = try harness.resume(id, finance, roles: ["keuangan"], name: "fani")
        #expect(a.run() == .waiting)
        #expect(b.run() == .waiting, "the second desk finished its part without being refused")
        for prompter in [technical, finance] {
            #expect(!prompter.messages.contains { if case .staleReloaded = $0 { true } else { false } })
            #expect(prompter.refusals.isEmpty)
        }
        #expect(finance.questions.count == 3, "each question asked once")
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        #expect(state.lastSequence == (try harness.store.events(of: id)).count)
        // The join saw both branches: step 3 waits for the loket desk, and only once.
        #expect(state.active.map(\.step) == ["3"])
        #expect(state.completed.map(\.step).sorted() == ["1", "bayar", "teknis"])
    }

    @Test func theSameStepAtTwoDesksIsRefusedWithWhatTheOtherAnswered() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let id = try openCase(harness)
        let first = ScriptedTestPrompter(answers("y"))
        let second = ScriptedTestPrompter(answers("t", "t"))
        let a = try harness.resume(id, first, roles: ["teknis"], name: "tono")
        let b = try harness.resume(id, second, roles: ["teknis"], name: "tari")
        #expect(a.run() == .stopped)
        #expect(b.run() == .stopped)
        let told = second.messages.compactMap { message -> [CaseEvent]? in
            if case .otherDeskAnswered(let events) = message { return events }
            return nil
        }.flatMap { $0 }
        #expect(told.map(\.operatorName) == ["tono"])
        #expect(told.first.map { if case .kelengkapanChecked(let check) = $0.kind { check.item == "Gambar" } else { false } } == true)
        // Tari's "t" for Gambar was not written over Tono's "y"; she was asked the next item.
        let state = CaseState(id: id, events: try harness.store.events(of: id))
        #expect(state.visit(of: "teknis")?.kelengkapan == ["Gambar": true, "Foto lokasi": false])
    }

    @Test func aPauseAtAnotherDeskStopsTheWalk() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let id = try openCase(harness)
        let pauser = ScriptedTestPrompter([.command(.pause)])
        let worker = ScriptedTestPrompter(answers("y", "y"))
        let a = try harness.resume(id, pauser, roles: ["keuangan"], name: "fani")
        let b = try harness.resume(id, worker, roles: ["teknis"], name: "tono")
        #expect(a.run() == .paused)
        #expect(b.run() == .paused, "the whole case is paused: a pause is never applied around")
        #expect(worker.messages.contains { if case .otherDeskAnswered = $0 { true } else { false } })
    }
}
